package jnum.mat.io;

/**
 * Malformed input: a file or stream that does not follow the format it is read as. The message
 * names the source, the place (a byte offset for binary formats, a line and column for text) and
 * the reason, e.g. {@code "a.npy: byte 10: header declares shape (1000000, 1000000): 8e12 bytes of
 * data, but the file holds 190"}.
 *
 * <p>Every reader of this package throws this exception, and only this one, for bad content;
 * failures of the underlying file system surface as {@link java.io.UncheckedIOException}.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long byteOffset;
    private final long line;
    private final long column;

    private FormatException(String source, long byteOffset, long line, long column, String message) {
        super(message);
        this.source = source;
        this.byteOffset = byteOffset;
        this.line = line;
        this.column = column;
    }

    /** Malformed binary content at {@code byteOffset} (counted from the start of the source). */
    static FormatException atByte(String source, long byteOffset, String reason) {
        return new FormatException(source, byteOffset, -1, -1, source + ": byte " + byteOffset + ": " + reason);
    }

    /** Malformed text at a 1-based {@code line} and {@code column}. */
    static FormatException atLine(String source, long line, long column, String reason) {
        return new FormatException(
                source, -1, line, column, source + ": line " + line + ", column " + column + ": " + reason);
    }

    /** Input that is well formed but too large for the chosen reader (no single place to name). */
    static FormatException tooLarge(String source, String reason) {
        return new FormatException(source, -1, -1, -1, source + ": " + reason);
    }

    /** The name of the file or stream (the file name for a path, an entry name inside an archive). */
    public String source() {
        return source;
    }

    /** The byte offset of the fault, or -1 for text formats (and for input merely too large). */
    public long byteOffset() {
        return byteOffset;
    }

    /** The 1-based line of the fault, or -1 for binary formats. */
    public long line() {
        return line;
    }

    /** The 1-based column (in characters of the line) of the fault, or -1 for binary formats. */
    public long column() {
        return column;
    }
}

package jnum.mat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks the header of a {@code .npy} array: the magic string, the version, the header
 * length (bounded by {@link NpyHeader#MAX_HEADER_LENGTH} and by the bytes available) and the
 * Python dictionary literal, parsed by a strict grammar rather than evaluated:
 *
 * <pre>
 * header  = ws '{' ws entry (ws ',' ws entry)* ws [','] ws '}' ws      (exactly the three keys)
 * entry   = string ws ':' ws value
 * descr   = string: one of '&lt;', '&gt;', '|', '=' then a type code of {@link DType}
 * order   = 'True' | 'False'
 * shape   = '(' ')' | '(' int ws ',' ws ')' | '(' int (ws ',' ws int)+ ws [','] ws ')'
 * int     = decimal digits, optionally followed by 'L' (headers written by Python 2)
 * string  = single- or double-quoted, without backslashes
 * </pre>
 *
 * Errors name the byte offset of the fault.
 */
final class NpyHeaderParser {
    private final String source;
    private final String text;
    /** Byte offset of text.charAt(0) in the file (exact for ASCII headers). */
    private final long base;

    private int pos;

    private NpyHeaderParser(String source, String text, long base) {
        this.source = source;
        this.text = text;
        this.base = base;
    }

    /**
     * Reads the header from {@code in}, positioned at the start of the array.
     *
     * @param available the bytes the source holds from its start (the file or entry size), or -1
     *     if unknown; the declared data must fit in it
     */
    static NpyHeader read(String source, ReadableByteChannel in, long available) {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        pre.limit(10);
        int got = readFully(in, pre);
        if (got < 10) {
            throw FormatException.atByte(source, got, "truncated: a .npy file starts with 10 or 12 header bytes");
        }
        for (int k = 0; k < NpyHeader.MAGIC.length; k++) {
            if (pre.get(k) != NpyHeader.MAGIC[k]) {
                throw FormatException.atByte(source, k, "not a .npy file: the magic string \\x93NUMPY is missing");
            }
        }
        int major = pre.get(6) & 0xFF;
        int minor = pre.get(7) & 0xFF;
        if (major < 1 || major > 3 || minor != 0) {
            throw FormatException.atByte(
                    source, 6, "unsupported format version " + major + "." + minor + " (1.0, 2.0 and 3.0 are read)");
        }
        long headerLength;
        int prefix;
        if (major == 1) {
            headerLength = pre.getShort(8) & 0xFFFF;
            prefix = 10;
        } else {
            pre.limit(12);
            if (readFully(in, pre) < 2) {
                throw FormatException.atByte(source, 10, "truncated in the header length");
            }
            headerLength = pre.getInt(8) & 0xFFFFFFFFL;
            prefix = 12;
        }
        if (headerLength > NpyHeader.MAX_HEADER_LENGTH) {
            throw FormatException.atByte(
                    source,
                    8,
                    "header length " + headerLength + " exceeds the limit of " + NpyHeader.MAX_HEADER_LENGTH
                            + " bytes");
        }
        if (available >= 0 && prefix + headerLength > available) {
            throw FormatException.atByte(
                    source,
                    8,
                    "header length " + headerLength + " runs past the end of the data (" + available + " bytes)");
        }
        ByteBuffer h = ByteBuffer.allocate((int) headerLength);
        int hgot = readFully(in, h);
        if (hgot < headerLength) {
            throw FormatException.atByte(
                    source, prefix + hgot, "truncated: the header declares " + headerLength + " bytes");
        }
        byte[] bytes = h.array();
        String text = major == 3 ? decodeUtf8(source, bytes, prefix) : new String(bytes, StandardCharsets.ISO_8859_1);
        long dataOffset = prefix + headerLength;
        NpyHeader header = new NpyHeaderParser(source, text, prefix).parse(major, dataOffset);
        checkSize(source, header, available);
        return header;
    }

    /** Rejects a declared data size that cannot be held or that is not in the source. */
    private static void checkSize(String source, NpyHeader header, long available) {
        long bytes = NpyHeader.dataBytes(header.shape(), header.dtype());
        String shape = NpyHeader.shapeText(header.shape());
        if (bytes < 0) {
            throw FormatException.atByte(
                    source, 10, "shape " + shape + " of " + header.dtype().code() + " overflows a 64-bit size");
        }
        if (available >= 0 && bytes != available - header.dataOffset()) {
            String what = bytes > available - header.dataOffset() ? "but the data holds " : "but the data has ";
            throw FormatException.atByte(
                    source,
                    header.dataOffset(),
                    "shape " + shape + " of " + header.dtype().code() + " needs " + bytes + " bytes of data, " + what
                            + (available - header.dataOffset())
                            + (bytes > available - header.dataOffset() ? "" : " (trailing bytes)"));
        }
    }

    private static String decodeUtf8(String source, byte[] bytes, long base) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw FormatException.atByte(source, base, "a version 3.0 header that is not valid UTF-8");
        }
    }

    /** Reads until {@code b} is full or the source ends; returns the bytes read. */
    static int readFully(ReadableByteChannel in, ByteBuffer b) {
        int start = b.position();
        try {
            while (b.hasRemaining()) {
                if (in.read(b) < 0) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.position() - start;
    }

    // ---- the dictionary literal ----------------------------------------------------------------

    private NpyHeader parse(int version, long dataOffset) {
        String descr = null;
        Boolean fortran = null;
        long[] shape = null;
        skipSpace();
        expect('{');
        skipSpace();
        while (peek() != '}') {
            int keyAt = pos;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            switch (key) {
                case "descr" -> {
                    if (descr != null) {
                        throw fail(keyAt, "duplicate key 'descr'");
                    }
                    descr = string();
                }
                case "fortran_order" -> {
                    if (fortran != null) {
                        throw fail(keyAt, "duplicate key 'fortran_order'");
                    }
                    fortran = bool();
                }
                case "shape" -> {
                    if (shape != null) {
                        throw fail(keyAt, "duplicate key 'shape'");
                    }
                    shape = tuple();
                }
                default -> throw fail(keyAt, "unexpected key '" + key + "' (only descr, fortran_order, shape)");
            }
            skipSpace();
            if (peek() == ',') {
                pos++;
                skipSpace();
            } else if (peek() != '}') {
                throw fail(pos, "expected ',' or '}'");
            }
        }
        pos++;
        skipSpace();
        if (pos != text.length()) {
            throw fail(pos, "unexpected text after the dictionary");
        }
        if (descr == null || fortran == null || shape == null) {
            throw fail(
                    0,
                    "the header lacks "
                            + (descr == null ? "'descr'" : fortran == null ? "'fortran_order'" : "'shape'"));
        }
        return dtype(descr, fortran, shape, version, dataOffset);
    }

    private NpyHeader dtype(String descr, boolean fortran, long[] shape, int version, long dataOffset) {
        if (descr.length() < 2) {
            throw fail(0, "unsupported descr '" + descr + "'");
        }
        char order = descr.charAt(0);
        DType t = DType.ofCode(descr.substring(1));
        if (t == null || "<>|=".indexOf(order) < 0) {
            throw fail(0, "unsupported descr '" + descr + "' (supported: f8, f4, i8, i4, i2, i1, u1, b1)");
        }
        if (order == '|' && t.size() > 1) {
            throw fail(0, "descr '" + descr + "' has no byte order for a " + t.size() + "-byte type");
        }
        ByteOrder bo =
                order == '>' ? ByteOrder.BIG_ENDIAN : order == '=' ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN;
        if (t.size() == 1) {
            bo = ByteOrder.LITTLE_ENDIAN;
        }
        if (shape.length > 2) {
            throw fail(
                    0,
                    "a " + shape.length + "-d array (shape " + NpyHeader.shapeText(shape)
                            + "): only 0-d, 1-d and 2-d arrays are read");
        }
        return new NpyHeader(t, bo, fortran, shape, version, dataOffset);
    }

    private String string() {
        char q = peek();
        if (q != '\'' && q != '"') {
            throw fail(pos, "expected a quoted string");
        }
        int start = ++pos;
        while (pos < text.length() && text.charAt(pos) != q) {
            char c = text.charAt(pos);
            if (c == '\\' || c == '\n') {
                throw fail(pos, "escape sequences and line breaks are not allowed in header strings");
            }
            pos++;
        }
        if (pos >= text.length()) {
            throw fail(start - 1, "unterminated string");
        }
        return text.substring(start, pos++);
    }

    private boolean bool() {
        if (text.startsWith("True", pos)) {
            pos += 4;
            return true;
        }
        if (text.startsWith("False", pos)) {
            pos += 5;
            return false;
        }
        throw fail(pos, "expected True or False");
    }

    private long[] tuple() {
        expect('(');
        skipSpace();
        List<Long> dims = new ArrayList<>();
        boolean trailingComma = false;
        while (peek() != ')') {
            if (dims.size() == 32) {
                throw fail(pos, "more than 32 dimensions");
            }
            dims.add(integer());
            skipSpace();
            trailingComma = false;
            if (peek() == ',') {
                pos++;
                trailingComma = true;
                skipSpace();
            } else if (peek() != ')') {
                throw fail(pos, "expected ',' or ')' in the shape");
            }
        }
        if (dims.size() == 1 && !trailingComma) {
            throw fail(pos, "a one-element shape needs a trailing comma: (n,)");
        }
        pos++;
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    private long integer() {
        int start = pos;
        long v = 0;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            int d = text.charAt(pos) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw fail(start, "dimension does not fit a 64-bit integer");
            }
            v = v * 10 + d;
            pos++;
        }
        if (pos == start) {
            throw fail(pos, "expected a non-negative integer dimension");
        }
        if (pos < text.length() && text.charAt(pos) == 'L') {
            pos++;
        }
        return v;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail(pos, "expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) {
            throw fail(pos, "unexpected end of the header");
        }
        return text.charAt(pos);
    }

    private void skipSpace() {
        while (pos < text.length()
                && (text.charAt(pos) == ' '
                        || text.charAt(pos) == '\n'
                        || text.charAt(pos) == '\t'
                        || text.charAt(pos) == '\r')) {
            pos++;
        }
    }

    private FormatException fail(int at, String reason) {
        return FormatException.atByte(source, base + at, "header: " + reason);
    }
}

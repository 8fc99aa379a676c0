package jnum.mat.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads numeric delimited text one row at a time, holding only a buffer of the input: for files
 * larger than memory, or to feed a computation that consumes rows as they come. Made by
 * {@link Csv#open(java.nio.file.Path, CsvOptions)}; close it when done.
 *
 * <pre>{@code
 * try (CsvReader r = Csv.open(path, CsvOptions.DEFAULT)) {
 *     double[] row = new double[r.columns()];
 *     while (r.next(row)) { ... }
 * }
 * }</pre>
 *
 * <p>The first record fixes the number of columns (it is the header when there is one); every
 * later record must have exactly as many fields, else {@link FormatException} names its line.
 * Blank lines and comment lines are skipped. Fields are numbers in the grammar of
 * {@link Decimals}, or missing-value markers (read as NaN); anything else is rejected with its line,
 * column and field number. Columns count bytes from 1 (characters, for ASCII lines). A UTF-8 byte
 * order mark at the start is skipped; header names are decoded as UTF-8.
 *
 * <p>Not thread-safe.
 */
public final class CsvReader implements AutoCloseable {
    private static final int NEED_MORE = -1;

    private final InputStream in;
    private final String source;
    private final CsvOptions opt;
    private final byte[][] missing;
    private final boolean trim;

    private byte[] buf = new byte[1 << 18];
    private int pos;
    private int lim;
    private boolean eof;
    /** The line at {@code pos} (1-based). */
    private long line = 1;

    private List<String> names = List.of();
    private int cols;
    /** The first data row when the header rule had to read it. */
    private double[] pending;

    private long rowsRead;
    /** Scratch for the first record's field texts. */
    private final List<String> texts = new ArrayList<>();

    CsvReader(InputStream in, String source, CsvOptions opt) {
        this.in = in;
        this.source = source;
        this.opt = opt;
        this.trim = opt.trim() && opt.delimiter() != ' ' && opt.delimiter() != '\t';
        this.missing = opt.missing().stream()
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        fill();
        if (lim - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        start();
    }

    /** Reads the first record: the header, or the first data row. */
    private void start() {
        long firstLine = line;
        if (!record(null)) {
            return; // empty input: no columns
        }
        cols = texts.size();
        boolean header = switch (opt.header()) {
            case PRESENT -> true;
            case ABSENT -> false;
            case AUTO -> {
                int numeric = 0;
                for (String t : texts) {
                    numeric += isNumberOrMissing(t) ? 1 : 0;
                }
                if (numeric != 0 && numeric != texts.size()) {
                    throw FormatException.atLine(
                            source,
                            firstLine,
                            1,
                            "the first row mixes names and numbers ("
                                    + numeric + " of " + texts.size() + " fields are numbers); "
                                    + "say whether it is a header with CsvOptions.withHeader");
                }
                yield numeric == 0;
            }
        };
        if (header) {
            names = List.copyOf(texts);
        } else {
            pending = new double[cols];
            for (int k = 0; k < cols; k++) {
                byte[] b = texts.get(k).getBytes(StandardCharsets.UTF_8);
                pending[k] = value(b, 0, b.length, false, firstLine, 1, k);
            }
        }
    }

    private boolean isNumberOrMissing(String t) {
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        return Double.doubleToRawLongBits(Decimals.parse(b, 0, b.length)) != Decimals.BAD_BITS
                || isMissing(b, 0, b.length);
    }

    /** The column names of the header row, or an empty list if there is none. */
    public List<String> columnNames() {
        return names;
    }

    /** The number of columns (0 for an input without any record). */
    public int columns() {
        return cols;
    }

    /** The number of data rows returned so far. */
    public long rowsRead() {
        return rowsRead;
    }

    /**
     * Reads the next data row into {@code row}.
     *
     * @return false, leaving {@code row} unchanged, if there are no more rows
     * @throws IllegalArgumentException if {@code row.length != columns()}
     * @throws FormatException if the record is malformed, not numeric or has another number of fields
     * @throws java.io.UncheckedIOException if reading fails
     */
    public boolean next(double[] row) {
        Objects.requireNonNull(row, "next: row is null");
        if (row.length != cols) {
            throw new IllegalArgumentException(
                    "next: a row array of length " + row.length + " for " + cols + " columns");
        }
        if (pending != null) {
            System.arraycopy(pending, 0, row, 0, cols);
            pending = null;
            rowsRead++;
            return true;
        }
        if (cols == 0 || !record(row)) {
            return false;
        }
        rowsRead++;
        return true;
    }

    /**
     * Calls {@code action} with each remaining data row, in order. The array passed is reused
     * from row to row: copy it to keep it.
     *
     * @throws FormatException if a record is malformed (rows before it have been passed)
     */
    public void forEachRemaining(java.util.function.Consumer<double[]> action) {
        Objects.requireNonNull(action, "forEachRemaining: action is null");
        double[] row = new double[cols];
        while (next(row)) {
            action.accept(row);
        }
    }

    /** The next data row as a new array, or null if there are no more. */
    public double[] nextRow() {
        double[] row = new double[cols];
        return next(row) ? row : null;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- records -------------------------------------------------------------------------------

    /**
     * Reads one record into {@code row} (or, if null, its field texts into {@link #texts});
     * returns false at the end of the input.
     */
    private boolean record(double[] row) {
        while (true) {
            skipBlankAndComments();
            if (pos == lim && eof) {
                return false;
            }
            int end = parse(row);
            if (end != NEED_MORE) {
                pos = end;
                return true;
            }
            if (eof) {
                throw new IllegalStateException("unreachable: NEED_MORE at the end of the input");
            }
            fill();
        }
    }

    /** Skips blank lines and comment lines, refilling as needed. */
    private void skipBlankAndComments() {
        while (true) {
            if (pos == lim) {
                if (eof) {
                    return;
                }
                fill();
                continue;
            }
            byte c = buf[pos];
            if (c == '\n') {
                pos++;
                line++;
            } else if (c == '\r') {
                if (pos + 1 == lim && !eof) {
                    fill();
                    continue;
                }
                pos += pos + 1 < lim && buf[pos + 1] == '\n' ? 2 : 1;
                line++;
            } else if (c == opt.comment() && opt.comment() != '\0') {
                int p = pos;
                while (p < lim && buf[p] != '\n' && buf[p] != '\r') {
                    p++;
                }
                if (p == lim && !eof) {
                    fill();
                    continue;
                }
                pos = p;
            } else {
                return;
            }
        }
    }

    /**
     * Parses the record at {@link #pos}; returns the position after it (past its line break), or
     * {@link #NEED_MORE} if the buffer ends inside it before the input does.
     */
    private int parse(double[] row) {
        final byte[] b = buf;
        final int lim = this.lim;
        final byte delim = (byte) opt.delimiter();
        final byte quote = (byte) opt.quote();
        long ln = line;
        int lineStart = pos;
        int p = pos;
        int field = 0;
        if (row == null) {
            texts.clear();
        }
        while (true) {
            if (trim) {
                while (p < lim && (b[p] == ' ' || b[p] == '\t')) {
                    p++;
                }
            }
            int s;
            int e;
            boolean escaped = false;
            int column = p - lineStart + 1;
            long fieldLine = ln;
            if (p < lim && b[p] == quote) {
                p++;
                s = p;
                while (true) {
                    if (p == lim) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        throw FormatException.atLine(
                                source,
                                fieldLine,
                                column,
                                "field " + (field + 1)
                                        + ": the quoted field is not closed before the end of the input");
                    }
                    byte c = b[p];
                    if (c == quote) {
                        if (p + 1 == lim && !eof) {
                            return NEED_MORE;
                        }
                        if (p + 1 < lim && b[p + 1] == quote) {
                            escaped = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n' || (c == '\r' && !(p + 1 < lim && b[p + 1] == '\n'))) {
                        ln++;
                        lineStart = p + 1;
                    }
                    p++;
                }
                e = p++;
                if (trim) {
                    while (p < lim && (b[p] == ' ' || b[p] == '\t')) {
                        p++;
                    }
                }
                if (p < lim && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
                    throw FormatException.atLine(
                            source, ln, p - lineStart + 1, "field " + (field + 1) + ": text after the closing quote");
                }
            } else {
                s = p;
                while (p < lim && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
                    if (b[p] == quote) {
                        throw FormatException.atLine(
                                source,
                                ln,
                                p - lineStart + 1,
                                "field " + (field + 1) + ": a quote inside an unquoted field");
                    }
                    p++;
                }
                e = p;
                if (trim) {
                    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
                        e--;
                    }
                }
            }
            if (p == lim && !eof) {
                return NEED_MORE;
            }
            if (row == null) {
                texts.add(text(b, s, e, escaped));
            } else {
                if (field >= cols) {
                    throw FormatException.atLine(
                            source,
                            fieldLine,
                            column,
                            "ragged row: more than the " + cols + " fields of the first row");
                }
                row[field] = value(b, s, e, escaped, fieldLine, column, field);
            }
            field++;
            if (p < lim && b[p] == delim) {
                p++;
                continue;
            }
            // end of line or of input
            if (row != null && field != cols) {
                throw FormatException.atLine(
                        source,
                        ln,
                        p - lineStart + 1,
                        "ragged row: " + field + " fields where the first row has " + cols);
            }
            if (p < lim) {
                if (b[p] == '\r') {
                    if (p + 1 == lim && !eof) {
                        return NEED_MORE;
                    }
                    p += p + 1 < lim && b[p + 1] == '\n' ? 2 : 1;
                } else {
                    p++;
                }
                ln++;
            }
            line = ln;
            return p;
        }
    }

    private double value(byte[] b, int s, int e, boolean escaped, long ln, int column, int field) {
        if (!escaped) {
            double x = Decimals.parse(b, s, e);
            if (Double.doubleToRawLongBits(x) != Decimals.BAD_BITS) {
                return x;
            }
            if (isMissing(b, s, e)) {
                return Double.NaN;
            }
        } else if (opt.missing().contains(text(b, s, e, true))) {
            return Double.NaN;
        }
        String t = text(b, s, e, escaped);
        throw FormatException.atLine(
                source,
                ln,
                column,
                "field " + (field + 1) + ": \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t)
                        + "\" is not a number or a missing-value marker");
    }

    private boolean isMissing(byte[] b, int s, int e) {
        for (byte[] m : missing) {
            if (Arrays.equals(b, s, e, m, 0, m.length)) {
                return true;
            }
        }
        return false;
    }

    private String text(byte[] b, int s, int e, boolean escaped) {
        String t = new String(b, s, e - s, StandardCharsets.UTF_8);
        if (escaped) {
            String q = String.valueOf(opt.quote());
            t = t.replace(q + q, q);
        }
        return t;
    }

    /** Moves the unread bytes to the front (growing the buffer if full) and reads more. */
    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            if (buf.length >= 1 << 30) {
                throw FormatException.atLine(source, line, 1, "a record longer than " + buf.length + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jnum.mat.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jnum.mat.Dense;

/**
 * Numeric delimited text (CSV, TSV, ...): read into a {@link Dense} with the header's column
 * names, read row by row ({@link CsvReader}), and write.
 *
 * <p>Reading follows RFC 4180 (quoted fields with doubled quotes, line breaks {@code \n},
 * {@code \r\n} or {@code \r}) with the choices of {@link CsvOptions}: delimiter, header rule,
 * comment lines, missing-value markers read as NaN. Numbers are parsed by {@link Decimals}, which
 * gives exactly {@link Double#parseDouble}'s result. Every malformed record is rejected with its
 * line, column and reason: ragged rows, unclosed quotes, fields that are neither numbers nor
 * missing-value markers. Nothing is truncated or padded.
 *
 * <p>Writing: one line per matrix row ending in {@code \n}, numbers formatted by
 * {@link CsvOptions#numberFormat()}. The default, {@link Double#toString(double)}, gives the
 * shortest decimal that reads back to the same double on JDK 19 and later (JDK-4511638); earlier
 * JDKs sometimes printed one digit more. Names and numbers holding the delimiter, the quote or a
 * line break are quoted. NaN is written {@code NaN}, infinities {@code Infinity} and
 * {@code -Infinity}, which NumPy, pandas and this reader all read back.
 *
 * <p>Errors: {@link FormatException} for malformed text, {@link java.io.UncheckedIOException} for
 * I/O failures.
 */
public final class Csv {
    private Csv() {}

    /**
     * Reads {@code file} with {@link CsvOptions#DEFAULT}.
     *
     * @throws FormatException if the text is malformed (with line and column)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static CsvTable read(Path file) {
        return read(file, CsvOptions.DEFAULT);
    }

    /**
     * Reads {@code file} into a matrix, one row per data record.
     *
     * @throws FormatException if the text is malformed (with line and column), or holds more values
     *     than a Java array
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static CsvTable read(Path file, CsvOptions options) {
        try (CsvReader r = open(file, options)) {
            return collect(r, Npy.name(file));
        }
    }

    /**
     * Reads delimited text from {@code in} (not closed) into a matrix.
     *
     * @throws FormatException if the text is malformed (with line and column)
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static CsvTable read(InputStream in, CsvOptions options) {
        Objects.requireNonNull(in, "read: in is null");
        Objects.requireNonNull(options, "read: options is null");
        return collect(new CsvReader(in, "<stream>", options), "<stream>");
    }

    /**
     * Opens {@code file} for reading row by row; the header (if any) is read at once.
     *
     * @throws FormatException if the first record is malformed
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    public static CsvReader open(Path file, CsvOptions options) {
        Objects.requireNonNull(file, "open: file is null");
        Objects.requireNonNull(options, "open: options is null");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("open: " + file, e);
        }
        try {
            return new CsvReader(in, Npy.name(file), options);
        } catch (RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Reads the remaining rows, in blocks of whole rows, then lays them out column-major. */
    private static CsvTable collect(CsvReader r, String source) {
        int cols = r.columns();
        int perBlock = Math.max(1, (1 << 17) / Math.max(1, cols));
        List<double[]> blocks = new ArrayList<>();
        long rows = 0;
        double[] block = null;
        int inBlock = 0;
        double[] row = new double[cols];
        while (r.next(row)) {
            if (block == null || inBlock == perBlock) {
                block = new double[perBlock * cols];
                blocks.add(block);
                inBlock = 0;
            }
            System.arraycopy(row, 0, block, inBlock * cols, cols);
            inBlock++;
            rows++;
            if (rows * cols > NpyCodec.MAX_ARRAY || rows > Integer.MAX_VALUE) {
                throw FormatException.tooLarge(
                        source,
                        "more than " + NpyCodec.MAX_ARRAY
                                + " values do not fit a matrix; read row by row with Csv.open");
            }
        }
        int m = (int) rows;
        double[] data = new double[m * cols];
        for (int k = 0; k < blocks.size(); k++) {
            double[] blk = blocks.get(k);
            int r0 = k * perBlock;
            int nb = Math.min(perBlock, m - r0);
            for (int j = 0; j < cols; j++) {
                int o = r0 + j * m;
                for (int i = 0, s = j; i < nb; i++, s += cols) {
                    data[o + i] = blk[s];
                }
            }
        }
        return new CsvTable(r.columnNames(), Dense.wrap(data, 0, Math.max(1, m), m, cols));
    }

    /**
     * Writes {@code m} to {@code file} with {@link CsvOptions#DEFAULT}, without a header.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Dense m, Path file) {
        write(m, List.of(), file, CsvOptions.DEFAULT);
    }

    /**
     * Writes {@code m} to {@code file}: a header line of {@code columnNames} (none if empty), then
     * one line per row.
     *
     * @throws IllegalArgumentException if {@code columnNames} is neither empty nor one name per column
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Dense m, List<String> columnNames, Path file, CsvOptions options) {
        Objects.requireNonNull(file, "write: file is null");
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            write(m, columnNames, w, options);
        } catch (IOException e) {
            throw new UncheckedIOException("write: " + file, e);
        }
    }

    /**
     * Writes {@code m} to {@code out} (not closed): a header line of {@code columnNames} (none if
     * empty), then one line per row.
     *
     * @throws IllegalArgumentException if {@code columnNames} is neither empty nor one name per column
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static void write(Dense m, List<String> columnNames, Writer out, CsvOptions options) {
        Objects.requireNonNull(m, "write: m is null");
        Objects.requireNonNull(columnNames, "write: columnNames is null");
        Objects.requireNonNull(out, "write: out is null");
        Objects.requireNonNull(options, "write: options is null");
        if (!columnNames.isEmpty() && columnNames.size() != m.cols()) {
            throw new IllegalArgumentException(
                    "write: " + columnNames.size() + " column names for a " + m.rows() + "x" + m.cols() + " matrix");
        }
        StringBuilder line = new StringBuilder(32 * Math.max(1, m.cols()));
        try {
            if (!columnNames.isEmpty()) {
                for (int j = 0; j < columnNames.size(); j++) {
                    field(line, j, Objects.requireNonNull(columnNames.get(j), "write: a column name is null"), options);
                }
                out.append(line.append('\n'));
            }
            for (int i = 0; i < m.rows(); i++) {
                line.setLength(0);
                for (int j = 0; j < m.cols(); j++) {
                    field(line, j, options.numberFormat().apply(m.get(i, j)), options);
                }
                out.append(line.append('\n'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(StringBuilder line, int j, String text, CsvOptions o) {
        if (j > 0) {
            line.append(o.delimiter());
        }
        boolean quote = false;
        int last = text.length() - 1;
        for (int k = 0; k <= last && !quote; k++) {
            char c = text.charAt(k);
            quote = c == o.delimiter()
                    || c == o.quote()
                    || c == '\n'
                    || c == '\r'
                    || (k == 0 && c == o.comment())
                    || ((k == 0 || k == last) && (c == ' ' || c == '\t'));
        }
        if (!quote) {
            line.append(text);
            return;
        }
        String q = String.valueOf(o.quote());
        line.append(o.quote()).append(text.replace(q, q + q)).append(o.quote());
    }
}

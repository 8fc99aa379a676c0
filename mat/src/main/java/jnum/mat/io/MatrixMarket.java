package jnum.mat.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import jnum.mat.Dense;

/**
 * The Matrix Market exchange format (NIST), dense {@code array} layout: a banner
 * {@code %%MatrixMarket matrix array real general}, comment lines starting with {@code %}, a size
 * line {@code rows cols}, then the entries column by column, one per line. Symmetric files hold
 * the lower triangle with the diagonal, skew-symmetric ones the strictly lower triangle; the rest
 * is filled in on reading. Fields {@code real} and {@code integer} are read; {@code complex} and
 * the sparse {@code coordinate} layout are rejected with a clear message
 * ({@link #header(Path)} tells them apart before reading).
 *
 * <p>Reading checks the declared size before allocating: it must fit a Java array, and the file
 * must be large enough to hold that many entries (at least two bytes each). Too few or too many
 * entries, and entries that are not numbers, are rejected with their line and column.
 */
public final class MatrixMarket {
    private MatrixMarket() {}

    /**
     * The banner of {@code file}.
     *
     * @throws FormatException if the first line is not a Matrix Market banner
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static MatrixMarketHeader header(Path file) {
        Objects.requireNonNull(file, "header: file is null");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return MatrixMarketHeader.parse(Npy.name(file), first == null ? "" : first);
        } catch (IOException e) {
            throw new UncheckedIOException("header: " + file, e);
        }
    }

    /**
     * Reads a dense ({@code array}) Matrix Market file.
     *
     * @throws FormatException if the file is malformed, is in the {@code coordinate} layout, has
     *     complex or pattern entries, or declares more entries than it holds
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Dense readDense(Path file) {
        Objects.requireNonNull(file, "readDense: file is null");
        String source = Npy.name(file);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ArrayReader(source, r, Files.size(file)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("readDense: " + file, e);
        }
    }

    /**
     * Writes {@code m} as {@code %%MatrixMarket matrix array real general}, entries column by
     * column in the shortest text that reads back to the same double.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Dense m, Path file) {
        Objects.requireNonNull(m, "write: m is null");
        Objects.requireNonNull(file, "write: file is null");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("%%MatrixMarket matrix array real general\n");
            w.write(m.rows() + " " + m.cols() + "\n");
            for (int j = 0; j < m.cols(); j++) {
                for (int i = 0; i < m.rows(); i++) {
                    w.write(Double.toString(m.get(i, j)));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("write: " + file, e);
        }
    }

    /** Reads the size line and the entries of an {@code array} file, tracking lines for errors. */
    private static final class ArrayReader {
        private final String source;
        private final BufferedReader in;
        private final long fileSize;
        private long line;
        private boolean integer;

        ArrayReader(String source, BufferedReader in, long fileSize) {
            this.source = source;
            this.in = in;
            this.fileSize = fileSize;
        }

        Dense read() throws IOException {
            String banner = in.readLine();
            line = 1;
            MatrixMarketHeader h = MatrixMarketHeader.parse(source, banner == null ? "" : banner);
            if (!h.format().equals("array")) {
                throw FormatException.atLine(
                        source, 1, 1, "a 'coordinate' (sparse) file: readDense reads 'array' files");
            }
            if (h.field().equals("complex") || h.field().equals("pattern")) {
                throw FormatException.atLine(
                        source, 1, 1, "'" + h.field() + "' entries: only real and integer are read");
            }
            integer = h.field().equals("integer");
            String size = nextContentLine();
            if (size == null) {
                throw FormatException.atLine(source, line, 1, "the size line 'rows cols' is missing");
            }
            String[] t = size.strip().split("\\s+");
            if (t.length != 2) {
                throw FormatException.atLine(source, line, 1, "the size line of an array file is 'rows cols'");
            }
            long rows = dimension(t[0]);
            long cols = dimension(t[1]);
            boolean symmetric = !h.symmetry().equals("general");
            if (symmetric && rows != cols) {
                throw FormatException.atLine(source, line, 1, h.symmetry() + " but " + rows + "x" + cols);
            }
            boolean skew = h.symmetry().equals("skew-symmetric");
            long entries = !symmetric ? rows * cols : skew ? rows * (rows - 1) / 2 : rows * (rows + 1) / 2;
            if (rows * cols > NpyCodec.MAX_ARRAY || entries * 2 > fileSize) {
                throw FormatException.atLine(
                        source,
                        line,
                        1,
                        rows + "x" + cols + " declares " + entries
                                + " entries: "
                                + (rows * cols > NpyCodec.MAX_ARRAY
                                        ? "more than a Java array holds"
                                        : "more than a file of " + fileSize + " bytes holds"));
            }
            int n = (int) rows;
            int m = (int) cols;
            double[] a = new double[n * m];
            long got = 0;
            for (int j = 0; j < m; j++) {
                for (int i = symmetric ? (skew ? j + 1 : j) : 0; i < n; i++) {
                    double x = nextEntry(got, entries);
                    a[i + j * n] = x;
                    if (symmetric && i != j) {
                        a[j + i * n] = skew ? -x : x;
                    }
                    got++;
                }
            }
            if (pending != null || nextContentLine() != null) {
                throw FormatException.atLine(source, line, 1, "more entries than the " + entries + " declared");
            }
            return Dense.wrap(a, 0, Math.max(1, n), n, m);
        }

        private String[] tokens;
        private int tok;
        private String pending;

        private double nextEntry(long got, long entries) throws IOException {
            while (tokens == null || tok == tokens.length) {
                String l = nextContentLine();
                if (l == null) {
                    throw FormatException.atLine(
                            source, line, 1, "the file ends after " + got + " of " + entries + " entries");
                }
                tokens = l.strip().split("\\s+");
                tok = 0;
                pending = l;
            }
            String s = tokens[tok++];
            if (tok == tokens.length) {
                pending = null;
            }
            try {
                double x = Decimals.parse(s);
                if (integer && (x != Math.rint(x) || Double.isInfinite(x))) {
                    throw FormatException.atLine(
                            source,
                            line,
                            column(s),
                            "entry " + (got + 1) + ": \"" + s + "\" is not an integer in an 'integer' file");
                }
                return x;
            } catch (NumberFormatException e) {
                throw FormatException.atLine(
                        source, line, column(s), "entry " + (got + 1) + ": \"" + s + "\" is not a number");
            }
        }

        private int column(String token) {
            int c = pending == null ? -1 : pending.indexOf(token);
            return c < 0 ? 1 : c + 1;
        }

        private long dimension(String s) {
            try {
                long d = Long.parseLong(s);
                if (d < 0) {
                    throw new NumberFormatException();
                }
                return Math.min(d, 1L << 31);
            } catch (NumberFormatException e) {
                throw FormatException.atLine(source, line, 1, "dimension \"" + s + "\" is not a non-negative integer");
            }
        }

        /** The next line that is neither a comment nor blank, or null at the end. */
        private String nextContentLine() throws IOException {
            String l;
            while ((l = in.readLine()) != null) {
                line++;
                if (!l.isBlank() && !l.startsWith("%")) {
                    return l;
                }
            }
            return null;
        }
    }
}

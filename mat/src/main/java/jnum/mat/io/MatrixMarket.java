package jnum.mat.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import jnum.mat.Dense;
import jnum.mat.Matrix;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.SparseMatrix;

/**
 * The Matrix Market exchange format (NIST): a banner
 * {@code %%MatrixMarket matrix <layout> <field> <symmetry>}, comment lines starting with {@code %},
 * a size line, then the entries. The dense {@code array} layout lists all entries column by column
 * ({@link #readDense}); the sparse {@code coordinate} layout lists {@code i j value} triplets with
 * 1-based indices ({@link #readSparse}); {@link #read} takes either. Symmetric files hold the lower
 * triangle with the diagonal, skew-symmetric ones the strictly lower triangle; the rest is filled
 * in on reading. Fields {@code real}, {@code integer} and (coordinate only) {@code pattern}, read
 * as 1, are read; {@code complex} and {@code hermitian} files are rejected with a clear message
 * ({@link #header(Path)} tells them apart before reading). Files compressed with gzip are read
 * as they are (recognised by their first two bytes).
 *
 * <p>Reading never trusts a size from the file: an array file's declared size must fit a Java
 * array and the file (at least two bytes per entry), and a coordinate file's entries are stored as
 * they are read, never preallocated from the header. Too few or too many entries, indices outside
 * the shape, and entries that are not numbers, are rejected with their line and column.
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
        try (BufferedReader r = open(file)) {
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
        try (BufferedReader r = open(file)) {
            return new ArrayReader(source, r, textSizeBound(file)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("readDense: " + file, e);
        }
    }

    /**
     * Reads either layout: a {@link Csr} for a {@code coordinate} file, a {@link Dense} for an
     * {@code array} file.
     *
     * @throws FormatException if the file is malformed or complex
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Matrix read(Path file) {
        Objects.requireNonNull(file, "read: file is null");
        return header(file).format().equals("coordinate") ? readSparse(file) : readDense(file);
    }

    /**
     * Reads a sparse ({@code coordinate}) Matrix Market file by rows; {@code toCsc()} gives the
     * columns. Repeated positions, which the format does not expect, are summed.
     *
     * @throws FormatException if the file is malformed, is in the {@code array} layout, is complex,
     *     or holds fewer or more entries than it declares
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Csr readSparse(Path file) {
        Objects.requireNonNull(file, "readSparse: file is null");
        String source = Npy.name(file);
        try (BufferedReader r = open(file)) {
            String banner = r.readLine();
            MatrixMarketHeader h = MatrixMarketHeader.parse(source, banner == null ? "" : banner);
            if (!h.format().equals("coordinate")) {
                throw FormatException.atLine(
                        source, 1, 1, "an 'array' (dense) file: readSparse reads 'coordinate' files");
            }
            return new MatrixMarketCoordinate(source, r, textSizeBound(file)).read(h);
        } catch (IOException e) {
            throw new UncheckedIOException("readSparse: " + file, e);
        }
    }

    /**
     * Writes {@code m} as {@code %%MatrixMarket matrix coordinate real general}: its stored entries
     * column by column, 1-based, in the shortest text that reads back to the same double.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(SparseMatrix m, Path file) {
        Objects.requireNonNull(m, "write: m is null");
        Objects.requireNonNull(file, "write: file is null");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            MatrixMarketCoordinate.write(m, w);
        } catch (IOException e) {
            throw new UncheckedIOException("write: " + file, e);
        }
    }

    /** A reader of the file's text, through gzip when the file starts with gzip's magic bytes. */
    private static BufferedReader open(Path file) throws IOException {
        if (!isGzip(file)) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8));
    }

    /**
     * An upper bound of the text's size in bytes: the file's size, or for gzip its size times
     * deflate's largest compression ratio (1032:1), so that a declared size is checked against
     * what the file can hold before anything is allocated.
     */
    private static long textSizeBound(Path file) throws IOException {
        long size = Files.size(file);
        if (!isGzip(file)) {
            return size;
        }
        return size > (Long.MAX_VALUE - 1024) / 1032 ? Long.MAX_VALUE : size * 1032 + 1024;
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
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
        private MatrixMarketLines lines;
        private boolean integer;

        ArrayReader(String source, BufferedReader in, long fileSize) {
            this.source = source;
            this.in = in;
            this.fileSize = fileSize;
        }

        Dense read() throws IOException {
            String banner = in.readLine();
            MatrixMarketHeader h = MatrixMarketHeader.parse(source, banner == null ? "" : banner);
            lines = new MatrixMarketLines(source, in);
            if (!h.format().equals("array")) {
                throw lines.error(1, "a 'coordinate' (sparse) file: readDense reads 'array' files");
            }
            if (h.field().equals("complex") || h.field().equals("pattern")) {
                throw lines.error(1, "'" + h.field() + "' entries: only real and integer are read");
            }
            integer = h.field().equals("integer");
            String size = lines.next();
            if (size == null) {
                throw lines.error(1, "the size line 'rows cols' is missing");
            }
            String[] t = size.strip().split("\\s+");
            if (t.length != 2) {
                throw lines.error(1, "the size line of an array file is 'rows cols'");
            }
            long rows = lines.size(t[0], "dimension");
            long cols = lines.size(t[1], "dimension");
            boolean symmetric = !h.symmetry().equals("general");
            if (symmetric && rows != cols) {
                throw lines.error(1, h.symmetry() + " but " + rows + "x" + cols);
            }
            boolean skew = h.symmetry().equals("skew-symmetric");
            long entries = !symmetric ? rows * cols : skew ? rows * (rows - 1) / 2 : rows * (rows + 1) / 2;
            if (rows * cols > NpyCodec.MAX_ARRAY || entries * 2 > fileSize) {
                throw lines.error(
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
            if (pending != null || lines.next() != null) {
                throw lines.error(1, "more entries than the " + entries + " declared");
            }
            return Dense.wrap(a, 0, Math.max(1, n), n, m);
        }

        private String[] tokens;
        private int tok;
        private String pending;

        private double nextEntry(long got, long entries) throws IOException {
            while (tokens == null || tok == tokens.length) {
                String l = lines.next();
                if (l == null) {
                    throw lines.error(1, "the file ends after " + got + " of " + entries + " entries");
                }
                tokens = l.strip().split("\\s+");
                tok = 0;
                pending = l;
            }
            String text = pending;
            String s = tokens[tok++];
            if (tok == tokens.length) {
                pending = null;
            }
            return lines.value(s, text, integer, "entry " + (got + 1));
        }
    }
}

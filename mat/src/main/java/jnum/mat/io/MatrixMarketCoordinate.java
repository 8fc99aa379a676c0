package jnum.mat.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.SparseMatrix;

/**
 * The sparse {@code coordinate} layout of Matrix Market: a size line {@code rows cols entries},
 * then one entry per line, {@code i j value} with 1-based indices ({@code i j} alone for the
 * {@code pattern} field). Symmetric files store the lower triangle and the diagonal, skew-symmetric
 * ones the strictly lower triangle; the other half is filled in on reading.
 *
 * <p>The declared number of entries is never trusted for allocation: storage grows with the
 * entries actually read, so a header that lies costs nothing, and a file that ends early or holds
 * more entries than declared is rejected with its line.
 */
final class MatrixMarketCoordinate {

    private final MatrixMarketLines lines;
    private final long sizeBound;

    /**
     * @param sizeBound the uncompressed size of the file when known (an entry takes at least four
     *     bytes, so more declared entries than {@code sizeBound / 4} are rejected at once), or
     *     {@code Long.MAX_VALUE}
     */
    MatrixMarketCoordinate(String source, BufferedReader in, long sizeBound) {
        this.lines = new MatrixMarketLines(source, in);
        this.sizeBound = sizeBound;
    }

    /** Reads the file after its banner {@code h} (line 1 already consumed). */
    Csr read(MatrixMarketHeader h) throws IOException {
        if (h.field().equals("complex") || h.symmetry().equals("hermitian")) {
            throw lines.error(1, "complex entries are not read: jnum matrices are real");
        }
        boolean integer = h.field().equals("integer");
        boolean pattern = h.field().equals("pattern");
        boolean symmetric = h.symmetry().equals("symmetric");
        boolean skew = h.symmetry().equals("skew-symmetric");
        String size = lines.next();
        if (size == null) {
            throw lines.error(1, "the size line 'rows cols entries' is missing");
        }
        String[] t = size.strip().split("\\s+");
        if (t.length != 3) {
            throw lines.error(1, "the size line of a coordinate file is 'rows cols entries'");
        }
        long rows = lines.size(t[0], "rows");
        long cols = lines.size(t[1], "columns");
        long entries = lines.size(t[2], "entries");
        if (rows > Integer.MAX_VALUE - 8 || cols > Integer.MAX_VALUE - 8) {
            throw lines.error(1, rows + "x" + cols + " is larger than a jnum matrix can be");
        }
        if ((symmetric || skew) && rows != cols) {
            throw lines.error(1, h.symmetry() + " but " + rows + "x" + cols);
        }
        long room = rows * cols;
        if (entries > room
                || entries > sizeBound / 4
                || entries * ((symmetric || skew) ? 2 : 1) > Integer.MAX_VALUE - 8) {
            throw lines.error(
                    1,
                    "declares " + entries + " entries: "
                            + (entries > room
                                    ? "more than the " + room + " positions of a " + rows + "x" + cols + " matrix"
                                    : entries > sizeBound / 4
                                            ? "more than a file of " + sizeBound + " bytes holds"
                                            : "more than a jnum sparse matrix holds"));
        }
        Coo coo = new Coo((int) rows, (int) cols);
        for (long k = 0; k < entries; k++) {
            String l = lines.next();
            if (l == null) {
                throw lines.error(1, "the file ends after " + k + " of " + entries + " entries");
            }
            String[] e = l.strip().split("\\s+");
            int want = pattern ? 2 : 3;
            if (e.length != want) {
                throw lines.error(
                        1, "an entry is '" + (pattern ? "i j" : "i j value") + "', found " + e.length + " fields");
            }
            int i = index(e[0], rows, l);
            int j = index(e[1], cols, l);
            double v = pattern ? 1.0 : lines.value(e[2], l, integer, "entry " + (k + 1));
            if ((symmetric && i < j) || (skew && i <= j)) {
                throw lines.error(
                        1,
                        "entry (" + (i + 1) + ", " + (j + 1) + ") of a " + h.symmetry() + " file is not in the "
                                + (skew ? "strictly " : "") + "lower triangle");
            }
            coo.add(i, j, v);
            if ((symmetric || skew) && i != j) {
                coo.add(j, i, skew ? -v : v);
            }
        }
        if (lines.next() != null) {
            throw lines.error(1, "more entries than the " + entries + " declared");
        }
        return coo.toCsr();
    }

    /** Writes {@code m} as {@code coordinate real general}, column by column, shortest decimals. */
    static void write(SparseMatrix m, Writer w) throws IOException {
        var c = m.toCsc();
        int[] cp = c.columnPointers();
        int[] ri = c.rowIndices();
        double[] v = c.values();
        w.write("%%MatrixMarket matrix coordinate real general\n");
        w.write(m.rows() + " " + m.cols() + " " + m.nnz() + "\n");
        for (int j = 0; j < m.cols(); j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                w.write((ri[p] + 1) + " " + (j + 1) + " " + Double.toString(v[p]) + "\n");
            }
        }
    }

    private int index(String s, long bound, String text) {
        try {
            long k = Long.parseLong(s);
            if (k >= 1 && k <= bound) {
                return (int) (k - 1);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw lines.error(MatrixMarketLines.column(text, s), "index \"" + s + "\" is not an integer in 1.." + bound);
    }
}

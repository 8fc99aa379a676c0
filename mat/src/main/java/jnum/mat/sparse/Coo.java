package jnum.mat.sparse;

import java.util.Arrays;

/**
 * A sparse matrix being built from {@code (row, column, value)} triplets in any order (scipy's
 * {@code coo_matrix}). Duplicates are summed when the matrix is compressed into {@link Csr} or
 * {@link Csc}; explicitly added zeros stay stored. Not thread-safe; the compressed results are
 * immutable.
 */
public final class Coo {

    private final int rows;
    private final int cols;
    private int size;
    private int[] rowIdx = new int[16];
    private int[] colIdx = new int[16];
    private double[] values = new double[16];

    /**
     * An empty {@code rows x cols} builder.
     *
     * @throws IllegalArgumentException if a dimension is negative
     */
    public Coo(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("Coo: negative shape " + rows + "x" + cols);
        }
        this.rows = rows;
        this.cols = cols;
    }

    /**
     * A builder holding the given triplets (copied).
     *
     * @throws IllegalArgumentException if the arrays differ in length
     * @throws IndexOutOfBoundsException naming the first index outside the shape
     */
    public static Coo of(int rows, int cols, int[] rowIndices, int[] columnIndices, double[] values) {
        if (rowIndices.length != columnIndices.length || rowIndices.length != values.length) {
            throw new IllegalArgumentException("Coo.of: " + rowIndices.length + " row indices, " + columnIndices.length
                    + " column indices, " + values.length + " values");
        }
        Coo c = new Coo(rows, cols);
        for (int k = 0; k < values.length; k++) {
            c.add(rowIndices[k], columnIndices[k], values[k]);
        }
        return c;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The number of triplets added (duplicates counted separately). */
    public int size() {
        return size;
    }

    /**
     * Adds {@code value} at {@code (i, j)}; a later compression sums it with any other value added
     * there.
     *
     * @return this builder
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the shape
     * @throws IllegalStateException if the builder already holds the largest possible number of
     *     triplets
     */
    public Coo add(int i, int j, double value) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("Coo.add: (" + i + ", " + j + ") outside " + rows + "x" + cols);
        }
        if (size == values.length) {
            if (size == Compressed.MAX_NNZ) {
                throw new IllegalStateException("Coo.add: already " + size + " triplets, the largest array");
            }
            int grown = (int) Math.min(Compressed.MAX_NNZ, 2L * size);
            rowIdx = Arrays.copyOf(rowIdx, grown);
            colIdx = Arrays.copyOf(colIdx, grown);
            values = Arrays.copyOf(values, grown);
        }
        rowIdx[size] = i;
        colIdx[size] = j;
        values[size++] = value;
        return this;
    }

    /** Compressed by rows, duplicates summed. */
    public Csr toCsr() {
        return new Csr(compress(rowIdx, colIdx, rows, cols));
    }

    /** Compressed by columns, duplicates summed. */
    public Csc toCsc() {
        return new Csc(compress(colIdx, rowIdx, cols, rows));
    }

    /**
     * Two stable counting sorts (by minor index, then by major index) leave each line's entries in
     * increasing minor order, so duplicates are adjacent and summed in the order they were added.
     */
    private Compressed compress(int[] majorIdx, int[] minorIdx, int major, int minor) {
        int[] byMinor = countingOrder(minorIdx, minor, identityOrder());
        int[] order = countingOrder(majorIdx, major, byMinor);
        int[] ptr = new int[major + 1];
        int[] idx = new int[size];
        double[] val = new double[size];
        int n = 0;
        int line = -1;
        for (int t = 0; t < size; t++) {
            int k = order[t];
            int a = majorIdx[k];
            int b = minorIdx[k];
            if (a == line && n > ptr[a] && idx[n - 1] == b) {
                val[n - 1] += values[k];
                continue;
            }
            while (line < a) {
                ptr[++line] = n;
            }
            idx[n] = b;
            val[n++] = values[k];
        }
        while (line < major) {
            ptr[++line] = n;
        }
        return Compressed.trusted(major, minor, ptr, Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }

    private int[] identityOrder() {
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        return order;
    }

    /** The permutation {@code in} stably reordered by {@code key[in[t]]} in {@code 0..range-1}. */
    private int[] countingOrder(int[] key, int range, int[] in) {
        int[] start = new int[range + 1];
        for (int t = 0; t < size; t++) {
            start[key[in[t]] + 1]++;
        }
        for (int r = 0; r < range; r++) {
            start[r + 1] += start[r];
        }
        int[] out = new int[size];
        for (int t = 0; t < size; t++) {
            out[start[key[in[t]]]++] = in[t];
        }
        return out;
    }
}

package jnum.mat.sparse;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Matrix;

/**
 * Compressed sparse column storage (scipy's {@code csc_matrix}): column {@code j} holds the entries
 * {@code columnPointers[j] .. columnPointers[j+1]-1}, with strictly increasing row indices. The
 * format of sparse direct factorizations; the transpose of a {@link Csr} matrix is a CSC view of
 * the same arrays.
 */
public final class Csc extends SparseMatrix {

    Csc(Compressed store) {
        super(store);
    }

    /**
     * A CSC matrix from its arrays (copied and validated: pointers non-decreasing from 0, row
     * indices in range and strictly increasing within each column).
     *
     * @throws IllegalArgumentException or {@link IndexOutOfBoundsException} naming the bad entry
     */
    public static Csc of(int rows, int cols, int[] columnPointers, int[] rowIndices, double[] values) {
        return new Csc(Compressed.checked("Csc.of", cols, rows, columnPointers, rowIndices, values));
    }

    /** The non-zero elements of {@code m} (NaN counts as non-zero), by columns. */
    public static Csc from(Matrix m) {
        Objects.requireNonNull(m, "Csc.from: matrix is null");
        return m instanceof SparseMatrix s ? s.toCsc() : Csr.from(m).toCsc();
    }

    @Override
    boolean byRows() {
        return false;
    }

    @Override
    SparseMatrix sameFormat(Compressed c) {
        return new Csc(c);
    }

    /** The transpose, a CSR view sharing this matrix's arrays ({@code O(1)}). */
    @Override
    public Csr t() {
        return new Csr(store);
    }

    @Override
    public Csr toCsr() {
        return new Csr(store.transposed());
    }

    @Override
    public Csc toCsc() {
        return this;
    }

    /** A copy of the column pointers ({@code cols() + 1} entries). */
    public int[] columnPointers() {
        return store.ptr.clone();
    }

    /** A copy of the row indices of the stored entries, column by column. */
    public int[] rowIndices() {
        return store.idx.clone();
    }

    /** A copy of the stored values, column by column. */
    public double[] values() {
        return store.val.clone();
    }

    /** The number of entries stored in column {@code j}. */
    public int columnNnz(int j) {
        Objects.checkIndex(j, cols());
        return store.ptr[j + 1] - store.ptr[j];
    }

    @Override
    void multiply(double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (incY == 1) {
            Arrays.fill(y, yOff, yOff + rows(), 0.0);
        } else {
            for (int i = 0; i < rows(); i++) {
                y[yOff + i * incY] = 0.0;
            }
        }
        store.lineScatter(x, xOff, incX, y, yOff, incY);
    }
}

package jnum.mat.sparse;

import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Matrix;
import jnum.mat.Norm;
import jnum.mat.Vec;

/**
 * A sparse matrix in compressed storage: {@link Csr} (by rows) or {@link Csc} (by columns). What
 * the two formats share lives here; the storage of each is described in the package docs.
 * Instances are immutable and safe to share between threads.
 */
public abstract sealed class SparseMatrix implements Matrix, LinearOperator permits Csr, Csc {

    /** The lines are the rows for {@link Csr}, the columns for {@link Csc}. */
    final Compressed store;

    SparseMatrix(Compressed store) {
        this.store = store;
    }

    /** Whether the lines of {@link #store} are rows. */
    abstract boolean byRows();

    /** A matrix of this format over {@code c}, whose lines are this format's lines. */
    abstract SparseMatrix sameFormat(Compressed c);

    /** This matrix's storage with rows as lines (converting when this is CSC). */
    final Compressed rowLines() {
        return byRows() ? store : store.transposed();
    }

    /** This matrix's storage with columns as lines (converting when this is CSR). */
    final Compressed columnLines() {
        return byRows() ? store.transposed() : store;
    }

    @Override
    public final int rows() {
        return byRows() ? store.major : store.minor;
    }

    @Override
    public final int cols() {
        return byRows() ? store.minor : store.major;
    }

    /** The number of stored entries (explicit zeros included). */
    public final int nnz() {
        return store.nnz();
    }

    /** Stored entries divided by {@code rows * cols} (0 for an empty shape). */
    public final double density() {
        long size = (long) rows() * cols();
        return size == 0 ? 0.0 : nnz() / (double) size;
    }

    /**
     * The element {@code (i, j)}: a binary search in one line, {@code O(log nnz(line))}.
     *
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the shape
     */
    @Override
    public final double get(int i, int j) {
        if (i < 0 || i >= rows() || j < 0 || j >= cols()) {
            throw new IndexOutOfBoundsException("get: (" + i + ", " + j + ") outside " + rows() + "x" + cols());
        }
        return byRows() ? store.get(i, j) : store.get(j, i);
    }

    /**
     * {@code A x}.
     *
     * @throws DimensionMismatchException if {@code x.length() != cols()}
     */
    public final Vec times(Vec x) {
        Objects.requireNonNull(x, "times: x is null");
        if (x.length() != cols()) {
            throw DimensionMismatchException.of("times", rows(), cols(), "*", x.length(), 1);
        }
        double[] y = new double[rows()];
        multiply(x.array(), x.offset(), x.inc(), y, 0, 1);
        return Vec.of(y);
    }

    /**
     * {@code A B} with a dense {@code B}, as a new column-major matrix.
     *
     * @throws DimensionMismatchException if {@code b.rows() != cols()}
     */
    public final Dense times(Dense b) {
        Objects.requireNonNull(b, "times: b is null");
        if (b.rows() != cols()) {
            throw DimensionMismatchException.of("times", rows(), cols(), "*", b.rows(), b.cols());
        }
        Dense c = Dense.zeros(rows(), b.cols());
        double[] out = c.array();
        for (int j = 0; j < b.cols(); j++) {
            Vec col = b.column(j);
            multiply(col.array(), col.offset(), col.inc(), out, j * rows(), 1);
        }
        return c;
    }

    /**
     * {@code A B} of two sparse matrices (Gustavson's algorithm), in this matrix's format. Entries
     * that cancel to zero stay stored.
     *
     * @throws DimensionMismatchException if {@code b.rows() != cols()}
     */
    public final SparseMatrix times(SparseMatrix b) {
        Objects.requireNonNull(b, "times: b is null");
        if (b.rows() != cols()) {
            throw DimensionMismatchException.of("times", rows(), cols(), "*", b.rows(), b.cols());
        }
        // by rows: C = A B row by row; by columns: C^T = B^T A^T, whose rows are C's columns
        return byRows()
                ? sameFormat(store.times(b.rowLines()))
                : sameFormat(b.columnLines().times(store));
    }

    /** {@code y = A x} for the {@link LinearOperator} contract. */
    @Override
    public final void apply(double[] x, double[] y) {
        if (x.length != cols() || y.length != rows()) {
            throw new DimensionMismatchException(
                    "apply: " + rows() + "x" + cols() + " operator, x of " + x.length + ", y of " + y.length);
        }
        multiply(x, 0, 1, y, 0, 1);
    }

    /** Writes {@code A x} over {@code y} (validated by the caller). */
    abstract void multiply(double[] x, int xOff, int incX, double[] y, int yOff, int incY);

    /**
     * {@code this + b}, in this matrix's format; an entry stored in either operand is stored.
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public final SparseMatrix plus(SparseMatrix b) {
        return combine("plus", b, 1.0);
    }

    /**
     * {@code this - b}, in this matrix's format.
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public final SparseMatrix minus(SparseMatrix b) {
        return combine("minus", b, -1.0);
    }

    private SparseMatrix combine(String op, SparseMatrix b, double beta) {
        Objects.requireNonNull(b, op + ": b is null");
        if (b.rows() != rows() || b.cols() != cols()) {
            throw DimensionMismatchException.of(op, rows(), cols(), beta > 0 ? "+" : "-", b.rows(), b.cols());
        }
        Compressed other = byRows() ? b.rowLines() : b.columnLines();
        return sameFormat(store.linear(1.0, other, beta));
    }

    /** {@code alpha A}, same pattern. */
    public final SparseMatrix scale(double alpha) {
        return sameFormat(store.scaled(alpha));
    }

    /** The main diagonal ({@code min(rows, cols)} elements; zero where nothing is stored). */
    public final Vec diagonal() {
        return Vec.of(store.diagonal());
    }

    /**
     * A matrix norm ({@link Norm#ONE}, {@link Norm#INF}, {@link Norm#FROBENIUS} without overflow,
     * {@link Norm#MAX}); NaN if a stored value is NaN. {@link Norm#TWO}, the largest singular value,
     * is computed by the dense SVD of {@link #toDense()}: {@code O(rows cols)} memory and
     * {@code O(rows cols min(rows, cols))} time, meant for matrices that fit densely.
     */
    public final double norm(Norm kind) {
        Objects.requireNonNull(kind, "norm: kind is null");
        return switch (kind) {
            case ONE -> byRows() ? store.maxCrossAbsSum() : store.maxLineAbsSum();
            case INF -> byRows() ? store.maxLineAbsSum() : store.maxCrossAbsSum();
            case FROBENIUS -> store.frobenius();
            case MAX -> store.maxAbs();
            case TWO -> toDense().norm(Norm.TWO);
        };
    }

    /** A dense copy. */
    public final Dense toDense() {
        Dense d = Dense.zeros(rows(), cols());
        double[] out = d.array();
        int ld = rows();
        for (int a = 0; a < store.major; a++) {
            for (int k = store.ptr[a]; k < store.ptr[a + 1]; k++) {
                int b = store.idx[k];
                out[byRows() ? a + b * ld : b + a * ld] = store.val[k];
            }
        }
        return d;
    }

    /** The transpose, a view in the other format sharing this matrix's arrays ({@code O(1)}). */
    @Override
    public abstract SparseMatrix t();

    /** The same matrix by rows (this object when it is already CSR). */
    public abstract Csr toCsr();

    /** The same matrix by columns (this object when it is already CSC). */
    public abstract Csc toCsc();

    /**
     * Value equality: same shape and the same stored entries at the same places, whatever the
     * format ({@link Double#equals} per value, so explicit zeros count).
     */
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SparseMatrix m) || m.rows() != rows() || m.cols() != cols()) {
            return false;
        }
        Compressed a = rowLines();
        Compressed b = m.rowLines();
        return java.util.Arrays.equals(a.ptr, b.ptr)
                && java.util.Arrays.equals(a.idx, b.idx)
                && java.util.Arrays.equals(a.val, b.val);
    }

    @Override
    public final int hashCode() {
        Compressed a = rowLines();
        return 31 * (31 * rows() + cols()) + java.util.Arrays.hashCode(a.val) + 7 * java.util.Arrays.hashCode(a.idx);
    }

    /**
     * What jshell shows: the format, shape, stored entries and density, then the elided grid of
     * the matrix as {@link Dense} shows it.
     */
    @Override
    public final String toString() {
        String title = String.format(
                java.util.Locale.ROOT,
                "%s %dx%d, nnz %d (density %.3g)",
                byRows() ? "Csr" : "Csc",
                rows(),
                cols(),
                nnz(),
                density());
        return Matrix.excerpt(title, this);
    }
}

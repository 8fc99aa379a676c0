package jnum.mat;

import java.util.Objects;
import java.util.OptionalInt;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * A square triangular matrix (upper or lower, with a stored or a unit diagonal), immutable, with
 * the fast paths of its structure: solves by substitution (trsv, trtrs) and products by trmv and
 * trmm, in {@code n^2} per vector instead of LU's {@code n^3}.
 *
 * <p>Built from the triangle of a {@link Dense} ({@link #upper}, {@link #lower}; the other
 * triangle, and the diagonal when it is unit, are not read), copied. {@link #t()} is the transpose
 * (lower becomes upper), sharing storage. Thread-safe.
 */
public final class TriDense implements Matrix {
    private final int n;
    /** The triangle, column-major n x n; the other triangle is not read. */
    private final double[] data;

    private final Uplo uplo;
    private final Diag diag;
    /** Whether this is the transpose of the stored triangle. */
    private final boolean transposed;

    private TriDense(int n, double[] data, Uplo uplo, Diag diag, boolean transposed) {
        this.n = n;
        this.data = data;
        this.uplo = uplo;
        this.diag = diag;
        this.transposed = transposed;
    }

    /**
     * The upper triangle of the square matrix {@code a} (with its diagonal, or a unit one when
     * {@code unit}).
     *
     * @throws DimensionMismatchException if a is not square
     */
    public static TriDense upper(Dense a, boolean unit) {
        return of("upper", a, Uplo.UPPER, unit);
    }

    /**
     * The lower triangle of the square matrix {@code a} (with its diagonal, or a unit one when
     * {@code unit}).
     *
     * @throws DimensionMismatchException if a is not square
     */
    public static TriDense lower(Dense a, boolean unit) {
        return of("lower", a, Uplo.LOWER, unit);
    }

    private static TriDense of(String op, Dense a, Uplo uplo, boolean unit) {
        Objects.requireNonNull(a, () -> op + ": a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": " + Text.shape(a.rows(), a.cols()) + " is not square");
        }
        return new TriDense(a.rows(), Factors.compact(a), uplo, unit ? Diag.UNIT : Diag.NON_UNIT, false);
    }

    /** Which triangle holds the elements, as seen through this matrix. */
    public boolean isUpper() {
        return (uplo == Uplo.UPPER) != transposed;
    }

    /** Whether the diagonal is implicitly 1. */
    public boolean isUnit() {
        return diag == Diag.UNIT;
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int cols() {
        return n;
    }

    /** Element (i, j): 0 outside the triangle, 1 on a unit diagonal. */
    @Override
    public double get(int i, int j) {
        if (i < 0 || i >= n || j < 0 || j >= n) {
            throw new IndexOutOfBoundsException(
                    "get: index (" + i + ", " + j + ") out of bounds for " + Text.shape(n, n));
        }
        if (i == j && diag == Diag.UNIT) {
            return 1;
        }
        int r = transposed ? j : i;
        int c = transposed ? i : j;
        boolean inside = uplo == Uplo.UPPER ? r <= c : r >= c;
        return inside ? data[r + c * Math.max(1, n)] : 0;
    }

    /** The transpose (upper becomes lower), sharing storage. */
    @Override
    public TriDense t() {
        return new TriDense(n, data, uplo, diag, !transposed);
    }

    private Transpose op() {
        return transposed ? Transpose.YES : Transpose.NO;
    }

    /** A new Dense holding this matrix (zeros outside the triangle). */
    public Dense toDense() {
        Dense d = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                d.set(i, j, get(i, j));
            }
        }
        return d;
    }

    /** {@code det T = prod t_ii} (1 for a unit diagonal). */
    public double det() {
        double d = 1;
        if (diag == Diag.NON_UNIT) {
            for (int k = 0; k < n; k++) {
                d *= data[k + k * n];
            }
        }
        return d;
    }

    /**
     * Solves {@code T x = b} by substitution.
     *
     * @throws DimensionMismatchException if b's length is not n
     * @throws SingularMatrixException if a diagonal element is exactly zero
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != n) {
            throw DimensionMismatchException.of("solve", n, n, "\\", b.length(), 1);
        }
        double[] x = b.toArray();
        solveInPlace(x, 1);
        return Vec.wrap(x, 0, 1, n);
    }

    /**
     * Solves {@code T X = B} for every column of B (n x k), by trtrs.
     *
     * @throws DimensionMismatchException if B does not have n rows
     * @throws SingularMatrixException if a diagonal element is exactly zero
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != n) {
            throw DimensionMismatchException.of("solve", n, n, "\\", b.rows(), b.cols());
        }
        double[] x = Factors.compact(b);
        solveInPlace(x, b.cols());
        return Dense.wrap(x, 0, Math.max(1, n), n, b.cols());
    }

    private void solveInPlace(double[] x, int nrhs) {
        int ld = Math.max(1, n);
        OptionalInt zero = Kernels.lapack().trtrs(uplo, op(), diag, n, nrhs, data, 0, ld, x, 0, ld);
        if (zero.isPresent()) {
            int k = zero.getAsInt();
            throw new SingularMatrixException(
                    "solve: the " + n + "x" + n + " triangular matrix is singular (diagonal " + k + " is zero)", k);
        }
    }

    /**
     * {@code T x} (trmv).
     *
     * @throws DimensionMismatchException if x's length is not n
     */
    public Vec times(Vec x) {
        Objects.requireNonNull(x, "times: x is null");
        if (x.length() != n) {
            throw DimensionMismatchException.of("times", n, n, "*", x.length(), 1);
        }
        double[] y = x.toArray();
        if (n > 0) {
            Kernels.blas().trmv(uplo, op(), diag, n, data, 0, n, y, 0, 1);
        }
        return Vec.wrap(y, 0, 1, n);
    }

    /**
     * {@code T B} (trmm), B n x k.
     *
     * @throws DimensionMismatchException if B does not have n rows
     */
    public Dense times(Dense b) {
        Objects.requireNonNull(b, "times: b is null");
        if (b.rows() != n) {
            throw DimensionMismatchException.of("times", n, n, "*", b.rows(), b.cols());
        }
        double[] y = Factors.compact(b);
        int ld = Math.max(1, n);
        Kernels.blas().trmm(Side.LEFT, uplo, op(), diag, n, b.cols(), 1.0, data, 0, ld, y, 0, ld);
        return Dense.wrap(y, 0, ld, n, b.cols());
    }

    @Override
    public String toString() {
        return (isUpper() ? "Upper" : "Lower") + " triangular " + toDense();
    }
}

package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.Kernels;

/**
 * Householder QR factorization {@code A = Q R} of an m x n matrix (LAPACK's dgeqrf, blocked):
 * Q is m x m orthogonal, R is m x n upper trapezoidal. Created by {@link #of(Dense)} or
 * {@link Dense#qr()}; {@link #pivoted(Dense)} gives the rank-revealing form with column pivoting.
 *
 * <p>The factorization exists for every matrix, any shape, including rank-deficient ones; Q is
 * kept as its min(m, n) reflectors, and {@link #q()}, {@link #qFull()} form it on request. The
 * computed factors satisfy {@code ||A - Q R|| <= c max(m, n) u ||A||} and {@code ||Q^T Q - I|| <= c
 * m u} with a small constant c (Householder QR is backward stable).
 *
 * <p>Immutable and safe to share between threads; the input matrix is copied, never modified. NaN
 * and infinities in A propagate into the factors.
 */
public final class QR {
    private final HouseholderFactors f;

    private QR(HouseholderFactors f) {
        this.f = f;
    }

    /**
     * Factors {@code a}.
     *
     * @throws NullPointerException if {@code a} is null
     */
    public static QR of(Dense a) {
        Objects.requireNonNull(a, "qr: a is null");
        int m = a.rows();
        int n = a.cols();
        double[] work = a.copy().array();
        double[] tau = new double[Math.min(m, n)];
        Kernels.lapack().geqrf(m, n, work, 0, Math.max(1, m), tau, 0);
        return new QR(new HouseholderFactors(m, n, work, tau));
    }

    /**
     * QR with column pivoting of {@code a}, {@code A P = Q R} (LAPACK's dgeqp3), which reveals the
     * numerical rank and gives minimum-norm least-squares solutions.
     *
     * @throws NullPointerException if {@code a} is null
     */
    public static PivotedQR pivoted(Dense a) {
        return PivotedQR.of(a);
    }

    /** Rows m of the factored matrix. */
    public int rows() {
        return f.m;
    }

    /** Columns n of the factored matrix. */
    public int cols() {
        return f.n;
    }

    /** R: the {@code min(m, n) x n} upper trapezoidal factor, a new matrix. */
    public Dense r() {
        return f.r();
    }

    /**
     * The thin Q: the first {@code min(m, n)} columns of Q, orthonormal ({@code A = q() r()}), a new
     * m x min(m, n) matrix.
     */
    public Dense q() {
        return f.q(f.k);
    }

    /** The full m x m orthogonal Q, a new matrix. */
    public Dense qFull() {
        return f.q(f.m);
    }

    /**
     * Whether the columns of A are numerically independent in the sense used by {@link #solve}:
     * {@code m >= n} and {@code min |R(i, i)| > max(m, n) eps max |R(i, i)|} ({@code eps = 2^-52}).
     * Since the smallest singular value of A is at most {@code min |R(i, i)|} and the largest at least
     * {@code max |R(i, i)|}, a false answer means cond(A) exceeds {@code 1 / (max(m, n) eps)}, the
     * threshold NumPy's {@code matrix_rank} uses; such matrices need {@link #pivoted}. True when
     * R's diagonal holds NaN (then solutions are NaN).
     */
    public boolean isFullRank() {
        return firstSmallPivot() < 0;
    }

    /** The first i with |R(i, i)| at or below the tolerance of {@link #isFullRank}, or -1. */
    private int firstSmallPivot() {
        if (f.m < f.n) {
            return f.m;
        }
        double tol = Math.max(f.m, f.n) * 0x1p-52 * f.maxDiagonal();
        if (Double.isNaN(tol)) {
            return -1; // NaN in A: the solution is NaN, not a rank verdict
        }
        for (int i = 0; i < f.k; i++) {
            if (!(Math.abs(f.diagonal(i)) > tol)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The least-squares solution x minimizing {@code ||A x - b||_2} for a tall or square A ({@code m
     * >= n}) of full column rank: {@code x = R^-1 (Q^T b)(0:n)}. NaN in A or b gives NaN in x.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if b's length is not m
     * @throws IllegalArgumentException if {@code m < n} (use {@link LQ} for the minimum-norm
     *     solution of an underdetermined system)
     * @throws SingularMatrixException if A is rank-deficient in the sense of {@link #isFullRank}
     *     (use {@link #pivoted}{@code .solve} for the minimum-norm solution), naming the column
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != f.m) {
            throw DimensionMismatchException.of("solve", f.m, f.n, "\\", b.length(), 1);
        }
        double[] c = b.toArray();
        solveInPlace(c, 1, Math.max(1, f.m));
        return Vec.of(java.util.Arrays.copyOf(c, f.n));
    }

    /**
     * The least-squares solutions of {@code A X = B} column by column, as {@link #solve(Vec)}; B is m
     * x nrhs, X is n x nrhs.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if B does not have m rows
     * @throws IllegalArgumentException if {@code m < n}
     * @throws SingularMatrixException if A is rank-deficient in the sense of {@link #isFullRank}
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != f.m) {
            throw DimensionMismatchException.of("solve", f.m, f.n, "\\", b.rows(), b.cols());
        }
        double[] c = HouseholderFactors.columns(b);
        int ldc = Math.max(1, f.m);
        solveInPlace(c, b.cols(), ldc);
        return Dense.wrap(c, 0, ldc, f.m, b.cols()).slice(0, f.n, 0, b.cols()).copy();
    }

    private void solveInPlace(double[] c, int nrhs, int ldc) {
        if (f.m < f.n) {
            throw new IllegalArgumentException("solve: least squares by QR needs rows >= cols, got a "
                    + Text.shape(f.m, f.n) + " matrix; LQ.of(a).solve(b) gives the minimum-norm solution");
        }
        int small = firstSmallPivot();
        if (small >= 0) {
            throw new SingularMatrixException(
                    "solve: the " + Text.shape(f.m, f.n) + " matrix is rank-deficient: |R(" + small + "," + small
                            + ")| = " + Math.abs(f.diagonal(small)) + " <= max(m, n) eps max|R(i,i)|; "
                            + "QR.pivoted(a).solve(b) gives the minimum-norm solution",
                    small);
        }
        f.applyQt(c, nrhs);
        f.solveUpper(f.n, c, ldc, nrhs);
    }

    @Override
    public String toString() {
        return "QR of a " + Text.shape(f.m, f.n) + " matrix";
    }
}

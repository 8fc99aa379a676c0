package jnum.mat;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Householder LQ factorization {@code A = L Q} of an m x n matrix (LAPACK's dgelqf): L is m x n
 * lower trapezoidal, Q is n x n orthogonal. The transposed counterpart of {@link QR}, made for wide
 * matrices: {@link #solve} gives the minimum-norm solution of an underdetermined system. Created by
 * {@link #of(Dense)} or {@link Dense#lq()}.
 *
 * <p>The computed factors satisfy {@code ||A - L Q|| <= c max(m, n) u ||A||} and {@code ||Q Q^T -
 * I|| <= c n u} with a small constant c. Immutable and safe to share between threads; the input is
 * copied, never modified.
 */
public final class LQ {
    private final int m;
    private final int n;
    private final int k;
    /** Compact column-major, leading dimension max(1, m): L and the reflectors (by rows). */
    private final double[] a;

    private final double[] tau;

    private LQ(int m, int n, double[] a, double[] tau) {
        this.m = m;
        this.n = n;
        this.k = Math.min(m, n);
        this.a = a;
        this.tau = tau;
    }

    /**
     * Factors {@code a}.
     *
     * @throws NullPointerException if {@code a} is null
     */
    public static LQ of(Dense a) {
        Objects.requireNonNull(a, "lq: a is null");
        int m = a.rows();
        int n = a.cols();
        double[] work = a.copy().array();
        double[] tau = new double[Math.min(m, n)];
        Kernels.lapack().gelqf(m, n, work, 0, Math.max(1, m), tau, 0);
        return new LQ(m, n, work, tau);
    }

    private int ld() {
        return Math.max(1, m);
    }

    /** Rows m of the factored matrix. */
    public int rows() {
        return m;
    }

    /** Columns n of the factored matrix. */
    public int cols() {
        return n;
    }

    /** L: the {@code m x min(m, n)} lower trapezoidal factor, a new matrix. */
    public Dense l() {
        Dense l = Dense.zeros(m, k);
        for (int j = 0; j < k; j++) {
            for (int i = j; i < m; i++) {
                l.set(i, j, a[i + j * ld()]);
            }
        }
        return l;
    }

    /** The thin Q: the first {@code min(m, n)} rows of Q, orthonormal ({@code A = l() q()}). */
    public Dense q() {
        return formQ(k);
    }

    /** The full n x n orthogonal Q, a new matrix. */
    public Dense qFull() {
        return formQ(n);
    }

    private Dense formQ(int rows) {
        int ldq = Math.max(1, rows);
        double[] q = new double[Math.max(1, rows * n)];
        for (int j = 0; j < n; j++) {
            for (int i = 0, top = Math.min(j, k); i < top; i++) {
                q[i + j * ldq] = a[i + j * ld()];
            }
        }
        Kernels.lapack().orglq(rows, n, k, q, 0, ldq, tau, 0);
        return Dense.wrap(q, 0, ldq, rows, n);
    }

    /**
     * Whether the rows of A are numerically independent: {@code m <= n} and {@code min |L(i, i)| >
     * max(m, n) eps max |L(i, i)|} ({@code eps = 2^-52}); as for {@link QR#isFullRank()}, a false
     * answer means cond(A) exceeds {@code 1 / (max(m, n) eps)}. True when L's diagonal holds NaN.
     */
    public boolean isFullRank() {
        return firstSmallPivot() < 0;
    }

    private int firstSmallPivot() {
        if (m > n) {
            return n;
        }
        double max = 0;
        for (int i = 0; i < k; i++) {
            double d = Math.abs(a[i + i * ld()]);
            if (!(d <= max)) {
                max = d;
            }
        }
        double tol = Math.max(m, n) * 0x1p-52 * max;
        if (Double.isNaN(tol)) {
            return -1;
        }
        for (int i = 0; i < k; i++) {
            if (!(Math.abs(a[i + i * ld()]) > tol)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The minimum-norm solution of the underdetermined system {@code A x = b} for a wide or square A
     * ({@code m <= n}) of full row rank: {@code x = Q^T [L^-1 b; 0]}, the solution of least
     * {@code ||x||_2}. NaN in A or b gives NaN in x.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if b's length is not m
     * @throws IllegalArgumentException if {@code m > n} (use {@link QR} for least squares)
     * @throws SingularMatrixException if A is rank-deficient in the sense of {@link #isFullRank}
     *     (use {@link QR#pivoted}{@code .solve}), naming the row
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != m) {
            throw DimensionMismatchException.of("solve", m, n, "\\", b.length(), 1);
        }
        double[] x = Arrays.copyOf(b.toArray(), Math.max(1, n));
        solveInPlace(x, 1, Math.max(1, n));
        return Vec.of(Arrays.copyOf(x, n));
    }

    /**
     * The minimum-norm solutions of {@code A X = B} column by column, as {@link #solve(Vec)}; B is m
     * x nrhs, X is n x nrhs.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if B does not have m rows
     * @throws IllegalArgumentException if {@code m > n}
     * @throws SingularMatrixException if A is rank-deficient in the sense of {@link #isFullRank}
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != m) {
            throw DimensionMismatchException.of("solve", m, n, "\\", b.rows(), b.cols());
        }
        int nrhs = b.cols();
        int ldx = Math.max(1, n);
        double[] x = new double[Math.max(1, ldx * nrhs)];
        for (int j = 0; j < nrhs; j++) {
            for (int i = 0; i < m; i++) {
                x[i + j * ldx] = b.get(i, j);
            }
        }
        solveInPlace(x, nrhs, ldx);
        return Dense.wrap(x, 0, ldx, n, nrhs).copy();
    }

    private void solveInPlace(double[] x, int nrhs, int ldx) {
        if (m > n) {
            throw new IllegalArgumentException("solve: the minimum-norm solution by LQ needs rows <= cols, got a "
                    + Text.shape(m, n) + " matrix; QR.of(a).solve(b) gives the least-squares solution");
        }
        int small = firstSmallPivot();
        if (small >= 0) {
            throw new SingularMatrixException(
                    "solve: the " + Text.shape(m, n) + " matrix is rank-deficient: |L(" + small + "," + small + ")| = "
                            + Math.abs(a[small + small * ld()]) + " <= max(m, n) eps max|L(i,i)|; "
                            + "QR.pivoted(a).solve(b) gives the minimum-norm solution",
                    small);
        }
        if (m == 0 || nrhs == 0) {
            return; // x = 0
        }
        Kernels.blas().trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, m, nrhs, 1, a, 0, ld(), x, 0, ldx);
        Kernels.lapack().ormlq(Side.LEFT, Transpose.YES, n, nrhs, m, a, 0, ld(), tau, 0, x, 0, ldx);
    }

    @Override
    public String toString() {
        return "LQ of a " + Text.shape(m, n) + " matrix";
    }
}

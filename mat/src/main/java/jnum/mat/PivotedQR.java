package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * QR factorization with column pivoting, {@code A P = Q R} (LAPACK's dgeqp3, blocked): at every
 * step the remaining column of largest norm is brought forward, so {@code |R(0,0)| >= |R(1,1)| >=
 * ...} and the diagonal of R reveals the numerical rank. Created by {@link QR#pivoted(Dense)}.
 *
 * <p>{@link #solve} returns minimum-norm least-squares solutions, also for rank-deficient A, through
 * a complete orthogonal decomposition as LAPACK's dgelsy builds it: with r the numerical rank, the
 * leading r rows of R are factored {@code [R11 R12] = [L 0] Z} (an LQ factorization, Z orthogonal),
 * so that {@code A P = Q [L 0; 0 0] Z} up to the neglected block R22, and {@code x = P Z^T [L^-1
 * (Q^T b)(0:r); 0]}. The rank decision uses the diagonal of R: {@code rank(tol)} counts the leading
 * {@code |R(i, i)| > tol}.
 *
 * <p>Immutable and safe to share between threads; the input matrix is copied, never modified.
 */
public final class PivotedQR {
    private static final double EPS = 0x1p-52;

    private final HouseholderFactors f;
    private final int[] perm;
    /** The complete orthogonal decomposition at the default rank, made on first use. */
    private volatile Cod defaultCod;

    private PivotedQR(HouseholderFactors f, int[] perm) {
        this.f = f;
        this.perm = perm;
    }

    static PivotedQR of(Dense a) {
        Objects.requireNonNull(a, "pivoted: a is null");
        int m = a.rows();
        int n = a.cols();
        double[] work = a.copy().array();
        double[] tau = new double[Math.min(m, n)];
        int[] perm = new int[n];
        Kernels.lapack().geqp3(m, n, work, 0, Math.max(1, m), perm, 0, tau, 0);
        return new PivotedQR(new HouseholderFactors(m, n, work, tau), perm);
    }

    /** Rows m of the factored matrix. */
    public int rows() {
        return f.m;
    }

    /** Columns n of the factored matrix. */
    public int cols() {
        return f.n;
    }

    /**
     * The column permutation as a new array p of length n: column j of {@code A P} is column
     * {@code p[j]} of A.
     */
    public int[] permutation() {
        return perm.clone();
    }

    /** R: the {@code min(m, n) x n} upper trapezoidal factor of {@code A P}, a new matrix. */
    public Dense r() {
        return f.r();
    }

    /** The first {@code min(m, n)} columns of Q ({@code A P = q() r()}), a new matrix. */
    public Dense q() {
        return f.q(f.k);
    }

    /** The full m x m orthogonal Q, a new matrix. */
    public Dense qFull() {
        return f.q(f.m);
    }

    /**
     * The default rank tolerance {@code max(m, n) eps |R(0, 0)|} with {@code eps = 2^-52}: the
     * threshold of NumPy's {@code matrix_rank} and MATLAB's {@code rank}, with {@code |R(0,0)|}
     * (the largest column norm of A, within a factor sqrt(n) of its largest singular value) in place
     * of the largest singular value. 0 for an empty matrix.
     */
    public double tolerance() {
        return f.k == 0 ? 0 : Math.max(f.m, f.n) * EPS * Math.abs(f.diagonal(0));
    }

    /** The numerical rank at the default {@link #tolerance()}. */
    public int rank() {
        return rank(tolerance());
    }

    /**
     * The number of leading diagonal elements of R with {@code |R(i, i)| > tol}. A NaN diagonal
     * element ends the count.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public int rank(double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("rank: tolerance " + tol + " is negative or NaN");
        }
        int r = 0;
        while (r < f.k && Math.abs(f.diagonal(r)) > tol) {
            r++;
        }
        return r;
    }

    /**
     * The minimum-norm least-squares solution of {@code A x = b} at the default rank: among the x
     * minimizing {@code ||A x - b||_2} (with A replaced by its rank-r part), the one of least norm.
     * Any shape of A. NaN in b gives NaN in x.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if b's length is not m
     */
    public Vec solve(Vec b) {
        return solve(b, tolerance());
    }

    /**
     * As {@link #solve(Vec)} with the rank taken as {@link #rank(double) rank(tol)}.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public Vec solve(Vec b, double tol) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != f.m) {
            throw DimensionMismatchException.of("solve", f.m, f.n, "\\", b.length(), 1);
        }
        return solveColumns(Dense.wrap(b.toArray(), 0, Math.max(1, f.m), f.m, 1), tol)
                .column(0)
                .copy();
    }

    /**
     * The minimum-norm least-squares solutions of {@code A X = B}, column by column, at the default
     * rank; B is m x nrhs, X is n x nrhs.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if B does not have m rows
     */
    public Dense solve(Dense b) {
        return solve(b, tolerance());
    }

    /**
     * As {@link #solve(Dense)} with the rank taken as {@link #rank(double) rank(tol)}.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public Dense solve(Dense b, double tol) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != f.m) {
            throw DimensionMismatchException.of("solve", f.m, f.n, "\\", b.rows(), b.cols());
        }
        return solveColumns(b, tol);
    }

    private Dense solveColumns(Dense b, double tol) {
        int r = rank(tol);
        int nrhs = b.cols();
        int n = f.n;
        int ldz = Math.max(1, n);
        double[] z = new double[Math.max(1, ldz * nrhs)];
        if (r > 0 && nrhs > 0) {
            double[] c = HouseholderFactors.columns(b);
            int ldc = Math.max(1, f.m);
            f.applyQt(c, nrhs);
            for (int j = 0; j < nrhs; j++) {
                System.arraycopy(c, j * ldc, z, j * ldz, r);
            }
            if (r == n) {
                f.solveUpper(r, z, ldz, nrhs);
            } else {
                Cod cod = cod(r, tol);
                Kernels.blas()
                        .trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, r, nrhs, 1, cod.lq, 0, r, z, 0, ldz);
                Kernels.lapack().ormlq(Side.LEFT, Transpose.YES, n, nrhs, r, cod.lq, 0, r, cod.tau, 0, z, 0, ldz);
            }
        }
        Dense x = Dense.zeros(n, nrhs);
        for (int j = 0; j < n; j++) {
            for (int col = 0; col < nrhs; col++) {
                x.set(perm[j], col, z[j + col * ldz]);
            }
        }
        return x;
    }

    /** The LQ factorization {@code R(0:r, :) = [L 0] Z} (cached for the default tolerance). */
    private Cod cod(int r, double tol) {
        boolean isDefault = tol == tolerance();
        Cod c = isDefault ? defaultCod : null;
        if (c == null || c.rank != r) {
            int n = f.n;
            double[] lq = new double[r * n];
            for (int j = 0; j < n; j++) {
                for (int i = 0, top = Math.min(j, r - 1); i <= top; i++) {
                    lq[i + j * r] = f.a[i + j * f.ld()];
                }
            }
            double[] tau = new double[r];
            Kernels.lapack().gelqf(r, n, lq, 0, r, tau, 0);
            c = new Cod(r, lq, tau);
            if (isDefault) {
                defaultCod = c;
            }
        }
        return c;
    }

    /** {@code R(0:r, :) = L Z}: L below the diagonal of lq (r x r), Z's reflectors right of it. */
    private record Cod(int rank, double[] lq, double[] tau) {}

    @Override
    public String toString() {
        return "pivoted QR of a " + Text.shape(f.m, f.n) + " matrix, rank " + rank();
    }
}

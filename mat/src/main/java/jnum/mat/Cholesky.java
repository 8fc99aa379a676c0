package jnum.mat;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The Cholesky factorization {@code A = L L^T} of a symmetric positive definite matrix (LAPACK's
 * dpotrf): L lower triangular with a positive diagonal. Backward stable with no pivoting; the
 * cheapest way to solve with, invert or take the determinant of an SPD matrix.
 *
 * <p>Only the lower triangle of A is read (A is taken to be symmetric; the upper triangle is
 * ignored). Obtain one with {@code a.cholesky()}, {@link #of(Dense)} (which throws when A is not
 * positive definite) or {@link #tryOf(Dense)} (which returns an empty {@link Optional} instead).
 * A matrix with NaN is reported as not positive definite, never factored into NaN. The input is
 * copied and never modified; the object is immutable and safe to share between threads.
 *
 * <p>{@link #update(Vec)} and {@link #downdate(Vec)} return the factorization of
 * {@code A + x x^T} and {@code A - x x^T} in O(n^2), without refactoring.
 */
public final class Cholesky {
    private final int n;
    /** L on and below the diagonal, zeros above, column-major n x n. */
    private final double[] l;
    /** The lower triangle of A (for its norm in {@link #rcond()}), column-major n x n. */
    private final double[] a;

    private volatile double rcond = -1;

    private Cholesky(int n, double[] l, double[] a) {
        this.n = n;
        this.l = l;
        this.a = a;
    }

    /**
     * Factors the symmetric positive definite matrix {@code a} (its lower triangle).
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws NotPositiveDefiniteException if a is not positive definite (or holds NaN), naming the
     *     failing column
     */
    public static Cholesky of(Dense a) {
        Object r = factor(a, "cholesky");
        if (r instanceof NotPositiveDefiniteException e) {
            throw e;
        }
        return (Cholesky) r;
    }

    /**
     * As {@link #of(Dense)}, but an empty result instead of {@link NotPositiveDefiniteException}:
     * the cheap test of positive definiteness.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     */
    public static Optional<Cholesky> tryOf(Dense a) {
        Object r = factor(a, "cholesky");
        return r instanceof Cholesky c ? Optional.of(c) : Optional.empty();
    }

    /**
     * The pivoted factorization {@code P^T A P = L L^T} of a symmetric positive semidefinite
     * matrix, which reveals its numerical rank, with dpstrf's default tolerance
     * {@code n eps max a_ii}.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if the lower triangle holds NaN
     */
    public static PivotedCholesky pivoted(Dense a) {
        return PivotedCholesky.of(a, -1);
    }

    /**
     * As {@link #pivoted(Dense)}, stopping when the largest remaining pivot is at most {@code tol}
     * ({@code tol >= 0}).
     *
     * @throws IllegalArgumentException if tol is negative or NaN, or the lower triangle holds NaN
     */
    public static PivotedCholesky pivoted(Dense a, double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("pivotedCholesky: tolerance " + tol + " must be >= 0");
        }
        return PivotedCholesky.of(a, tol);
    }

    /** The factorization, or the exception describing why there is none. */
    private static Object factor(Dense a, String op) {
        Objects.requireNonNull(a, () -> op + ": a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": " + a.rows() + "x" + a.cols() + " is not square");
        }
        int n = a.rows();
        double[] lower = Factors.compact(a);
        zeroUpper(n, lower);
        double[] f = lower.clone();
        OptionalInt failed = Kernels.lapack().potrf(Uplo.LOWER, n, f, 0, Math.max(1, n));
        if (failed.isPresent()) {
            return new NotPositiveDefiniteException(op, n, failed.getAsInt());
        }
        return new Cholesky(n, f, lower);
    }

    private static void zeroUpper(int n, double[] x) {
        for (int j = 1; j < n; j++) {
            java.util.Arrays.fill(x, j * n, j * n + j, 0.0);
        }
    }

    /** The order n of the factored matrix. */
    public int order() {
        return n;
    }

    /**
     * Solves {@code A x = b}.
     *
     * @throws DimensionMismatchException if b's length is not n
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != n) {
            throw DimensionMismatchException.of("solve", n, n, "\\", b.length(), 1);
        }
        double[] x = b.toArray();
        Kernels.lapack().potrs(Uplo.LOWER, n, 1, l, 0, Math.max(1, n), x, 0, Math.max(1, n));
        return Vec.wrap(x, 0, 1, n);
    }

    /**
     * Solves {@code A X = B} for every column of B (n x k).
     *
     * @throws DimensionMismatchException if B does not have n rows
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != n) {
            throw DimensionMismatchException.of("solve", n, n, "\\", b.rows(), b.cols());
        }
        double[] x = Factors.compact(b);
        int ld = Math.max(1, n);
        Kernels.lapack().potrs(Uplo.LOWER, n, b.cols(), l, 0, ld, x, 0, ld);
        return Dense.wrap(x, 0, ld, n, b.cols());
    }

    /**
     * Solves {@code L y = b} with the factor alone (half of {@link #solve(Vec)}):
     * {@code |y|^2 = b^T A^-1 b}, and with A a covariance, y is b whitened.
     *
     * @throws DimensionMismatchException if b's length is not n
     */
    public Vec solveL(Vec b) {
        Objects.requireNonNull(b, "solveL: b is null");
        if (b.length() != n) {
            throw DimensionMismatchException.of("solveL", n, n, "\\", b.length(), 1);
        }
        double[] y = b.toArray();
        if (n > 0) {
            Kernels.blas().trsv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, l, 0, n, y, 0, 1);
        }
        return Vec.wrap(y, 0, 1, n);
    }

    /**
     * {@code b^T A^-1 b = |L^-1 b|^2}, non-negative by construction (the squared Mahalanobis
     * distance of b when A is a covariance).
     *
     * @throws DimensionMismatchException if b's length is not n
     */
    public double inverseQuadraticForm(Vec b) {
        Vec y = solveL(b);
        return y.dot(y);
    }

    /**
     * {@code L z}: with z standard normal and A a covariance, a draw of {@code N(0, A)}.
     *
     * @throws DimensionMismatchException if z's length is not n
     */
    public Vec timesL(Vec z) {
        Objects.requireNonNull(z, "timesL: z is null");
        if (z.length() != n) {
            throw DimensionMismatchException.of("timesL", n, n, "*", z.length(), 1);
        }
        double[] y = z.toArray();
        if (n > 0) {
            Kernels.blas().trmv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, l, 0, n, y, 0, 1);
        }
        return Vec.wrap(y, 0, 1, n);
    }

    /** {@code A^-1} (n x n, symmetric), by solving against the identity. */
    public Dense inverse() {
        Dense x = Dense.identity(n);
        Kernels.lapack().potrs(Uplo.LOWER, n, n, l, 0, Math.max(1, n), x.array(), x.offset(), x.ld());
        return x;
    }

    /** {@code det A = prod L(k, k)^2}, positive; it may overflow or underflow (see {@link #logDet()}). */
    public double det() {
        double d = 1;
        for (int k = 0; k < n; k++) {
            double v = l[k + k * n];
            d *= v * v;
        }
        return d;
    }

    /** {@code log det A = 2 sum log L(k, k)}, without overflow. */
    public double logDet() {
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += Math.log(l[k + k * n]);
        }
        return 2 * s;
    }

    /**
     * An estimate of the reciprocal 1-norm condition number {@code 1 / (||A||_1 ||A^-1||_1)}
     * (LAPACK's dpocon): at least the exact value and rarely more than 3 times it. Computed on
     * first call, in O(n^2).
     */
    public double rcond() {
        double r = rcond;
        if (r < 0) {
            r = n == 0 ? 1.0 : Kernels.lapack().pocon(Uplo.LOWER, n, l, 0, n, symmetricNorm1());
            rcond = r;
        }
        return r;
    }

    /** {@code ||A||_1} from the lower triangle: column j is {@code A(j, 0:j)} and {@code A(j:n, j)}. */
    private double symmetricNorm1() {
        double[] sums = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double v = Math.abs(a[i + j * n]);
                sums[j] += v;
                if (i != j) {
                    sums[i] += v;
                }
            }
        }
        double max = 0;
        for (double s : sums) {
            max = Math.max(max, s);
        }
        return max;
    }

    /** L (n x n, lower triangular with a positive diagonal), a new matrix. */
    public Dense l() {
        return Dense.wrap(l.clone(), 0, Math.max(1, n), n, n);
    }

    /**
     * The factorization of {@code A + x x^T} (always positive definite), in O(n^2) by a sweep of
     * plane rotations through L (LINPACK's dchud); this factorization is unchanged.
     *
     * @throws DimensionMismatchException if x's length is not n
     */
    public Cholesky update(Vec x) {
        return modify("update", x, 1);
    }

    /**
     * The factorization of {@code A - x x^T}, in O(n^2) by a sweep of hyperbolic rotations
     * (LINPACK's dchdd); this factorization is unchanged.
     *
     * @throws DimensionMismatchException if x's length is not n
     * @throws NotPositiveDefiniteException if {@code A - x x^T} is not positive definite, naming the
     *     column where the sweep failed
     */
    public Cholesky downdate(Vec x) {
        return modify("downdate", x, -1);
    }

    /** {@code A + sigma x x^T} for sigma = 1 or -1. */
    private Cholesky modify(String op, Vec x, int sigma) {
        Objects.requireNonNull(x, () -> op + ": x is null");
        if (x.length() != n) {
            throw DimensionMismatchException.of(op, n, n, sigma > 0 ? "+ x x^T, x" : "- x x^T, x", x.length(), 1);
        }
        double[] w = x.toArray();
        double[] f = l.clone();
        for (int k = 0; k < n; k++) {
            int ck = k * n;
            double lkk = f[ck + k];
            double wk = w[k];
            double r;
            if (sigma > 0) {
                r = Math.hypot(lkk, wk);
            } else {
                // (lkk - wk)(lkk + wk) loses less than lkk^2 - wk^2 when they are close
                double d = (lkk - wk) * (lkk + wk);
                if (!(d > 0)) {
                    throw new NotPositiveDefiniteException(op, n, k);
                }
                r = Math.sqrt(d);
            }
            double c = r / lkk;
            double s = wk / lkk;
            f[ck + k] = r;
            for (int i = k + 1; i < n; i++) {
                double lik = (f[ck + i] + sigma * s * w[i]) / c;
                f[ck + i] = lik;
                w[i] = c * w[i] - s * lik;
            }
        }
        double[] lower = a.clone();
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                lower[i + j * n] += sigma * x.get(i) * x.get(j);
            }
        }
        return new Cholesky(n, f, lower);
    }

    @Override
    public String toString() {
        return "Cholesky of a " + n + "x" + n + " matrix";
    }
}

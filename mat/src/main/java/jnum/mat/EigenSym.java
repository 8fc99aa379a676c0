package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * The eigen decomposition {@code A = V diag(lambda) V^T} of a real symmetric matrix: eigenvalues
 * {@link #values()} in ascending order and orthonormal eigenvectors {@link #vectors()}, column j
 * belonging to value j.
 *
 * <p>Obtain one with {@code a.eigenSym()} or {@link #of(Dense)} (values and vectors),
 * {@link #valuesOf(Dense)} (values only), or {@code s.eigenSym()} on a {@link SymDense}; a subset
 * without the other eigenvectors with {@link #smallest(Dense, int)}, {@link #largest(Dense, int)}
 * or {@link #inInterval(Dense, double, double)}.
 *
 * <p>Symmetric tridiagonal problems (from a Lanczos process, say) are solved directly by
 * {@link #ofTridiagonal(double[], double[])} with the implicit QL/QR method (LAPACK's dsteqr;
 * from order 48 Cuppen's divide and conquer, dstedc), or
 * {@link #valuesOfTridiagonal(double[], double[])} with its square-root-free variant (dsterf):
 * each eigenvalue is found with an absolute error of a small multiple of {@code eps ||T||}, the
 * vectors are orthonormal to working precision.
 *
 * <p>Iterations are bounded (30 sweeps per eigenvalue); running out raises
 * {@link NoConvergenceException}. Inputs are copied and never modified; the object is immutable
 * and safe to share between threads ({@link #values()} and {@link #vectors()} return copies).
 */
public final class EigenSym {
    private static final int SWEEPS_PER_VALUE = 30;
    private static final int INVERSE_ITERATIONS = 5;
    private static final double LN2 = Math.log(2);

    /**
     * The symmetry test of {@link #of(Dense)}: {@code |a_ij - a_ji|} may be up to this times
     * {@code n max|a_kl|} (100 eps).
     */
    public static final double SYMMETRY_TOLERANCE = 100 * 0x1p-52;

    /**
     * The order from which {@link #of(Dense)} computes the eigenvectors by divide and conquer
     * rather than by the QL/QR method, which is faster below it (measured with the JMH benchmark
     * of the small spectral decompositions: level at about 128).
     */
    public static final int DIVIDE_AND_CONQUER_ORDER = 128;

    /**
     * The order from which {@link #ofTridiagonal(double[], double[])} computes the eigenvectors
     * by divide and conquer: without a reduction to share the cost with, divide and conquer's
     * deflation pays off earlier than for a full matrix.
     */
    private static final int TRIDIAGONAL_DIVIDE_AND_CONQUER_ORDER = 48;

    /** Order of the decomposed matrix. */
    private final int n;
    /** The eigenvalues found, ascending. */
    private final double[] values;
    /** Their eigenvectors, n x values.length column-major, or null in values-only mode. */
    private final double[] vectors;

    private EigenSym(int n, double[] values, double[] vectors) {
        this.n = n;
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * All eigenvalues and eigenvectors of the symmetric matrix {@code a}: Householder reduction
     * to tridiagonal form (blocked, half its flops in GEMM), then from order
     * {@value #DIVIDE_AND_CONQUER_ORDER} Cuppen's divide and conquer on the tridiagonal form, its
     * eigenvectors multiplied by the reduction's orthogonal factor (LAPACK's dsyevd), below it the
     * implicit QL/QR method accumulating its rotations onto that factor (dsyev). Backward stable:
     * {@code ||A V - V diag(lambda)|| = O(n eps ||A||)}
     * and {@code ||V^T V - I|| = O(n eps)}.
     *
     * <p>Only the lower triangle is used, but {@code a} must be symmetric within
     * {@link #SYMMETRY_TOLERANCE}: {@code |a_ij - a_ji| <= 100 n eps max|a_kl|}, the asymmetry
     * that rounding in a computation meant to be symmetric can leave. Use {@link SymDense} to
     * decompose a lower triangle as it is.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if a is not symmetric within the tolerance (naming the
     *     worst pair) or holds NaN or an infinity
     * @throws NoConvergenceException if the QL/QR iteration does not converge within 30 n sweeps,
     *     or a secular equation of divide and conquer within 30 iterations
     */
    public static EigenSym of(Dense a) {
        return dense(checkedSymmetric(a, "eigenSym"), true, "eigenSym");
    }

    /**
     * All eigenvalues of the symmetric matrix {@code a}, ascending, without eigenvectors (the
     * square-root-free QL/QR method after the tridiagonal reduction: about a third of the work of
     * {@link #of(Dense)}); {@link #vectors()} then throws.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException as {@link #of(Dense)}
     * @throws NoConvergenceException if the iteration does not converge within 30 n sweeps
     */
    public static EigenSym valuesOf(Dense a) {
        return dense(checkedSymmetric(a, "eigenSymValues"), false, "eigenSymValues");
    }

    /** The decomposition of the symmetric matrix held (both triangles) by {@code a}, unchecked. */
    static EigenSym ofSymmetric(Dense a, boolean withVectors) {
        String op = withVectors ? "eigenSym" : "eigenSymValues";
        double[] x = Factors.compact(a);
        requireFinite(op, "a", x);
        return dense(x, withVectors, op);
    }

    /**
     * {@link #sqrt()} of the symmetric matrix a, decomposed as {@code 2^shift A}
     * ({@link #ofScaled}), so the root scales back exactly by {@code 2^(-shift/2)}.
     */
    static Dense sqrtOf(Dense a) {
        return ofScaled(a, "sqrt", EigenSym::sqrt);
    }

    /** {@link #log()} of the symmetric matrix a, decomposed as {@code 2^shift A} ({@link #ofScaled}). */
    static Dense logOf(Dense a) {
        return ofScaled(a, "log", EigenSym::log);
    }

    /** A matrix function of A evaluated on the decomposition of {@code 2^shift A}. */
    private interface ScaledFunction {
        Dense apply(EigenSym scaled, int shift);
    }

    /**
     * f of the symmetric matrix a (checked as by {@link #of(Dense)}) from the decomposition of
     * {@code 2^shift A}, as LAPACK's drivers scale: shift is the exponent that brings
     * {@code max|a_ij|} into {@link SafeRange} (0 when it is there), made even by a step further
     * in, so no eigenvalue (at most {@code n max|a_ij|}) overflows and none above the rounding
     * level {@code n eps max|lambda|} is subnormal. A power of 2 scales exactly, subnormal elements
     * scaled up included; scaled down, only elements below {@code 2^-1478 max|a_ij|} may round.
     */
    private static Dense ofScaled(Dense a, String op, ScaledFunction f) {
        double[] x = checkedSymmetric(a, op);
        int shift = SafeRange.shift(SafeRange.maxAbs(x));
        shift += shift % 2; // even, one further into the range: the square root halves it
        SafeRange.scalb(x, shift);
        return f.apply(dense(x, true, op), shift);
    }

    /**
     * The column-major copy of {@code a} after the checks of {@link #of(Dense)}.
     */
    private static double[] checkedSymmetric(Dense a, String op) {
        Objects.requireNonNull(a, () -> op + ": a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": " + Text.shape(a.rows(), a.cols()) + " is not square");
        }
        int n = a.rows();
        double[] x = Factors.compact(a);
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v)); // NaN if v is NaN
        }
        if (!Double.isFinite(max)) {
            requireFinite(op, "a", x);
        }
        double tol = SYMMETRY_TOLERANCE * n * max;
        int worstI = -1;
        int worstJ = -1;
        double worst = tol;
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                double diff = Math.abs(x[i + j * n] - x[j + i * n]);
                if (diff > worst) {
                    worst = diff;
                    worstI = i;
                    worstJ = j;
                }
            }
        }
        if (worstI >= 0) {
            throw new IllegalArgumentException(op + ": the " + Text.shape(n, n) + " matrix is not symmetric: a["
                    + worstI + "][" + worstJ + "] = " + x[worstI + worstJ * n] + " but a[" + worstJ + "][" + worstI
                    + "] = " + x[worstJ + worstI * n] + " (tolerance " + tol + " = 100 n eps max|a|)");
        }
        return x;
    }

    private static EigenSym dense(double[] x, boolean withVectors, String op) {
        int n = (int) Math.round(Math.sqrt(x.length));
        double[] w = new double[n];
        Lapack lapack = Kernels.lapack();
        if (withVectors && n >= DIVIDE_AND_CONQUER_ORDER) {
            int failed = lapack.syevd(true, n, x, 0, n, w, 0);
            if (failed > 0) {
                throw new NoConvergenceException(
                        op + ": divide and conquer did not converge for the " + n + "x" + n + " matrix (info "
                                + failed + ": a QL/QR block or a secular equation ran out of its "
                                + SWEEPS_PER_VALUE + " iterations per value)",
                        SWEEPS_PER_VALUE);
            }
            return new EigenSym(n, w, x);
        }
        int failed = lapack.syev(withVectors, n, x, 0, Math.max(1, n), w, 0);
        if (failed > 0) {
            throw notConverged(op, n, failed);
        }
        return new EigenSym(n, w, withVectors ? x : null);
    }

    /**
     * The k smallest eigenvalues of the symmetric matrix {@code a} (ascending) and their
     * eigenvectors, without computing the others: tridiagonal reduction, bisection for the values
     * (LAPACK's dstebz), inverse iteration for the vectors (dstein), back-transformation (dormtr).
     * The same accuracy as {@link #of(Dense)}; about {@code 4/3 n^3 + O(n^2 k + n k^2)} flops
     * instead of about {@code 9 n^3}. Symmetry is checked as by {@link #of(Dense)}.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException unless {@code 0 <= k <= n}, or as {@link #of(Dense)}
     * @throws NoConvergenceException if inverse iteration does not converge for a vector
     */
    public static EigenSym smallest(Dense a, int k) {
        double[] x = checkedSymmetric(a, "eigenSymSmallest");
        int n = a.rows();
        requireCount("eigenSymSmallest", k, n);
        return subset(x, n, 0, k - 1, "eigenSymSmallest");
    }

    /**
     * The k largest eigenvalues of the symmetric matrix {@code a}, still in ascending order, and
     * their eigenvectors, without computing the others (as {@link #smallest(Dense, int)}).
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException unless {@code 0 <= k <= n}, or as {@link #of(Dense)}
     * @throws NoConvergenceException if inverse iteration does not converge for a vector
     */
    public static EigenSym largest(Dense a, int k) {
        double[] x = checkedSymmetric(a, "eigenSymLargest");
        int n = a.rows();
        requireCount("eigenSymLargest", k, n);
        return subset(x, n, n - k, n - 1, "eigenSymLargest");
    }

    /**
     * The eigenvalues of the symmetric matrix {@code a} in the closed interval {@code [lo, hi]}
     * (ascending) and their eigenvectors, without computing the others (as
     * {@link #smallest(Dense, int)}); which values count as inside is decided by Sturm counts on
     * the tridiagonal form, so a value within about {@code eps ||A||} of an end may fall either
     * way. May be empty.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if lo or hi is NaN or {@code lo > hi}, or as
     *     {@link #of(Dense)}
     * @throws NoConvergenceException if inverse iteration does not converge for a vector
     */
    public static EigenSym inInterval(Dense a, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("eigenSymInInterval: need lo <= hi, got [" + lo + ", " + hi + "]");
        }
        double[] x = checkedSymmetric(a, "eigenSymInInterval");
        int n = a.rows();
        return subset(x, n, lo, hi);
    }

    /**
     * The eigenvalues with ascending indices {@code from <= j < to} of the symmetric tridiagonal
     * matrix with diagonal {@code diag} and off-diagonal {@code offDiag}, with their eigenvectors,
     * by bisection and inverse iteration (LAPACK's dstebz and dstein): the cheap way to a few
     * extreme eigenpairs of a large tridiagonal matrix (from a Lanczos process, say).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException unless {@code 0 <= from <= to <= n}, or as
     *     {@link #ofTridiagonal(double[], double[])}
     * @throws NoConvergenceException if inverse iteration does not converge for a vector
     */
    public static EigenSym ofTridiagonal(double[] diag, double[] offDiag, int from, int to) {
        String op = "eigenSymTridiagonal";
        checkTridiagonal(op, diag, offDiag);
        int n = diag.length;
        if (from < 0 || from > to || to > n) {
            throw new IllegalArgumentException(
                    op + ": need 0 <= from <= to <= " + n + ", got [" + from + ", " + to + ")");
        }
        int k = to - from;
        double[] w = new double[k];
        double[] z = new double[n * k];
        if (k > 0) {
            Lapack lapack = Kernels.lapack();
            lapack.stebz(n, diag, 0, offDiag, 0, from, to - 1, w, 0);
            requireConverged(op, lapack.stein(n, diag, 0, offDiag, 0, k, w, 0, z, 0, Math.max(1, n)));
        }
        return new EigenSym(n, w, z);
    }

    private static void requireCount(String op, int k, int n) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(op + ": k = " + k + " is outside [0, " + n + "]");
        }
    }

    private static void requireConverged(String op, int failed) {
        if (failed > 0) {
            throw new NoConvergenceException(
                    op + ": inverse iteration did not converge for " + failed + " eigenvectors within "
                            + INVERSE_ITERATIONS + " iterations each",
                    INVERSE_ITERATIONS);
        }
    }

    /** The subset with values in [lo, hi] of the symmetric matrix x (n x n, column-major). */
    private static EigenSym subset(double[] x, int n, double lo, double hi) {
        Tridiagonalized t = Tridiagonalized.of(x, n);
        Lapack lapack = Kernels.lapack();
        int il = n == 0 ? 0 : lapack.sturmCount(n, t.d, 0, t.e, 0, Math.nextDown(lo));
        int iu = n == 0 ? -1 : lapack.sturmCount(n, t.d, 0, t.e, 0, hi) - 1;
        return t.eigenpairs(x, il, iu, "eigenSymInInterval");
    }

    /** The subset with indices il..iu (inclusive) of the symmetric matrix x. */
    private static EigenSym subset(double[] x, int n, int il, int iu, String op) {
        return Tridiagonalized.of(x, n).eigenpairs(x, il, iu, op);
    }

    /** The tridiagonal form {@code Q^T A Q} of a matrix whose copy holds Q's reflectors. */
    private record Tridiagonalized(int n, double[] d, double[] e, double[] tau) {
        static Tridiagonalized of(double[] x, int n) {
            double[] d = new double[n];
            double[] e = new double[Math.max(0, n - 1)];
            double[] tau = new double[Math.max(0, n - 1)];
            Kernels.lapack().sytrd(n, x, 0, Math.max(1, n), d, 0, e, 0, tau, 0);
            return new Tridiagonalized(n, d, e, tau);
        }

        /** Eigenpairs il..iu of T, vectors transformed back by Q (whose reflectors x holds). */
        EigenSym eigenpairs(double[] x, int il, int iu, String op) {
            int k = Math.max(0, iu - il + 1);
            double[] w = new double[k];
            double[] z = new double[n * k];
            if (k > 0) {
                Lapack lapack = Kernels.lapack();
                lapack.stebz(n, d, 0, e, 0, il, iu, w, 0);
                requireConverged(op, lapack.stein(n, d, 0, e, 0, k, w, 0, z, 0, Math.max(1, n)));
                lapack.ormtr(Side.LEFT, Transpose.NO, n, k, x, 0, Math.max(1, n), tau, 0, z, 0, Math.max(1, n));
            }
            return new EigenSym(n, w, z);
        }
    }

    /**
     * All eigenvalues and eigenvectors of the symmetric tridiagonal matrix with diagonal
     * {@code diag} (n elements) and sub- and superdiagonal {@code offDiag} (n - 1 elements).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if offDiag does not have {@code max(0, n - 1)} elements or
     *     an element is NaN or infinite
     * @throws NoConvergenceException if the QL/QR iteration does not converge within 30 n sweeps,
     *     or a secular equation of divide and conquer within 30 iterations
     */
    public static EigenSym ofTridiagonal(double[] diag, double[] offDiag) {
        return tridiagonal(diag, offDiag, true);
    }

    /**
     * All eigenvalues, ascending, of the symmetric tridiagonal matrix with diagonal {@code diag}
     * and off-diagonal {@code offDiag}, without eigenvectors; {@link #vectors()} then throws.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #ofTridiagonal(double[], double[])}
     * @throws NoConvergenceException if the iteration does not converge within 30 n sweeps
     */
    public static EigenSym valuesOfTridiagonal(double[] diag, double[] offDiag) {
        return tridiagonal(diag, offDiag, false);
    }

    private static EigenSym tridiagonal(double[] diag, double[] offDiag, boolean withVectors) {
        String op = withVectors ? "eigenSym" : "eigenSymValues";
        checkTridiagonal(op, diag, offDiag);
        int n = diag.length;
        double[] d = diag.clone();
        double[] e = offDiag.clone();
        double[] z = withVectors ? new double[n * n] : null;
        EigenvectorJob job = withVectors ? EigenvectorJob.IDENTITY : EigenvectorJob.NONE;
        Lapack lapack = Kernels.lapack();
        int failed = withVectors && n >= TRIDIAGONAL_DIVIDE_AND_CONQUER_ORDER
                ? lapack.stedc(job, n, d, 0, e, 0, z, 0, n)
                : lapack.steqr(job, n, d, 0, e, 0, z, 0, Math.max(1, n));
        if (failed > 0) {
            throw notConverged(op, n, failed);
        }
        return new EigenSym(n, d, z);
    }

    private static void checkTridiagonal(String op, double[] diag, double[] offDiag) {
        Objects.requireNonNull(diag, () -> op + ": diag is null");
        Objects.requireNonNull(offDiag, () -> op + ": offDiag is null");
        int n = diag.length;
        if (offDiag.length != Math.max(0, n - 1)) {
            throw new IllegalArgumentException(op + ": offDiag has " + offDiag.length + " elements, "
                    + "a tridiagonal matrix of order " + n + " has " + Math.max(0, n - 1));
        }
        requireFinite(op, "diag", diag);
        requireFinite(op, "offDiag", offDiag);
    }

    private static void requireFinite(String op, String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] = " + x[i] + " is not finite");
            }
        }
    }

    private static NoConvergenceException notConverged(String op, int n, int failed) {
        return new NoConvergenceException(
                op + ": the QL/QR iteration did not converge within " + SWEEPS_PER_VALUE * n + " sweeps for the " + n
                        + "x" + n + " matrix (" + failed + " off-diagonal elements left)",
                SWEEPS_PER_VALUE * n);
    }

    /** The order n of the decomposed matrix. */
    public int order() {
        return n;
    }

    /** How many eigenvalues this decomposition holds (n, or fewer for a subset). */
    public int count() {
        return values.length;
    }

    /** The eigenvalues in ascending order (a copy). */
    public Vec values() {
        return Vec.of(values);
    }

    /** Whether eigenvectors were computed. */
    public boolean hasVectors() {
        return vectors != null;
    }

    /**
     * The n x {@link #count()} matrix of orthonormal eigenvectors, column j for {@code values()
     * .get(j)} (a copy). Each column's sign is arbitrary, as in LAPACK.
     *
     * @throws IllegalStateException in values-only mode
     */
    public Dense vectors() {
        if (vectors == null) {
            throw new IllegalStateException("vectors: this decomposition was computed for eigenvalues only");
        }
        return Dense.wrap(vectors.clone(), 0, Math.max(1, n), n, values.length);
    }

    /**
     * {@code f(A) = V diag(f(lambda)) V^T}, the function of the decomposed matrix defined by its
     * eigen decomposition (exactly symmetric: the product is symmetrized). An infinite or NaN
     * {@code f(lambda_j)} spreads through the product: every element that an eigenvector element
     * multiplies it into becomes infinite or NaN, zero eigenvector elements included
     * ({@code 0 * inf} is NaN).
     *
     * @throws NullPointerException if f is null
     * @throws IllegalStateException unless this is a full decomposition with vectors
     */
    public Dense map(java.util.function.DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "map: f is null");
        requireFull("map");
        double[] fw = new double[n];
        for (int j = 0; j < n; j++) {
            fw[j] = f.applyAsDouble(values[j]);
        }
        return spectralProduct(fw, 0);
    }

    /**
     * The principal square root of the symmetric positive semidefinite matrix decomposed here:
     * the unique symmetric positive semidefinite S with {@code S S = A}, as
     * {@code V diag(sqrt(lambda)) V^T}. Eigenvalues down to {@code -n eps max|lambda|} are taken
     * as rounding errors of zero ones and treated as 0.
     *
     * @throws IllegalStateException unless this is a full decomposition with vectors
     * @throws IllegalArgumentException if an eigenvalue is below {@code -n eps max|lambda|}: A is
     *     not positive semidefinite
     */
    public Dense sqrt() {
        return sqrt(0);
    }

    /**
     * The principal square root of A when this decomposes {@code 2^shift A} (shift even): the
     * root of the decomposed matrix scaled back by {@code 2^(-shift/2)}, the domain test on the
     * decomposed eigenvalues (it is scale-invariant). The root's elements are at most
     * {@code sqrt(n max|a_ij|)}, so scaling back cannot overflow.
     */
    private Dense sqrt(int shift) {
        requireFull("sqrt");
        double tol = roundingLevel();
        if (n > 0 && values[0] < -tol) {
            throw new IllegalArgumentException("sqrt: the " + Text.shape(n, n)
                    + " matrix is not positive semidefinite: its smallest eigenvalue is " + unscaled(values[0], shift)
                    + " (tolerance -" + unscaled(tol, shift) + ")");
        }
        double[] fw = new double[n];
        for (int j = 0; j < n; j++) {
            fw[j] = Math.sqrt(Math.max(0, values[j]));
        }
        return spectralProduct(fw, -shift / 2);
    }

    /**
     * The principal logarithm of the symmetric positive definite matrix decomposed here: the
     * unique symmetric L with {@code exp(L) = A}, as {@code V diag(log(lambda)) V^T}. Its
     * absolute error is about {@code n eps ||A|| / lambda_min}, the conditioning of the log.
     * The eigenvalues are known to about {@code n eps max|lambda|} only, so a smallest one up to
     * that size may be the rounding error of a zero or negative one (as in a semidefinite
     * matrix); such a matrix is numerically singular, its logarithm undetermined, and rejected,
     * as {@link #sqrt()} treats the same eigenvalues as zero.
     *
     * @throws IllegalStateException unless this is a full decomposition with vectors
     * @throws IllegalArgumentException if an eigenvalue is at most {@code n eps max|lambda|}: A
     *     is not positive definite, or numerically singular
     */
    public Dense log() {
        return log(0);
    }

    /**
     * The principal logarithm of A when this decomposes {@code 2^shift A}:
     * {@code V diag(log(lambda_j) - shift ln 2) V^T}, the identity term {@code -shift ln 2 I}
     * folded into the spectral product, where it is exact. A nonzero shift is taken only for
     * {@code max|a_ij|} outside {@code [2^-459, 2^459]}, and then every accepted eigenvalue
     * (above {@code n eps max|lambda|}) lies beyond {@code 2^(+-400)}: its logarithm exceeds 270
     * in magnitude, and the rounding of {@code shift ln 2} is a relative eps of it.
     */
    private Dense log(int shift) {
        requireFull("log");
        double tol = roundingLevel();
        if (n > 0 && !(values[0] > tol)) {
            throw new IllegalArgumentException("log: the " + Text.shape(n, n)
                    + " matrix is not positive definite: its smallest eigenvalue is " + unscaled(values[0], shift)
                    + (values[0] > 0
                            ? ", within the rounding error " + unscaled(tol, shift) + " = n eps max|lambda| of zero"
                            : ""));
        }
        double offset = -shift * LN2;
        double[] fw = new double[n];
        for (int j = 0; j < n; j++) {
            fw[j] = Math.log(values[j]) + offset;
        }
        return spectralProduct(fw, 0);
    }

    /**
     * An eigenvalue of the decomposed {@code 2^shift A} as one of A, {@code lambda 2^-shift};
     * written as that product where the double overflows or underflows to zero.
     */
    private static String unscaled(double lambda, int shift) {
        double v = Math.scalb(lambda, -shift);
        boolean representable = Double.isFinite(v) && (v != 0 || lambda == 0);
        return representable ? Double.toString(v) : lambda + " * 2^" + -shift;
    }

    private void requireFull(String op) {
        if (vectors == null || values.length != n) {
            throw new IllegalStateException(op + ": needs the full decomposition with vectors, this one has "
                    + values.length + " of " + n + " values" + (vectors == null ? " and no vectors" : ""));
        }
    }

    /**
     * {@code n eps max|lambda|}: the size of the eigenvalues' rounding errors, below which one
     * cannot be told from zero.
     */
    private double roundingLevel() {
        return n == 0 ? 0 : n * 0x1p-52 * Math.max(Math.abs(values[0]), Math.abs(values[n - 1]));
    }

    /**
     * {@code 2^scale V diag(fw) V^T} by GEMM, symmetrized. The product's elements are at most
     * {@code max|fw|}; scaling them afterwards rounds only those that land among the subnormals,
     * as any result that small is rounded.
     */
    private Dense spectralProduct(double[] fw, int scale) {
        int ld = Math.max(1, n);
        double[] scaled = new double[n * n];
        for (int j = 0; j < n; j++) {
            double f = fw[j];
            for (int i = 0; i < n; i++) {
                scaled[i + j * n] = vectors[i + j * n] * f;
            }
        }
        double[] r = new double[n * n];
        if (n > 0) {
            Kernels.blas().gemm(Transpose.NO, Transpose.YES, n, n, n, 1, scaled, 0, ld, vectors, 0, ld, 0, r, 0, ld);
        }
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                double avg = 0.5 * (r[i + j * n] + r[j + i * n]);
                r[i + j * n] = avg;
                r[j + i * n] = avg;
            }
        }
        SafeRange.scalb(r, scale);
        return Dense.wrap(r, 0, ld, n, n);
    }

    @Override
    public String toString() {
        return "EigenSym[order=" + n + ", count=" + values.length + (vectors == null ? ", values only]" : "]");
    }
}

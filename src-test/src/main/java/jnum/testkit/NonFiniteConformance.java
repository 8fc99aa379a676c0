package jnum.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * Conformance driver for NaN and infinities in the level-3 routines (gemm, trsm, trmm, syrk, symm):
 * a few entries of the referenced part of the operands are set to NaN, +inf or -inf, and the result
 * must follow the IEEE rule of {@link jnum.mat.kernel}: an entry of the result is non-finite exactly
 * when one of the terms of its defining formula is; entries outside the referenced triangle, the
 * unit diagonal and an empty inner dimension are no terms.
 *
 * <p>The oracle is independent of every provider: a boolean propagation of "non-finite" through
 * the formula (for trsm, through the substitution order). Finite operand entries are small
 * integers (and trsm's diagonal is +-1, its off-diagonal entries in {-1, 0, 1}), so every finite
 * result is exact and must equal the scalar reference bit for bit; a non-finite one must have the
 * reference's class (NaN, +inf or -inf), which does not depend on the order of the sums. The
 * triangular solve gets no special value on the diagonal of A: {@code x / inf} is a finite zero.
 */
public final class NonFiniteConformance {
    private static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final double[] ALPHAS = {1, -1, 2, 0.5};
    private static final double[] BETAS = {0, 1, -1, 0.5};

    private NonFiniteConformance() {}

    /** Every level-3 routine over its flag combinations, sizes and special positions from {@code seed}. */
    public static void checkAll(KernelProvider p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Blas blas = Providers.blas(p);
        Blas ref = Providers.blas(Providers.scalar());
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                gemm(blas, ref, ta, tb, rnd);
            }
        }
        for (Side side : Side.values()) {
            for (Uplo uplo : Uplo.values()) {
                for (Transpose t : Transpose.values()) {
                    for (Diag d : Diag.values()) {
                        triangular(blas, ref, true, side, uplo, t, d, rnd);
                        triangular(blas, ref, false, side, uplo, t, d, rnd);
                    }
                }
                symm(blas, ref, side, uplo, rnd);
            }
        }
        for (Uplo uplo : Uplo.values()) {
            for (Transpose t : Transpose.values()) {
                syrk(blas, ref, uplo, t, rnd);
            }
        }
    }

    // ---- operands --------------------------------------------------------------------------------

    /** A size of 1 to 20, or one time in six one around the vector provider's 64-wide leaves. */
    private static int size(SplittableRandom rnd) {
        return rnd.nextInt(6) == 0 ? 63 + rnd.nextInt(4) : 1 + rnd.nextInt(20);
    }

    private static double pick(SplittableRandom rnd, double[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** A rows x cols matrix of integers in [-2, 2], column-major with leading dimension rows. */
    private static double[] integers(SplittableRandom rnd, int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(5) - 2;
        }
        return v;
    }

    /** Sets one to three entries (i, j) with {@code allowed(i, j)} to NaN or an infinity. */
    private static void spoil(SplittableRandom rnd, double[] v, int rows, int cols, Allowed allowed) {
        if (rows == 0 || cols == 0) {
            return;
        }
        int count = 1 + rnd.nextInt(3);
        for (int tries = 0; count > 0 && tries < 100; tries++) {
            int i = rnd.nextInt(rows);
            int j = rnd.nextInt(cols);
            if (allowed.at(i, j)) {
                v[i + j * rows] = pick(rnd, SPECIALS);
                count--;
            }
        }
    }

    @FunctionalInterface
    private interface Allowed {
        boolean at(int i, int j);
    }

    private static boolean[] nonFinite(double[] v) {
        boolean[] t = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            t[i] = !Double.isFinite(v[i]);
        }
        return t;
    }

    /** Whether entry (i, p) of op(M) (M stored rows x cols, leading dimension rows) is non-finite. */
    private static boolean op(boolean[] t, int rows, boolean trans, int i, int p) {
        return trans ? t[p + i * rows] : t[i + p * rows];
    }

    // ---- comparison ------------------------------------------------------------------------------

    private static int kind(double x) {
        return Double.isNaN(x) ? 3 : x == Double.POSITIVE_INFINITY ? 1 : x == Double.NEGATIVE_INFINITY ? 2 : 0;
    }

    /**
     * Checks the result against the oracle (non-finite exactly where {@code expect} says) and the
     * reference (same class; finite entries bit for bit).
     */
    private static void compare(double[] got, double[] want, boolean[] expect, int rows, String what) {
        for (int q = 0; q < got.length; q++) {
            String at = what + " at (" + q % rows + ", " + q / rows + "): got " + got[q] + ", scalar " + want[q];
            if (Double.isFinite(got[q]) == expect[q]) {
                fail(at + (expect[q] ? ", should be non-finite" : ", depends on no NaN or infinity"));
            }
            if (kind(got[q]) != kind(want[q])) {
                fail(at + ": another class of value");
            }
            if (kind(got[q]) == 0 && Double.doubleToLongBits(got[q]) != Double.doubleToLongBits(want[q])) {
                if (got[q] != want[q]) { // +0 and -0 are the same result here
                    fail(at + ": finite results differ");
                }
            }
        }
    }

    // ---- gemm ------------------------------------------------------------------------------------

    private static void gemm(Blas blas, Blas ref, Transpose transA, Transpose transB, SplittableRandom rnd) {
        int m = size(rnd);
        int n = size(rnd);
        int k = size(rnd);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        int ar = ta ? k : m;
        int ac = ta ? m : k;
        int br = tb ? n : k;
        int bc = tb ? k : n;
        double alpha = pick(rnd, ALPHAS);
        double beta = pick(rnd, BETAS);
        double[] a = integers(rnd, ar, ac);
        double[] b = integers(rnd, br, bc);
        double[] c = integers(rnd, m, n);
        spoil(rnd, a, ar, ac, (i, j) -> true);
        spoil(rnd, b, br, bc, (i, j) -> rnd.nextBoolean());
        spoil(rnd, c, m, n, (i, j) -> rnd.nextInt(4) == 0);
        boolean[] tA = nonFinite(a);
        boolean[] tB = nonFinite(b);
        boolean[] expect = new boolean[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                boolean e = beta != 0 && !Double.isFinite(c[i + j * m]);
                for (int p = 0; p < k && !e; p++) {
                    e = op(tA, ar, ta, i, p) || op(tB, br, tb, p, j);
                }
                expect[i + j * m] = e;
            }
        }
        double[] got = c.clone();
        double[] want = c.clone();
        blas.gemm(transA, transB, m, n, k, alpha, a, 0, ar, b, 0, br, beta, got, 0, m);
        ref.gemm(transA, transB, m, n, k, alpha, a, 0, ar, b, 0, br, beta, want, 0, m);
        compare(got, want, expect, m, "gemm " + transA + transB + " m=" + m + " n=" + n + " k=" + k);
    }

    // ---- trsm and trmm ---------------------------------------------------------------------------

    /**
     * A triangular {@code order x order} matrix: the unreferenced triangle (and a unit diagonal) is
     * NaN, which must not be read. For a solve the diagonal is +-1 and the rest of the triangle in
     * {-1, 0, 1}, thinned out at large orders so that the solution stays below 2^53.
     */
    private static double[] triangle(SplittableRandom rnd, int order, Uplo uplo, Diag diag, boolean solve) {
        double[] t = new double[order * order];
        for (int j = 0; j < order; j++) {
            for (int i = 0; i < order; i++) {
                boolean in = uplo == Uplo.UPPER ? i <= j : i >= j;
                double v;
                if (!in || i == j && diag == Diag.UNIT) {
                    v = Double.NaN;
                } else if (i == j) {
                    v = solve ? (rnd.nextBoolean() ? 1 : -1) : rnd.nextInt(5) - 2;
                } else if (solve) {
                    v = rnd.nextInt(order) < 4 ? rnd.nextInt(3) - 1 : 0;
                } else {
                    v = rnd.nextInt(5) - 2;
                }
                t[i + j * order] = v;
            }
        }
        return t;
    }

    private static void triangular(
            Blas blas,
            Blas ref,
            boolean solve,
            Side side,
            Uplo uplo,
            Transpose trans,
            Diag diag,
            SplittableRandom rnd) {
        int m = solve ? 1 + rnd.nextInt(24) : size(rnd);
        int n = solve ? 1 + rnd.nextInt(24) : size(rnd);
        if (solve && rnd.nextInt(8) == 0) { // across the 64-wide leaves now and then
            if (side == Side.LEFT) {
                m = 63 + rnd.nextInt(4);
            } else {
                n = 63 + rnd.nextInt(4);
            }
        }
        int order = side == Side.LEFT ? m : n;
        double alpha = pick(rnd, ALPHAS);
        double[] a = triangle(rnd, order, uplo, diag, solve);
        double[] b = integers(rnd, m, n);
        boolean upper = uplo == Uplo.UPPER;
        boolean unit = diag == Diag.UNIT;
        spoil(rnd, a, order, order, (i, j) -> (upper ? i < j : i > j) || !solve && !unit && i == j);
        spoil(rnd, b, m, n, (i, j) -> true);
        boolean[] tA = nonFinite(a);
        boolean[] tB = nonFinite(b);
        boolean ta = trans == Transpose.YES;
        // op(A) is upper triangular when uplo == UPPER xor trans
        boolean opUpper = upper != ta;
        boolean[] expect = new boolean[m * n];
        if (!solve) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    boolean e = false;
                    if (side == Side.LEFT) { // sum over p of op(A)(i, p) B(p, j)
                        for (int p = opUpper ? i : 0; p <= (opUpper ? m - 1 : i); p++) {
                            e |= tB[p + j * m] || (p != i || !unit) && op(tA, order, ta, i, p);
                        }
                    } else { // sum over p of B(i, p) op(A)(p, j)
                        for (int p = opUpper ? 0 : j; p <= (opUpper ? j : n - 1); p++) {
                            e |= tB[i + p * m] || (p != j || !unit) && op(tA, order, ta, p, j);
                        }
                    }
                    expect[i + j * m] = e;
                }
            }
        } else if (side == Side.LEFT) {
            // op(A) X = alpha B, row i from the rows already solved
            for (int j = 0; j < n; j++) {
                for (int s = 0; s < m; s++) {
                    int i = opUpper ? m - 1 - s : s;
                    boolean e = tB[i + j * m];
                    for (int p = opUpper ? i + 1 : 0; p < (opUpper ? m : i); p++) {
                        e |= op(tA, order, ta, i, p) || expect[p + j * m];
                    }
                    expect[i + j * m] = e;
                }
            }
        } else {
            // X op(A) = alpha B, column j from the columns already solved
            for (int s = 0; s < n; s++) {
                int j = opUpper ? s : n - 1 - s;
                for (int i = 0; i < m; i++) {
                    boolean e = tB[i + j * m];
                    for (int p = opUpper ? 0 : j + 1; p < (opUpper ? j : n); p++) {
                        e |= op(tA, order, ta, p, j) || expect[i + p * m];
                    }
                    expect[i + j * m] = e;
                }
            }
        }
        double[] got = b.clone();
        double[] want = b.clone();
        String what =
                (solve ? "trsm " : "trmm ") + side + " " + uplo + " " + trans + " " + diag + " m=" + m + " n=" + n;
        if (solve) {
            blas.trsm(side, uplo, trans, diag, m, n, alpha, a, 0, order, got, 0, m);
            ref.trsm(side, uplo, trans, diag, m, n, alpha, a, 0, order, want, 0, m);
        } else {
            blas.trmm(side, uplo, trans, diag, m, n, alpha, a, 0, order, got, 0, m);
            ref.trmm(side, uplo, trans, diag, m, n, alpha, a, 0, order, want, 0, m);
        }
        compare(got, want, expect, m, what);
    }

    // ---- syrk ------------------------------------------------------------------------------------

    private static void syrk(Blas blas, Blas ref, Uplo uplo, Transpose trans, SplittableRandom rnd) {
        int n = size(rnd);
        int k = size(rnd);
        boolean ta = trans == Transpose.YES;
        int ar = ta ? k : n;
        int ac = ta ? n : k;
        double alpha = pick(rnd, ALPHAS);
        double beta = pick(rnd, BETAS);
        boolean upper = uplo == Uplo.UPPER;
        double[] a = integers(rnd, ar, ac);
        double[] c = integers(rnd, n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (upper ? i > j : i < j) {
                    c[i + j * n] = Double.NaN; // the other triangle is neither read nor written
                }
            }
        }
        spoil(rnd, a, ar, ac, (i, j) -> rnd.nextInt(3) == 0);
        spoil(rnd, c, n, n, (i, j) -> (upper ? i <= j : i >= j) && rnd.nextInt(3) == 0);
        boolean[] tA = nonFinite(a);
        boolean[] expect = new boolean[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (upper ? i > j : i < j) {
                    expect[i + j * n] = true; // the untouched NaN
                    continue;
                }
                boolean e = beta != 0 && !Double.isFinite(c[i + j * n]);
                for (int p = 0; p < k && !e; p++) {
                    e = op(tA, ar, ta, i, p) || op(tA, ar, ta, j, p);
                }
                expect[i + j * n] = e;
            }
        }
        double[] got = c.clone();
        double[] want = c.clone();
        blas.syrk(uplo, trans, n, k, alpha, a, 0, ar, beta, got, 0, n);
        ref.syrk(uplo, trans, n, k, alpha, a, 0, ar, beta, want, 0, n);
        compare(got, want, expect, n, "syrk " + uplo + " " + trans + " n=" + n + " k=" + k);
    }

    // ---- symm ------------------------------------------------------------------------------------

    private static void symm(Blas blas, Blas ref, Side side, Uplo uplo, SplittableRandom rnd) {
        int m = size(rnd);
        int n = size(rnd);
        int order = side == Side.LEFT ? m : n;
        double alpha = pick(rnd, ALPHAS);
        double beta = pick(rnd, BETAS);
        boolean upper = uplo == Uplo.UPPER;
        double[] a = integers(rnd, order, order);
        for (int j = 0; j < order; j++) {
            for (int i = 0; i < order; i++) {
                if (upper ? i > j : i < j) {
                    a[i + j * order] = Double.NaN; // never read
                }
            }
        }
        double[] b = integers(rnd, m, n);
        double[] c = integers(rnd, m, n);
        spoil(rnd, a, order, order, (i, j) -> upper ? i <= j : i >= j);
        spoil(rnd, b, m, n, (i, j) -> rnd.nextBoolean());
        spoil(rnd, c, m, n, (i, j) -> rnd.nextInt(4) == 0);
        boolean[] tA = nonFinite(a);
        boolean[] tB = nonFinite(b);
        boolean[] expect = new boolean[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                boolean e = beta != 0 && !Double.isFinite(c[i + j * m]);
                for (int p = 0; p < order && !e; p++) {
                    if (side == Side.LEFT) { // sum over p of S(i, p) B(p, j)
                        e = symmetric(tA, order, upper, i, p) || tB[p + j * m];
                    } else { // sum over p of B(i, p) S(p, j)
                        e = tB[i + p * m] || symmetric(tA, order, upper, p, j);
                    }
                }
                expect[i + j * m] = e;
            }
        }
        double[] got = c.clone();
        double[] want = c.clone();
        blas.symm(side, uplo, m, n, alpha, a, 0, order, b, 0, m, beta, got, 0, m);
        ref.symm(side, uplo, m, n, alpha, a, 0, order, b, 0, m, beta, want, 0, m);
        compare(got, want, expect, m, "symm " + side + " " + uplo + " m=" + m + " n=" + n);
    }

    /** Entry (i, j) of the symmetric matrix stored in the {@code upper} or lower triangle. */
    private static boolean symmetric(boolean[] t, int order, boolean upper, int i, int j) {
        boolean stored = upper ? i <= j : i >= j;
        return stored ? t[i + j * order] : t[j + i * order];
    }
}

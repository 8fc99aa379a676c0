package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * Conformance driver for the level-3 routines trsm, trmm, syrk and symm of any
 * {@link KernelProvider}, called through the validating facade {@link Providers#blas}.
 *
 * <p>Every case builds its operands as {@link GuardedMatrix} instances (random offset, leading
 * dimension larger than the row count, NaN guards around them), fills the unreferenced triangle of
 * A (and of C for syrk, and the diagonal of A when {@code diag == UNIT}) with guard NaN, and then
 * checks: the guards and the read-only operands are bit-for-bit unchanged; the result agrees with
 * an independent formula computed here with plain triple loops on explicitly formed triangular or
 * symmetric matrices; and, for a provider other than scalar, with the scalar reference.
 *
 * <p>Tolerances, from Higham, <i>Accuracy and Stability of Numerical Algorithms</i> (2nd ed.),
 * with {@code gamma(n) = n u / (1 - n u)}:
 *
 * <ul>
 *   <li>trmm, syrk, symm: an element of {@code alpha op(A) op(B) + beta C} computed with any
 *       summation order has error at most {@code gamma(k + 2) M}, {@code M = |alpha| |A||B| +
 *       |beta| |C|} (k products, the alpha scaling and the beta term; Higham eq. 3.13). The kernel
 *       and the formula here each make such an error, so they may differ by {@code 2 gamma(k + 2)
 *       M} elementwise; two providers likewise.
 *   <li>trsm: substitution in any summation order, blocked or not, gives a computed X with
 *       {@code op(A) X = alpha B + R}, {@code |R| <= gamma(n) |op(A)||X| + u |alpha B|} (Higham
 *       Thm 8.5 and Lemma 8.4, per column). The residual formed here adds at most {@code gamma(n +
 *       1) (|op(A)||X| + |alpha B|)}, so it is checked against {@code 2 gamma(n + 2) (|op(A)||X| +
 *       |alpha B|)}, a componentwise backward error test (stronger than the normwise one). Two
 *       solutions then differ by at most {@code gamma(n + 2) |op(A)^-1| (|op(A)| (|X| + |X_ref|) +
 *       2 |alpha B|)} (and its mirror image for the right side), the condition-aware bound
 *       against the scalar reference. The triangles are well conditioned: diagonal entries of
 *       magnitude in [1, 2], off-diagonal entries in (-1/n, 1/n).
 * </ul>
 *
 * <p>alpha = 0 (trsm, trmm) must write exact zeros without reading A or B: both are then filled
 * entirely with guard NaN. beta = 0 (syrk, symm) must not read C, which is then guard NaN; alpha
 * = 0 there must not read A or B.
 */
public final class Level3Conformance {
    /**
     * Sizes that hit the tails of vector lengths 2, 4, 8 and of the blocking of the vector
     * provider (leaves of 64 for trsm, trmm and syrk: block - 1, block, block + 1, 2 block + 1 =
     * 129). The symm panel boundaries (256) are covered by a suite's fixed thin cases.
     */
    public static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 127, 128, 129};

    private static final double[] ALPHAS = {0, 1, -1, 0.5, 3};
    private static final double[] BETAS = {0, 1, -1, 0.25};

    private Level3Conformance() {}

    // ---- Drivers over all flag combinations ------------------------------------------------------

    /** All 16 side/uplo/trans/diag combinations of trsm, sizes and scalars drawn from {@code seed}. */
    public static void trsm(KernelProvider p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Side side : Side.values()) {
            for (Uplo uplo : Uplo.values()) {
                for (Transpose t : Transpose.values()) {
                    for (Diag d : Diag.values()) {
                        trsmCase(p, side, uplo, t, d, size(rnd), size(rnd), scalar(rnd, ALPHAS), rnd);
                    }
                }
            }
        }
    }

    /** All 16 side/uplo/trans/diag combinations of trmm. */
    public static void trmm(KernelProvider p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Side side : Side.values()) {
            for (Uplo uplo : Uplo.values()) {
                for (Transpose t : Transpose.values()) {
                    for (Diag d : Diag.values()) {
                        trmmCase(p, side, uplo, t, d, size(rnd), size(rnd), scalar(rnd, ALPHAS), rnd);
                    }
                }
            }
        }
    }

    /** Both uplo and both trans of syrk. */
    public static void syrk(KernelProvider p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Uplo uplo : Uplo.values()) {
            for (Transpose t : Transpose.values()) {
                syrkCase(p, uplo, t, size(rnd), size(rnd), scalar(rnd, ALPHAS), scalar(rnd, BETAS), rnd);
            }
        }
    }

    /** Both sides and both uplo of symm. */
    public static void symm(KernelProvider p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Side side : Side.values()) {
            for (Uplo uplo : Uplo.values()) {
                symmCase(p, side, uplo, size(rnd), size(rnd), scalar(rnd, ALPHAS), scalar(rnd, BETAS), rnd);
            }
        }
    }

    /**
     * A size from {@link #SIZES}; the ones above 65 (the costly ones, whose tails the smaller sizes
     * already hit) are kept only one time in three, so that they are sampled across seeds.
     */
    private static int size(SplittableRandom rnd) {
        int s = SIZES[rnd.nextInt(SIZES.length)];
        while (s > 65 && rnd.nextInt(3) != 0) {
            s = SIZES[rnd.nextInt(SIZES.length)];
        }
        return s;
    }

    /** One of the special values, or (one time in three) a random one. */
    private static double scalar(SplittableRandom rnd, double[] specials) {
        return rnd.nextInt(3) == 0 ? rnd.nextDouble(-2, 2) : specials[rnd.nextInt(specials.length)];
    }

    // ---- trsm ------------------------------------------------------------------------------------

    /** One trsm case: solves with {@code p} and checks guards, residual and agreement. */
    public static void trsmCase(
            KernelProvider p,
            Side side,
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int m,
            int n,
            double alpha,
            SplittableRandom rnd) {
        String ctx = String.format(
                "trsm[%s %s %s %s %s m=%d n=%d alpha=%s]", p.name(), side, uplo, trans, diag, m, n, alpha);
        TriangularCall trsm = (blas, a, b) ->
                blas.trsm(side, uplo, trans, diag, m, n, alpha, a.data, a.off, a.ld, b.data, b.off, b.ld);
        TriangularRun run = runTriangular(p, side, uplo, trans, diag, m, n, alpha, true, rnd, ctx, trsm);
        if (run == null) {
            return;
        }
        int order = run.order();
        GuardedMatrix a = run.a();
        GuardedMatrix b0 = run.b0();
        double[][] t = run.t();
        double[][] x = toArray(run.b());
        double[][] ab = scaled(alpha, toArray(b0), m, n);
        boolean left = side == Side.LEFT;
        // residual R = op(A) X - alpha B (left) or X op(A) - alpha B (right)
        double[][] tx = product(t, x, left, m, n, false);
        double[][] txAbs = product(t, x, left, m, n, true);
        double g = Tolerance.gamma(order + 2L);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Tolerance.assertWithin(
                        tx[i][j] - ab[i][j],
                        0.0,
                        2 * g * (txAbs[i][j] + Math.abs(ab[i][j])),
                        ctx + " residual at (" + i + "," + j + ")");
            }
        }
        if (isScalar(p)) {
            return;
        }
        GuardedMatrix ref = b0.copy();
        trsm.run(Providers.blas(Providers.scalar()), a, ref);
        double[][] xr = toArray(ref);
        double[][] sumAbs = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                sumAbs[i][j] = Math.abs(x[i][j]) + Math.abs(xr[i][j]);
            }
        }
        double[][] inv = PlainMatrices.inverseTriangular(t, order, isUpper(uplo, trans));
        double[][] err; // |R_x| + |R_ref| bound, then mapped through |op(A)^-1|
        if (left) {
            err = PlainMatrices.multiplyAbs(t, sumAbs, m, m, n);
            addAbs(err, ab, 2, m, n);
            err = PlainMatrices.multiplyAbs(inv, err, m, m, n);
        } else {
            err = PlainMatrices.multiplyAbs(sumAbs, t, m, n, n);
            addAbs(err, ab, 2, m, n);
            err = PlainMatrices.multiplyAbs(err, inv, m, n, n);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Tolerance.assertWithin(x[i][j], xr[i][j], g * err[i][j], ctx + " vs scalar at (" + i + "," + j + ")");
            }
        }
    }

    // ---- trmm ------------------------------------------------------------------------------------

    /** One trmm case: multiplies with {@code p} and checks guards and agreement. */
    public static void trmmCase(
            KernelProvider p,
            Side side,
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int m,
            int n,
            double alpha,
            SplittableRandom rnd) {
        String ctx = String.format(
                "trmm[%s %s %s %s %s m=%d n=%d alpha=%s]", p.name(), side, uplo, trans, diag, m, n, alpha);
        TriangularCall trmm = (blas, a, b) ->
                blas.trmm(side, uplo, trans, diag, m, n, alpha, a.data, a.off, a.ld, b.data, b.off, b.ld);
        TriangularRun run = runTriangular(p, side, uplo, trans, diag, m, n, alpha, false, rnd, ctx, trmm);
        if (run == null) {
            return;
        }
        double[][] t = run.t();
        double[][] bb = toArray(run.b0());
        boolean left = side == Side.LEFT;
        double[][] e = product(t, bb, left, m, n, false);
        double[][] mag = product(t, bb, left, m, n, true);
        double[][] expected = scaled(alpha, e, m, n);
        double[][] bound = scaled(2 * Math.abs(alpha) * Tolerance.gamma(run.order() + 2L), mag, m, n);
        assertClose(run.b(), expected, bound, ctx + " vs formula");
        if (!isScalar(p)) {
            GuardedMatrix ref = run.b0().copy();
            trmm.run(Providers.blas(Providers.scalar()), run.a(), ref);
            assertClose(run.b(), toArray(ref), bound, ctx + " vs scalar");
        }
    }

    /** trsm or trmm on the guarded operands (A, B), B in place. */
    private interface TriangularCall {
        void run(Blas blas, GuardedMatrix a, GuardedMatrix b);
    }

    /** A trsm or trmm case after the call: A, B before and after, and op(A) explicit. */
    private record TriangularRun(GuardedMatrix a, GuardedMatrix b0, GuardedMatrix b, double[][] t, int order) {}

    /**
     * The part trsm and trmm cases share: lays out the triangular A (well conditioned when
     * {@code solve}) and B, runs {@code call} with {@code p}, checks that A is unchanged and B's
     * guards intact; with alpha = 0, A and B are all guard NaN (neither may be read) and B must come
     * out exactly zero, and the result is null (nothing more to check).
     */
    private static TriangularRun runTriangular(
            KernelProvider p,
            Side side,
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int m,
            int n,
            double alpha,
            boolean solve,
            SplittableRandom rnd,
            String ctx,
            TriangularCall call) {
        int order = side == Side.LEFT ? m : n;
        GuardedMatrix a = triangularOperand(rnd, order, uplo, diag, solve);
        GuardedMatrix b0 = randomOperand(rnd, m, n);
        if (alpha == 0) {
            guardAll(a);
            guardAll(b0);
        }
        GuardedMatrix aCopy = a.copy();
        GuardedMatrix b = b0.copy();
        call.run(Providers.blas(p), a, b);
        a.assertUnchanged(aCopy.data, ctx + " A");
        b.assertGuardsIntact(ctx + " B");
        if (alpha == 0) {
            assertAllZero(b, ctx);
            return null;
        }
        return new TriangularRun(a, b0, b, explicitTriangle(a, uplo, trans, diag), order);
    }

    /** {@code t x} (left, m x m times m x n) or {@code x t} (right), or the same of |t| and |x|. */
    private static double[][] product(double[][] t, double[][] x, boolean left, int m, int n, boolean abs) {
        if (left) {
            return abs ? PlainMatrices.multiplyAbs(t, x, m, m, n) : PlainMatrices.multiply(t, x, m, m, n);
        }
        return abs ? PlainMatrices.multiplyAbs(x, t, m, n, n) : PlainMatrices.multiply(x, t, m, n, n);
    }

    // ---- syrk ------------------------------------------------------------------------------------

    /** One syrk case: C (n x n) = alpha op(A) op(A)^T + beta C on the uplo triangle. */
    public static void syrkCase(
            KernelProvider p,
            Uplo uplo,
            Transpose trans,
            int n,
            int k,
            double alpha,
            double beta,
            SplittableRandom rnd) {
        String ctx =
                String.format("syrk[%s %s %s n=%d k=%d alpha=%s beta=%s]", p.name(), uplo, trans, n, k, alpha, beta);
        boolean noTrans = trans == Transpose.NO;
        GuardedMatrix a = noTrans ? randomOperand(rnd, n, k) : randomOperand(rnd, k, n);
        GuardedMatrix c0 = randomOperand(rnd, n, n);
        boolean upper = uplo == Uplo.UPPER;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                boolean inTriangle = upper ? i <= j : i >= j;
                if (!inTriangle || beta == 0) {
                    c0.set(i, j, Guard.VALUE);
                }
            }
        }
        if (alpha == 0) {
            guardAll(a);
        }
        GuardedMatrix aCopy = a.copy();
        GuardedMatrix c = c0.copy();
        Providers.blas(p).syrk(uplo, trans, n, k, alpha, a.data, a.off, a.ld, beta, c.data, c.off, c.ld);
        a.assertUnchanged(aCopy.data, ctx + " A");
        c.assertGuardsIntact(ctx + " C");
        double[][] pm = noTrans ? toArray(a) : PlainMatrices.transpose(toArray(a), k, n);
        double[][] pt = PlainMatrices.transpose(pm, n, k);
        double[][] e = alpha == 0 ? new double[n][n] : PlainMatrices.multiply(pm, pt, n, k, n);
        double[][] mag = alpha == 0 ? new double[n][n] : PlainMatrices.multiplyAbs(pm, pt, n, k, n);
        double g = 2 * Tolerance.gamma(k + 2L);
        GuardedMatrix ref = null;
        if (!isScalar(p)) {
            ref = c0.copy();
            Providers.blas(Providers.scalar())
                    .syrk(uplo, trans, n, k, alpha, a.data, a.off, a.ld, beta, ref.data, ref.off, ref.ld);
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                String at = " at (" + i + "," + j + ")";
                if (upper ? i > j : i < j) {
                    if (!isGuard(c, i, j)) {
                        fail(ctx + " wrote " + c.get(i, j) + " into the unreferenced triangle" + at);
                    }
                    continue;
                }
                double cij = beta == 0 ? 0 : c0.get(i, j);
                double expected = alpha * e[i][j] + beta * cij;
                double bound = g * (Math.abs(alpha) * mag[i][j] + Math.abs(beta * cij));
                Tolerance.assertWithin(c.get(i, j), expected, bound, ctx + " vs formula" + at);
                if (ref != null) {
                    Tolerance.assertWithin(c.get(i, j), ref.get(i, j), bound, ctx + " vs scalar" + at);
                }
            }
        }
    }

    // ---- symm ------------------------------------------------------------------------------------

    /** One symm case: C (m x n) = alpha A B + beta C (LEFT) or alpha B A + beta C (RIGHT). */
    public static void symmCase(
            KernelProvider p, Side side, Uplo uplo, int m, int n, double alpha, double beta, SplittableRandom rnd) {
        String ctx =
                String.format("symm[%s %s %s m=%d n=%d alpha=%s beta=%s]", p.name(), side, uplo, m, n, alpha, beta);
        boolean left = side == Side.LEFT;
        int order = left ? m : n;
        boolean upper = uplo == Uplo.UPPER;
        GuardedMatrix a = randomOperand(rnd, order, order);
        for (int j = 0; j < order; j++) {
            for (int i = 0; i < order; i++) {
                if (upper ? i > j : i < j) {
                    a.set(i, j, Guard.VALUE);
                }
            }
        }
        GuardedMatrix b = randomOperand(rnd, m, n);
        GuardedMatrix c0 = randomOperand(rnd, m, n);
        if (alpha == 0) {
            guardAll(a);
            guardAll(b);
        }
        if (beta == 0) {
            guardAll(c0);
        }
        GuardedMatrix aCopy = a.copy();
        GuardedMatrix bCopy = b.copy();
        GuardedMatrix c = c0.copy();
        Providers.blas(p)
                .symm(side, uplo, m, n, alpha, a.data, a.off, a.ld, b.data, b.off, b.ld, beta, c.data, c.off, c.ld);
        a.assertUnchanged(aCopy.data, ctx + " A");
        b.assertUnchanged(bCopy.data, ctx + " B");
        c.assertGuardsIntact(ctx + " C");
        double[][] s = new double[order][order];
        for (int i = 0; i < order; i++) {
            for (int j = 0; j < order; j++) {
                s[i][j] = (upper ? i <= j : i >= j) ? a.get(i, j) : a.get(j, i);
            }
        }
        double[][] bb = toArray(b);
        double[][] e = new double[m][n];
        double[][] mag = new double[m][n];
        if (alpha != 0) {
            e = left ? PlainMatrices.multiply(s, bb, m, m, n) : PlainMatrices.multiply(bb, s, m, n, n);
            mag = left ? PlainMatrices.multiplyAbs(s, bb, m, m, n) : PlainMatrices.multiplyAbs(bb, s, m, n, n);
        }
        double[][] expected = new double[m][n];
        double[][] bound = new double[m][n];
        double g = 2 * Tolerance.gamma(order + 2L);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double cij = beta == 0 ? 0 : c0.get(i, j);
                expected[i][j] = alpha * e[i][j] + beta * cij;
                bound[i][j] = g * (Math.abs(alpha) * mag[i][j] + Math.abs(beta * cij));
            }
        }
        assertClose(c, expected, bound, ctx + " vs formula");
        if (!isScalar(p)) {
            GuardedMatrix ref = c0.copy();
            Providers.blas(Providers.scalar())
                    .symm(
                            side, uplo, m, n, alpha, a.data, a.off, a.ld, b.data, b.off, b.ld, beta, ref.data, ref.off,
                            ref.ld);
            assertClose(c, toArray(ref), bound, ctx + " vs scalar");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * A rows x cols operand with uniform (-1, 1) elements and a random layout: 0-3 guard cells
     * before and after it, leading dimension rows + 0-3.
     */
    private static GuardedMatrix randomOperand(SplittableRandom rnd, int rows, int cols) {
        double[] values = new double[rows * cols];
        for (int k = 0; k < values.length; k++) {
            values[k] = rnd.nextDouble(-1, 1);
        }
        int ld = Math.max(1, rows) + rnd.nextInt(4);
        return new GuardedMatrix(rows, cols, values, ld, rnd.nextInt(4), rnd.nextInt(4));
    }

    /** Whether element (i, j) still holds the guard NaN, bit for bit. */
    private static boolean isGuard(GuardedMatrix g, int i, int j) {
        return Double.doubleToRawLongBits(g.get(i, j)) == Guard.BITS;
    }

    /** The operand as a fresh row-major {@code double[rows][cols]}. */
    private static double[][] toArray(GuardedMatrix g) {
        double[][] out = new double[g.rows][g.cols];
        for (int i = 0; i < g.rows; i++) {
            for (int j = 0; j < g.cols; j++) {
                out[i][j] = g.get(i, j);
            }
        }
        return out;
    }

    private static boolean isScalar(KernelProvider p) {
        return p == Providers.scalar();
    }

    private static boolean isUpper(Uplo uplo, Transpose trans) {
        return (uplo == Uplo.UPPER) == (trans == Transpose.NO);
    }

    /**
     * An order x order triangle in the uplo part of a guarded matrix; the other strict triangle is
     * guard NaN, and so is the diagonal when {@code diag == UNIT}. Well conditioned when asked:
     * diagonal magnitudes in [1, 2] with random signs, off-diagonal entries in (-1/n, 1/n).
     */
    private static GuardedMatrix triangularOperand(
            SplittableRandom rnd, int order, Uplo uplo, Diag diag, boolean wellConditioned) {
        GuardedMatrix a = randomOperand(rnd, order, order);
        boolean upper = uplo == Uplo.UPPER;
        double offScale = wellConditioned ? 1.0 / Math.max(1, order) : 1.0;
        for (int j = 0; j < order; j++) {
            for (int i = 0; i < order; i++) {
                if (i == j) {
                    if (diag == Diag.UNIT) {
                        a.set(i, j, Guard.VALUE);
                    } else if (wellConditioned) {
                        double d = 1 + rnd.nextDouble();
                        a.set(i, j, rnd.nextBoolean() ? d : -d);
                    }
                } else if (upper ? i < j : i > j) {
                    a.set(i, j, a.get(i, j) * offScale);
                } else {
                    a.set(i, j, Guard.VALUE);
                }
            }
        }
        return a;
    }

    /** op(A) as a full matrix: zeros outside the triangle, ones on the diagonal when unit. */
    private static double[][] explicitTriangle(GuardedMatrix a, Uplo uplo, Transpose trans, Diag diag) {
        int n = a.rows;
        double[][] t = new double[n][n];
        boolean upper = uplo == Uplo.UPPER;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // element (i, j) of A itself
                double v;
                if (i == j) {
                    v = diag == Diag.UNIT ? 1 : a.get(i, j);
                } else {
                    v = (upper ? i < j : i > j) ? a.get(i, j) : 0;
                }
                if (trans == Transpose.NO) {
                    t[i][j] = v;
                } else {
                    t[j][i] = v;
                }
            }
        }
        return t;
    }

    private static void guardAll(GuardedMatrix g) {
        for (int j = 0; j < g.cols; j++) {
            for (int i = 0; i < g.rows; i++) {
                g.set(i, j, Guard.VALUE);
            }
        }
    }

    private static double[][] scaled(double s, double[][] x, int m, int n) {
        double[][] out = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = s * x[i][j];
            }
        }
        return out;
    }

    /** {@code acc += factor |x|} elementwise. */
    private static void addAbs(double[][] acc, double[][] x, double factor, int m, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                acc[i][j] += factor * Math.abs(x[i][j]);
            }
        }
    }

    private static void assertAllZero(GuardedMatrix b, String ctx) {
        for (int j = 0; j < b.cols; j++) {
            for (int i = 0; i < b.rows; i++) {
                assertEquals(0.0, b.get(i, j), ctx + ": alpha = 0 must give B = 0 at (" + i + "," + j + ")");
            }
        }
    }

    private static void assertClose(GuardedMatrix actual, double[][] expected, double[][] bound, String ctx) {
        assertTrue(actual.rows == expected.length, ctx + ": row count");
        for (int i = 0; i < actual.rows; i++) {
            for (int j = 0; j < actual.cols; j++) {
                Tolerance.assertWithin(
                        actual.get(i, j), expected[i][j], bound[i][j], ctx + " at (" + i + "," + j + ")");
            }
        }
    }
}

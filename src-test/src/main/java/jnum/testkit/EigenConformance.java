package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;

/**
 * Conformance driver of the LAPACK layer's nonsymmetric eigen routines (gebal, gebak, gehrd,
 * orghr, hseqr, trevc3, geev), taking the implementation as a parameter so that the Java and the
 * native LAPACK run the very same checks. Operands live in NaN-guarded buffers
 * ({@link GuardedMatrix}). The ratios are LAPACK's (dhst01, dget22), required below
 * {@link #THRESHOLD}:
 *
 * <ul>
 *   <li>Hessenberg and Schur: {@code ||A - Q H Q^T||_1 / (n eps ||A||_1)} and
 *       {@code ||Q^T Q - I||_1 / (n eps)};
 *   <li>eigenvectors: {@code max_j ||A x_j - lambda_j x_j||_1 / (n eps ||A||_1)} for the unit
 *       right vectors, the same with {@code A^T} for the left ones ({@code y^H A = lambda y^H}),
 *       and {@code | ||x_j||_2 - 1 | / (n eps)}.
 * </ul>
 *
 * <p>Exact properties are checked exactly: Schur form (zeros below the subdiagonal and below the
 * 2 x 2 blocks, blocks standardized with equal diagonals and off-diagonals of opposite signs),
 * conjugate pairs ({@code wr[j] == wr[j+1]}, {@code wi[j] == -wi[j+1] > 0}), the largest
 * component of a complex vector real.
 *
 * <p>Families: those of {@link QrConformance} (uniform, graded, condition 1e15, rank-deficient,
 * 1e-300 and 1e300 scaled) plus sparse matrices whose zeros let balancing isolate eigenvalues,
 * symmetric ones, and badly scaled ones ({@code D A D^-1} with D spanning 1e-8..1e8) that only
 * balancing handles well.
 */
public final class EigenConformance {
    /** LAPACK's test threshold. */
    public static final double THRESHOLD = 30;

    /** Largest order drawn per seed (above the blocked-reduction crossover of 128 now and then). */
    public static final int MAX_ORDER = 160;

    private static final double EPS = Tolerance.EPS;

    /** The matrix families. */
    public enum Family {
        UNIFORM,
        GRADED,
        ILL_CONDITIONED,
        RANK_DEFICIENT,
        TINY,
        HUGE,
        SPARSE,
        SYMMETRIC,
        BADLY_SCALED
    }

    private EigenConformance() {}

    /**
     * A graded n x n matrix {@code a_ij = u 2^e}, u uniform in (-1, 1) and
     * {@code e = clamp(step (j - i), -limit, limit)}: elements grow by 2^step per step away from the
     * diagonal to the right and shrink as much to the left, so that {@code D A0 D^-1} with
     * {@code D = diag(2^(-step i))}. Column-major with leading dimension n.
     */
    public static double[] graded(SplittableRandom rnd, int n, int step, int limit) {
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int e = Math.clamp((long) step * (j - i), -limit, limit);
                a[i + j * n] = Math.scalb(rnd.nextDouble(-1, 1), e);
            }
        }
        return a;
    }

    /** An n x n matrix of the family, column-major with leading dimension n. */
    public static double[] matrix(MatrixGen gen, Family family, int n) {
        SplittableRandom rnd = gen.random();
        return switch (family) {
            case UNIFORM -> QrConformance.matrix(gen, QrConformance.Family.UNIFORM, n, n);
            case GRADED -> QrConformance.matrix(gen, QrConformance.Family.GRADED, n, n);
            case ILL_CONDITIONED -> QrConformance.matrix(gen, QrConformance.Family.ILL_CONDITIONED, n, n);
            case RANK_DEFICIENT -> QrConformance.matrix(gen, QrConformance.Family.RANK_DEFICIENT, n, n);
            case TINY -> QrConformance.matrix(gen, QrConformance.Family.TINY, n, n);
            case HUGE -> QrConformance.matrix(gen, QrConformance.Family.HUGE, n, n);
            case SPARSE -> {
                double[] a = QrConformance.matrix(gen, QrConformance.Family.UNIFORM, n, n);
                for (int k = 0; k < a.length; k++) {
                    if (rnd.nextInt(4) != 0 && k % (n + 1) != 0) {
                        a[k] = 0;
                    }
                }
                yield a;
            }
            case SYMMETRIC -> {
                double[] a = QrConformance.matrix(gen, QrConformance.Family.UNIFORM, n, n);
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < j; i++) {
                        a[i + j * n] = a[j + i * n];
                    }
                }
                yield a;
            }
            case BADLY_SCALED -> {
                double[] a = QrConformance.matrix(gen, QrConformance.Family.UNIFORM, n, n);
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = Math.pow(10, rnd.nextDouble(-8, 8));
                }
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        a[i + j * n] *= d[i] / d[j];
                    }
                }
                yield a;
            }
        };
    }

    private static GuardedMatrix guarded(int n, double[] values, SplittableRandom rnd) {
        return new GuardedMatrix(n, n, values, Math.max(1, n) + rnd.nextInt(3), 1 + rnd.nextInt(3), 2);
    }

    // ---- Hessenberg ------------------------------------------------------------------------------

    /** gehrd and orghr on every family, the whole matrix active, for the order drawn from seed. */
    public static void hessenberg(Lapack lapack, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = gen.size(MAX_ORDER);
        for (Family f : Family.values()) {
            hessenberg(lapack, gen, f, n, "seed=" + seed + " " + f + " n=" + n);
        }
    }

    /** gehrd and orghr on one matrix of the family, the whole matrix active. */
    public static void hessenberg(Lapack lapack, MatrixGen gen, Family f, int n, String ctx) {
        SplittableRandom rnd = gen.random();
        double[] a0 = matrix(gen, f, n);
        GuardedMatrix a = guarded(n, a0, rnd);
        double[] tau = new double[Math.max(0, n - 1) + 2];
        lapack.gehrd(n, 0, n - 1, a.data, a.off, a.ld, tau, 1);
        a.assertGuardsIntact(ctx + " gehrd A");
        GuardedMatrix q = a.copy();
        lapack.orghr(n, 0, n - 1, q.data, q.off, q.ld, tau, 1);
        q.assertGuardsIntact(ctx + " orghr Q");
        double[] h = a.values();
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                h[i + j * n] = 0;
            }
        }
        checkDecomposition(n, a0, q.values(), h, ctx + " Hessenberg");
    }

    // ---- Schur -----------------------------------------------------------------------------------

    /** gebal (permute), gehrd, orghr, hseqr, gebak: the real Schur form of every family. */
    public static void schur(Lapack lapack, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = gen.size(MAX_ORDER);
        for (Family f : Family.values()) {
            schur(lapack, gen, f, n, "seed=" + seed + " " + f + " n=" + n);
        }
    }

    /**
     * The real Schur form of one matrix of the family, as dgees computes it. hseqr, as LAPACK's,
     * takes subdiagonal elements below {@code n 2^-1022 / eps} as negligible, so (as dgees does)
     * a matrix whose largest element is below {@code sqrt(2^-1022) / eps} is first scaled up
     * (exactly, by a power of 2); the checks are on the scaled matrix.
     */
    public static void schur(Lapack lapack, MatrixGen gen, Family f, int n, String ctx) {
        SplittableRandom rnd = gen.random();
        double[] a0 = matrix(gen, f, n);
        if (f == Family.TINY) {
            for (int k = 0; k < a0.length; k++) {
                a0[k] = Math.scalb(a0[k], 600);
            }
        }
        schur(lapack, a0, n, rnd, ctx);
    }

    /**
     * The real Schur form of the given n x n matrix (column-major, leading dimension n) through
     * gebal (permute), gehrd, orghr, hseqr and gebak, in guarded storage drawn from rnd: T
     * quasi-triangular in standardized form with the eigenvalues hseqr returns, and
     * {@code ||A Z - Z T||} and {@code ||Z^T Z - I||} below the threshold.
     *
     * @return the eigenvalues hseqr returned, real parts then imaginary parts (2n values)
     */
    public static double[] schur(Lapack lapack, double[] a0, int n, SplittableRandom rnd, String ctx) {
        GuardedMatrix t = guarded(n, a0, rnd);
        double[] scale = new double[n];
        BalanceRange r = lapack.gebal(BalanceJob.PERMUTE, n, t.data, t.off, t.ld, scale, 0);
        double[] tau = new double[Math.max(0, n - 1)];
        lapack.gehrd(n, r.ilo(), r.ihi(), t.data, t.off, t.ld, tau, 0);
        GuardedMatrix z = t.copy();
        lapack.orghr(n, r.ilo(), r.ihi(), z.data, z.off, z.ld, tau, 0);
        double[] wr = new double[n];
        double[] wi = new double[n];
        OptionalInt failed =
                lapack.hseqr(true, true, n, r.ilo(), r.ihi(), t.data, t.off, t.ld, wr, 0, wi, 0, z.data, z.off, z.ld);
        if (failed.isPresent()) {
            fail(ctx + ": hseqr did not converge, index " + failed.getAsInt());
        }
        lapack.gebak(BalanceJob.PERMUTE, Side.RIGHT, n, r.ilo(), r.ihi(), scale, 0, n, z.data, z.off, z.ld);
        t.assertGuardsIntact(ctx + " T");
        z.assertGuardsIntact(ctx + " Z");
        double[] tv = t.values();
        checkSchurForm(n, tv, wr, wi, ctx);
        checkDecomposition(n, a0, z.values(), tv, ctx + " Schur");
        double[] values = Arrays.copyOf(wr, 2 * n);
        System.arraycopy(wi, 0, values, n, n);
        return values;
    }

    /** T quasi-triangular in standardized form, its blocks' eigenvalues those in wr, wi. */
    public static void checkSchurForm(int n, double[] t, double[] wr, double[] wi, String ctx) {
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                assertEquals(0.0, t[i + j * n], ctx + ": T(" + i + ", " + j + ") below the subdiagonal");
            }
        }
        for (int j = 0; j < n; j++) {
            double sub = j + 1 < n ? t[j + 1 + j * n] : 0;
            if (sub == 0) {
                assertEquals(t[j + j * n], wr[j], ctx + ": wr[" + j + "] is T's diagonal");
                assertEquals(0.0, wi[j], ctx + ": wi[" + j + "] of a 1x1 block");
                continue;
            }
            assertTrue(j + 2 >= n || t[j + 2 + (j + 1) * n] == 0, ctx + ": consecutive nonzero subdiagonals at " + j);
            double a = t[j + j * n];
            double b = t[j + (j + 1) * n];
            double d = t[j + 1 + (j + 1) * n];
            assertEquals(a, d, ctx + ": 2x2 block at " + j + " has unequal diagonal");
            assertTrue(
                    Math.signum(b) * Math.signum(sub) < 0,
                    ctx + ": 2x2 block at " + j + " is not standardized (b c >= 0)");
            conjugatePair(wr, wi, j, ctx);
            double im = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(sub));
            assertTrue(Math.abs(wr[j] - a) <= 4 * EPS * Math.abs(a), ctx + ": wr of the block at " + j);
            assertTrue(Math.abs(wi[j] - im) <= 4 * EPS * im, ctx + ": wi of the block at " + j);
            j++;
        }
    }

    private static void conjugatePair(double[] wr, double[] wi, int j, String ctx) {
        assertTrue(j + 1 < wr.length, ctx + ": complex value " + j + " without its conjugate");
        assertEquals(wr[j], wr[j + 1], ctx + ": pair " + j + " real parts differ");
        assertEquals(wi[j], -wi[j + 1], ctx + ": pair " + j + " imaginary parts are not opposite");
        assertTrue(wi[j] > 0, ctx + ": pair " + j + " positive imaginary part not first");
    }

    /** {@code ||A - Q M Q^T||_1 / (n eps ||A||_1)} and {@code ||Q^T Q - I||_1 / (n eps)}. */
    public static void checkDecomposition(int n, double[] a, double[] q, double[] m, String ctx) {
        if (n == 0) {
            return;
        }
        double[] qm = mul(n, q, false, m, false);
        double[] qmq = mul(n, qm, false, q, true);
        double anorm = norm1(n, a);
        double[] diff = new double[n * n];
        for (int k = 0; k < diff.length; k++) {
            diff[k] = a[k] - qmq[k];
        }
        double back = anorm == 0 ? norm1(n, diff) : norm1(n, diff) / anorm / (n * EPS);
        assertTrue(back < THRESHOLD, ctx + ": ||A - Q M Q^T|| / (n eps ||A||) = " + back);
        double[] qtq = mul(n, q, true, q, false);
        for (int i = 0; i < n; i++) {
            qtq[i + i * n] -= 1;
        }
        double orth = norm1(n, qtq) / (n * EPS);
        assertTrue(orth < THRESHOLD, ctx + ": ||Q^T Q - I|| / (n eps) = " + orth);
    }

    // ---- geev ------------------------------------------------------------------------------------

    /** geev with and without balancing, left and right vectors, on every family. */
    public static void geev(Lapack lapack, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = gen.size(MAX_ORDER);
        for (Family f : Family.values()) {
            boolean balance = gen.random().nextBoolean();
            geev(lapack, gen, f, n, balance, "seed=" + seed + " " + f + " n=" + n + " balance=" + balance);
        }
    }

    /** geev on one matrix of the family: eigenvalues, both vector sets, and the values-only run. */
    public static void geev(Lapack lapack, MatrixGen gen, Family f, int n, boolean balance, String ctx) {
        SplittableRandom rnd = gen.random();
        double[] a0 = matrix(gen, f, n);
        GuardedMatrix a = guarded(n, a0, rnd);
        GuardedMatrix vl = guarded(n, new double[n * n], rnd);
        GuardedMatrix vr = guarded(n, new double[n * n], rnd);
        double[] wr = new double[n + 2];
        double[] wi = new double[n + 2];
        OptionalInt failed = lapack.geev(
                balance, true, true, n, a.data, a.off, a.ld, wr, 1, wi, 1, vl.data, vl.off, vl.ld, vr.data, vr.off,
                vr.ld);
        if (failed.isPresent()) {
            fail(ctx + ": geev did not converge, index " + failed.getAsInt());
        }
        a.assertGuardsIntact(ctx + " A");
        vl.assertGuardsIntact(ctx + " VL");
        vr.assertGuardsIntact(ctx + " VR");
        double[] lr = java.util.Arrays.copyOfRange(wr, 1, n + 1);
        double[] li = java.util.Arrays.copyOfRange(wi, 1, n + 1);
        checkEigenvectors(n, a0, lr, li, vr.values(), false, ctx + " right");
        checkEigenvectors(n, a0, lr, li, vl.values(), true, ctx + " left");
        // values only: the same eigenvalues up to their perturbation (no vectors: compare as sets)
        GuardedMatrix b = guarded(n, a0, rnd);
        double[] vr2 = new double[n];
        double[] vi2 = new double[n];
        failed = lapack.geev(balance, false, false, n, b.data, b.off, b.ld, vr2, 0, vi2, 0, null, 0, 1, null, 0, 1);
        if (failed.isPresent()) {
            fail(ctx + ": values-only geev did not converge, index " + failed.getAsInt());
        }
        for (int j = 0; j < n; j++) {
            if (vi2[j] != 0 && (j == 0 || vi2[j - 1] <= 0 || vi2[j] > 0)) {
                conjugatePair(vr2, vi2, j, ctx + " values only");
            }
        }
    }

    /**
     * Residuals, normalization and pairing of the eigenvectors v of the n x n a (LAPACK's packing:
     * a pair's real and imaginary parts in columns j, j + 1), right ({@code A x = lambda x}) or
     * left ({@code y^H A = lambda y^H}).
     */
    public static void checkEigenvectors(
            int n, double[] a, double[] wr, double[] wi, double[] v, boolean left, String ctx) {
        if (n == 0) {
            return;
        }
        double anorm = norm1(n, a);
        double worst = 0;
        for (int j = 0; j < n; j++) {
            if (wi[j] == 0) {
                double[] x = column(n, v, j);
                double[] ax = apply(n, a, x, left);
                double res = 0;
                for (int i = 0; i < n; i++) {
                    res += Math.abs(ax[i] - wr[j] * x[i]);
                }
                worst = Math.max(worst, ratio(res, anorm, n));
                checkUnit(n, x, null, ctx + " vector " + j);
            } else {
                conjugatePair(wr, wi, j, ctx);
                double[] xr = column(n, v, j);
                double[] xi = column(n, v, j + 1);
                double lr = wr[j];
                double li = wi[j];
                double res = 0;
                if (!left) {
                    // A (xr + i xi) = (lr + i li)(xr + i xi)
                    double[] axr = apply(n, a, xr, false);
                    double[] axi = apply(n, a, xi, false);
                    for (int i = 0; i < n; i++) {
                        res += Math.abs(axr[i] - (lr * xr[i] - li * xi[i]))
                                + Math.abs(axi[i] - (li * xr[i] + lr * xi[i]));
                    }
                } else {
                    // y^H A = lambda y^H  <=>  A^T conj(y) = lambda conj(y), conj(y) = xr - i xi
                    double[] atr = apply(n, a, xr, true);
                    double[] ati = apply(n, a, xi, true);
                    for (int i = 0; i < n; i++) {
                        res += Math.abs(atr[i] - (lr * xr[i] + li * xi[i]))
                                + Math.abs(-ati[i] - (li * xr[i] - lr * xi[i]));
                    }
                }
                worst = Math.max(worst, ratio(res, anorm, n));
                checkUnit(n, xr, xi, ctx + " vector " + j);
                j++;
            }
        }
        assertTrue(worst < THRESHOLD, ctx + ": max ||A x - lambda x||_1 / (n eps ||A||_1) = " + worst);
    }

    private static double ratio(double res, double anorm, int n) {
        return anorm == 0 ? res : res / anorm / (n * EPS);
    }

    /**
     * Unit 2-norm; for a complex vector, a component of largest modulus (up to rounding: ties are
     * common) has an exactly zero imaginary part.
     */
    private static void checkUnit(int n, double[] xr, double[] xi, String ctx) {
        double s = 0;
        double bigMod = 0;
        for (int i = 0; i < n; i++) {
            double m = Math.hypot(xr[i], xi == null ? 0 : xi[i]);
            s += m * m;
            bigMod = Math.max(bigMod, m);
        }
        double err = Math.abs(Math.sqrt(s) - 1) / (n * EPS);
        assertTrue(err < THRESHOLD, ctx + ": | ||x|| - 1 | / (n eps) = " + err);
        if (xi != null) {
            boolean found = false;
            for (int i = 0; i < n && !found; i++) {
                found = xi[i] == 0 && Math.abs(xr[i]) >= bigMod * (1 - THRESHOLD * n * EPS);
            }
            assertTrue(found, ctx + ": no component of largest modulus " + bigMod + " is real");
        }
    }

    // ---- agreement between implementations ------------------------------------------------------

    /**
     * Two implementations agree on the eigenvalues of every family: each eigenvalue of {@code y}
     * is matched one to one by one of {@code x} within {@code 2 * 30 n eps ||A||_F / s_j}, where
     * {@code s_j = |y_j^H x_j|} comes from x's unit left and right vectors (both results are
     * backward stable, so each is within half that first-order bound of the exact value).
     */
    public static void agree(Lapack x, Lapack y, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = gen.size(MAX_ORDER);
        for (Family f : Family.values()) {
            agree(x, y, gen, f, n, "seed=" + seed + " " + f + " n=" + n);
        }
    }

    /**
     * {@link #agree(Lapack, Lapack, long)} on one order-n matrix of the family: x with left and
     * right vectors against y's values-only run, both balanced.
     */
    public static void agree(Lapack x, Lapack y, MatrixGen gen, Family f, int n, String ctx) {
        double[] a0 = matrix(gen, f, n);
        double[] a = a0.clone();
        int ld = Math.max(1, n);
        double[] xr = new double[n];
        double[] xi = new double[n];
        double[] vl = new double[n * n];
        double[] vr = new double[n * n];
        if (x.geev(true, true, true, n, a, 0, ld, xr, 0, xi, 0, vl, 0, ld, vr, 0, ld)
                .isPresent()) {
            fail(ctx + ": geev did not converge");
        }
        double[] yr = new double[n];
        double[] yi = new double[n];
        a = a0.clone();
        if (y.geev(true, false, false, n, a, 0, ld, yr, 0, yi, 0, null, 0, 1, null, 0, 1)
                .isPresent()) {
            fail(ctx + ": geev (second implementation) did not converge");
        }
        double fro = 0;
        for (double v : a0) {
            fro = Math.hypot(fro, v);
        }
        boolean[] used = new boolean[n];
        for (int k = 0; k < n; k++) {
            int best = -1;
            double dist = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(xr[j] - yr[k], xi[j] - yi[k]);
                if (!used[j] && d < dist) {
                    dist = d;
                    best = j;
                }
            }
            used[best] = true;
            double bound = 2 * THRESHOLD * n * EPS * fro / reciprocalCondition(n, xi, vl, vr, best);
            assertTrue(
                    dist <= bound || dist == 0,
                    ctx + ": eigenvalue " + yr[k] + " + " + yi[k] + "i is " + dist + " from the other's, bound "
                            + bound);
        }
    }

    /** {@code |y^H x|} for eigenvalue j from LAPACK-packed unit left and right vectors. */
    private static double reciprocalCondition(int n, double[] wi, double[] vl, double[] vr, int j) {
        int re = wi[j] >= 0 ? j : j - 1;
        int im = wi[j] == 0 ? -1 : re + 1;
        double sign = wi[j] < 0 ? -1 : 1;
        double sr = 0;
        double si = 0;
        for (int i = 0; i < n; i++) {
            double ur = vl[i + re * n];
            double ui = im < 0 ? 0 : sign * vl[i + im * n];
            double wr = vr[i + re * n];
            double wv = im < 0 ? 0 : sign * vr[i + im * n];
            // conj(u) * w
            sr += ur * wr + ui * wv;
            si += ur * wv - ui * wr;
        }
        return Math.hypot(sr, si);
    }

    // ---- small dense helpers (column-major n x n) ---------------------------------------------

    private static double[] column(int n, double[] v, int j) {
        return java.util.Arrays.copyOfRange(v, j * n, j * n + n);
    }

    /** {@code A x} or {@code A^T x}. */
    private static double[] apply(int n, double[] a, double[] x, boolean transpose) {
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (transpose) {
                    y[j] += a[i + j * n] * x[i];
                } else {
                    y[i] += a[i + j * n] * x[j];
                }
            }
        }
        return y;
    }

    /** {@code op(X) op(Y)} for n x n matrices. */
    public static double[] mul(int n, double[] x, boolean tx, double[] y, boolean ty) {
        double[] c = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double ykj = ty ? y[j + k * n] : y[k + j * n];
                if (ykj == 0) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    c[i + j * n] += (tx ? x[k + i * n] : x[i + k * n]) * ykj;
                }
            }
        }
        return c;
    }

    /** The 1-norm (largest column sum). */
    public static double norm1(int n, double[] a) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i + j * n]);
            }
            best = Math.max(best, s);
        }
        return best;
    }
}

package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.Lapack;

/**
 * Conformance driver of the LAPACK layer's symmetric eigen routines, taking the implementation as
 * a parameter (as {@link LapackConformance}): every provider runs the same checks on the same
 * generated inputs, operands in NaN-guarded buffers.
 *
 * <p>The checks are LAPACK's test ratios (dstt21, dsyt21), required below
 * {@link LapackConformance#THRESHOLD}: {@code ||T Z - Z W||_1 / (n eps ||T||_1)} and
 * {@code ||Z^T Z - I||_1 / (n eps)}; eigenvalues ascending; values-only results within
 * {@code n eps ||T||_1} (times the threshold) of those computed with vectors; closed-form spectra
 * recovered to the same bound. The residual is computed after scaling T and W by a power of two
 * that brings {@code ||T||} near 1, so matrices scaled by 1e-300 are checked without underflow.
 */
public final class SymmetricEigenConformance {
    private static final double EPS = Tolerance.EPS;
    private static final double THRESHOLD = LapackConformance.THRESHOLD;

    /** Largest order drawn per seed. */
    public static final int MAX_ORDER = 200;

    private static final String[] FAMILIES = {
        "uniform", "graded", "wilkinson", "repeated", "diagonal", "zero", "scaled1e-300", "scaled1e300", "oneTwoOne"
    };

    private SymmetricEigenConformance() {}

    /** A symmetric tridiagonal matrix: diagonal and off-diagonal. */
    public record Tridiagonal(double[] d, double[] e) {
        public int order() {
            return d.length;
        }

        /** {@code ||T||_1}. */
        public double norm1() {
            int n = d.length;
            double max = 0;
            for (int i = 0; i < n; i++) {
                double s = Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0);
                max = Math.max(max, s);
            }
            return max;
        }
    }

    /** The tridiagonal matrix of {@code family} and order n. */
    public static Tridiagonal tridiagonal(SplittableRandom rnd, String family, int n) {
        double[] d = new double[n];
        double[] e = new double[Math.max(0, n - 1)];
        switch (family) {
            case "uniform", "scaled1e-300", "scaled1e300" -> {
                double s = family.equals("uniform") ? 1 : family.equals("scaled1e300") ? 1e300 : 1e-300;
                for (int i = 0; i < n; i++) {
                    d[i] = s * (2 * rnd.nextDouble() - 1);
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = s * (2 * rnd.nextDouble() - 1);
                }
            }
            case "graded" -> {
                // elements falling from 1 to about 1e-30 along the diagonal
                double ratio = Math.pow(1e-30, 1.0 / Math.max(1, n));
                for (int i = 0; i < n; i++) {
                    d[i] = Math.pow(ratio, i) * (1 + rnd.nextDouble());
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = Math.pow(ratio, i + 0.5) * (2 * rnd.nextDouble() - 1);
                }
            }
            case "wilkinson" -> {
                // W+: d_i = |i - (n-1)/2|, e = 1; its largest eigenvalues come in close pairs
                for (int i = 0; i < n; i++) {
                    d[i] = Math.abs(i - (n - 1) / 2.0);
                }
                java.util.Arrays.fill(e, 1.0);
            }
            case "repeated" -> {
                // copies of one 3 x 3 block, split by zeros: every eigenvalue exactly repeated
                double[] block = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
                double[] off = {rnd.nextDouble(), rnd.nextDouble()};
                for (int i = 0; i < n; i++) {
                    d[i] = block[i % 3];
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = i % 3 == 2 ? 0 : off[i % 3];
                }
            }
            case "diagonal" -> {
                for (int i = 0; i < n; i++) {
                    d[i] = rnd.nextInt(5) - 2.0 + (rnd.nextBoolean() ? rnd.nextDouble() : 0);
                }
            }
            case "zero" -> {}
            case "oneTwoOne" -> {
                java.util.Arrays.fill(d, 2.0);
                java.util.Arrays.fill(e, -1.0);
            }
            default -> throw new IllegalArgumentException(family);
        }
        return new Tridiagonal(d, e);
    }

    /** The eigenvalues {@code 2 - 2 cos(k pi / (n + 1))}, k = 1..n, of tridiag(-1, 2, -1), ascending. */
    public static double[] oneTwoOneSpectrum(int n) {
        double[] w = new double[n];
        for (int k = 1; k <= n; k++) {
            double s = Math.sin(k * Math.PI / (2 * (n + 1)));
            w[k - 1] = 4 * s * s;
        }
        return w;
    }

    private static double[] guardedVector(double[] v, int pad) {
        double[] g = new double[v.length + 2 * pad];
        java.util.Arrays.fill(g, Double.NaN);
        System.arraycopy(v, 0, g, pad, v.length);
        return g;
    }

    private static void assertVectorGuards(double[] g, int pad, int n, String ctx) {
        for (int i = 0; i < pad; i++) {
            assertTrue(Double.isNaN(g[i]) && Double.isNaN(g[pad + n + i]), ctx + ": vector guard overwritten");
        }
    }

    /**
     * steqr with IDENTITY and sterf on every family at a drawn order: residual and orthogonality
     * ratios, ascending values, sterf's values agreeing with steqr's, closed-form spectra.
     */
    public static void tridiagonalEigen(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : FAMILIES) {
            int n = g.size(MAX_ORDER);
            Tridiagonal t = tridiagonal(rnd, family, n);
            String ctx = "steqr " + family + " n=" + n + " seed=" + seed;
            double[] w = solveGuarded(rnd, t, lapack::steqr, ctx);

            double[] dv = t.d().clone();
            double[] ev = t.e().clone();
            assertEquals(0, lapack.sterf(n, dv, 0, ev, 0), "sterf " + ctx);
            assertAscending(dv, "sterf " + ctx);
            double bound = THRESHOLD * Math.max(1, n) * EPS * t.norm1();
            for (int i = 0; i < n; i++) {
                assertTrue(
                        Math.abs(dv[i] - w[i]) <= bound,
                        "sterf " + ctx + ": value " + i + " = " + dv[i] + ", steqr's " + w[i]);
            }
            if (family.equals("oneTwoOne")) {
                double[] exact = oneTwoOneSpectrum(n);
                for (int i = 0; i < n; i++) {
                    assertTrue(
                            Math.abs(w[i] - exact[i]) <= bound,
                            ctx + ": value " + i + " = " + w[i] + " != " + exact[i]);
                }
            }
        }
    }

    /**
     * steqr with UPDATE: starting from a random orthogonal Q, the result Z is an eigenvector
     * matrix of {@code A = Q T Q^T} ({@code ||A Z - Z W|| / (n eps ||A||)}) and orthonormal.
     */
    public static void tridiagonalUpdate(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = g.size(MAX_ORDER / 2);
        Tridiagonal t = tridiagonal(rnd, rnd.nextBoolean() ? "uniform" : "wilkinson", n);
        double[] q = LapackConformance.values(g.orthogonal(n));
        GuardedMatrix z = LapackConformance.guarded(rnd, n, n, q);
        double[] d = t.d().clone();
        double[] e = t.e().clone();
        String ctx = "steqr UPDATE n=" + n + " seed=" + seed;
        assertEquals(0, lapack.steqr(EigenvectorJob.UPDATE, n, d, 0, e, 0, z.data, z.off, z.ld), ctx);
        z.assertGuardsIntact(ctx);
        double[] a = qtqt(q, t, n);
        assertAscending(d, ctx);
        assertDenseEigenpairs(a, n, d, z.values(), n, ctx);
    }

    /** {@code Q T Q^T} column-major. */
    private static double[] qtqt(double[] q, Tridiagonal t, int n) {
        double[] qt = new double[n * n]; // Q T
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double s = q[i + j * n] * t.d()[j];
                if (j > 0) {
                    s += q[i + (j - 1) * n] * t.e()[j - 1];
                }
                if (j < n - 1) {
                    s += q[i + (j + 1) * n] * t.e()[j];
                }
                qt[i + j * n] = s;
            }
        }
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                double qjk = q[j + k * n];
                for (int i = 0; i < n; i++) {
                    a[i + j * n] += qt[i + k * n] * qjk;
                }
            }
        }
        return a;
    }

    /** Fails unless w is ascending. */
    public static void assertAscending(double[] w, String ctx) {
        for (int i = 1; i < w.length; i++) {
            assertTrue(w[i - 1] <= w[i], ctx + ": values not ascending at " + i + ": " + w[i - 1] + " > " + w[i]);
        }
    }

    /** dstt21's ratios for the tridiagonal t, values w and vectors z (n x n column-major). */
    public static void assertEigenpairs(Tridiagonal t, double[] w, double[] z, String ctx) {
        int n = t.order();
        double tnorm = t.norm1();
        assertOrthonormal(z, n, n, ctx);
        if (tnorm == 0) {
            for (double v : w) {
                assertEquals(0.0, v, ctx + ": eigenvalue of the zero matrix");
            }
            return;
        }
        int shift = -Math.getExponent(tnorm);
        double resMax = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            double wj = Math.scalb(w[j], shift);
            for (int i = 0; i < n; i++) {
                double s = Math.scalb(t.d()[i], shift) * z[i + j * n] - wj * z[i + j * n];
                if (i > 0) {
                    s += Math.scalb(t.e()[i - 1], shift) * z[i - 1 + j * n];
                }
                if (i < n - 1) {
                    s += Math.scalb(t.e()[i], shift) * z[i + 1 + j * n];
                }
                col += Math.abs(s);
            }
            resMax = Math.max(resMax, col);
        }
        double r = resMax / (n * EPS * Math.scalb(tnorm, shift));
        assertTrue(r < THRESHOLD, ctx + ": ||T Z - Z W|| / (n eps ||T||) = " + r);
    }

    /**
     * dsyt21's ratios for the dense symmetric a (n x n), values w (k) and vectors z (n x k):
     * {@code ||A Z - Z W||_1 / (n eps ||A||_1)} and orthonormality of the k columns.
     */
    public static void assertDenseEigenpairs(double[] a, int n, double[] w, double[] z, int k, String ctx) {
        assertOrthonormal(z, n, k, ctx);
        double anorm = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i + j * n]);
            }
            anorm = Math.max(anorm, s);
        }
        if (anorm == 0) {
            for (double v : w) {
                assertEquals(0.0, v, ctx + ": eigenvalue of the zero matrix");
            }
            return;
        }
        int shift = -Math.getExponent(anorm);
        double resMax = 0;
        double[] r = new double[n];
        for (int j = 0; j < k; j++) {
            double wj = Math.scalb(w[j], shift);
            for (int i = 0; i < n; i++) {
                r[i] = -wj * z[i + j * n];
            }
            for (int c = 0; c < n; c++) {
                double zc = z[c + j * n];
                for (int i = 0; i < n; i++) {
                    r[i] += Math.scalb(a[i + c * n], shift) * zc;
                }
            }
            double col = 0;
            for (double v : r) {
                col += Math.abs(v);
            }
            resMax = Math.max(resMax, col);
        }
        double ratio = resMax / (n * EPS * Math.scalb(anorm, shift));
        assertTrue(ratio < THRESHOLD, ctx + ": ||A Z - Z W|| / (n eps ||A||) = " + ratio);
    }

    /** {@code ||Z^T Z - I||_1 / (n eps)} below the threshold for the n x k matrix z. */
    public static void assertOrthonormal(double[] z, int n, int k, String ctx) {
        double max = 0;
        for (int j = 0; j < k; j++) {
            double col = 0;
            for (int i = 0; i < k; i++) {
                double s = i == j ? -1 : 0;
                for (int r = 0; r < n; r++) {
                    s += z[r + i * n] * z[r + j * n];
                }
                col += Math.abs(s);
            }
            max = Math.max(max, col);
        }
        double ratio = max / (Math.max(1, n) * EPS);
        assertTrue(ratio < THRESHOLD, ctx + ": ||Z^T Z - I|| / (n eps) = " + ratio);
    }

    // ---- dense symmetric -------------------------------------------------------------------------

    /** A dense symmetric matrix (both triangles) and, when known by construction, its spectrum. */
    public record Symmetric(double[] a, int n, double[] spectrum) {
        /** {@code ||A||_1}. */
        public double norm1() {
            double max = 0;
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Math.abs(a[i + j * n]);
                }
                max = Math.max(max, s);
            }
            return max;
        }
    }

    /** The families of {@link #symmetric}. */
    public static final List<String> DENSE_FAMILIES = List.of(
            "uniform",
            "graded",
            "clustered",
            "repeated",
            "diagonal",
            "tridiagonal",
            "zero",
            "scaled1e-300",
            "scaled1e300",
            "multipleOfIdentity",
            "directSum");

    /** The symmetric matrix of {@code family} and order n (column-major, both triangles). */
    public static Symmetric symmetric(MatrixGen g, String family, int n) {
        SplittableRandom rnd = g.random();
        return switch (family) {
            case "uniform", "scaled1e-300", "scaled1e300" -> {
                double s = family.equals("uniform") ? 1 : family.equals("scaled1e300") ? 1e300 : 1e-300;
                double[] a = LapackConformance.values(g.uniform(n, n));
                for (int j = 0; j < n; j++) {
                    for (int i = j; i < n; i++) {
                        a[i + j * n] *= s;
                        a[j + i * n] = a[i + j * n];
                    }
                }
                yield new Symmetric(a, n, null);
            }
            case "graded" -> {
                // D B D with D = diag(1 .. 1e-12) geometric: eigenvalues over 24 decades
                double[] a = symmetric(g, "uniform", n).a();
                double ratio = Math.pow(1e-12, 1.0 / Math.max(1, n - 1));
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < n; i++) {
                        a[i + j * n] *= Math.pow(ratio, i) * Math.pow(ratio, j);
                    }
                }
                yield new Symmetric(a, n, null);
            }
            case "clustered", "repeated" -> {
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = family.equals("repeated")
                            ? (i % 3) - 1.0
                            : (i < n / 2 ? 1 + i * 1e-12 : -2 + rnd.nextDouble());
                }
                yield withSpectrum(g, w);
            }
            case "diagonal" -> {
                double[] a = new double[n * n];
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = rnd.nextInt(7) - 3.0 + (rnd.nextBoolean() ? rnd.nextDouble() : 0);
                    a[i + i * n] = w[i];
                }
                java.util.Arrays.sort(w);
                yield new Symmetric(a, n, w);
            }
            case "tridiagonal" -> {
                Tridiagonal t = tridiagonal(rnd, "oneTwoOne", n);
                double[] a = new double[n * n];
                for (int i = 0; i < n; i++) {
                    a[i + i * n] = t.d()[i];
                    if (i < n - 1) {
                        a[i + 1 + i * n] = t.e()[i];
                        a[i + (i + 1) * n] = t.e()[i];
                    }
                }
                yield new Symmetric(a, n, oneTwoOneSpectrum(n));
            }
            case "zero" -> new Symmetric(new double[n * n], n, new double[n]);
            case "multipleOfIdentity" -> {
                // c I: the tridiagonal form splits everywhere and every value is the same
                double c = rnd.nextDouble(-1, 1);
                double[] a = new double[n * n];
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i + i * n] = c;
                    w[i] = c;
                }
                yield new Symmetric(a, n, w);
            }
            case "directSum" -> directSum(g, n);
            default -> throw new IllegalArgumentException(family);
        };
    }

    /**
     * A random symmetric permutation of a block-diagonal matrix: copies of one random block, then
     * the rest of the order filled by a block scaled down by 2^-40 (values far below the others'
     * resolution). Its tridiagonal form splits into blocks with repeated eigenvalues across
     * them and a block much smaller than the matrix.
     */
    private static Symmetric directSum(MatrixGen g, int n) {
        if (n == 0) {
            return new Symmetric(new double[0], 0, new double[0]);
        }
        SplittableRandom rnd = g.random();
        int b = 1 + rnd.nextInt(Math.min(n, 4));
        int copies = Math.max(1, rnd.nextInt(n / b + 1));
        double[] block = symmetric(g, "uniform", b).a();
        int rest = n - copies * b;
        double[] tiny = symmetric(g, "uniform", rest).a();
        double[] m = new double[n * n];
        for (int c = 0; c < copies; c++) {
            for (int j = 0; j < b; j++) {
                for (int i = 0; i < b; i++) {
                    m[c * b + i + (c * b + j) * n] = block[i + j * b];
                }
            }
        }
        int o = copies * b;
        for (int j = 0; j < rest; j++) {
            for (int i = 0; i < rest; i++) {
                m[o + i + (o + j) * n] = Math.scalb(tiny[i + j * rest], -40);
            }
        }
        int[] perm = MatrixGen.permutation(rnd, n);
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                a[i + j * n] = m[perm[i] + perm[j] * n];
            }
        }
        return new Symmetric(a, n, null);
    }

    /** {@code Q diag(w) Q^T} with a Haar-random Q, made exactly symmetric; spectrum w sorted. */
    public static Symmetric withSpectrum(MatrixGen g, double[] w) {
        int n = w.length;
        double[] q = LapackConformance.values(g.orthogonal(n));
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q[i + k * n] * w[k] * q[j + k * n];
                }
                a[i + j * n] = s;
                a[j + i * n] = s;
            }
        }
        double[] sorted = w.clone();
        java.util.Arrays.sort(sorted);
        return new Symmetric(a, n, sorted);
    }

    /**
     * syev with and without vectors on every family: the upper triangle is not read (it holds
     * NaN), dsyt21's ratios below the threshold, values ascending, values-only within
     * {@code n eps ||A||} (times the threshold) of the full run, known spectra recovered alike.
     */
    public static void syev(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : DENSE_FAMILIES) {
            int n = rnd.nextInt(4) == 0 ? 65 + rnd.nextInt(100) : g.size(MAX_ORDER / 2);
            syev(lapack, g, rnd, family, n, seed);
        }
    }

    /**
     * {@link #syev(Lapack, long)} at every order from 1 to {@code maxOrder}, each on a family
     * drawn at random: covers both sides of every crossover between the small-order path, the
     * unblocked and the blocked reductions.
     */
    public static void syevEveryOrder(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (int n = 1; n <= maxOrder; n++) {
            syev(lapack, g, rnd, DENSE_FAMILIES.get(rnd.nextInt(DENSE_FAMILIES.size())), n, seed);
        }
    }

    /** A copy of the n x n matrix a with NaN above the diagonal, for routines that read only the lower triangle. */
    private static double[] lowerOnly(double[] a, int n) {
        double[] lower = a.clone();
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                lower[i + j * n] = Double.NaN;
            }
        }
        return lower;
    }

    /** A symmetric driver computing values and vectors of the column-major matrix at {@code a}. */
    @FunctionalInterface
    private interface VectorsDriver {
        int run(double[] a, int off, int ld, double[] values);
    }

    /**
     * Runs {@code driver} on a guarded copy of the lower triangle and checks its info, the guards,
     * ascending values and the eigenpairs against {@code s}; returns the values.
     */
    private static double[] checkedEigenpairs(
            Symmetric s, double[] lowerOnly, SplittableRandom rnd, VectorsDriver driver, String ctx) {
        int n = s.n();
        GuardedMatrix ga = LapackConformance.guarded(rnd, n, n, lowerOnly);
        double[] w = new double[n];
        assertEquals(0, driver.run(ga.data, ga.off, ga.ld, w), ctx);
        ga.assertGuardsIntact(ctx);
        assertAscending(w, ctx);
        assertDenseEigenpairs(s.a(), n, w, ga.values(), n, ctx);
        return w;
    }

    private static void syev(Lapack lapack, MatrixGen g, SplittableRandom rnd, String family, int n, long seed) {
        Symmetric s = symmetric(g, family, n);
        String ctx = "syev " + family + " n=" + n + " seed=" + seed;
        double[] lowerOnly = lowerOnly(s.a(), n);
        double[] w = checkedEigenpairs(
                s, lowerOnly, rnd, (a, off, ld, values) -> lapack.syev(true, n, a, off, ld, values, 0), ctx);

        GuardedMatrix gv = LapackConformance.guarded(rnd, n, n, lowerOnly);
        double[] wv = new double[n];
        assertEquals(0, lapack.syev(false, n, gv.data, gv.off, gv.ld, wv, 0), "values " + ctx);
        gv.assertGuardsIntact("values " + ctx);
        double bound = THRESHOLD * Math.max(1, n) * EPS * s.norm1();
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(wv[i] - w[i]) <= bound, ctx + ": value " + i + " " + wv[i] + " vs " + w[i]);
            if (s.spectrum() != null) {
                assertTrue(
                        Math.abs(w[i] - s.spectrum()[i]) <= bound,
                        ctx + ": value " + i + " " + w[i] + ", exact " + s.spectrum()[i]);
            }
        }
    }

    /**
     * sytrd, orgtr and ormtr: {@code ||A - Q T Q^T|| / (n eps ||A||)} and orthonormality of Q
     * below the threshold (the upper triangle of A unread and untouched); ormtr applying Q and
     * Q^T from either side agrees with products by the formed Q to {@code n eps}.
     */
    public static void tridiagonalReduction(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = rnd.nextInt(3) == 0 ? 65 + rnd.nextInt(120) : g.size(MAX_ORDER / 2);
        tridiagonalReduction(lapack, g, rnd, n, seed);
    }

    /**
     * {@link #tridiagonalReduction(Lapack, long)} at an order {@code from <= n < to} drawn from the
     * seed: orders of several hundred reach the blocked reduction's large trailing updates, whose
     * rectangles go through the packed GEMM.
     */
    public static void tridiagonalReduction(Lapack lapack, long seed, int from, int to) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        tridiagonalReduction(lapack, g, rnd, rnd.nextInt(from, to), seed);
    }

    private static void tridiagonalReduction(Lapack lapack, MatrixGen g, SplittableRandom rnd, int n, long seed) {
        Symmetric s = symmetric(g, rnd.nextBoolean() ? "uniform" : "graded", n);
        String ctx = "sytrd n=" + n + " seed=" + seed;
        double[] lowerOnly = lowerOnly(s.a(), n);
        GuardedMatrix ga = LapackConformance.guarded(rnd, n, n, lowerOnly);
        double[] d = new double[n];
        double[] e = new double[Math.max(0, n - 1)];
        double[] tau = new double[Math.max(0, n - 1)];
        lapack.sytrd(n, ga.data, ga.off, ga.ld, d, 0, e, 0, tau, 0);
        ga.assertGuardsIntact(ctx);
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                assertTrue(Double.isNaN(ga.get(i, j)), ctx + ": upper triangle written at " + i + "," + j);
            }
        }
        GuardedMatrix reflectors = ga.copy();
        double[] q = ga.values();
        GuardedMatrix gq = LapackConformance.guarded(rnd, n, n, q);
        lapack.orgtr(n, gq.data, gq.off, gq.ld, tau, 0);
        gq.assertGuardsIntact(ctx + " orgtr");
        double[] qv = gq.values();
        // Q^T A Q must be the tridiagonal T: its eigenpairs through Q are A's
        Tridiagonal t = new Tridiagonal(d, e);
        assertOrthonormal(qv, n, n, ctx + " Q");
        double[] qtq = qtqt(qv, t, n);
        double diff = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += Math.abs(qtq[i + j * n] - s.a()[i + j * n]);
            }
            diff = Math.max(diff, col);
        }
        double anorm = s.norm1();
        if (anorm > 0) {
            double r = diff / (Math.max(1, n) * EPS * anorm);
            assertTrue(r < THRESHOLD, ctx + ": ||A - Q T Q^T|| / (n eps ||A||) = " + r);
        }
        int m = 1 + rnd.nextInt(5);
        for (jnum.mat.kernel.Side side : jnum.mat.kernel.Side.values()) {
            for (jnum.mat.kernel.Transpose tr : jnum.mat.kernel.Transpose.values()) {
                boolean left = side == jnum.mat.kernel.Side.LEFT;
                int rows = left ? n : m;
                int cols = left ? m : n;
                double[] c = ArrayGen.matrix(rnd, rows, cols);
                GuardedMatrix gc = LapackConformance.guarded(rnd, rows, cols, c);
                lapack.ormtr(
                        side,
                        tr,
                        rows,
                        cols,
                        reflectors.data,
                        reflectors.off,
                        reflectors.ld,
                        tau,
                        0,
                        gc.data,
                        gc.off,
                        gc.ld);
                String cctx = ctx + " ormtr " + side + " " + tr;
                gc.assertGuardsIntact(cctx);
                double[] got = gc.values();
                boolean trans = tr == jnum.mat.kernel.Transpose.YES;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double sum = 0;
                        double abs = 0;
                        for (int k = 0; k < n; k++) {
                            double x = left
                                    ? (trans ? qv[k + i * n] : qv[i + k * n]) * c[k + j * rows]
                                    : c[i + k * rows] * (trans ? qv[j + k * n] : qv[k + j * n]);
                            sum += x;
                            abs += Math.abs(x);
                        }
                        assertTrue(
                                Math.abs(got[i + j * rows] - sum) <= THRESHOLD * n * EPS * Math.max(abs, 1e-300),
                                cctx + ": element " + i + "," + j + " " + got[i + j * rows] + " vs " + sum);
                    }
                }
            }
        }
    }

    // ---- subsets -----------------------------------------------------------------------------------

    /**
     * stebz and stein on every tridiagonal family, for a drawn index range: values within
     * {@code n eps ||T||} (times the threshold) of steqr's, inputs untouched, the vectors'
     * residual {@code ||T Z - Z W|| / (n eps ||T||)} and orthonormality below the threshold, and
     * sturmCount consistent with the values.
     */
    public static void bisectionAndInverseIteration(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : FAMILIES) {
            int n = 1 + g.size(MAX_ORDER - 1);
            Tridiagonal t = tridiagonal(rnd, family, n);
            String ctx = "stebz " + family + " n=" + n + " seed=" + seed;
            double[] full = t.d().clone();
            assertEquals(0, lapack.sterf(n, full, 0, t.e().clone(), 0), ctx);
            int il = rnd.nextInt(n);
            int iu = il + rnd.nextInt(Math.min(n - il, 1 + rnd.nextInt(40)));
            int m = iu - il + 1;
            double[] d = t.d().clone();
            double[] e = t.e().clone();
            double[] w = new double[m];
            lapack.stebz(n, d, 0, e, 0, il, iu, w, 0);
            assertTrue(java.util.Arrays.equals(d, t.d()) && java.util.Arrays.equals(e, t.e()), ctx + ": T modified");
            assertAscending(w, ctx);
            double tnorm = t.norm1();
            // dstebz's absolute tolerance includes a few pivmin (about the smallest normal number)
            double bound = THRESHOLD * n * EPS * tnorm + 4 * Double.MIN_NORMAL;
            for (int j = 0; j < m; j++) {
                assertTrue(
                        Math.abs(w[j] - full[il + j]) <= bound,
                        ctx + ": value " + (il + j) + " " + w[j] + " vs sterf " + full[il + j]);
            }
            if (tnorm > 0) {
                double below = full[il] - 2 * bound;
                double above = full[iu] + 2 * bound;
                assertTrue(lapack.sturmCount(n, d, 0, e, 0, below) <= il, ctx + ": Sturm count below");
                assertTrue(lapack.sturmCount(n, d, 0, e, 0, above) >= iu + 1, ctx + ": Sturm count above");
                assertEquals(n, lapack.sturmCount(n, d, 0, e, 0, full[n - 1] + 2 * bound), ctx + ": count above all");
                assertEquals(0, lapack.sturmCount(n, d, 0, e, 0, full[0] - 2 * bound), ctx + ": count below all");
            }
            GuardedMatrix z = LapackConformance.guarded(rnd, n, m, new double[n * m]);
            assertEquals(0, lapack.stein(n, d, 0, e, 0, m, w, 0, z.data, z.off, z.ld), "stein " + ctx);
            z.assertGuardsIntact("stein " + ctx);
            assertSubsetEigenpairs(t, w, z.values(), m, "stein " + ctx);
        }
    }

    /** dstt22's ratios for m eigenpairs of t: residual and orthonormality of the n x m z. */
    public static void assertSubsetEigenpairs(Tridiagonal t, double[] w, double[] z, int m, String ctx) {
        int n = t.order();
        assertOrthonormal(z, n, m, ctx);
        double tnorm = t.norm1();
        if (tnorm == 0) {
            return;
        }
        int shift = -Math.getExponent(tnorm);
        double resMax = 0;
        for (int j = 0; j < m; j++) {
            double col = 0;
            double wj = Math.scalb(w[j], shift);
            for (int i = 0; i < n; i++) {
                double s = Math.scalb(t.d()[i], shift) * z[i + j * n] - wj * z[i + j * n];
                if (i > 0) {
                    s += Math.scalb(t.e()[i - 1], shift) * z[i - 1 + j * n];
                }
                if (i < n - 1) {
                    s += Math.scalb(t.e()[i], shift) * z[i + 1 + j * n];
                }
                col += Math.abs(s);
            }
            resMax = Math.max(resMax, col);
        }
        double r = resMax / (n * EPS * Math.scalb(tnorm, shift));
        assertTrue(r < THRESHOLD, ctx + ": ||T Z - Z W|| / (n eps ||T||) = " + r);
    }

    // ---- divide and conquer ----

    /** Leaf order of the Java divide and conquer (dlaed0's SMLSIZ): sizes around it are drawn often. */
    public static final int DIVIDE_AND_CONQUER_LEAF = 25;

    private static final String[] DIVIDE_AND_CONQUER_FAMILIES = {
        "uniform",
        "graded",
        "wilkinson",
        "gluedWilkinson",
        "cluster",
        "repeated",
        "diagonal",
        "splits",
        "zero",
        "scaled1e-300",
        "scaled1e300",
        "oneTwoOne"
    };

    /**
     * An order for divide and conquer: 1, 2 or 3, just below or above the leaf order or twice
     * it (one or two merges), or anything up to {@link #MAX_ORDER} + 100.
     */
    public static int divideAndConquerOrder(SplittableRandom rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> 1 + rnd.nextInt(3);
            case 1 -> DIVIDE_AND_CONQUER_LEAF - 1 + rnd.nextInt(5);
            case 2 -> 2 * DIVIDE_AND_CONQUER_LEAF - 1 + rnd.nextInt(5);
            default -> 1 + rnd.nextInt(MAX_ORDER + 100);
        };
    }

    /**
     * The tridiagonal matrices of {@link #tridiagonal} plus those that stress deflation: Wilkinson
     * W21+ blocks glued by off-diagonals of 1e-12 .. 1e-4 (clusters of nearly equal eigenvalues
     * whose vectors spread over every block), a cluster (diagonal 1 + O(1e-12), off-diagonals
     * O(1e-13)), and random matrices with about one off-diagonal in six exactly zero.
     */
    public static Tridiagonal deflationTridiagonal(SplittableRandom rnd, String family, int n) {
        double[] d = new double[n];
        double[] e = new double[Math.max(0, n - 1)];
        switch (family) {
            case "gluedWilkinson" -> {
                double glue = Math.pow(10, -4 - rnd.nextInt(9));
                for (int i = 0; i < n; i++) {
                    d[i] = Math.abs(i % 21 - 10);
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = i % 21 == 20 ? glue : 1;
                }
            }
            case "cluster" -> {
                for (int i = 0; i < n; i++) {
                    d[i] = 1 + 1e-12 * rnd.nextDouble();
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = 1e-13 * rnd.nextDouble();
                }
            }
            case "splits" -> {
                for (int i = 0; i < n; i++) {
                    d[i] = 2 * rnd.nextDouble() - 1;
                }
                for (int i = 0; i < e.length; i++) {
                    e[i] = rnd.nextInt(6) == 0 ? 0 : 2 * rnd.nextDouble() - 1;
                }
            }
            default -> {
                return tridiagonal(rnd, family, n);
            }
        }
        return new Tridiagonal(d, e);
    }

    /**
     * stedc with IDENTITY on every family of {@link #deflationTridiagonal} at orders around the
     * leaf and its multiples: dstt21's residual and orthogonality ratios below the threshold,
     * values ascending and within {@code 30 n eps ||T||_1} of sterf's, tridiag(-1, 2, -1)'s
     * closed-form spectrum, guards around d, e and Z intact.
     */
    public static void divideAndConquer(Lapack lapack, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (String family : DIVIDE_AND_CONQUER_FAMILIES) {
            int n = divideAndConquerOrder(rnd);
            Tridiagonal t = deflationTridiagonal(rnd, family, n);
            String ctx = "stedc " + family + " n=" + n + " seed=" + seed;
            double[] w = solveGuarded(rnd, t, lapack::stedc, ctx);
            double[] reference = t.d().clone();
            assertEquals(0, lapack.sterf(n, reference, 0, t.e().clone(), 0), "sterf " + ctx);
            if (family.equals("oneTwoOne")) {
                reference = oneTwoOneSpectrum(n);
            }
            assertSpectrum(w, reference, THRESHOLD * Math.max(1, n) * EPS * t.norm1(), ctx);
        }
    }

    /**
     * stedc with UPDATE from a random orthogonal Q: Z is an orthonormal eigenvector matrix of
     * {@code Q T Q^T} (dsyt21's ratios).
     */
    public static void divideAndConquerUpdate(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = divideAndConquerOrder(rnd) % (MAX_ORDER / 2) + 1;
        Tridiagonal t = deflationTridiagonal(rnd, rnd.nextBoolean() ? "uniform" : "gluedWilkinson", n);
        double[] q = LapackConformance.values(g.orthogonal(n));
        GuardedMatrix z = LapackConformance.guarded(rnd, n, n, q);
        double[] d = t.d().clone();
        double[] e = t.e().clone();
        String ctx = "stedc UPDATE n=" + n + " seed=" + seed;
        assertEquals(0, lapack.stedc(EigenvectorJob.UPDATE, n, d, 0, e, 0, z.data, z.off, z.ld), ctx);
        z.assertGuardsIntact(ctx);
        assertAscending(d, ctx);
        assertDenseEigenpairs(qtqt(q, t, n), n, d, z.values(), n, ctx);
    }

    /**
     * syevd with vectors on every dense family, the upper triangle holding NaN (unread): dsyt21's
     * ratios, ascending values within {@code 30 n eps ||A||_1} of syev's and of the spectrum when
     * known by construction.
     */
    public static void syevd(Lapack lapack, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : DENSE_FAMILIES) {
            int n = divideAndConquerOrder(rnd);
            Symmetric s = symmetric(g, family, n);
            String ctx = "syevd " + family + " n=" + n + " seed=" + seed;
            double[] lowerOnly = lowerOnly(s.a(), n);
            double[] w = checkedEigenpairs(
                    s, lowerOnly, rnd, (a, off, ld, values) -> lapack.syevd(true, n, a, off, ld, values, 0), ctx);
            double[] reference = new double[n];
            assertEquals(0, lapack.syev(false, n, lowerOnly.clone(), 0, n, reference, 0), "syev " + ctx);
            double bound = THRESHOLD * Math.max(1, n) * EPS * s.norm1();
            assertSpectrum(w, reference, bound, ctx + " against syev");
            if (s.spectrum() != null) {
                assertSpectrum(w, s.spectrum(), bound, ctx + " against the known spectrum");
            }
        }
    }

    /**
     * stedc on W21+ blocks glued by 1e-4 .. 1e-12 at orders 91 .. 272 (where the roots sit within
     * 1e-10 of poles with z components of about 1e-10, which the two-pole model alone does not
     * reach in 30 steps): converges, with dstt21's ratios below the threshold.
     */
    public static void gluedWilkinsonSweep(Lapack lapack) {
        for (int n : new int[] {91, 128, 131, 160, 187, 256, 272}) {
            for (int p = 4; p <= 12; p++) {
                double glue = Math.pow(10, -p);
                double[] d = new double[n];
                double[] e = new double[n - 1];
                for (int i = 0; i < n; i++) {
                    d[i] = Math.abs(i % 21 - 10);
                }
                for (int i = 0; i < n - 1; i++) {
                    e[i] = i % 21 == 20 ? glue : 1;
                }
                Tridiagonal t = new Tridiagonal(d.clone(), e.clone());
                double[] z = new double[n * n];
                String ctx = "stedc glued W21+ n=" + n + " glue=1e-" + p;
                assertEquals(0, lapack.stedc(EigenvectorJob.IDENTITY, n, d, 0, e, 0, z, 0, n), ctx);
                assertAscending(d, ctx);
                assertEigenpairs(t, d, z, ctx);
            }
        }
    }

    /** A tridiagonal eigensolver of the facade's shape (steqr, stedc). */
    @FunctionalInterface
    public interface TridiagonalSolver {
        int solve(EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz);
    }

    /**
     * Runs {@code solver} with IDENTITY on t, operands in NaN-guarded buffers; checks success,
     * intact guards, ascending values and dstt21's ratios, and returns the values.
     */
    public static double[] solveGuarded(SplittableRandom rnd, Tridiagonal t, TridiagonalSolver solver, String ctx) {
        int n = t.order();
        int pad = 1 + rnd.nextInt(3);
        double[] d = guardedVector(t.d(), pad);
        double[] e = guardedVector(t.e(), pad);
        GuardedMatrix z = LapackConformance.guarded(rnd, n, n, new double[n * n]);
        assertEquals(0, solver.solve(EigenvectorJob.IDENTITY, n, d, pad, e, pad, z.data, z.off, z.ld), ctx);
        assertVectorGuards(d, pad, n, ctx + " d");
        assertVectorGuards(e, pad, Math.max(0, n - 1), ctx + " e");
        z.assertGuardsIntact(ctx);
        double[] w = java.util.Arrays.copyOfRange(d, pad, pad + n);
        assertAscending(w, ctx);
        assertEigenpairs(t, w, z.values(), ctx);
        return w;
    }

    /** Fails unless every {@code |w_i - reference_i| <= bound}. */
    public static void assertSpectrum(double[] w, double[] reference, double bound, String ctx) {
        assertEquals(reference.length, w.length, ctx + ": number of values");
        for (int i = 0; i < w.length; i++) {
            assertTrue(
                    Math.abs(w[i] - reference[i]) <= bound,
                    ctx + ": value " + i + " = " + w[i] + ", expected " + reference[i] + " within " + bound);
        }
    }
}

package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Symmetric;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Dense#sqrt()} and {@link Dense#log()} of symmetric positive (semi)definite matrices:
 * {@code ||S S - A|| / (n eps ||A||)} below 30, and the logarithm of {@code Q diag(lambda) Q^T}
 * within {@code 30 n eps ||A|| / lambda_min} of {@code Q diag(log lambda) Q^T} (the conditioning
 * of the log, by the Daleckii-Krein bound).
 */
class SymmetricMatrixFunctionProperties {

    private static double norm1(double[] a, int n) {
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

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sqrtSquaresBack(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(80);
        int rank = rnd.nextInt(n + 1);
        double[] a = semidefinite(g, n, rank);
        assertSquareRoot(Dense.wrap(a.clone(), 0, n, n, n).sqrt(), a, n, "n=" + n + " rank=" + rank + " seed=" + seed);
    }

    /**
     * An n x n matrix (column-major) with rank eigenvalues log-uniform in [1e-8, 1], the others 0
     * (semidefinite when rank < n).
     */
    private static double[] semidefinite(MatrixGen g, int n, int rank) {
        double[] w = new double[n];
        for (int i = 0; i < rank; i++) {
            w[i] = Math.pow(10, -8 * g.random().nextDouble());
        }
        return SymmetricEigenConformance.withSpectrum(g, w).a();
    }

    /** {@code A = Q diag(w) Q^T}, exactly symmetric. */
    private record KnownSpectrum(Dense q, double[] w, Dense a) {
        /** Q Haar-random, n eigenvalues log-uniform in [1e-3, 1e3]. */
        static KnownSpectrum positive(MatrixGen g, int n) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = Math.pow(10, 6 * g.random().nextDouble() - 3);
            }
            Dense q = g.orthogonal(n);
            return new KnownSpectrum(q, w, spectral(q, w, n, false));
        }
    }

    /**
     * root is the square root of the n x n matrix a (column-major): symmetric, finite,
     * {@code ||S S - A|| / (n eps ||A||)} below 30, no eigenvalue below
     * {@code -30 n eps sqrt(||A||)}.
     */
    private static void assertSquareRoot(Dense root, double[] a, int n, String ctx) {
        double[] r = LapackConformance.values(root);
        double[] sq = LapackConformance.values(root.times(root));
        double diff = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(Double.isFinite(r[i + j * n]), ctx + ": sqrt has " + r[i + j * n] + " at " + i + "," + j);
                col += Math.abs(sq[i + j * n] - a[i + j * n]);
                assertEquals(r[i + j * n], r[j + i * n], ctx + ": sqrt not symmetric at " + i + "," + j);
            }
            diff = Math.max(diff, col);
        }
        double anorm = norm1(a, n);
        if (anorm > 0) {
            double ratio = diff / (n * Tolerance.EPS * anorm);
            assertTrue(ratio < 30, ctx + ": ||S S - A|| / (n eps ||A||) = " + ratio);
        }
        double smallest = EigenSym.valuesOf(root).values().get(0);
        assertTrue(smallest >= -30 * n * Tolerance.EPS * Math.sqrt(anorm), ctx + ": sqrt has eigenvalue " + smallest);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logOfKnownSpectrum(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        KnownSpectrum s = KnownSpectrum.positive(g, n);
        assertLog(s.a().log(), spectral(s.q(), s.w(), n, true), s.w(), n, "n=" + n + " seed=" + seed);
    }

    /**
     * log is within {@code 30 n eps n lambda_max / lambda_min max(1, ||exact||)} of the exact
     * logarithm of a matrix with spectrum w (1-norm).
     */
    private static void assertLog(Dense log, Dense exact, double[] w, int n, String ctx) {
        double lmin = Double.POSITIVE_INFINITY;
        double lmax = 0;
        for (double v : w) {
            lmin = Math.min(lmin, v);
            lmax = Math.max(lmax, v);
        }
        double bound = 30 * n * Tolerance.EPS * n * lmax / lmin;
        double err = log.minus(exact).norm(jnum.mat.Norm.ONE);
        assertTrue(
                err <= bound * Math.max(1, exact.norm(jnum.mat.Norm.ONE)), ctx + ": ||log A - Q log(L) Q^T|| = " + err);
    }

    /**
     * A semidefinite matrix (rank below n) has eigenvalues that are zero up to rounding errors of
     * about {@code n eps ||A||}, of either sign once computed: its logarithm is undetermined, and
     * log must reject it rather than return the logarithm of a rounding error. Twenty matrices
     * per seed, since the computed smallest eigenvalue is positive only now and then.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logRejectsSemidefiniteMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + g.size(12);
            int rank = 1 + rnd.nextInt(n - 1);
            double[] w = new double[n];
            for (int i = 0; i < rank; i++) {
                w[i] = Math.pow(10, 4 * rnd.nextDouble() - 2);
            }
            Symmetric s = SymmetricEigenConformance.withSpectrum(g, w);
            Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
            String ctx = "n=" + n + " rank=" + rank + " trial=" + trial + " seed=" + seed;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, a::log, ctx);
            assertTrue(e.getMessage().contains("not positive definite"), ctx + ": " + e.getMessage());
            a.sqrt(); // the same matrix is in the domain of the square root
        }
    }

    /**
     * {@code sqrt(2^e A) = 2^(e/2) sqrt(A)} for even e over the whole range where {@code 2^e A}
     * is exact and finite: {@code 2^(-e/2) sqrt(2^e A)} must pass the square-root checks against
     * A itself. Per seed a semidefinite matrix of known spectrum and a Gram matrix of small
     * integers (exact down to {@code 2^-1074}, so its scaled copies are matrices of subnormals),
     * each at an exponent anywhere in the range, one in the top band where the largest eigenvalue
     * overflows and one at the bottom where the eigenvalues are subnormal.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sqrtOfScaledMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(80);
        int rank = rnd.nextInt(n + 1);
        double[] known = semidefinite(g, n, rank);
        int gramRank = rnd.nextInt(n + 1);
        double[] gram = integerGram(rnd, n, gramRank);
        for (double[] a : new double[][] {known, gram}) {
            for (int e : exponents(rnd, a, n, true)) {
                String ctx = "n=" + n + " e=" + e + " seed=" + seed
                        + (a == gram ? " integer Gram of rank " + gramRank : " known spectrum of rank " + rank);
                Dense root = scalb(Dense.wrap(a.clone(), 0, n, n, n), e).sqrt();
                assertSquareRoot(scalb(root, -e / 2), a, n, ctx);
            }
        }
    }

    /**
     * {@code log(2^e A) = log(A) + e ln2 I} over the whole range where {@code 2^e A} is exact and
     * finite, within the tolerance of {@link #logOfKnownSpectrum}. Per seed a matrix of known
     * spectrum and a signed, permuted {@code tridiag(-1, 2 + c, -1)} (integers, eigenvalues
     * {@code 2 + c - 2 cos(k pi / (n + 1))}, so its scaled copies down to {@code 2^-1074} are
     * exact), each at the three exponents of {@link #sqrtOfScaledMatrices}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logOfScaledMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(80);
        KnownSpectrum s = KnownSpectrum.positive(g, n);
        checkScaledLogs(rnd, s.a(), s.q(), s.w(), n, "known spectrum seed=" + seed);
        int c = rnd.nextInt(17);
        double[] lambda = new double[n];
        for (int k = 0; k < n; k++) {
            lambda[k] = 2 + c - 2 * Math.cos((k + 1) * Math.PI / (n + 1));
        }
        Dense[] tq = signedPermutedTridiagonal(rnd, n, c);
        checkScaledLogs(rnd, tq[0], tq[1], lambda, n, "tridiag(-1, 2+" + c + ", -1) seed=" + seed);
    }

    /** log of {@code 2^e A}, {@code A = Q diag(w) Q^T}, at the exponents of a, against the exact value. */
    private static void checkScaledLogs(SplittableRandom rnd, Dense a, Dense q, double[] w, int n, String ctx) {
        Dense exact = spectral(q, w, n, true);
        for (int e : exponents(rnd, LapackConformance.values(a), n, false)) {
            Dense shifted = exact.plus(Dense.identity(n).scale(e * Math.log(2)));
            assertLog(scalb(a, e).log(), shifted, w, n, "n=" + n + " e=" + e + " " + ctx);
        }
    }

    /**
     * Three exponents e for which {@code 2^e a} is exact and finite (below, every element keeps
     * its lowest set bit at or above {@code 2^-1074}; above, {@code 2^e max|a| < 2^1024}): one anywhere,
     * one within {@code 4 + 2 log2 n} of the top, where {@code 2^e lambda_max} may overflow, one
     * within 16 of the bottom; moved one step inwards where they must be even.
     */
    private static int[] exponents(SplittableRandom rnd, double[] a, int n, boolean even) {
        int lo = -1074;
        double max = 0;
        for (double v : a) {
            if (v != 0) {
                lo = Math.max(lo, -1074 - lowestSetBit(v));
            }
            max = Math.max(max, Math.abs(v));
        }
        int hi = Math.min(1023, 1023 - Math.getExponent(max));
        int top = 4 + 2 * (32 - Integer.numberOfLeadingZeros(n));
        int[] e = {
            lo + rnd.nextInt(hi - lo + 1),
            hi - rnd.nextInt(Math.min(hi - lo, top) + 1),
            lo + rnd.nextInt(Math.min(hi - lo, 16) + 1)
        };
        for (int k = 0; even && k < e.length; k++) {
            if (e[k] % 2 != 0) {
                e[k] += e[k] - 1 >= lo ? -1 : 1;
            }
        }
        return e;
    }

    /** The exponent of the lowest set bit of the nonzero normal double v. */
    private static int lowestSetBit(double v) {
        long significand = (Double.doubleToRawLongBits(v) & ((1L << 52) - 1)) | 1L << 52;
        return Math.getExponent(v) - 52 + Long.numberOfTrailingZeros(significand);
    }

    /** {@code 2^e x}, element by element. */
    private static Dense scalb(Dense x, int e) {
        Dense r = Dense.zeros(x.rows(), x.cols());
        for (int j = 0; j < x.cols(); j++) {
            for (int i = 0; i < x.rows(); i++) {
                r.set(i, j, Math.scalb(x.get(i, j), e));
            }
        }
        return r;
    }

    /**
     * {@code G G^T} for an n x r G of integers in [-15, 15] (column-major): positive
     * semidefinite of rank at most r, its elements integers below {@code 2^16}, exact.
     */
    private static double[] integerGram(SplittableRandom rnd, int n, int r) {
        double[] gm = new double[n * r];
        for (int k = 0; k < gm.length; k++) {
            gm[k] = rnd.nextInt(31) - 15;
        }
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int k = 0; k < r; k++) {
                    sum += gm[i + k * n] * gm[j + k * n];
                }
                a[i + j * n] = sum;
            }
        }
        return a;
    }

    /**
     * {@code {A, Q}}: {@code A = P D T D P^T} for {@code T = tridiag(-1, 2 + c, -1)}, random
     * signs D and permutation P, and its eigenvectors {@code Q = P D S},
     * {@code S_jk = sqrt(2 / (n + 1)) sin(j k pi / (n + 1))}, column k for the eigenvalue
     * {@code 2 + c - 2 cos(k pi / (n + 1))} (j, k from 1).
     */
    private static Dense[] signedPermutedTridiagonal(SplittableRandom rnd, int n, int c) {
        int[] p = MatrixGen.permutation(rnd, n);
        double[] sign = new double[n];
        for (int i = 0; i < n; i++) {
            sign[i] = rnd.nextBoolean() ? 1 : -1;
        }
        Dense a = Dense.zeros(n, n);
        Dense q = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            a.set(p[i], p[i], 2 + c);
            if (i + 1 < n) {
                a.set(p[i], p[i + 1], -sign[i] * sign[i + 1]);
                a.set(p[i + 1], p[i], -sign[i] * sign[i + 1]);
            }
            for (int k = 0; k < n; k++) {
                q.set(p[i], k, sign[i] * Math.sqrt(2.0 / (n + 1)) * Math.sin((i + 1) * (k + 1) * Math.PI / (n + 1)));
            }
        }
        return new Dense[] {a, q};
    }

    /** {@code Q diag(f(w)) Q^T}, f = log when {@code log}, else the identity; exactly symmetric. */
    private static Dense spectral(Dense q, double[] w, int n, boolean log) {
        Dense r = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q.get(i, k) * (log ? Math.log(w[k]) : w[k]) * q.get(j, k);
                }
                r.set(i, j, sum);
                r.set(j, i, sum);
            }
        }
        return r;
    }

    @Test
    void closedForms() {
        // [[5, 4], [4, 5]] = [[2, 1], [1, 2]]^2
        Dense root = Dense.of(2, 2, 5, 4, 4, 5).sqrt();
        assertTrue(root.equalsWithin(Dense.of(2, 2, 2, 1, 1, 2), 8 * Tolerance.EPS), root.toString());
        Dense zero = Dense.identity(4).scale(Math.E).log();
        assertTrue(zero.equalsWithin(Dense.identity(4), 8 * Tolerance.EPS), zero.toString());
        assertTrue(Dense.zeros(3, 3).sqrt().equalsWithin(Dense.zeros(3, 3), 0));
        assertEquals(0, Dense.zeros(0, 0).log().rows());
        Dense cube = EigenSym.of(Dense.diag(1, 8, 27)).map(Math::cbrt);
        assertTrue(cube.equalsWithin(Dense.diag(1, 2, 3), 8 * Tolerance.EPS), cube.toString());
    }

    /**
     * Closed forms where A's eigenvalues overflow or are subnormal but the results are normal:
     * c times {@code ones(2,2)} (eigenvalues 0 and 2c), {@code [[2,1],[1,2]]} (c and 3c) and
     * {@code [[2,1],[1,3]]} (irrational multiples of c, so that subnormal ones are rounded), for c
     * from {@code MAX_VALUE} down to {@code MIN_VALUE}. Within 8 eps of the largest element.
     */
    @Test
    void closedFormsWithOverflowingOrSubnormalEigenvalues() {
        double[][] matrices = {{1, 1, 1}, {2, 1, 2}, {2, 1, 3}};
        for (double c : new double[] {
            Double.MAX_VALUE, Double.MAX_VALUE / 2, Double.MAX_VALUE / 3, 1e-310, 1e-320, Double.MIN_VALUE
        }) {
            for (double[] m : matrices) {
                double a = m[0];
                double b = m[1];
                double d = m[2];
                if (c * Math.max(a, d) == Double.POSITIVE_INFINITY) {
                    continue; // c M itself overflows
                }
                String ctx = "c=" + c + " times [[" + a + ", " + b + "], [" + b + ", " + d + "]]";
                Dense ca = Dense.of(2, 2, c * a, c * b, c * b, c * d);
                assertClose(ca.sqrt(), closedForm2x2(c, a, b, d, false), ctx + ": sqrt");
                if (a * d > b * b) {
                    assertClose(ca.log(), closedForm2x2(c, a, b, d, true), ctx + ": log");
                }
            }
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Dense.diag(Double.MAX_VALUE, -Double.MAX_VALUE).sqrt());
        assertTrue(e.getMessage().contains("is " + -Double.MAX_VALUE), e.getMessage());
        double m = -Double.MAX_VALUE;
        e = assertThrows(
                IllegalArgumentException.class, () -> Dense.of(2, 2, m, m, m, m).sqrt());
        assertTrue(e.getMessage().contains(" * 2^"), "eigenvalue -2 MAX_VALUE overflows: " + e.getMessage());
        double t = 1e-320;
        e = assertThrows(
                IllegalArgumentException.class, () -> Dense.of(2, 2, t, t, t, t).log());
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }

    /**
     * sqrt or log of {@code c M}, {@code M = [[a, b], [b, d]]} positive semidefinite:
     * {@code sqrt(c) (M + sqrt(det M) I) / sqrt(tr M + 2 sqrt(det M))}, and
     * {@code ln(c) I + ln(l1) P1 + ln(l2) P2} with M's eigenvalues {@code l1 > l2} and spectral
     * projectors {@code P1 = (M - l2 I) / (l1 - l2)}, {@code P2 = I - P1}.
     */
    private static Dense closedForm2x2(double c, double a, double b, double d, boolean log) {
        double det = a * d - b * b;
        double tr = a + d;
        if (!log) {
            double f = Math.sqrt(c) / Math.sqrt(tr + 2 * Math.sqrt(det));
            double r = Math.sqrt(det);
            return Dense.of(2, 2, f * (a + r), f * b, f * b, f * (d + r));
        }
        double gap = Math.sqrt(tr * tr - 4 * det);
        double l1 = (tr + gap) / 2;
        double l2 = (tr - gap) / 2;
        double lc = Math.log(c);
        double g1 = Math.log(l1);
        double g2 = Math.log(l2);
        // P1 = (M - l2 I) / gap; ln(l1) P1 + ln(l2) (I - P1) = ln(l2) I + (ln(l1) - ln(l2)) P1
        double k = (g1 - g2) / gap;
        return Dense.of(2, 2, lc + g2 + k * (a - l2), k * b, k * b, lc + g2 + k * (d - l2));
    }

    /** Within 8 eps of the largest element of expected. */
    private static void assertClose(Dense actual, Dense expected, String ctx) {
        double tol = 8 * Tolerance.EPS * expected.norm(jnum.mat.Norm.MAX);
        assertTrue(actual.equalsWithin(expected, tol), ctx + ": " + actual + " expected " + expected);
    }

    @Test
    void outsideTheDomain() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Dense.diag(1, -1e-3).sqrt());
        assertTrue(e.getMessage().contains("not positive semidefinite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dense.diag(1, 0).log());
        assertThrows(
                IllegalStateException.class,
                () -> EigenSym.valuesOf(Dense.identity(2)).sqrt());
        assertThrows(
                IllegalStateException.class,
                () -> EigenSym.smallest(Dense.identity(3), 1).log());
    }
}

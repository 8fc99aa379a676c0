package jnum.suites.special;

import static jnum.testkit.Tolerance.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.special.Special;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Identities of the gamma family over seeded random arguments. Each bound is the sum of the
 * error bounds of the terms involved: every value carries at most {@code C (1 + cond) eps} relative
 * error (C = 16 for the closed forms, 64 for the iterative ones, as in {@link
 * SpecialReferenceTest}), where cond is the function's condition number at that point.
 */
class GammaProperties {
    private static final double DIRECT = SpecialReferenceTest.DIRECT;
    private static final double ITERATIVE = SpecialReferenceTest.ITERATIVE;

    /** Log-uniform in [lo, hi]. */
    static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    /** Rounded to a multiple of 2^-k, so that x + 1 and 1 - x are exact. */
    static double grid(double x, int k) {
        return Math.scalb(Math.rint(Math.scalb(x, k)), -k);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void recurrence(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            double x = grid(logUniform(r, 1e-3, 160), 40); // x + 1 exact
            // Gamma(x+1) = x Gamma(x): relative errors add; cond of Gamma is |x psi(x)| (and
            // |(x+1) psi(x+1)|), plus one rounding for the product
            double cond = Math.abs(x * Special.digamma(x)) + Math.abs((x + 1) * Special.digamma(x + 1));
            double bound = DIRECT * (2 + cond) * EPS + EPS;
            Tolerance.assertRelative(x * Special.gamma(x), Special.gamma(x + 1), bound, "Gamma(x+1) at " + x);
            // log Gamma(x+1) = log Gamma(x) + log x, absolute bound from the terms' magnitudes
            double lg = Special.gammaln(x);
            double lg1 = Special.gammaln(x + 1);
            double abs = DIRECT * EPS * (Math.abs(lg) + Math.abs(lg1) + Math.abs(Math.log(x)) + cond);
            Tolerance.assertWithin(lg + Math.log(x), lg1, abs, "logGamma(x+1) at " + x);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void reflection(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            double x = grid(r.nextDouble(1e-6, 0.5), 40); // 1 - x exact
            // Gamma(x) Gamma(1-x) sin(pi x) = pi; cond of Gamma on (0, 1] is at most 2; sin(pi x) in the
            // test costs 2 eps (rounding of pi x, then of sin)
            double g = Special.gamma(x) * Special.gamma(1 - x) * Math.sin(Math.PI * x);
            Tolerance.assertRelative(g, Math.PI, 2 * DIRECT * 3 * EPS + 3 * EPS, "reflection at " + x);
            // the same on the negative axis through gamma's own reflection: Gamma(-x) = -pi / (x sin(pi x) Gamma(x))
            double neg = -Math.PI / (x * Math.sin(Math.PI * x) * Special.gamma(x));
            Tolerance.assertRelative(Special.gamma(-x), neg, 2 * DIRECT * 3 * EPS + 4 * EPS, "Gamma(-x) at " + x);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void digammaAndTrigammaRecurrences(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            double x = grid(logUniform(r, 1e-3, 1e4), 30);
            double p0 = Special.digamma(x);
            double p1 = Special.digamma(x + 1);
            // absolute error of psi(x) is at most C eps (|psi(x)| + x psi'(x)) (value plus conditioning)
            double bound = DIRECT
                    * EPS
                    * (Math.abs(p0)
                            + Math.abs(p1)
                            + x * Special.trigamma(x)
                            + (x + 1) * Special.trigamma(x + 1)
                            + 1 / x);
            Tolerance.assertWithin(p1 - p0, 1 / x, bound, "digamma recurrence at " + x);
            double t0 = Special.trigamma(x);
            double t1 = Special.trigamma(x + 1);
            // psi'(x) - psi'(x+1) = 1/x^2; cond of psi' is about 2 on (0, inf)
            Tolerance.assertWithin(t0 - t1, 1 / (x * x), DIRECT * 3 * EPS * (t0 + t1), "trigamma at " + x);
        }
    }

    /** Shape in [1e-3, 1e6] log-uniform, x around the bulk (a + z sqrt(a)) or in a tail. */
    static double[] shapeAndPoint(SplittableRandom r) {
        double a = logUniform(r, 1e-3, 1e6);
        double x = switch (r.nextInt(3)) {
            case 0 -> Math.max(1e-300, a + r.nextDouble(-3, 3) * Math.sqrt(a));
            case 1 -> a * logUniform(r, 1e-3, 1);
            default -> a * logUniform(r, 1, 30) + logUniform(r, 1e-3, 50);
        };
        return new double[] {a, x};
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lowerPlusUpperIsOne(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 40; i++) {
            double[] ax = shapeAndPoint(r);
            double a = ax[0];
            double x = ax[1];
            double p = Special.gammainc(a, x);
            double q = Special.gammaincc(a, x);
            assertTrue(p >= 0 && p <= 1 && q >= 0 && q <= 1, "P, Q in [0, 1] at a=" + a + " x=" + x);
            // |P + Q - 1| <= C eps (P + Q) + the shared conditioning x dP/dx eps (the only rounding the
            // methods put on their inputs is that of x/a - 1, i.e. an x perturbation of eps x)
            double xdens = x * Math.exp((a - 1) * Math.log(x) - x - Special.gammaln(a));
            Tolerance.assertWithin(
                    p + q,
                    1,
                    ITERATIVE * EPS * (1 + 2 * xdens * (1 + Math.abs(Math.log(x / a)))),
                    "P + Q at a=" + a + " x=" + x);
        }
    }

    /**
     * {@code log Q(a, x)} far beyond the doubles' tail, x log-uniform in [2^53 a, 1e300] (where
     * {@code x + 1 - a} no longer moves by 2 and the continued fraction must stop on rounding): Q =
     * {@code x^(a-1) e^-x / Gamma(a) (1 + (a - 1)/x + ...)}, so {@code log Q = -x + (a - 1) log x -
     * log Gamma(a)} up to {@code a/x < 2^-53}; the value is of size x, its rounding {@code eps x}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logUpperTailFarOut(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xfa7L);
        double a = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e6)));
        double x = Math.exp(r.nextDouble(Math.log(0x1p53 * Math.max(a, 1)), Math.log(1e300)));
        double expected = -x + ((a - 1) * Math.log(x) - Special.gammaln(a));
        Tolerance.assertWithin(
                Special.loggammaincc(a, x), expected, 2 * EPS * x, "loggammaincc(" + a + ", " + x + ") seed " + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void inverseRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 16; i++) {
            double a = logUniform(r, 1e-3, 1e6);
            double t = logUniform(r, 1e-300, 0.5);
            for (boolean upper : new boolean[] {false, true}) {
                double x = upper ? Special.gammainccinv(a, t) : Special.gammaincinv(a, t);
                assertTrue(x >= 0, "inverse >= 0 at a=" + a + " t=" + t);
                if (x < Double.MIN_NORMAL) {
                    continue; // the root underflows: nothing to round-trip
                }
                double back = upper ? Special.gammaincc(a, x) : Special.gammainc(a, x);
                // the root is a double: F(x) can differ from t by x F'(x) eps / 2 from rounding x, plus
                // the error of evaluating F there, C (1 + cond) eps with cond = x F'(x) / F
                // cond also counts a |log(x/a)|: the prefactor x^a e^-x / Gamma(a) is formed from a log x
                // in double, as the a-conditioning of F would allow
                double cond = x * Math.exp((a - 1) * Math.log(x) - x - Special.gammaln(a)) / t
                        + a * Math.abs(Math.log(x / a));
                Tolerance.assertRelative(
                        back,
                        t,
                        ITERATIVE * (1 + cond) * EPS,
                        (upper ? "Q" : "P") + "(a, inverse) at a=" + a + " t=" + t + " x=" + x);
            }
        }
    }

    @Test
    void specialValuesAndDomain() {
        assertEquals(1, Special.gamma(1));
        assertEquals(1, Special.gamma(2));
        assertEquals(120, Special.gamma(6), 1e-13);
        assertEquals(Math.sqrt(Math.PI), Special.gamma(0.5), 4e-16);
        assertEquals(0, Special.gammaln(1));
        assertEquals(0, Special.gammaln(2));
        assertEquals(Double.POSITIVE_INFINITY, Special.gamma(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, Special.gamma(-0.0));
        assertTrue(Double.isNaN(Special.gamma(-3)));
        assertEquals(Double.POSITIVE_INFINITY, Special.gamma(172));
        assertEquals(Double.POSITIVE_INFINITY, Special.gammaln(-2));
        assertEquals(Double.POSITIVE_INFINITY, Special.gammaln(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(Special.digamma(0)));
        assertTrue(Double.isNaN(Special.digamma(-4)));
        assertEquals(Double.POSITIVE_INFINITY, Special.trigamma(-4));
        assertEquals(-0.5772156649015329, Special.digamma(1), 1e-16);
        assertEquals(Math.PI * Math.PI / 6, Special.trigamma(1), 4e-16);
        for (double nan : new double[] {Double.NaN}) {
            assertTrue(Double.isNaN(Special.gammaln(nan)));
            assertTrue(Double.isNaN(Special.gamma(nan)));
            assertTrue(Double.isNaN(Special.digamma(nan)));
            assertTrue(Double.isNaN(Special.trigamma(nan)));
            assertTrue(Double.isNaN(Special.gammainc(nan, 1)));
            assertTrue(Double.isNaN(Special.gammaincc(1, nan)));
            assertTrue(Double.isNaN(Special.gammaincinv(nan, 0.5)));
            assertTrue(Double.isNaN(Special.gammainccinv(1, nan)));
        }
        // domain: a <= 0, x < 0, probabilities outside [0, 1]
        assertTrue(Double.isNaN(Special.gammainc(0, 1)));
        assertTrue(Double.isNaN(Special.gammaincc(-1, 1)));
        assertTrue(Double.isNaN(Special.gammainc(1, -1)));
        assertTrue(Double.isNaN(Special.gammaincinv(1, 1.5)));
        assertTrue(Double.isNaN(Special.gammainccinv(1, -0.1)));
        assertTrue(Double.isNaN(Special.gammaincinv(-1, 0.5)));
        // limits
        assertEquals(0, Special.gammainc(2, 0));
        assertEquals(1, Special.gammaincc(2, 0));
        assertEquals(1, Special.gammainc(2, Double.POSITIVE_INFINITY));
        assertEquals(0, Special.gammaincc(2, Double.POSITIVE_INFINITY));
        assertEquals(0, Special.gammaincinv(2, 0));
        assertEquals(Double.POSITIVE_INFINITY, Special.gammaincinv(2, 1));
        assertEquals(Double.POSITIVE_INFINITY, Special.gammainccinv(2, 0));
        assertEquals(0, Special.gammainccinv(2, 1));
        // Q(1, x) = exp(-x) exactly in closed form
        Tolerance.assertRelative(Special.gammaincc(1, 700), Math.exp(-700), 4 * EPS * 700, "Q(1, 700)");
    }
}

package jnum.suites.special;

import static jnum.suites.special.GammaProperties.logUniform;
import static jnum.testkit.Tolerance.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.special.Special;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Identities of the beta family over seeded random arguments; bounds as in {@link GammaProperties}. */
class BetaProperties {
    private static final double ITERATIVE = SpecialReferenceTest.ITERATIVE;

    /** x d/dx I_x(a, b) = x^a (1-x)^(b-1) / B(a, b), the x-conditioning of I times I. */
    static double xDensity(double x, double a, double b) {
        return Math.exp(a * Math.log(x) + (b - 1) * Math.log1p(-x) - Special.betaln(a, b));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetryAndComplement(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 40; i++) {
            double a = logUniform(r, 1e-3, 1e6);
            double b = logUniform(r, 1e-3, 1e6);
            double x = GammaProperties.grid(r.nextDouble(), 52); // 1 - x exact
            if (x == 0) {
                continue;
            }
            double i1 = Special.betainc(a, b, x);
            double c1 = Special.betaincc(a, b, x);
            double i2 = Special.betainc(b, a, 1 - x);
            assertTrue(i1 >= 0 && i1 <= 1 && c1 >= 0 && c1 <= 1, "range at " + x + ", " + a + ", " + b);
            // both sides of each identity carry C (1 + cond) eps relative error; cond * value is the
            // x-conditioning x I' (plus the parameter conditioning of the same order, counted twice)
            double slack = ITERATIVE * EPS * (1 + 2 * xDensity(x, a, b) * (1 + Math.abs(Math.log(x))));
            if (Math.min(i1, c1) > 1e-3) {
                Tolerance.assertWithin(i1 + c1, 1, slack, "I + (1 - I) at x=" + x + " a=" + a + " b=" + b);
                Tolerance.assertWithin(i1 + i2, 1, slack, "I_x(a,b) + I_1-x(b,a) at x=" + x + " a=" + a + " b=" + b);
            }
            // the complement is I_{1-x}(b, a) computed the other way round: equal to relative accuracy
            Tolerance.assertRelative(
                    c1,
                    i2,
                    2
                            * ITERATIVE
                            * EPS
                            * (1
                                    + 2
                                            * xDensity(x, a, b)
                                            * (1 + Math.abs(Math.log(x)))
                                            / Math.max(c1, Double.MIN_NORMAL)),
                    "1 - I_x(a,b) vs I_1-x(b,a) at x=" + x + " a=" + a + " b=" + b);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void inverseRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            double a = logUniform(r, 1e-3, 1e6);
            double b = logUniform(r, 1e-3, 1e6);
            double t = logUniform(r, 1e-300, 0.5);
            for (boolean upper : new boolean[] {false, true}) {
                double x = upper ? Special.betainccinv(a, b, t) : Special.betaincinv(a, b, t);
                assertTrue(x >= 0 && x <= 1, "inverse in [0, 1] at a=" + a + " b=" + b + " t=" + t);
                if (x < Double.MIN_NORMAL || x == 1) {
                    continue; // the root underflows or rounds to 1: nothing to round-trip
                }
                double back = upper ? Special.betaincc(a, b, x) : Special.betainc(a, b, x);
                // x is a double: F(x) may differ from t by x F' eps/2 (and (1-x) F' eps/2 near 1), plus
                // the error of F itself, C (1 + cond) eps with cond = x F' / F
                double cond = xDensity(x, a, b) / (1 - x) / t * (1 + Math.abs(Math.log(x)));
                Tolerance.assertRelative(
                        back,
                        t,
                        ITERATIVE * (1 + cond) * EPS,
                        (upper ? "1 - I" : "I") + " round trip at a=" + a + " b=" + b + " t=" + t + " x=" + x);
            }
        }
    }

    @Test
    void specialValuesAndDomain() {
        assertEquals(0.5, Special.betainc(3, 3, 0.5), 1e-16);
        assertEquals(0.25, Special.betainc(1, 1, 0.25), 1e-16); // uniform
        Tolerance.assertRelative(Special.betainc(2, 1, 0.3), 0.09, 4 * EPS, "I_x(2, 1) = x^2");
        Tolerance.assertRelative(Special.betaincc(1, 3, 0.3), Math.pow(0.7, 3), 8 * EPS, "1 - I_x(1, 3) = (1-x)^3");
        Tolerance.assertRelative(Special.beta(2, 3), 1.0 / 12, 4 * EPS, "B(2, 3)");
        assertEquals(0, Special.betainc(2, 3, 0));
        assertEquals(1, Special.betainc(2, 3, 1));
        assertEquals(1, Special.betaincc(2, 3, 0));
        assertEquals(0, Special.betaincc(2, 3, 1));
        assertEquals(0, Special.betaincinv(2, 3, 0));
        assertEquals(1, Special.betaincinv(2, 3, 1));
        assertEquals(1, Special.betainccinv(2, 3, 0));
        assertEquals(0, Special.betainccinv(2, 3, 1));
        for (double[] bad : new double[][] {
            {0.5, 0, 1}, {0.5, 1, -1}, {-0.1, 1, 1}, {1.1, 1, 1}, {Double.NaN, 1, 1}, {0.5, Double.NaN, 1}
        }) {
            assertTrue(Double.isNaN(Special.betainc(bad[1], bad[2], bad[0])));
            assertTrue(Double.isNaN(Special.betaincc(bad[1], bad[2], bad[0])));
            assertTrue(Double.isNaN(Special.betaincinv(bad[1], bad[2], bad[0])));
            assertTrue(Double.isNaN(Special.betainccinv(bad[1], bad[2], bad[0])));
        }
        assertTrue(Double.isNaN(Special.betaln(0, 1)));
        assertTrue(Double.isNaN(Special.beta(1, -2)));
        assertEquals(Double.NEGATIVE_INFINITY, Special.betaln(2, Double.POSITIVE_INFINITY));
    }
}

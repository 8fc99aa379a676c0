package jnum.suites.special;

import static jnum.suites.special.GammaProperties.logUniform;
import static jnum.testkit.Tolerance.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.special.Special;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Identities of erf, the log helpers, the saddle-point terms, Bessel and Owen's T. */
class ErfAndHelpersProperties {
    private static final double DIRECT = SpecialReferenceTest.DIRECT;
    private static final double ITERATIVE = SpecialReferenceTest.ITERATIVE;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void erfIdentities(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 40; i++) {
            double x = r.nextDouble(-6, 6);
            // erf + erfc = 1 (absolute: each is within C eps of its value, and |erf| + erfc <= 3)
            Tolerance.assertWithin(Special.erf(x) + Special.erfc(x), 1, 3 * DIRECT * EPS, "erf + erfc at " + x);
            Tolerance.assertWithin(Special.erfc(-x), 2 - Special.erfc(x), 3 * DIRECT * EPS, "erfc(-x) at " + x);
            assertEquals(-Special.erf(x), Special.erf(-x), 0.0, "erf odd");
            // erfcx = exp(x^2) erfc where exp(x^2) is formed in the test: cond 2 x^2 for the exp
            if (x > -5) {
                Tolerance.assertRelative(
                        Special.erfcx(x),
                        Math.exp(x * x) * Special.erfc(x),
                        (2 * DIRECT + 2 * x * x + 2) * EPS,
                        "erfcx at " + x);
            }
            // inverses: p = erf(x) round trip in x; cond of erfinv at p is erf(x) / (x erf'(x))
            double q = logUniform(r, 1e-300, 2);
            double y = Special.erfcinv(q);
            double condQ = 1 + 2 * y * y; // |x erfc'(x) / erfc(x)| <= 2 x^2 + 1
            Tolerance.assertRelative(Special.erfc(y), q, ITERATIVE * condQ * EPS, "erfc(inverseErfc) at " + q);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logHelpers(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 40; i++) {
            double x = r.nextDouble(-50, 50);
            // softplus(x) - softplus(-x) = x (absolute error of each is C eps |value|)
            double s1 = Special.log1pexp(x);
            double s2 = Special.log1pexp(-x);
            Tolerance.assertWithin(s1 - s2, x, DIRECT * EPS * (s1 + s2), "log1pExp at " + x);
            // log1mExp(x) = log(1 - e^x): compare with log(-expm1(x)) for moderate x
            double neg = -logUniform(r, 1e-10, 30);
            Tolerance.assertRelative(
                    Special.log1mexp(neg),
                    Math.log(-Math.expm1(neg)),
                    DIRECT * EPS * (1 + 1 / Math.abs(Math.log(-Math.expm1(neg)))),
                    "log1mExp at " + neg);
            // logSumExp of shifted values: lse(x + c) = lse(x) + c, and it matches the naive sum
            double[] v = new double[1 + r.nextInt(9)];
            double naive = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = r.nextDouble(-20, 20);
                naive += Math.exp(v[k]);
            }
            double lse = Special.logsumexp(v);
            Tolerance.assertWithin(lse, Math.log(naive), DIRECT * EPS * (1 + Math.abs(lse)) * v.length, "logSumExp");
            double[] shifted = v.clone();
            for (int k = 0; k < v.length; k++) {
                shifted[k] += 1000;
            }
            Tolerance.assertWithin(
                    Special.logsumexp(shifted), lse + 1000, DIRECT * EPS * 1100 * v.length, "logSumExp shifted");
            // log1pmx(u) = log1p(u) - u where the latter does not cancel (|u| > 1)
            double u = r.nextDouble(1, 100);
            Tolerance.assertRelative(Special.log1pmx(u), Math.log1p(u) - u, DIRECT * 4 * EPS, "log1pmx at " + u);
            // bd0(x, np) = x log(x/np) + np - x and its symmetry-free form at well-separated points
            double a = logUniform(r, 1e-3, 1e6);
            double np = a * logUniform(r, 2, 100);
            double direct = a * Math.log(a / np) + np - a;
            Tolerance.assertRelative(Special.bd0(a, np), direct, DIRECT * 8 * EPS, "bd0 at " + a + ", " + np);
            // stirlingError(n) - stirlingError(n + 1) = (n + 1/2) log(1 + 1/n) - 1, for n where that
            // difference does not cancel much (n < 3)
            double n = r.nextDouble(0.05, 3);
            double diff = (n + 0.5) * Math.log1p(1 / n) - 1;
            Tolerance.assertWithin(
                    Special.stirlingError(n) - Special.stirlingError(n + 1),
                    diff,
                    DIRECT * EPS * (Special.stirlingError(n) + 1 + 2 * Math.abs(Math.log(n))),
                    "stirlingError at " + n);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void besselAndOwensT(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            double x = r.nextDouble(-700, 700);
            // scaled and unscaled agree: I0(x) = exp(|x|) i0e(x) (exp of an exact argument: 1 ulp,
            // amplified by nothing; cond of I0 is about |x| which the test shares)
            Tolerance.assertRelative(
                    Special.i0(x) * Math.exp(-Math.abs(x)), Special.i0e(x), (DIRECT + 4) * EPS, "i0 vs i0e at " + x);
            assertEquals(-Special.i1(x), Special.i1(-x), 0.0, "i1 odd");
            assertEquals(Special.i0(x), Special.i0(-x), 0.0, "i0 even");
            // Wronskian-free check: I0' = I1, by a central difference of i0 at moderate x
            double z = r.nextDouble(0.5, 30);
            double h = 0x1p-17;
            double deriv = (Special.i0(z + h) - Special.i0(z - h)) / (2 * h);
            // truncation h^2 I0^(3) / (6 I1) <= h^2 / 3 = 3e-11; rounding 2 C eps I0 / (2 h I1) <= 5e-10
            Tolerance.assertRelative(deriv, Special.i1(z), 1e-9, "I0' = I1 at " + z);
            // Owen's T: T(h, 1) = Phi(h) (1 - Phi(h)) / 2 and T(0, a) = atan(a) / (2 pi)
            double hh = r.nextDouble(0, 8);
            double q = 0.5 * Special.erfc(hh / Math.sqrt(2));
            Tolerance.assertRelative(
                    Special.owensT(hh, 1), 0.5 * q * (1 - q), ITERATIVE * (1 + hh * hh) * EPS, "T(h, 1) at " + hh);
            double a = r.nextDouble(-20, 20);
            Tolerance.assertRelative(
                    Special.owensT(0, a), Math.atan(a) / (2 * Math.PI), ITERATIVE * EPS, "T(0, a) at " + a);
            assertEquals(-Special.owensT(hh, a), Special.owensT(hh, -a), 0.0, "T odd in a");
            assertEquals(Special.owensT(hh, a), Special.owensT(-hh, a), 0.0, "T even in h");
        }
    }

    @Test
    void specialValuesAndDomain() {
        assertEquals(0, Special.erf(0));
        assertEquals(1, Special.erf(Double.POSITIVE_INFINITY));
        assertEquals(2, Special.erfc(Double.NEGATIVE_INFINITY));
        assertEquals(0, Special.erfc(30));
        assertEquals(0, Special.erfcx(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Special.erfcx(-30));
        assertEquals(Double.POSITIVE_INFINITY, Special.erfinv(1));
        assertEquals(Double.NEGATIVE_INFINITY, Special.erfinv(-1));
        assertEquals(Double.POSITIVE_INFINITY, Special.erfcinv(0));
        assertEquals(Double.NEGATIVE_INFINITY, Special.erfcinv(2));
        assertEquals(0, Special.erfcinv(1));
        assertTrue(Double.isNaN(Special.erfinv(1.5)));
        assertTrue(Double.isNaN(Special.erfcinv(-0.5)));
        assertTrue(Double.isNaN(Special.erf(Double.NaN)));
        assertTrue(Double.isNaN(Special.erfc(Double.NaN)));
        assertTrue(Double.isNaN(Special.erfcx(Double.NaN)));
        // the anchor: a standard normal's sf(30) = erfc(30 / sqrt 2) / 2 = 4.906713927148e-198;
        // the rounding of y = 30 / sqrt 2 alone costs cond * eps with cond = 2 y^2 + 1 = 901
        double y = 30 / Math.sqrt(2);
        Tolerance.assertRelative(
                0.5 * Special.erfc(y), 4.906713927148187e-198, (DIRECT + 2 * (2 * y * y + 1)) * EPS, "normal sf(30)");
        assertEquals(Double.NEGATIVE_INFINITY, Special.logsumexp(new double[0]));
        assertEquals(Double.POSITIVE_INFINITY, Special.logsumexp(new double[] {1, Double.POSITIVE_INFINITY}));
        assertTrue(Double.isNaN(Special.logsumexp(new double[] {1, Double.NaN})));
        assertThrows(NullPointerException.class, () -> Special.logsumexp(null));
        assertEquals(0, Special.xlogy(0, 0));
        assertEquals(0, Special.xlog1py(0, -1));
        assertTrue(Double.isNaN(Special.xlogy(0, Double.NaN)));
        assertTrue(Double.isNaN(Special.log1mexp(0.5)));
        assertEquals(Double.NEGATIVE_INFINITY, Special.log1mexp(0));
        assertEquals(Double.NEGATIVE_INFINITY, Special.log1pmx(-1));
        assertTrue(Double.isNaN(Special.log1pmx(-2)));
        assertEquals(Double.POSITIVE_INFINITY, Special.stirlingError(0));
        assertTrue(Double.isNaN(Special.stirlingError(-1)));
        assertEquals(7.0, Special.bd0(0, 7.0));
        assertEquals(0, Special.bd0(5, 5));
        assertTrue(Double.isNaN(Special.bd0(-1, 2)));
        assertEquals(1, Special.i0(0));
        assertEquals(0, Special.i1(0));
        assertEquals(Double.POSITIVE_INFINITY, Special.i0(800));
        assertTrue(Double.isNaN(Special.i0e(Double.NaN)));
        assertTrue(Double.isNaN(Special.owensT(Double.NaN, 1)));
        assertEquals(0, Special.owensT(1, 0));
    }
}

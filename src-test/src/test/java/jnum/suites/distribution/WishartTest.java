package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Wishart;
import jnum.stat.special.Special;
import jnum.testkit.MultivariateDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wishart: p = 1 is a Gamma, p = 2 against the closed form, Bartlett sampling moments. */
class WishartTest {
    /** {@code W_1(df, s)} is {@code s chi^2(df)} = Gamma(df/2, scale 2s). */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void orderOneIsAGamma(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double df = rng.nextDouble(0.5, 30);
        double s = Math.exp(rng.nextDouble(-2, 2));
        Wishart w = new Wishart(df, new double[][] {{s}});
        Gamma g = new Gamma(df / 2, 2 * s);
        for (int i = 0; i < 10; i++) {
            double x = s * df * Math.exp(rng.nextDouble(-3, 1.5));
            double expected = g.logPdf(x);
            Tolerance.assertWithin(
                    w.logPdf(new double[] {x}),
                    expected,
                    1e-13 * (1 + Math.abs(expected)) + 1e-14 * df,
                    w + " logPdf(" + x + ")");
        }
    }

    /**
     * p = 2 against {@code ((df-3)/2) log det X - tr(V^-1 X)/2 - df log 2 - (df/2) log det V
     * - log(pi)/2 - logGamma(df/2) - logGamma((df-1)/2)} with the 2 x 2 determinant and inverse
     * written out.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void orderTwoMatchesTheClosedForm(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double df = rng.nextDouble(1.5, 20);
        double a = Math.exp(rng.nextDouble(-1, 1));
        double c = Math.exp(rng.nextDouble(-1, 1));
        double b = rng.nextDouble(-0.9, 0.9) * Math.sqrt(a * c);
        Wishart w = new Wishart(df, new double[][] {{a, b}, {b, c}});
        for (int i = 0; i < 8; i++) {
            double[][] x = w.sampleMatrix(rng);
            double detV = a * c - b * b;
            double detX = x[0][0] * x[1][1] - x[0][1] * x[1][0];
            double tr = (c * x[0][0] - 2 * b * x[0][1] + a * x[1][1]) / detV;
            double expected = 0.5 * (df - 3) * Math.log(detX)
                    - 0.5 * tr
                    - df * Math.log(2)
                    - 0.5 * df * Math.log(detV)
                    - 0.5 * Math.log(Math.PI)
                    - Special.gammaln(df / 2)
                    - Special.gammaln((df - 1) / 2);
            Tolerance.assertWithin(w.logPdf(x), expected, 1e-12 * (1 + Math.abs(expected)), w + " logPdf");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void bartlettSampleMoments(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = 1 + rng.nextInt(3);
        double df = p - 1 + rng.nextDouble(0.5, 12);
        Wishart w = new Wishart(df, MultivariateNormalTest.spd(rng, p));
        MultivariateDistributionChecks.arguments(w);
        MultivariateDistributionChecks.sampleMoments(w, seed, 6_000);
    }

    @Test
    void outsideTheSupportAndBadParameters() {
        Wishart w = new Wishart(4, new double[][] {{1, 0}, {0, 1}});
        assertEquals(Double.NEGATIVE_INFINITY, w.logPdf(new double[][] {{1, 2}, {2, 1}}));
        assertEquals(Double.NEGATIVE_INFINITY, w.logPdf(new double[][] {{1, 0.5}, {0.4, 1}}));
        assertRejects("df <= p - 1", () -> new Wishart(0.9, new double[][] {{1, 0}, {0, 1}}), "df");
        assertRejects("scale", () -> new Wishart(3, new double[][] {{1, 2}, {2, 1}}), "scale");
        assertRejects("wrong order", () -> w.logPdf(new double[][] {{1}}), "order");
        assertRejects("ragged", () -> w.logPdf(new double[][] {{1, 0}, {0}}), "order");
    }

    /** NaN is NaN, not a point outside the support; infinite entries are outside the support. */
    @Test
    void nanAndInfiniteEntries() {
        Wishart w = new Wishart(4, new double[][] {{1, 0}, {0, 1}});
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        for (double[][] x : new double[][][] {{{nan, 0}, {0, 1}}, {{1, nan}, {nan, 1}}, {{1, 0}, {nan, 1}}}) {
            assertEquals(nan, w.logPdf(x), java.util.Arrays.deepToString(x));
        }
        assertEquals(Double.NEGATIVE_INFINITY, w.logPdf(new double[][] {{inf, 0}, {0, 1}}));
        assertEquals(Double.NEGATIVE_INFINITY, w.logPdf(new double[][] {{1, inf}, {inf, 1}}));
        assertEquals(Double.NEGATIVE_INFINITY, w.logPdf(new double[][] {{0, 0}, {0, 1}}));
        assertEquals(0.0, w.pdf(new double[] {-1, 0, 0, 1}));
    }
}

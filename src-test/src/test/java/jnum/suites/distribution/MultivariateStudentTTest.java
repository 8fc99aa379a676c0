package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.MultivariateNormal;
import jnum.stat.distribution.MultivariateStudentT;
import jnum.stat.distribution.StudentT;
import jnum.testkit.KolmogorovSmirnov;
import jnum.testkit.MultivariateDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MultivariateStudentT: the univariate t, the normal limit, sampling, undefined moments. */
class MultivariateStudentTTest {
    /** In one dimension it is a location-scale univariate t: {@code t((x - m)/s) / s}. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void oneDimensionIsTheUnivariateT(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double df = Math.exp(rng.nextDouble(-1, 4));
        double m = rng.nextDouble(-3, 3);
        double s = Math.exp(rng.nextDouble(-2, 2));
        MultivariateStudentT d = new MultivariateStudentT(new double[] {m}, new double[][] {{s * s}}, df);
        StudentT t = new StudentT(df);
        for (int i = 0; i < 10; i++) {
            double x = m + s * rng.nextDouble(-20, 20);
            double expected = t.logPdf((x - m) / s) - Math.log(s);
            Tolerance.assertWithin(
                    d.logPdf(new double[] {x}), expected, 1e-13 * (1 + Math.abs(expected)), d + " logPdf(" + x + ")");
        }
    }

    /**
     * As df grows the density tends to the normal one; at df = 1e8 they differ by
     * {@code O((q^2 + d^2) / df)}, below 1e-6 for the points used.
     */
    @Test
    void largeDegreesOfFreedomApproachTheNormal() {
        double[] mu = {1, 2};
        double[][] s = {{2, 0.3}, {0.3, 0.5}};
        MultivariateStudentT t = new MultivariateStudentT(mu, s, 1e8);
        MultivariateNormal n = new MultivariateNormal(mu, s);
        for (double[] x : new double[][] {{1, 2}, {0, 3}, {3, 1.5}}) {
            Tolerance.assertWithin(t.logPdf(x), n.logPdf(x), 1e-6, "logPdf at large df");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sampleMomentsAndMarginal(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int dim = 1 + rng.nextInt(3);
        double[] mu = new double[dim];
        for (int i = 0; i < dim; i++) {
            mu[i] = rng.nextDouble(-3, 3);
        }
        double df = rng.nextDouble(9, 30); // finite fourth moments for the covariance's error bars
        MultivariateStudentT d = new MultivariateStudentT(mu, MultivariateNormalTest.spd(rng, dim), df);
        MultivariateDistributionChecks.arguments(d);
        MultivariateDistributionChecks.sampleMoments(d, seed, 6_000);
        double[][] xs = d.sample(new SplittableRandom(seed ^ 0x7D), 2000);
        double scale = Math.sqrt(d.covariance()[0][0] * (df - 2) / df);
        double[] first = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            first[i] = (xs[i][0] - mu[0]) / scale;
        }
        double p = KolmogorovSmirnov.test(first, new StudentT(df)::cdf).pValue();
        assertTrue(p > 1e-6, "marginal KS p = " + p + " (seed " + seed + ")");
    }

    @Test
    void momentsThatDoNotExist() {
        double[][] s = {{1, 0.5}, {0.5, 1}};
        MultivariateStudentT cauchy = new MultivariateStudentT(new double[] {0, 0}, s, 1);
        assertTrue(Double.isNaN(cauchy.mean()[0]));
        assertTrue(Double.isNaN(cauchy.covariance()[0][0]));
        MultivariateStudentT t15 = new MultivariateStudentT(new double[] {0, 0}, s, 1.5);
        assertEquals(0.0, t15.mean()[1]);
        assertEquals(Double.POSITIVE_INFINITY, t15.covariance()[1][1]);
        assertTrue(Double.isNaN(t15.covariance()[0][1]));
    }

    @Test
    void rejectsBadParametersNamingThem() {
        double[][] s = {{1}};
        for (double df : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("df = " + df, () -> new MultivariateStudentT(new double[] {0}, s, df), "df");
        }
        assertRejects(
                "scale not PD",
                () -> new MultivariateStudentT(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}, 3),
                "pivot");
        assertRejects("sizes", () -> new MultivariateStudentT(new double[] {0, 0}, s, 3), "location");
    }
}

package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.MultivariateNormal;
import jnum.stat.distribution.Normal;
import jnum.testkit.KolmogorovSmirnov;
import jnum.testkit.MultivariateDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MultivariateNormal: densities against independent formulas, sampling, marginals, errors. */
class MultivariateNormalTest {
    /** A random d x d SPD matrix {@code B B^T + d I / 4}. */
    static double[][] spd(SplittableRandom rng, int d) {
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = rng.nextDouble(-1, 1);
            }
        }
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = i == j ? d / 4.0 : 0;
                for (int k = 0; k < d; k++) {
                    s += b[i][k] * b[j][k];
                }
                a[i][j] = s;
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                a[j][i] = a[i][j];
            }
        }
        return a;
    }

    /**
     * Two dimensions against the closed form with {@code det = ac - b^2} and the explicit inverse;
     * correlations up to 0.95 (condition number below 40), so 1e-13 (1 + |log pdf|) holds.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void twoDimensionalDensityMatchesClosedForm(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double a = Math.exp(rng.nextDouble(-3, 3));
        double c = Math.exp(rng.nextDouble(-3, 3));
        double b = rng.nextDouble(-0.95, 0.95) * Math.sqrt(a * c);
        double[] mu = {rng.nextDouble(-5, 5), rng.nextDouble(-5, 5)};
        MultivariateNormal d = new MultivariateNormal(mu, new double[][] {{a, b}, {b, c}});
        for (int t = 0; t < 10; t++) {
            double x = mu[0] + rng.nextDouble(-4, 4) * Math.sqrt(a);
            double y = mu[1] + rng.nextDouble(-4, 4) * Math.sqrt(c);
            double det = a * c - b * b;
            double dx = x - mu[0];
            double dy = y - mu[1];
            double q = (c * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
            double expected = -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * q;
            Tolerance.assertWithin(
                    d.logPdf(new double[] {x, y}),
                    expected,
                    1e-13 * (1 + Math.abs(expected)),
                    d + " logPdf at (" + x + ", " + y + ")");
        }
    }

    /** A diagonal covariance factorizes into univariate normal densities. */
    @Test
    void diagonalCovarianceIsAProductOfNormals() {
        double[] mu = {1, -2, 0.5, 3};
        double[] sd = {0.5, 2, 1, 0.01};
        double[][] cov = new double[4][4];
        for (int i = 0; i < 4; i++) {
            cov[i][i] = sd[i] * sd[i];
        }
        MultivariateNormal d = new MultivariateNormal(mu, cov);
        double[] x = {1.3, -5, 0.2, 3.02};
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            expected += new Normal(mu[i], sd[i]).logPdf(x[i]);
        }
        Tolerance.assertWithin(d.logPdf(x), expected, 1e-13 * (1 + Math.abs(expected)), "logPdf");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sampleMomentsAndMarginal(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int dim = 1 + rng.nextInt(4);
        double[] mu = new double[dim];
        for (int i = 0; i < dim; i++) {
            mu[i] = rng.nextDouble(-3, 3);
        }
        MultivariateNormal d = new MultivariateNormal(mu, spd(rng, dim));
        MultivariateDistributionChecks.arguments(d);
        MultivariateDistributionChecks.sampleMoments(d, seed, 6_000);
        // the last coordinate is N(mu, S_dd): Kolmogorov-Smirnov not rejected at 1e-6
        double[][] xs = d.sample(new SplittableRandom(seed ^ 0x4B), 2000);
        double[] last = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            last[i] = xs[i][dim - 1];
        }
        Normal marginal = new Normal(mu[dim - 1], Math.sqrt(d.covariance()[dim - 1][dim - 1]));
        double p = KolmogorovSmirnov.test(last, marginal::cdf).pValue();
        assertTrue(p > 1e-6, "marginal KS p = " + p + " (seed " + seed + ")");
    }

    @Test
    void acceptsVecAndDenseAsWellAsArrays() {
        double[] mu = {1, -2};
        double[][] cov = {{2, 0.5}, {0.5, 1}};
        MultivariateNormal arrays = new MultivariateNormal(mu, cov);
        MultivariateNormal mat = new MultivariateNormal(jnum.mat.Vec.of(mu), jnum.mat.Dense.of(cov));
        double[] x = {0.3, -1.1};
        assertEquals(arrays.logPdf(x), mat.logPdf(x));
        assertEquals(arrays.logPdf(x), mat.logPdf(jnum.mat.Vec.of(x)));
        // log N(x; mu, S) = -(2 log 2 pi + log det S + r^T S^-1 r) / 2, det S = 1.75
        double r0 = x[0] - mu[0];
        double r1 = x[1] - mu[1];
        double q = (r0 * r0 * 1 - 2 * r0 * r1 * 0.5 + r1 * r1 * 2) / 1.75;
        assertEquals(-(2 * Math.log(2 * Math.PI) + Math.log(1.75) + q) / 2, mat.logPdf(x), 1e-14);
    }

    @Test
    void rejectsBadParametersNamingThem() {
        IllegalArgumentException e = assertRejects(
                "not positive definite",
                () -> new MultivariateNormal(new double[] {0, 0, 0}, new double[][] {{1, 0, 0}, {0, 1, 2}, {0, 2, 1}}),
                "pivot");
        assertTrue(e.getMessage().contains("pivot 2") && e.getMessage().contains("positive definite"), e.getMessage());
        assertRejects(
                "asymmetric",
                () -> new MultivariateNormal(new double[] {0, 0}, new double[][] {{1, 0.5}, {0.4, 1}}),
                "symmetric");
        assertRejects(
                "not square",
                () -> new MultivariateNormal(new double[] {0, 0}, new double[][] {{1, 0}, {0}}),
                "square");
        assertRejects(
                "sizes", () -> new MultivariateNormal(new double[] {0, 0, 0}, new double[][] {{1, 0}, {0, 1}}), "mean");
        assertRejects(
                "NaN mean", () -> new MultivariateNormal(new double[] {Double.NaN}, new double[][] {{1}}), "mean");
        assertRejects("empty", () -> new MultivariateNormal(new double[0], new double[0][]), "mean");
    }
}

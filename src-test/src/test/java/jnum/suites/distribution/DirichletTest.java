package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Dirichlet;
import jnum.testkit.KolmogorovSmirnov;
import jnum.testkit.MultivariateDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dirichlet: two dimensions are a Beta, marginals are Betas, sampling (also tiny alpha). */
class DirichletTest {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void twoDimensionsAreABeta(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double a = Math.exp(rng.nextDouble(-2, 3));
        double b = Math.exp(rng.nextDouble(-2, 3));
        Dirichlet d = new Dirichlet(new double[] {a, b});
        Beta beta = new Beta(a, b);
        for (int i = 0; i < 10; i++) {
            double x = rng.nextDouble(0.01, 0.99);
            double expected = beta.logPdf(x);
            Tolerance.assertWithin(
                    d.logPdf(new double[] {x, 1 - x}),
                    expected,
                    1e-13 * (1 + Math.abs(expected)) + 4 * Tolerance.EPS * (Math.abs(a - 1) + Math.abs(b - 1)),
                    d + " logPdf(" + x + ")");
        }
    }

    /** Moments and the first marginal, Beta(alpha_0, sum - alpha_0), by Kolmogorov-Smirnov. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sampleMomentsAndBetaMarginal(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int dim = 2 + rng.nextInt(4);
        double[] alpha = new double[dim];
        double sum = 0;
        for (int i = 0; i < dim; i++) {
            alpha[i] = Math.exp(rng.nextDouble(-1.5, 2.5));
            sum += alpha[i];
        }
        Dirichlet d = new Dirichlet(alpha);
        MultivariateDistributionChecks.arguments(d);
        MultivariateDistributionChecks.sampleMoments(d, seed, 6_000);
        double[][] xs = d.sample(new SplittableRandom(seed ^ 0xD1), 2000);
        double[] first = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            first[i] = xs[i][0];
        }
        double p = KolmogorovSmirnov.test(first, new Beta(alpha[0], sum - alpha[0])::cdf)
                .pValue();
        assertTrue(p > 1e-6, "marginal KS p = " + p + " (seed " + seed + ")");
    }

    /** Concentrations of 1e-3: gamma draws underflow, yet every draw is a point of the simplex. */
    @Test
    void tinyConcentrationsStillGivePointsOfTheSimplex() {
        Dirichlet d = new Dirichlet(new double[] {1e-3, 1e-3, 1e-3});
        for (double[] x : d.sample(new SplittableRandom(3), 2000)) {
            double s = 0;
            for (double v : x) {
                assertTrue(v >= 0 && v <= 1, "coordinate " + v);
                s += v;
            }
            Tolerance.assertWithin(s, 1, 4 * Tolerance.EPS, "sum of a draw");
        }
    }

    @Test
    void offTheSimplexAndOnItsBoundary() {
        Dirichlet d = new Dirichlet(new double[] {2, 0.5, 1});
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {0.5, 0.6, -0.1}));
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {0.5, 0.5, 0.1}));
        assertEquals(Double.POSITIVE_INFINITY, d.logPdf(new double[] {0.5, 0, 0.5}));
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {0, 0.5, 0.5}));
        assertTrue(Double.isFinite(d.logPdf(new double[] {0.5, 0.5, 0})));
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("one entry", () -> new Dirichlet(new double[] {1}), "alpha");
        assertRejects("zero", () -> new Dirichlet(new double[] {1, 0}), "alpha");
        assertRejects("NaN", () -> new Dirichlet(new double[] {1, Double.NaN}), "alpha");
    }
}

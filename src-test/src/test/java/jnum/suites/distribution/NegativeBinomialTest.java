package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.stat.distribution.NegativeBinomial;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NegativeBinomial: reference values, the discrete driver, the profile-likelihood fit. */
class NegativeBinomialTest {
    static Stream<NegativeBinomial> grid() {
        return Stream.of(
                new NegativeBinomial(0.5, 0.9),
                new NegativeBinomial(1, 0.5),
                new NegativeBinomial(5, 0.3),
                new NegativeBinomial(100, 0.99),
                new NegativeBinomial(0.05, 0.2),
                new NegativeBinomial(2.5, 1),
                new NegativeBinomial(1e6, 0.5),
                new NegativeBinomial(30, 0.02));
    }

    @Test
    void referenceValues() {
        DiscreteReferenceRows.assertAccurate(ReferenceValues.of("NegativeBinomial"));
    }

    @Test
    void extremeParametersAgainstMpmath() {
        DiscreteReferenceRows.assertAccurate(DiscreteReferenceRows.extremes("NegativeBinomial"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(NegativeBinomial d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        NegativeBinomial[] g = grid().toArray(NegativeBinomial[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    private static double logLikelihood(NegativeBinomial d, long[] xs) {
        double s = 0;
        for (long x : xs) {
            s += d.logPmf(x);
        }
        return s;
    }

    /**
     * The fit maximizes the likelihood: its p is {@code r/(r + mean)} (the stationary point in p),
     * and moving r by a relative 1e-3 either way (with p re-optimized) lowers the log-likelihood.
     * It also lands near the true r (within a factor 1.5 for 3000 draws of moderate dispersion).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void fitIsTheMaximumLikelihood(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double r = Math.exp(rng.nextDouble(-1, 3));
        double p = rng.nextDouble(0.05, 0.7);
        long[] xs = new NegativeBinomial(r, p).sample(rng, 3000);
        NegativeBinomial fit;
        try {
            fit = NegativeBinomial.fit(xs);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("variance"), e.getMessage());
            return; // an under-dispersed sample (possible for large r): no finite maximum
        }
        double mean = 0;
        for (long x : xs) {
            mean += x;
        }
        mean /= xs.length;
        Tolerance.assertRelative(fit.p(), fit.r() / (fit.r() + mean), 4 * Tolerance.EPS, "p = r/(r + mean)");
        double best = logLikelihood(fit, xs);
        for (double f : new double[] {1 - 1e-3, 1 + 1e-3}) {
            double r2 = fit.r() * f;
            double other = logLikelihood(new NegativeBinomial(r2, r2 / (r2 + mean)), xs);
            assertTrue(
                    other < best,
                    "log-likelihood at r * " + f + " = " + other + " >= " + best + " at the fit " + fit + " (seed "
                            + seed + ")");
        }
        assertTrue(
                fit.r() > r / 1.5 && fit.r() < r * 1.5,
                "fitted r = " + fit.r() + " vs true " + r + " (seed " + seed + ")");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        for (double r : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("NegativeBinomial(" + r + ", 0.5)", () -> new NegativeBinomial(r, 0.5), "r");
        }
        for (double p : new double[] {0, -0.1, 1.1, Double.NaN}) {
            assertRejects("NegativeBinomial(1, " + p + ")", () -> new NegativeBinomial(1, p), "p");
        }
        assertRejects("fit({3})", () -> NegativeBinomial.fit(new long[] {3}), "observations");
        assertRejects("fit(negative)", () -> NegativeBinomial.fit(new long[] {3, -1}), "count");
        assertRejects("fit(zeros)", () -> NegativeBinomial.fit(new long[] {0, 0, 0}), "observations");
        assertRejects("fit(-1.0)", () -> NegativeBinomial.fit(new double[] {1, -1}), "observation");
        assertEquals(
                NegativeBinomial.fit(new long[] {0, 1, 7, 2, 0, 12}),
                NegativeBinomial.fit(new double[] {0, 1, 7, 2, 0, 12}),
                "fit(double[]) = fit(long[])");
        assertRejects("fit(under-dispersed)", () -> NegativeBinomial.fit(new long[] {3, 3, 4, 3, 4}), "variance");
    }
}

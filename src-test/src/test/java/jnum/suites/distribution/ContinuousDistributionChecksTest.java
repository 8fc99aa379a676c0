package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Support;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.KolmogorovSmirnov;
import jnum.testkit.Quadrature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * The property driver itself: it passes a correct closed-form distribution (a standard logistic
 * written here, independent of the library) and fails each of several deliberately broken ones.
 */
class ContinuousDistributionChecksTest {

    /** Standard logistic, closed forms with log1p/expm1 care; {@code bug} selects a defect. */
    record TestLogistic(String bug) implements ContinuousDistribution {
        public double pdf(double x) {
            double e = Math.exp(-Math.abs(x));
            double f = e / ((1 + e) * (1 + e));
            return bug.equals("pdf") ? f * (1 + 1e-7) : f;
        }

        public double logPdf(double x) {
            return bug.equals("logPdf") ? Math.log(pdf(x)) + 1e-9 : Math.log(pdf(x));
        }

        public double cdf(double x) {
            if (Double.isNaN(x)) {
                return x;
            }
            return x < 0 ? Math.exp(x) / (1 + Math.exp(x)) : 1 / (1 + Math.exp(-x));
        }

        public double logCdf(double x) {
            return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
        }

        public double survival(double x) {
            return bug.equals("survival") ? 1 - cdf(x) : cdf(-x);
        }

        public double logSurvival(double x) {
            return logCdf(-x);
        }

        public double quantile(double p) {
            if (!(p >= 0 && p <= 1)) {
                return Double.NaN;
            }
            return Math.log(p) - Math.log1p(-p);
        }

        public double inverseSurvival(double q) {
            if (!(q >= 0 && q <= 1)) {
                return Double.NaN;
            }
            return Math.log1p(-q) - Math.log(q);
        }

        public double mean() {
            return 0;
        }

        public double variance() {
            return bug.equals("variance") ? 3.0 : Math.PI * Math.PI / 3;
        }

        public double skewness() {
            return 0;
        }

        public double kurtosis() {
            return 1.2;
        }

        public double entropy() {
            return 2;
        }

        public Support support() {
            return Support.REAL_LINE;
        }

        public double sample(RandomGenerator rng) {
            double u = rng.nextDouble();
            double x = Math.log(u) - Math.log1p(-u);
            return bug.equals("sample") ? x * 1.5 : x;
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void passesACorrectDistribution(long seed) {
        ContinuousDistributionChecks.of(new TestLogistic("")).all(seed);
    }

    @Test
    void catchesAWrongPdf() {
        var c = ContinuousDistributionChecks.of(new TestLogistic("pdf"));
        assertThrows(AssertionFailedError.class, () -> c.pdfIsDerivativeOfCdf(1));
        assertThrows(AssertionFailedError.class, c::pdfIntegratesToOne);
    }

    @Test
    void catchesSurvivalAsOneMinusCdf() {
        var c = ContinuousDistributionChecks.of(new TestLogistic("survival"));
        assertThrows(AssertionFailedError.class, () -> c.inverseSurvivalRoundTrip(1));
    }

    @Test
    void catchesAWrongLogPdf() {
        var c = ContinuousDistributionChecks.of(new TestLogistic("logPdf"));
        assertThrows(AssertionFailedError.class, () -> c.logFunctions(1));
    }

    @Test
    void catchesAWrongVarianceAndABiasedSampler() {
        assertThrows(
                AssertionFailedError.class,
                () -> ContinuousDistributionChecks.of(new TestLogistic("variance"))
                        .sampleMoments(1));
        assertThrows(
                AssertionFailedError.class,
                () -> ContinuousDistributionChecks.of(new TestLogistic("sample"))
                        .kolmogorovSmirnov(1));
    }

    @Test
    void quadratureIsExactForPolynomialsAndAccurateForSmoothFunctions() {
        // Kronrod-15 integrates polynomials of degree <= 22 exactly on one interval.
        var r = Quadrature.integrate(x -> Math.pow(x, 10), -1, 2, 0, 1e-15, 50);
        assertEquals((Math.pow(2, 11) + 1) / 11, r.value(), 1e-12);
        var e = Quadrature.integrate(Math::exp, 0, 30, 0, 1e-14, 200);
        assertEquals(Math.expm1(30), e.value(), 1e-13 * Math.exp(30));
        assertTrue(e.error() < 1e-12 * Math.exp(30));
        var s = Quadrature.integrate(x -> 1 / Math.sqrt(x), 1e-12, 1, 0, 1e-10, 400);
        assertEquals(2 * (1 - 1e-6), s.value(), 1e-8);
    }

    @Test
    void kolmogorovDistribution() {
        // Known quantiles of Kolmogorov's distribution: P(K > 1.3581) = 0.05, P(K > 1.6276) = 0.01.
        assertEquals(0.05, KolmogorovSmirnov.kolmogorovSurvival(1.3581), 1e-4);
        assertEquals(0.01, KolmogorovSmirnov.kolmogorovSurvival(1.6276), 1e-4);
        // both series agree where they meet
        assertEquals(
                KolmogorovSmirnov.kolmogorovSurvival(Math.nextDown(1.0)),
                KolmogorovSmirnov.kolmogorovSurvival(1.0),
                1e-14);
        assertEquals(1.0, KolmogorovSmirnov.kolmogorovSurvival(0.1));
        assertThrows(IllegalArgumentException.class, () -> KolmogorovSmirnov.kolmogorovSurvival(-1));
        double[] uniform = new SplittableRandom(7).doubles(2000).toArray();
        assertTrue(KolmogorovSmirnov.test(uniform, x -> Math.min(1, Math.max(0, x)))
                        .pValue()
                > 1e-3);
        double[] shifted = new SplittableRandom(7).doubles(2000).map(u -> u * u).toArray();
        assertTrue(KolmogorovSmirnov.test(shifted, x -> Math.min(1, Math.max(0, x)))
                        .pValue()
                < 1e-6);
    }
}

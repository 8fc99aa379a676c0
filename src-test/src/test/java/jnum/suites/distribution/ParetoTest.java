package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.distribution.Pareto;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pareto: the shared properties over shapes 1e-3 .. 1e3, closed forms, infinite moments. */
class ParetoTest {
    static final List<Pareto> GRID = List.of(
            new Pareto(1, 3),
            new Pareto(2.5, 0.5),
            new Pareto(1e-3, 1e3),
            new Pareto(7, 0.7),
            new Pareto(1e5, 5.5),
            new Pareto(1, 1));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        for (Pareto d : GRID) {
            var c = ContinuousDistributionChecks.of(d);
            if (d.shape() >= 2) {
                c.all(seed);
                continue;
            }
            // shape < 2: pdf = a q^(1 + 1/a) / x_m is subnormal at tail probabilities 1e-200
            SuiteSupport.allButDerivative(c, seed);
        }
    }

    @Test
    void closedForms() {
        Pareto d = new Pareto(2, 3);
        // sf(x) = (2/x)^3, pdf = 3 * 8 / x^4
        Tolerance.assertRelative(d.survival(4), 0.125, 4e-16, "sf(4)");
        Tolerance.assertRelative(d.cdf(4), 0.875, 2e-16, "cdf(4)");
        Tolerance.assertRelative(d.pdf(4), 24.0 / 256, 4e-16, "pdf(4)");
        Tolerance.assertRelative(d.quantile(0.875), 4, 4e-16, "ppf");
        // x = x_m exp(-log(q) / a): the rounding of log(q) = -690.8 (and of the division) is amplified by
        // |log q| / a = 230 in the relative error of x, i.e. about 230 ulps
        Tolerance.assertRelative(d.inverseSurvival(1e-300), 2e100, 512 * Tolerance.EPS, "isf(1e-300)");
        Tolerance.assertRelative(d.mean(), 3.0, 2e-16, "mean");
        Tolerance.assertRelative(d.variance(), 4.0 * 3 / (4 * 1), 2e-16, "variance");
        assertEquals(Double.NaN, d.skewness());
        assertEquals(Double.NaN, d.kurtosis());
        // just above x_m the cdf is alpha (x - x_m) / x_m to first order: no cancellation
        double x = 2 * (1 + 0x1p-40);
        Tolerance.assertRelative(d.cdf(x), -Math.expm1(-3 * Math.log1p(0x1p-40)), 1e-15, "cdf near x_m");
        Pareto heavy = new Pareto(1, 0.5);
        assertEquals(Double.POSITIVE_INFINITY, heavy.mean());
        assertEquals(Double.POSITIVE_INFINITY, heavy.variance());
        Pareto light = new Pareto(1, 10);
        // skewness 2 (11)/7 sqrt(8/10), excess kurtosis 6 (1000 + 100 - 60 - 2) / (10 * 7 * 6)
        Tolerance.assertRelative(light.skewness(), 22.0 / 7 * Math.sqrt(0.8), 4e-16, "skewness");
        Tolerance.assertRelative(light.kurtosis(), 6.0 * 1038 / 420, 4e-16, "kurtosis");
    }

    /**
     * Shape 1e-3: quantiles overflow for tail probabilities below ~0.5 (x = x_m q^-1000), so the
     * shared driver cannot run; check the round trip where x is representable.
     */
    @Test
    void tinyShape() {
        Pareto d = new Pareto(7, 1e-3);
        for (double q : new double[] {0.999, 0.9, 0.7, 0.6}) {
            double x = d.inverseSurvival(q);
            // sf = exp(-a log(x / x_m)): relative error of sf is a * (relative error of x) + eps
            Tolerance.assertRelative(d.survival(x), q, 4 * Tolerance.EPS, "sf(isf(" + q + "))");
            Tolerance.assertRelative(d.quantile(1 - q), x, 1e-12, "ppf(1 - q) vs isf(q)");
        }
        Tolerance.assertRelative(d.logSurvival(1e300), -1e-3 * Math.log(1e300 / 7), 2e-16, "logSf");
        Tolerance.assertRelative(d.cdf(7 * Math.exp(1)), -Math.expm1(-1e-3), 4e-16, "cdf");
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Pareto(scale = 0)", () -> new Pareto(0, 1), "scale");
        assertRejects("Pareto(scale = NaN)", () -> new Pareto(Double.NaN, 1), "scale");
        assertRejects("Pareto(shape = -1)", () -> new Pareto(1, -1), "shape");
        assertRejects("Pareto(shape = inf)", () -> new Pareto(1, Double.POSITIVE_INFINITY), "shape");
        assertTrue(new Pareto(1, 2).support().lower() == 1);
    }
}

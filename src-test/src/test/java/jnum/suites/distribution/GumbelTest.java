package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jnum.stat.distribution.Gumbel;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Gumbel: the shared properties over a parameter grid, both tails, closed forms. */
class GumbelTest {
    static final List<Gumbel> GRID =
            List.of(new Gumbel(0, 1), new Gumbel(-4, 0.01), new Gumbel(1e4, 300), new Gumbel(0.5, 1e-3));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        for (Gumbel d : GRID) {
            ContinuousDistributionChecks.of(d).all(seed);
        }
    }

    @Test
    void tails() {
        Gumbel d = new Gumbel(0, 1);
        // upper tail: sf(x) = 1 - exp(-e^-x) ~ e^-x (1 - e^-x / 2)
        Tolerance.assertRelative(d.survival(40), Math.exp(-40) * (1 - Math.exp(-40) / 2), 2e-16, "sf(40)");
        assertEquals(-800, d.logSurvival(800), 0); // sf(800) underflows, its log does not
        // lower tail: cdf(-3) = exp(-e^3), logCdf = -e^3
        Tolerance.assertRelative(d.logCdf(-6), -Math.exp(6), 2e-16, "logCdf(-6)");
        Tolerance.assertRelative(d.inverseSurvival(1e-300), 690.7755278982137, 1e-15, "isf(1e-300)");
        Tolerance.assertRelative(d.quantile(1e-300), -Math.log(Math.log(1e300)), 1e-15, "ppf");
        assertEquals(0.0, d.pdf(-1000));
    }

    @Test
    void moments() {
        Gumbel d = new Gumbel(1, 2);
        Tolerance.assertRelative(d.mean(), 1 + 2 * 0.5772156649015329, 2e-16, "mean");
        Tolerance.assertRelative(d.variance(), 4 * Math.PI * Math.PI / 6, 2e-16, "variance");
        assertEquals(1.1395470994046487, d.skewness(), 2e-16);
        assertEquals(2.4, d.kurtosis());
        Tolerance.assertRelative(d.entropy(), Math.log(2) + 0.5772156649015329 + 1, 2e-16, "H");
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Gumbel(mu = NaN)", () -> new Gumbel(Double.NaN, 1), "mu");
        assertRejects("Gumbel(scale = 0)", () -> new Gumbel(0, 0), "scale");
        assertRejects("Gumbel(scale = -inf)", () -> new Gumbel(0, Double.NEGATIVE_INFINITY), "scale");
    }
}

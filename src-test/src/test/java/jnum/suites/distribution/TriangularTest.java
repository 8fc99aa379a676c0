package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jnum.stat.distribution.Triangular;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Triangular: the shared properties incl. the mode at either end, closed forms. */
class TriangularTest {
    static final List<Triangular> GRID = List.of(
            new Triangular(0, 0.5, 1),
            new Triangular(-2, 3, 10),
            new Triangular(0, 0, 1),
            new Triangular(1, 4, 4),
            new Triangular(100, 101, 1100));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        for (Triangular d : GRID) {
            ContinuousDistributionChecks.of(d).all(seed);
        }
    }

    @Test
    void closedForms() {
        Triangular d = new Triangular(0, 1, 4);
        assertEquals(0.5, d.pdf(1));
        assertEquals(0.0625, d.cdf(0.5), 1e-17); // 0.5^2 / (4 * 1)
        Tolerance.assertRelative(new Triangular(0, 0, 1).cdf(1e-10), 2e-10 - 1e-20, 2e-16, "c = a");
        Tolerance.assertRelative(d.survival(3), 1.0 / 12, 2e-16, "sf(3)");
        Tolerance.assertRelative(d.quantile(0.0625), 0.5, 2e-16, "ppf");
        Tolerance.assertRelative(d.inverseSurvival(1e-300), 4 - Math.sqrt(12e-300), 2e-16, "isf");
        Tolerance.assertRelative(d.mean(), 5.0 / 3, 2e-16, "mean");
        // (a^2 + b^2 + c^2 - ab - ac - bc) / 18 = (0 + 16 + 1 - 0 - 0 - 4) / 18
        Tolerance.assertRelative(d.variance(), 13.0 / 18, 2e-16, "variance");
        // sqrt 2 (a + b - 2c)(2a - b - c)(a - 2b + c) / (5 * 13^1.5) = sqrt2 * 2 * -5 * -7 / ...
        Tolerance.assertRelative(d.skewness(), Math.sqrt(2) * 70 / (5 * Math.pow(13, 1.5)), 4e-16, "skewness");
        assertEquals(-0.6, d.kurtosis());
        Tolerance.assertRelative(d.entropy(), 0.5 + Math.log(2), 2e-16, "entropy");
        assertEquals(0, new Triangular(-1, 0, 1).skewness(), 0);
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Triangular(lower = NaN)", () -> new Triangular(Double.NaN, 0, 1), "lower");
        assertRejects("Triangular(mode = 2)", () -> new Triangular(0, 2, 1), "mode");
        assertRejects("Triangular(mode = NaN)", () -> new Triangular(0, Double.NaN, 1), "mode");
        assertRejects("Triangular(1, 1, 1)", () -> new Triangular(1, 1, 1), "upper");
        assertRejects("Triangular(upper = inf)", () -> new Triangular(0, 0, Double.POSITIVE_INFINITY), "upper");
    }
}

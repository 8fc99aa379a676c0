package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.InverseGamma;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** InverseGamma: the shared properties over shapes 1e-3 .. 1e3, the map to Gamma, moments. */
class InverseGammaTest {
    static final List<InverseGamma> GRID = List.of(
            new InverseGamma(3, 2),
            new InverseGamma(0.5, 1),
            new InverseGamma(1e3, 5e2),
            new InverseGamma(0.05, 3),
            new InverseGamma(7.5, 1e-3));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        InverseGamma d = GRID.get((int) Long.remainderUnsigned(seed, GRID.size()));
        ContinuousDistributionChecks.of(d).all(seed);
    }

    /** P(X <= x) = P(Y >= beta / x) for Y ~ Gamma(alpha, 1), and the density transforms by y/x. */
    @Test
    void mapsToGamma() {
        InverseGamma d = new InverseGamma(2.5, 4);
        Gamma g = new Gamma(2.5, 1);
        for (double x : new double[] {0.01, 0.3, 1.7, 25, 1e4}) {
            double y = 4 / x;
            Tolerance.assertRelative(d.cdf(x), g.survival(y), 4e-16, "cdf(" + x + ")");
            Tolerance.assertRelative(d.survival(x), g.cdf(y), 4e-16, "sf(" + x + ")");
            Tolerance.assertRelative(d.pdf(x), g.pdf(y) * y / x, 1e-15, "pdf(" + x + ")");
        }
    }

    @Test
    void moments() {
        InverseGamma d = new InverseGamma(6, 10);
        Tolerance.assertRelative(d.mean(), 2, 2e-16, "mean");
        Tolerance.assertRelative(d.variance(), 1, 2e-16, "variance"); // 100 / (25 * 4)
        Tolerance.assertRelative(d.skewness(), 4 * 2 / 3.0, 2e-16, "skewness");
        Tolerance.assertRelative(d.kurtosis(), (180 - 66) / 6.0, 2e-16, "kurtosis");
        assertEquals(Double.POSITIVE_INFINITY, new InverseGamma(1, 1).mean());
        assertEquals(Double.POSITIVE_INFINITY, new InverseGamma(2, 1).variance());
        assertTrue(Double.isNaN(new InverseGamma(3, 1).skewness()));
        assertTrue(Double.isNaN(new InverseGamma(4, 1).kurtosis()));
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("InverseGamma(shape = 0)", () -> new InverseGamma(0, 1), "shape");
        assertRejects("InverseGamma(shape = NaN)", () -> new InverseGamma(Double.NaN, 1), "shape");
        assertRejects("InverseGamma(scale = -2)", () -> new InverseGamma(1, -2), "scale");
    }
}

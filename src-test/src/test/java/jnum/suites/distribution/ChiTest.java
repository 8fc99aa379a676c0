package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;

import java.util.List;
import jnum.stat.distribution.Chi;
import jnum.stat.distribution.ChiSquared;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chi: the shared properties over k 0.5 .. 1e6, the map to ChiSquared, moments vs mpmath. */
class ChiTest {
    static final List<Chi> GRID = List.of(new Chi(3), new Chi(0.5), new Chi(1), new Chi(1e6), new Chi(25), new Chi(2));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        Chi d = GRID.get((int) Long.remainderUnsigned(seed, GRID.size()));
        ContinuousDistributionChecks.of(d).all(seed);
    }

    @Test
    void mapsToChiSquared() {
        Chi d = new Chi(5);
        ChiSquared c = new ChiSquared(5);
        for (double x : new double[] {0.01, 0.5, 2, 4.5, 9}) {
            Tolerance.assertRelative(d.cdf(x), c.cdf(x * x), 1e-15, "cdf(" + x + ")");
            Tolerance.assertRelative(d.survival(x), c.survival(x * x), 1e-14, "sf(" + x + ")");
            Tolerance.assertRelative(d.pdf(x), 2 * x * c.pdf(x * x), 1e-14, "pdf(" + x + ")");
        }
    }

    /**
     * Moments against mpmath (50 digits): mean sqrt(2) Gamma((k+1)/2)/Gamma(k/2), variance k - mean^2,
     * skewness, excess kurtosis, entropy. Bounds: direct formulas below k = 20 lose about
     * 32 (k/2)^2 ulps in the variance (k - mean^2 cancels); the series above k = 20 is exact to
     * 2e-16, the higher moments then cancel no further.
     */
    @Test
    void momentsAgainstMpmath() {
        // k, mean, variance, skewness, kurtosis, entropy
        double[][] rows = {
            {3, 1.5957691216057308, 0.45352091052967464, 0.4856928280495908, 0.10816384281629415, 0.9961541981062056},
            {0.5, 0.477988797486125, 0.2715267094777682, 1.5437050168613076, 2.533676353219827, 0.13458555107403844},
            {25, 4.950262344204552, 0.49490272355044995, 0.14494947056989924, 0.0012698167815409275, 1.0654261063575285
            },
            {
                1e6,
                999.9997500000312,
                0.4999998749999375,
                0.0007071072231282803,
                7.500011249992969e-13,
                1.0723647762578667
            },
        };
        for (double[] r : rows) {
            Chi d = new Chi(r[0]);
            double tolVar = r[0] < 20 ? 32 * r[0] * r[0] / 4 * Tolerance.EPS + 1e-15 : 1e-14;
            Tolerance.assertRelative(d.mean(), r[1], 1e-14, "mean k=" + r[0]);
            Tolerance.assertRelative(d.variance(), r[2], tolVar, "variance k=" + r[0]);
            Tolerance.assertRelative(d.skewness(), r[3], 10 * tolVar, "skewness k=" + r[0]);
            Tolerance.assertRelative(d.kurtosis(), r[4], 1e-10, "kurtosis k=" + r[0]);
            Tolerance.assertRelative(d.entropy(), r[5], 1e-13, "entropy k=" + r[0]);
        }
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Chi(k = 0)", () -> new Chi(0), "k");
        assertRejects("Chi(k = NaN)", () -> new Chi(Double.NaN), "k");
        assertRejects("Chi(k = inf)", () -> new Chi(Double.POSITIVE_INFINITY), "k");
    }
}

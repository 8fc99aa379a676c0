package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jnum.stat.distribution.VonMises;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** VonMises: the shared properties over kappa 1e-3 .. 1e3, Hill's series against quadrature. */
class VonMisesTest {
    static final List<VonMises> GRID = List.of(
            new VonMises(0, 1),
            new VonMises(5, 1e-3),
            new VonMises(0, 10),
            new VonMises(-4, 1e3),
            new VonMises(0, 50),
            new VonMises(10, 10.4));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        // mu is chosen so that the support does not straddle 0: near x = 0 the doubles are much finer
        // than those of z = x - mu, and cdf(x) becomes a staircase that no quantile can invert to the
        // driver's tolerance (which is relative to x, not to z)
        VonMises d = GRID.get((int) Long.remainderUnsigned(seed, GRID.size()));
        ContinuousDistributionChecks.of(d).all(seed);
    }

    @Test
    void symmetryAndMedian() {
        VonMises d = new VonMises(0.7, 3);
        assertEquals(0.5, d.cdf(0.7), 1e-16);
        for (double z : new double[] {0.1, 1, 2.5, 3.1}) {
            // 0.7 - z and 0.7 + z are rounded differently: allow eps |z f / F| (the cdf's condition)
            double x = 0.7 - z;
            double tol = 4 * Tolerance.EPS * (1 + Math.abs(z * d.pdf(x) / d.cdf(x)));
            Tolerance.assertRelative(d.cdf(x), d.survival(0.7 + z), tol, "symmetry " + z);
        }
    }

    @Test
    void largeKappaIsNearlyNormal() {
        // kappa = 1e3: z sqrt(kappa) is nearly standard normal; pdf at the mode without overflow
        VonMises d = new VonMises(0, 1e3);
        Tolerance.assertRelative(d.pdf(0), Math.sqrt(1e3 / (2 * Math.PI)), 2e-4, "pdf(0)");
        Tolerance.assertRelative(d.variance(), 1e-3, 1e-3, "variance ~ 1/kappa");
    }

    /**
     * Against the mpmath values of reference/noncentral (see its README): the accuracy targets (1e-13 body, 1e-11 tails), except
     * 5e-11 for the quadrature tails of kappa >= 10.5 (measured 1.5e-11 at 1e-100 for kappa = 1e3,
     * where the integrand falls by e^2000 across the interval).
     */
    @Test
    @Tag("accuracy")
    void referenceValues() {
        SuiteSupport.checkRows(
                "VonMises",
                SuiteSupport.noncentral("reference_values.csv", "VonMises"),
                r -> new VonMises(r.param("mu"), r.param("kappa")),
                new AccuracyTable.Bound(
                        r -> r.isTail() && r.param("kappa") >= 10.5 ? 5e-11 : SuiteSupport.targetBound(r),
                        "1e-13 in the body, 1e-11 in the tail; 5e-11 in the tail for kappa >= 10.5."));
    }

    @Test
    void momentsAgainstMpmath() {
        SuiteSupport.checkMoments(
                SuiteSupport.noncentral("moments.csv", "VonMises"),
                r -> new VonMises(r.param("mu"), r.param("kappa")),
                // the excess kurtosis E z^4 / var^2 - 3 cancels by 3 / |kurtosis| (3e3 for kappa = 1e3)
                r -> r.function().equals("kurtosis") ? 1e-14 * (1 + 3 / Math.abs(r.expected())) : 1e-14);
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("VonMises(mu = NaN)", () -> new VonMises(Double.NaN, 1), "mu");
        assertRejects("VonMises(kappa = 0)", () -> new VonMises(0, 0), "kappa");
        assertRejects("VonMises(kappa = inf)", () -> new VonMises(0, Double.POSITIVE_INFINITY), "kappa");
    }
}

package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NoncentralChiSquared: the shared properties over k and lambda incl. 0 and 1e4, closed forms. */
class NoncentralChiSquaredTest {
    static final List<NoncentralChiSquared> GRID = List.of(
            new NoncentralChiSquared(3, 2),
            new NoncentralChiSquared(0.5, 1),
            new NoncentralChiSquared(10, 100),
            new NoncentralChiSquared(2, 1e4),
            new NoncentralChiSquared(4, 0),
            new NoncentralChiSquared(1, 1e-3),
            new NoncentralChiSquared(1e3, 30));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        // one grid point per seed (the series cost up to ~1e3 incomplete-gamma steps per value)
        NoncentralChiSquared d = GRID.get((int) Long.remainderUnsigned(seed, GRID.size()));
        ContinuousDistributionChecks.of(d).all(seed);
    }

    @Test
    void lambdaZeroIsCentral() {
        NoncentralChiSquared d = new NoncentralChiSquared(3, 0);
        // chi2_3: cdf(x) = erf(sqrt(x/2)) - sqrt(2x/pi) e^(-x/2)
        double x = 2.5;
        double expected = 0.5247089166569794; // erf(sqrt(1.25)) - sqrt(5/pi) exp(-1.25), mpmath
        Tolerance.assertRelative(d.cdf(x), expected, 1e-15, "cdf(2.5)");
    }

    @Test
    void momentsClosedForm() {
        NoncentralChiSquared d = new NoncentralChiSquared(4, 6);
        assertEquals(10, d.mean());
        assertEquals(32, d.variance());
        Tolerance.assertRelative(d.skewness(), Math.sqrt(8) * 22 / Math.pow(16, 1.5), 4e-16, "skew");
        Tolerance.assertRelative(d.kurtosis(), 12.0 * 28 / 256, 4e-16, "kurtosis");
    }

    /**
     * Against the mpmath values of reference/noncentral (see its README): 1e-13 in the body; in the
     * tails (values below 1e-8, down to 1e-300) 1e-10 rather than the 1e-11 target - measured
     * 5.2e-11 for cdf and 1.6e-11 for sf at 1e-300 (docs/accuracy/contB.md).
     */
    @Test
    @Tag("accuracy")
    void referenceValues() {
        SuiteSupport.checkRows(
                "NoncentralChiSquared",
                SuiteSupport.noncentral("reference_values.csv", "NoncentralChiSquared"),
                r -> new NoncentralChiSquared(r.param("k"), r.param("lambda")),
                new AccuracyTable.Bound(r -> r.isTail() ? 1e-10 : 1e-13, "1e-13 in the body, 1e-10 in the tail."));
    }

    @Test
    void momentsAgainstMpmath() {
        SuiteSupport.checkMoments(
                SuiteSupport.noncentral("moments.csv", "NoncentralChiSquared"),
                r -> new NoncentralChiSquared(r.param("k"), r.param("lambda")),
                r -> 1e-15);
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("NoncentralChiSquared(k = 0)", () -> new NoncentralChiSquared(0, 1), "k");
        assertRejects("NoncentralChiSquared(k = NaN)", () -> new NoncentralChiSquared(Double.NaN, 1), "k");
        assertRejects("NoncentralChiSquared(lambda = -1)", () -> new NoncentralChiSquared(1, -1), "lambda");
        assertRejects(
                "NoncentralChiSquared(lambda = inf)",
                () -> new NoncentralChiSquared(1, Double.POSITIVE_INFINITY),
                "lambda");
    }
}

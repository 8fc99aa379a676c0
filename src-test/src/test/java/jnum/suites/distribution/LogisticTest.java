package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.distribution.Logistic;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Logistic: reference values, the shared properties over a parameter grid, closed forms. */
class LogisticTest {
    static final List<Logistic> GRID = List.of(
            Logistic.standard(),
            new Logistic(-3, 0.01),
            new Logistic(1e3, 50),
            new Logistic(2, 1e-3),
            new Logistic(-1e5, 1e4));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        for (Logistic d : GRID) {
            ContinuousDistributionChecks.of(d).all(seed);
        }
    }

    @Test
    @Tag("accuracy")
    void referenceValues() {
        AccuracyTable t = AccuracyTable.measure(
                ReferenceValues.of("Logistic"),
                r -> ReferenceValues.evaluate(new Logistic(r.param("mu"), r.param("scale")), r));
        t.write("contB-Logistic", "Logistic", SuiteSupport.TARGET_BOUND);
        var bad = t.failures(SuiteSupport::targetBound);
        assertTrue(bad.isEmpty(), "worst rows: " + bad.subList(0, Math.min(5, bad.size())));
    }

    @Test
    void tailsAndClosedForms() {
        Logistic d = Logistic.standard();
        // cdf(-800) = e^-800 / (1 + e^-800) underflows only in exp: logCdf stays exact
        assertEquals(-800, d.logCdf(-800), 0);
        assertEquals(-800, d.logSurvival(800), 0);
        Tolerance.assertRelative(d.cdf(-700), Math.exp(-700), 2 * Tolerance.EPS, "cdf(-700)");
        Tolerance.assertRelative(d.quantile(1e-300), Math.log(1e-300), 2 * Tolerance.EPS, "ppf");
        Tolerance.assertRelative(d.inverseSurvival(1e-300), -Math.log(1e-300), 2 * Tolerance.EPS, "isf");
        // quantile near the median: 2 atanh(2p - 1) has full relative accuracy
        double p = 0.5 + 0x1p-40;
        Tolerance.assertRelative(d.quantile(p), 4 * 0x1p-40, 1e-15, "quantile near 1/2");
        Logistic s = new Logistic(1, 2);
        assertEquals(1, s.mean());
        Tolerance.assertRelative(s.variance(), 4 * Math.PI * Math.PI / 3, 2e-16, "variance");
        assertEquals(1.2, s.kurtosis());
        Tolerance.assertRelative(s.entropy(), Math.log(2) + 2, 2e-16, "entropy");
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Logistic(mu = NaN)", () -> new Logistic(Double.NaN, 1), "mu");
        assertRejects("Logistic(mu = inf)", () -> new Logistic(Double.POSITIVE_INFINITY, 1), "mu");
        assertRejects("Logistic(scale = 0)", () -> new Logistic(0, 0), "scale");
        assertRejects("Logistic(scale = -1)", () -> new Logistic(0, -1), "scale");
        assertRejects("Logistic(scale = inf)", () -> new Logistic(0, Double.POSITIVE_INFINITY), "scale");
    }
}

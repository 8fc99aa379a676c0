package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.distribution.Uniform;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.ReferenceValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Uniform: reference values, the shared properties over a parameter grid, closed forms. */
class UniformTest {
    static final List<Uniform> GRID = List.of(
            Uniform.standard(),
            new Uniform(-3, 7),
            new Uniform(1e6, 1e6 + 1e-3),
            new Uniform(-1e300, 1e300),
            new Uniform(1e-100, 3e-100));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        for (Uniform d : GRID) {
            ContinuousDistributionChecks.of(d).all(seed);
        }
    }

    @Test
    @Tag("accuracy")
    void referenceValues() {
        AccuracyTable t = AccuracyTable.measure(
                ReferenceValues.of("Uniform"),
                r -> ReferenceValues.evaluate(new Uniform(r.param("lower"), r.param("upper")), r));
        t.write("contB-Uniform", "Uniform", SuiteSupport.TARGET_BOUND);
        var bad = t.failures(SuiteSupport::targetBound);
        assertTrue(bad.isEmpty(), "worst rows: " + bad.subList(0, Math.min(5, bad.size())));
    }

    @Test
    void closedForms() {
        Uniform d = new Uniform(2, 6);
        assertEquals(0.25, d.pdf(3));
        assertEquals(0.25, d.cdf(3));
        assertEquals(0.75, d.survival(3));
        assertEquals(5.5, d.inverseSurvival(0.125));
        assertEquals(4, d.mean());
        assertEquals(16.0 / 12, d.variance(), 1e-15);
        assertEquals(Math.log(4), d.entropy(), 1e-15);
        assertEquals(-1.2, d.kurtosis());
        // an upper tail probability far below eps keeps its relative accuracy
        assertEquals(6 - 4e-300, d.inverseSurvival(1e-300));
        double x = Math.nextDown(4.0);
        assertEquals((4 - x) / 4, new Uniform(0, 4).survival(x));
        assertEquals(0, new Uniform(-1e300, 1e300).mean());
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("Uniform(lower = NaN)", () -> new Uniform(Double.NaN, 1), "lower");
        assertRejects("Uniform(upper = inf)", () -> new Uniform(0, Double.POSITIVE_INFINITY), "upper");
        assertRejects("Uniform(1, 1)", () -> new Uniform(1, 1), "lower");
        assertRejects("Uniform(2, 1)", () -> new Uniform(2, 1), "upper");
        assertRejects("Uniform(-1e308, 1e308)", () -> new Uniform(-1e308, 1e308), "width");
    }
}

package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import jnum.stat.distribution.Geometric;
import jnum.stat.distribution.NegativeBinomial;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Geometric: reference values, the discrete driver, agreement with NegativeBinomial(1, p). */
class GeometricTest {
    static Stream<Geometric> grid() {
        return Stream.of(
                new Geometric(1),
                new Geometric(0.9),
                new Geometric(0.5),
                new Geometric(0.01),
                new Geometric(1e-6),
                new Geometric(1e-12));
    }

    @Test
    void referenceValues() {
        DiscreteReferenceRows.assertAccurate(ReferenceValues.of("Geometric"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Geometric d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Geometric[] g = grid().toArray(Geometric[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    /** The geometric law is the negative binomial with r = 1 (independent code paths). */
    @Test
    void equalsNegativeBinomialWithOneSuccess() {
        for (double p : new double[] {0.9, 0.3, 1e-3}) {
            Geometric g = new Geometric(p);
            NegativeBinomial nb = new NegativeBinomial(1, p);
            for (long k : new long[] {0, 1, 5, 100, 5000}) {
                Tolerance.assertRelative(g.pmf(k), nb.pmf(k), 1e-13, g + " pmf(" + k + ")");
                Tolerance.assertRelative(g.cdf(k), nb.cdf(k), 1e-13, g + " cdf(" + k + ")");
                Tolerance.assertRelative(g.survival(k), nb.survival(k), 1e-12, g + " sf(" + k + ")");
            }
            assertEquals(nb.quantile(0.37), g.quantile(0.37));
            assertEquals(nb.inverseSurvival(1e-30), g.inverseSurvival(1e-30));
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        for (double p : new double[] {0, -0.5, 1.5, Double.NaN}) {
            assertRejects("Geometric(" + p + ")", () -> new Geometric(p), "p");
        }
    }
}

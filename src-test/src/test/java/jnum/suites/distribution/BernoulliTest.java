package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import jnum.stat.distribution.Bernoulli;
import jnum.stat.distribution.Binomial;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bernoulli: exact values, the discrete driver, agreement with Binomial(1, p). */
class BernoulliTest {
    static Stream<Bernoulli> grid() {
        return Stream.of(
                new Bernoulli(0),
                new Bernoulli(1e-10),
                new Bernoulli(0.3),
                new Bernoulli(0.5),
                new Bernoulli(0.999),
                new Bernoulli(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Bernoulli d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Bernoulli[] g = grid().toArray(Bernoulli[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    @Test
    void agreesWithBinomialOfOneTrial() {
        for (double p : new double[] {1e-10, 0.3, 0.5, 0.999}) {
            Bernoulli b = new Bernoulli(p);
            Binomial n1 = new Binomial(1, p);
            for (long k = -1; k <= 2; k++) {
                Tolerance.assertRelative(b.pmf(k), n1.pmf(k), 2 * Tolerance.EPS, b + " pmf(" + k + ")");
                // Bernoulli is exact; the binomial's cdf goes through the incomplete beta function
                double claim = DiscreteDistributionChecks.DEFAULT_ACCURACY;
                Tolerance.assertRelative(b.cdf(k), n1.cdf(k), claim, b + " cdf(" + k + ")");
                Tolerance.assertRelative(b.survival(k), n1.survival(k), claim, b + " sf(" + k + ")");
            }
            // probabilities away from the attainable cdf values (a tie is decided by the last ulp)
            for (double q : new double[] {1e-300, 0.2, 0.45, 0.55, 0.65, 0.75, 1 - 1e-16}) {
                assertEquals(n1.quantile(q), b.quantile(q), b + " quantile(" + q + ")");
                assertEquals(n1.inverseSurvival(q), b.inverseSurvival(q), b + " isf(" + q + ")");
            }
            Tolerance.assertRelative(b.entropy(), n1.entropy(), 1e-14, b + " entropy");
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        for (double p : new double[] {-0.1, 1.1, Double.NaN}) {
            assertRejects("Bernoulli(" + p + ")", () -> new Bernoulli(p), "p");
        }
    }
}

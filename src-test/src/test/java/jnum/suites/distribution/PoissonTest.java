package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.stat.distribution.Poisson;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Poisson: reference values, the discrete driver, mean 1e8, entropy, fit. */
class PoissonTest {
    /** Inversion below mean 10, PTRS from 10 on; the asymptotic entropy from 1e4. */
    static Stream<Poisson> grid() {
        return Stream.of(
                new Poisson(1e-3),
                new Poisson(0.5),
                new Poisson(3),
                new Poisson(9.99),
                new Poisson(10),
                new Poisson(47.5),
                new Poisson(1000),
                new Poisson(9999),
                new Poisson(1e4),
                new Poisson(1e5),
                new Poisson(1e8));
    }

    @Test
    void referenceValues() {
        DiscreteReferenceRows.assertAccurate(ReferenceValues.of("Poisson"));
    }

    @Test
    void extremeParametersAndEntropiesAgainstMpmath() {
        DiscreteReferenceRows.assertAccurate(DiscreteReferenceRows.extremes("Poisson"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Poisson d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Poisson[] g = grid().toArray(Poisson[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    /** {@code P(k+1)/P(k) = mean/(k+1)} at mean 1e8, to two evaluations' accuracy. */
    @Test
    void massFollowsItsRecurrenceAtMeanOneHundredMillion() {
        Poisson d = new Poisson(1e8);
        for (double z : new double[] {-35, -10, -1, 0, 2, 9, 36}) {
            long k = (long) Math.floor(1e8 + z * 1e4);
            Tolerance.assertRelative(
                    d.pmf(k + 1) / d.pmf(k),
                    1e8 / (k + 1.0),
                    2 * 5e-14 + 4 * Tolerance.EPS,
                    "pmf(k+1)/pmf(k) at k = " + k);
        }
    }

    /** The sum entropy below 1e4 and the asymptotic series from 1e4 on meet (2e-14 relative). */
    @Test
    void entropyBranchesAgreeAtTheirSeam() {
        double below = new Poisson(Math.nextDown(1e4)).entropy();
        double at = new Poisson(1e4).entropy();
        Tolerance.assertRelative(at, below, 2e-14, "entropy at the 1e4 seam");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void fitIsTheSampleMean(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double mean = Math.exp(rng.nextDouble(-3, 8));
        long[] xs = new Poisson(mean).sample(rng, 4000);
        Poisson fit = Poisson.fit(xs);
        Tolerance.assertWithin(fit.mean(), mean, 5 * Math.sqrt(mean / 4000) + 1e-9, "Poisson.fit (seed " + seed + ")");
    }

    /**
     * Means beyond 2^52 (counts no longer exact doubles) still sample, with the right mean and
     * variance (5 standard errors over 4000 draws), and beyond 2^63 saturate at Long.MAX_VALUE.
     */
    @Test
    void samplesBeyondExactCounts() {
        double mean = 1e17;
        long[] xs = new Poisson(mean).sample(new SplittableRandom(9), 4000);
        double m = 0;
        for (long x : xs) {
            m += (x - mean) / xs.length;
        }
        double v = 0;
        for (long x : xs) {
            v += (x - mean - m) * (x - mean - m) / (xs.length - 1);
        }
        Tolerance.assertWithin(m, 0, 5 * Math.sqrt(mean / xs.length), "sample mean - 1e17");
        Tolerance.assertWithin(v, mean, 5 * mean * Math.sqrt(2.0 / xs.length), "sample variance");
        org.junit.jupiter.api.Assertions.assertEquals(
                Long.MAX_VALUE, new Poisson(1e30).sample(new SplittableRandom(9)));
    }

    @Test
    void rejectsBadParametersNamingThem() {
        for (double m : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("Poisson(" + m + ")", () -> new Poisson(m), "mean");
        }
        assertRejects("fit({})", () -> Poisson.fit(new long[0]), "observations");
        assertRejects("fit({-1})", () -> Poisson.fit(new long[] {-1, 2}), "count");
        assertRejects("fit({0, 0})", () -> Poisson.fit(new long[] {0, 0}), "observations");
        assertRejects("fit({1.5})", () -> Poisson.fit(new double[] {1, 1.5}), "observation");
        assertRejects("fit({NaN})", () -> Poisson.fit(new double[] {Double.NaN}), "observation");
        Tolerance.assertRelative(Poisson.fit(new double[] {1, 2, 6}).mean(), 3, 0, "fit(double[])");
    }
}

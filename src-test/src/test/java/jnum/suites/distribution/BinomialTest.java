package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.stat.distribution.Binomial;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Binomial: reference values, the discrete driver over a parameter grid, extremes, fit. */
class BinomialTest {
    /** Both samplers (inversion for n min(p, 1-p) < 10, BTRD above), mirrored p, degenerate ends. */
    static Stream<Binomial> grid() {
        return Stream.of(
                new Binomial(0, 0.3),
                new Binomial(1, 0.5),
                new Binomial(10, 0.3),
                new Binomial(100, 0.01),
                new Binomial(30, 0.4),
                new Binomial(200, 0.93),
                new Binomial(1000, 0.5),
                new Binomial(20, 0.999),
                new Binomial(1_000_000, 1e-4),
                new Binomial(50, 0),
                new Binomial(50, 1),
                new Binomial(1_000_000_000L, 1e-7),
                new Binomial(1_000_000_000L, 0.5),
                new Binomial(1_000_000_000L, 0.3));
    }

    static DiscreteDistributionChecks checks(Binomial d) {
        return DiscreteDistributionChecks.of(d);
    }

    @Test
    void referenceValues() {
        DiscreteReferenceRows.assertAccurate(ReferenceValues.of("Binomial"));
    }

    @Test
    void extremeParametersAgainstMpmath() {
        DiscreteReferenceRows.assertAccurate(DiscreteReferenceRows.extremes("Binomial"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Binomial d) {
        checks(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Binomial[] g = grid().toArray(Binomial[]::new);
        checks(g[(int) Math.floorMod(seed, (long) g.length)]).random(seed);
    }

    /**
     * At n = 1e9 the mass satisfies its ratio recurrence {@code P(k+1)/P(k) = (n-k) p / ((k+1)(1-p))}
     * to the accuracy of two evaluations (2 A, A = 5e-14) plus the rounding of the ratio (4 eps): a
     * log-gamma-difference mass would miss by 1e-7.
     */
    @Test
    void massFollowsItsRecurrenceAtOneBillionTrials() {
        long n = 1_000_000_000L;
        for (double p : new double[] {0.5, 0.3, 1e-7}) {
            Binomial d = new Binomial(n, p);
            double sd = d.stdDev();
            for (double z : new double[] {-30, -8, -1, 0, 0.5, 3, 12, 35}) {
                long k = (long) Math.floor(d.mean() + z * sd);
                if (k < 0 || k >= n || d.pmf(k) < Double.MIN_NORMAL || d.pmf(k + 1) < Double.MIN_NORMAL) {
                    continue;
                }
                double ratio = (double) (n - k) * p / ((k + 1.0) * (1 - p));
                Tolerance.assertRelative(
                        d.pmf(k + 1) / d.pmf(k),
                        ratio,
                        2 * 5e-14 + 4 * Tolerance.EPS,
                        d + " pmf(k+1)/pmf(k) at k = " + k);
            }
        }
    }

    /** The fit is the sample mean over n; it lands within 5 standard errors of p. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void fitRecoversP(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long n = 1 + rng.nextInt(200);
        double p = rng.nextDouble();
        long[] xs = new Binomial(n, p).sample(rng, 5000);
        Binomial fit = Binomial.fit(n, xs);
        assertEquals(n, fit.n());
        double se = Math.sqrt(p * (1 - p) / (n * 5000.0));
        Tolerance.assertWithin(fit.p(), p, 5 * se + 4 * Tolerance.EPS, "Binomial.fit p (seed " + seed + ")");
        double sum = 0;
        for (long x : xs) {
            sum += x;
        }
        Tolerance.assertRelative(fit.p(), sum / xs.length / n, 2 * Tolerance.EPS, "fit = mean / n");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("Binomial(-1, 0.5)", () -> new Binomial(-1, 0.5), "n");
        assertRejects("Binomial(2^53, 0.5)", () -> new Binomial(1L << 53, 0.5), "n");
        for (double p : new double[] {-0.1, 1.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("Binomial(10, " + p + ")", () -> new Binomial(10, p), "p");
        }
        assertRejects("fit(0, ...)", () -> Binomial.fit(0, new long[] {0}), "n");
        assertRejects("fit(n, {})", () -> Binomial.fit(5, new long[0]), "observations");
        assertRejects("fit(5, {6})", () -> Binomial.fit(5, new long[] {1, 6}), "observation");
        assertRejects("fit(5, {0.5})", () -> Binomial.fit(5, new double[] {1, 0.5}), "observation");
        assertEquals(new Binomial(4, 0.375), Binomial.fit(4, new double[] {1, 2}), "fit(double[])");
    }
}

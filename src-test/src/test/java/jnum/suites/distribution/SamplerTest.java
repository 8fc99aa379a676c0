package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Normal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samplers beyond the generic driver: chi-square goodness of fit of the ziggurats on 1000
 * equiprobable bins (fine enough to see a wrong layer: each layer of the normal ziggurat holds
 * 1/128 of the mass), the mass beyond the ziggurat's tail start R, and reproducibility.
 */
class SamplerTest {
    private static final int DRAWS = 1_000_000;
    private static final int BINS = 1000;

    /**
     * Pearson's statistic of {@code DRAWS} draws in {@code BINS} bins of equal probability (the bin
     * of x is floor(BINS cdf(x)), survival used in the upper half for resolution), which must not reject
     * at 1e-6: its (BINS - 1)-dof chi-square critical value is taken from our ChiSquared, itself
     * checked against the mpmath reference values.
     */
    private static void chiSquareOnBins(ContinuousDistribution d, long seed) {
        chiSquareOnBins(d, seed, DRAWS, BINS);
    }

    private static void chiSquareOnBins(ContinuousDistribution d, long seed, int draws, int bins) {
        RandomGenerator rng = new SplittableRandom(seed);
        long[] counts = new long[bins];
        for (int i = 0; i < draws; i++) {
            double x = d.sample(rng);
            double c = d.cdf(x);
            int bin = c < 0.5 ? (int) (c * bins) : bins - 1 - (int) (d.survival(x) * bins);
            counts[Math.min(bins - 1, Math.max(0, bin))]++;
        }
        double expected = (double) draws / bins;
        double chi2 = 0;
        for (long c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        double critical = new ChiSquared(bins - 1).inverseSurvival(1e-6);
        if (!(chi2 < critical)) {
            fail(d + ": chi-square on " + bins + " bins = " + chi2 + " >= " + critical + " (seed " + seed + ")");
        }
    }

    /** The fraction of draws beyond {@code r} is within 5 binomial standard errors of sf(r). */
    private static void tailMass(ContinuousDistribution d, double r, long seed) {
        RandomGenerator rng = new SplittableRandom(seed ^ 0x7A11);
        long beyond = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (Math.abs(d.sample(rng)) > r) {
                beyond++;
            }
        }
        double p = d.survival(r) + d.cdf(-r);
        double se = Math.sqrt(DRAWS * p * (1 - p));
        if (!(Math.abs(beyond - DRAWS * p) <= 5 * se)) {
            fail(d + ": " + beyond + " draws beyond " + r + ", expected " + DRAWS * p + " +- " + se);
        }
    }

    static java.util.stream.LongStream fewSeeds() {
        return jnum.testkit.Seeds.seeds().limit(4);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void normalZiggurat(long seed) {
        chiSquareOnBins(Normal.standard(), seed);
        tailMass(Normal.standard(), 3.4426198558966521, seed); // the ziggurat's R: tail algorithm
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void exponentialZiggurat(long seed) {
        chiSquareOnBins(new Exponential(1), seed);
        tailMass(new Exponential(1), 7.6971174701310497, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void gammaMarsagliaTsang(long seed) {
        // fewer draws: each bin lookup costs an incomplete gamma function
        chiSquareOnBins(new Gamma(0.3, 1), seed, 200_000, 200); // boost branch
        chiSquareOnBins(new Gamma(2.5, 1), seed, 200_000, 200);
    }

    @Test
    void samplingIsReproducibleAndBatchEqualsSingles() {
        for (ContinuousDistribution d :
                new ContinuousDistribution[] {Normal.standard(), new Exponential(2), new Gamma(0.5, 1), new Gamma(7, 2)
                }) {
            double[] a = d.sample(new SplittableRandom(42), 100);
            double[] b = d.sample(new SplittableRandom(42), 100);
            assertArrayEquals(a, b, d + ": same seed, same draws");
            RandomGenerator rng = new SplittableRandom(42);
            for (int i = 0; i < 100; i++) {
                assertEquals(a[i], d.sample(rng), d + ": draw " + i);
            }
        }
    }
}

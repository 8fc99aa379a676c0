package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.NegativeBinomial;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entropy of negative binomial distributions with small r (0.05 to 16) and tiny p (1e-10 to
 * 1e-2), wide with a small mode, where the mass below the count 1000 is not negligible: against
 * mpmath at random parameters (log-uniform; {@code reference/discrete/nb_small_r_entropy.csv} and
 * the script that wrote it).
 *
 * <p>The bound: the thousand terms below the count 1000 each carry the mass's relative error {@code
 * C eps (1 + |log P|)} through P and through log P, as do the integral's nodes (the sum of their
 * weights times {@code -P log P} is H), so the error is below {@code C eps (1 + |log P|max) (2 + H)}
 * with {@code |log P|max} the largest over the terms that matter, at most that of the count 0 or of
 * the mean's tail at {@code e^-40}, so {@code |log P(0)| + 50}.
 */
class NegativeBinomialWideEntropyTest {
    private static final double C = 64;
    private static final double EPS = Tolerance.EPS;

    @Test
    void entropyAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/nb_small_r_entropy.csv")) {
            NegativeBinomial d = new NegativeBinomial(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double expected = Double.parseDouble(f[2]);
            double logMax = Math.abs(d.logPmf(0)) + 50;
            double got = d.entropy();
            Tolerance.assertWithin(got, expected, C * EPS * (1 + logMax) * (2 + expected), d + ".entropy()");
            rows++;
        }
        assertTrue(rows >= 20, "rows: " + rows);
    }

    /**
     * Random r (0.05 to 16) and p (1e-3 to 3e-2, so that a direct sum is affordable) with a standard
     * deviation of at least 32, against {@code -sum P log P} summed in the test from 0 to {@code (r +
     * 60) / p} (beyond, the mass is below {@code e^-60} of its largest) with Neumaier's
     * compensation; the bound of {@link #entropyAgainstMpmath}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void entropyAgainstDirectSum(long seed) {
        NegativeBinomial d = randomWide(new SplittableRandom(seed ^ 0x5eL), 0.05, 16, 1e-3, Double.POSITIVE_INFINITY);
        assertAgainstDirectSum(d, (long) ((d.r() + 60) / d.p()), "seed " + seed);
    }

    /**
     * Random r from 16 to 300 (the split count {@code 4 (r - 1) + 1} between 64 and 1001) and p
     * from 3e-3 to 3e-2, wide with a mode below 1000 (so the split applies), against the direct sum
     * as in {@link #entropyAgainstDirectSum}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void entropyAgainstDirectSumModerateR(long seed) {
        NegativeBinomial d = randomWide(new SplittableRandom(seed ^ 0x5e16L), 16, 300, 3e-3, 1000);
        assertAgainstDirectSum(d, (long) ((d.r() + 60) / d.p()), "seed " + seed);
    }

    /**
     * r log-uniform in [rLo, rHi] and p in [pLo, 3e-2], redrawn until the standard deviation is at
     * least 32 and the mode {@code (r - 1)(1 - p) / p} below maxMode.
     */
    private static NegativeBinomial randomWide(
            SplittableRandom rng, double rLo, double rHi, double pLo, double maxMode) {
        NegativeBinomial d;
        do {
            double r = Math.exp(rng.nextDouble(Math.log(rLo), Math.log(rHi)));
            double p = Math.exp(rng.nextDouble(Math.log(pLo), Math.log(3e-2)));
            d = new NegativeBinomial(r, p);
        } while (d.stdDev() < 32 || (d.r() - 1) * (1 - d.p()) / d.p() >= maxMode);
        return d;
    }

    /**
     * r = 1 (the geometric distribution, in closed form) and r within 0.1 of 1 (the split's counts
     * {@code k} and {@code k + r - 1} nearly equal), p from 1e-3 to 0.5, against the direct sum.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void entropyNearGeometricAgainstDirectSum(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x6e0L);
        double p = Math.exp(rng.nextDouble(Math.log(1e-3), Math.log(0.5)));
        double r = rng.nextBoolean() ? 1 : rng.nextDouble(0.9, 1.1);
        NegativeBinomial d = new NegativeBinomial(r, p);
        assertAgainstDirectSum(d, (long) ((r + 60) / p), "seed " + seed);
    }

    /**
     * The entropy against {@code -sum P log P} over the counts 0 to {@code to}, summed with
     * Neumaier's compensation, within the bound of {@link #entropyAgainstMpmath}.
     */
    static void assertAgainstDirectSum(NegativeBinomial d, long to, String where) {
        double sum = 0;
        double comp = 0;
        for (long j = 0; j <= to; j++) {
            double l = d.logPmf(j);
            double t = -Math.exp(l) * l;
            double s = sum + t;
            comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
        }
        double expected = sum + comp;
        double logMax = Math.abs(d.logPmf(0)) + 50;
        Tolerance.assertWithin(
                d.entropy(), expected, C * EPS * (1 + logMax) * (2 + expected), d + ".entropy() (" + where + ")");
    }
}

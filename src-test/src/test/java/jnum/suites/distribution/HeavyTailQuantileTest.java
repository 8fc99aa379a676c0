package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.F;
import jnum.stat.distribution.StudentT;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantiles in heavy (power-law) tails, where the density underflows long before the tail
 * probability does (Student's t with nu = 1 at p = 1e-200: the quantile is 3e199 and the density
 * there 3e-400), so the Newton polish must take the ratio tail / density in logs: Student's t
 * against mpmath ({@code reference/distributions/studentt_far_quantiles.csv} and the script that
 * wrote it), and Student's t and F over random parameters against their own cdf and survival
 * function.
 */
class HeavyTailQuantileTest {
    /** Rounding budget of the incomplete beta tail and the Newton polish. */
    private static final double C = 64;

    /**
     * The tail probability carries about {@code |log p| eps} relative error (its exponent is a sum of
     * that size); a relative change r of x moves it by about {@code nu r} (the tail falls like
     * {@code |x|^-nu}), so x is known to {@code C eps (1 + |log p|) / nu}.
     */
    @Test
    void quantilesAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/distributions/studentt_far_quantiles.csv")) {
            double nu = Double.parseDouble(f[0]);
            double p = Double.parseDouble(f[1]);
            double x = Double.parseDouble(f[2]);
            StudentT d = new StudentT(nu);
            double bound = C * Tolerance.EPS * (1 + Math.abs(Math.log(p))) / Math.min(1, nu);
            Tolerance.assertRelative(d.quantile(p), x, bound, d + ".quantile(" + p + ")");
            Tolerance.assertRelative(d.inverseSurvival(p), -x, bound, d + ".inverseSurvival(" + p + ")");
            rows++;
        }
        assertTrue(rows >= 50, "rows: " + rows);
    }

    /**
     * Random parameters and p down to 1e-300: the quantile reproduces p through the distribution's
     * own cdf (and the upper quantile through its survival function) to the tail's error, about
     * {@code |log p| eps}, plus the rounding of x, {@code |x f(x) / p| eps}, unless it lies beyond
     * the double range. Student's t with nu in [0.5, 4]; F with d1 in [0.1, 1000] and d2 in [0.1,
     * 50] (its upper tail falls like {@code x^(-d2/2)}).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantilesRoundTripThroughTheirOwnTails(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 16; i++) {
            roundTrip(new StudentT(Math.exp(r.nextDouble(Math.log(0.5), Math.log(4)))), r, seed);
            double d1 = Math.exp(r.nextDouble(Math.log(0.1), Math.log(1000)));
            roundTrip(new F(d1, Math.exp(r.nextDouble(Math.log(0.1), Math.log(50)))), r, seed);
        }
    }

    private static void roundTrip(ContinuousDistribution d, SplittableRandom r, long seed) {
        double p = Math.pow(10, -r.nextDouble(1, 300));
        String at = d + " at p = " + p + " (seed " + seed + ")";
        double y = d.inverseSurvival(p);
        if (y < Double.POSITIVE_INFINITY) {
            double cond = Math.exp(Math.log(y) + d.logPdf(y) - Math.log(p));
            double bound = C * Tolerance.EPS * (1 + Math.abs(Math.log(p)) + cond);
            Tolerance.assertRelative(d.survival(y), p, bound, at + ": survival(inverseSurvival(p))");
        } else {
            assertTrue(d.survival(Double.MAX_VALUE) >= p, at + ": +Infinity although survival(MAX_VALUE) < p");
        }
        if (d.support().lower() < 0) {
            double x = d.quantile(p);
            if (x > Double.NEGATIVE_INFINITY) {
                double cond = Math.exp(Math.log(-x) + d.logPdf(x) - Math.log(p));
                double bound = C * Tolerance.EPS * (1 + Math.abs(Math.log(p)) + cond);
                Tolerance.assertRelative(d.cdf(x), p, bound, at + ": cdf(quantile(p))");
            } else {
                assertTrue(d.cdf(-Double.MAX_VALUE) >= p, at + ": -Infinity although cdf(-MAX_VALUE) < p");
            }
        }
    }
}

package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.F;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * F and Beta over their whole parameter range (shapes from 1e-3 to 1e7), where the density is a
 * saddle-point binomial term with a huge and a small index: against mpmath
 * ({@code reference/distributions/f_density_sweep.csv}, 400 random parameter pairs with the
 * condition number of each log density), and by properties (cdf + survival = 1, log tails against
 * the direct ones, quantiles down to 1e-300 reproducing p). The F log density at d1 = 3.7e6, d2 = 30
 * once lost 5e-11 (13000 times its condition number): the rounded {@code n p} and
 * {@code n = a + b - 2} of its binomial term moved the deviance terms by 1e-10.
 */
class FDensitySweepTest {
    /**
     * The log density to {@code 10 eps (cond + 1 + |log f|)} absolute and the density to the same
     * relative bound: cond is the sum over x, d1 and d2 of {@code |d log f / d log theta|}, and
     * {@code |log f| eps} the rounding of a logarithm of that size (exponentiated by pdf).
     */
    @Test
    void logDensityWithinTenTimesItsConditionNumber() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/distributions/f_density_sweep.csv")) {
            F d = new F(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double x = Double.parseDouble(f[2]);
            double logPdf = Double.parseDouble(f[3]);
            double bound = 10 * Tolerance.EPS * (Double.parseDouble(f[4]) + 1 + Math.abs(logPdf));
            Tolerance.assertWithin(d.logPdf(x), logPdf, bound, d + ".logPdf(" + x + ")");
            if (Math.abs(logPdf) < 700) {
                Tolerance.assertRelative(d.pdf(x), Math.exp(logPdf), bound, d + ".pdf(" + x + ")");
            }
            rows++;
        }
        assertTrue(rows >= 400, "rows: " + rows);
    }

    /**
     * Random F (d1, d2 log-uniform in [1e-3, 1e7]) and Beta (shapes log-uniform in [1e-3, 1e7]):
     * cdf + survival = 1 to 64 eps at a random quantile point; the log tails match the logs of the
     * direct ones where those are normal; quantile and inverse survival of p down to 1e-300
     * reproduce p to {@code 64 eps (1 + |log p| + cond)}, {@code cond = |x f(x) / p|}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tailsAndRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 4; i++) {
            double u = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e7)));
            double v = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e7)));
            ContinuousDistribution d = r.nextBoolean() ? new F(u, v) : new Beta(u, v);
            double p = Math.pow(10, -r.nextDouble(0.3, 300));
            String at = d + " at p = " + p + " (seed " + seed + ")";
            double x = d.quantile(r.nextDouble());
            if (x > 0 && x < d.support().upper()) {
                double cdf = d.cdf(x);
                double sf = d.survival(x);
                Tolerance.assertWithin(cdf + sf, 1, 64 * Tolerance.EPS, at + ": cdf + survival at " + x);
                if (cdf >= Double.MIN_NORMAL) {
                    Tolerance.assertWithin(
                            d.logCdf(x),
                            Math.log(cdf),
                            64 * Tolerance.EPS * (1 + Math.abs(Math.log(cdf))),
                            at + ": logCdf");
                }
                if (sf >= Double.MIN_NORMAL) {
                    Tolerance.assertWithin(
                            d.logSurvival(x),
                            Math.log(sf),
                            64 * Tolerance.EPS * (1 + Math.abs(Math.log(sf))),
                            at + ": logSurvival");
                }
            }
            roundTrip(d, p, false, at);
            roundTrip(d, p, true, at);
        }
    }

    private static void roundTrip(ContinuousDistribution d, double p, boolean upper, String at) {
        double x = upper ? d.inverseSurvival(p) : d.quantile(p);
        String what = at + (upper ? ": survival(inverseSurvival(p)) at " : ": cdf(quantile(p)) at ") + x;
        double lo = d.support().lower();
        double hi = d.support().upper();
        if (!(x > lo && x < hi) || x < Double.MIN_NORMAL || hi - x < 1e-300) {
            return; // a support end or a subnormal: ExtremeParameterTest checks where those are right
        }
        double logPdf = d.logPdf(x);
        double cond = Math.exp(Math.log(Math.abs(x)) + logPdf - Math.log(p));
        if (hi == 1) {
            cond += Math.exp(Math.log1p(-x) + logPdf - Math.log(p)); // relative to the distance to 1
        }
        double logTail = upper ? d.logSurvival(x) : d.logCdf(x);
        Tolerance.assertWithin(logTail, Math.log(p), 64 * Tolerance.EPS * (1 + Math.abs(Math.log(p)) + cond), what);
    }
}

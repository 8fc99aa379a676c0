package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Hypergeometric;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hypergeometric cdf, survival, their logarithms and the quantiles at populations up to 2^52,
 * where the standard deviation reaches 1e7 and the tails are no longer summed term by term: against
 * mpmath at 50 digits ({@code reference/discrete/hypergeometric_huge.csv} and the script that wrote
 * it), against a compensated direct sum where that is affordable, and by properties over random
 * parameters (populations log-uniform up to 2^52).
 *
 * <p>The inputs are integers, exact in doubles, so no conditioning excuses an error beyond the mass's
 * own: a tail is {@code P(k)} times a sum, and {@code exp} turns the rounding of {@code log P(k)}
 * into a relative error {@code C eps (1 + |log P|)}. That is the bound of a tail and, times the
 * tail, of its complement; the logarithms get it as an absolute bound.
 */
class HypergeometricHugePopulationTest {
    private static final double C = 64;
    private static final double EPS = Tolerance.EPS;

    @Test
    void againstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/hypergeometric_huge.csv")) {
            Hypergeometric d = new Hypergeometric(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
            long k = Long.parseLong(f[3]);
            double cdf = Double.parseDouble(f[4]);
            double sf = Double.parseDouble(f[5]);
            double logCdf = Double.parseDouble(f[6]);
            double logSf = Double.parseDouble(f[7]);
            TailReference.check(d, k, cdf, sf, logCdf, logSf, C, d + " at k = " + k);
            rows++;
        }
        assertTrue(rows >= 100, "rows: " + rows);
    }

    /**
     * Entropies against mpmath ({@code reference/discrete/hypergeometric_huge_entropy.csv}): {@code H
     * = -P(m) (log P(m) I0 + I1)} carries the mass's relative error {@code C eps (1 + |log P(m)|)}
     * once through {@code P(m)} and once through {@code log P(m)}.
     */
    @Test
    void entropyAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/hypergeometric_huge_entropy.csv")) {
            Hypergeometric d = new Hypergeometric(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
            double expected = Double.parseDouble(f[3]);
            double logMode = Math.abs(d.logPmf(Math.round(d.mean()))); // within 1 of the mode's
            Tolerance.assertWithin(d.entropy(), expected, C * EPS * (1 + logMode) * (2 + expected), d + ".entropy()");
            rows++;
        }
        assertTrue(rows >= 6, "rows: " + rows);
    }

    /**
     * Standard deviations from 200 to 1e5 (both sides of the switch to Euler-Maclaurin at 256): the tail away from the mode against {@code P(k)} times
     * the ratio recurrence summed in the test with Neumaier's compensation until a bound on the rest
     * is below 2^-60. The recurrence's j-th term carries at most {@code 4 j u} relative error (three
     * roundings per ratio and one product), which the test accumulates into the allowed difference.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void againstCompensatedDirectSum(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Hypergeometric d = withStdDevBetween(r, 200, 1e5);
        for (int i = 0; i < 4; i++) {
            double z = i % 2 == 0 ? r.nextDouble(-4, 4) : Math.copySign(r.nextDouble(4, 37), r.nextDouble() - 0.5);
            long k = clampInside(d, Math.round(d.mean() + z * d.stdDev()));
            long mode = (long) Math.floor((d.draws() + 1.0) * (d.successes() + 1.0) / (d.population() + 2.0));
            int dir = k < mode ? -1 : 1;
            long first = dir < 0 ? k : k + 1;
            double[] sumAndBound = directSum(d, first, dir);
            double expected = d.pmf(first) * sumAndBound[0];
            double actual = dir < 0 ? d.cdf(k) : d.survival(k);
            String at = d + " at k = " + k + " (seed " + seed + ")";
            if (expected >= Double.MIN_NORMAL) {
                Tolerance.assertRelative(actual, expected, 16 * EPS + sumAndBound[1], at + ": tail");
            }
        }
    }

    /** {@code {sum, relative error bound}} of {@code sum_j P(first + dir j) / P(first)}. */
    private static double[] directSum(Hypergeometric d, long first, int dir) {
        long nn = d.population();
        long kk = d.successes();
        long n = d.draws();
        long end = dir < 0 ? Math.max(0, n + kk - nn) : Math.min(n, kk);
        double sum = 1;
        double comp = 0;
        double err = 0;
        double t = 1;
        long steps = 0;
        for (long j = first; j != end; j += dir) {
            double rho = dir < 0
                    ? (double) j * (nn - kk - n + j) / ((double) (kk - j + 1) * (n - j + 1))
                    : (double) (kk - j) * (n - j) / ((double) (j + 1) * (nn - kk - n + j + 1));
            t *= rho;
            steps++;
            double s = sum + t;
            comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
            err += t * 4 * steps;
            if (rho < 1 && t * rho / (1 - rho) <= 0x1p-60 * sum) {
                break;
            }
        }
        double total = sum + comp;
        return new double[] {total, Tolerance.U * (err / total + 2)};
    }

    /**
     * Random parameters over the whole range: cdf + survival = 1, the cdf increasing by the mass,
     * the log forms against the direct ones, and quantile and inverse-survival round trips down to
     * 1e-300 (the smallest k whose cdf reaches p, by the library's own cdf and survival).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void propertiesOverRandomParameters(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eedL);
        for (int i = 0; i < 6; i++) {
            Hypergeometric d = random(r);
            String at = d + " (seed " + seed + ")";
            double sd = d.stdDev();
            long k = clampInside(d, Math.round(d.mean() + r.nextDouble(-6, 6) * sd));
            double cdf = d.cdf(k);
            double sf = d.survival(k);
            Tolerance.assertWithin(cdf + sf, 1, 8 * EPS, at + " k = " + k + ": cdf + survival");
            long step = Math.max(1, Math.round(sd / 3));
            long next = Math.min(d.support().upper(), k + step);
            assertTrue(d.cdf(next) >= cdf, at + ": cdf(" + next + ") < cdf(" + k + ")");
            if (k + 1 <= d.support().upper()) {
                // cdf(k+1) - cdf(k) = P(k+1), decided in the smaller tail
                double diff = cdf <= 0.5 ? d.cdf(k + 1) - cdf : sf - d.survival(k + 1);
                double scale = Math.min(cdf, sf) + d.pmf(k + 1);
                double bound = 2 * C * EPS * (1 + Math.abs(Math.log(Math.max(scale, Double.MIN_NORMAL)))) * scale;
                Tolerance.assertWithin(diff, d.pmf(k + 1), bound, at + " k = " + k + ": cdf step");
            }
            if (cdf >= Double.MIN_NORMAL && cdf < 0.5) {
                Tolerance.assertWithin(
                        d.logCdf(k), Math.log(cdf), 4 * EPS * Math.abs(Math.log(cdf)) + 2 * EPS, at + ": logCdf");
            }
            if (sf >= Double.MIN_NORMAL && sf < 0.5) {
                Tolerance.assertWithin(
                        d.logSurvival(k), Math.log(sf), 4 * EPS * Math.abs(Math.log(sf)) + 2 * EPS, at + ": logSf");
            }
            double p = Math.pow(10, -r.nextDouble(0.31, 300));
            long lo = d.support().lower();
            long q = d.quantile(p);
            assertTrue(d.cdf(q) >= p && (q == lo || d.cdf(q - 1) < p), at + ": quantile(" + p + ") = " + q);
            long s = d.inverseSurvival(p);
            assertTrue(
                    d.survival(s) <= p && (s == lo || d.survival(s - 1) > p),
                    at + ": inverseSurvival(" + p + ") = " + s);
            double big = 1 - p;
            double rest = 1 - big; // exact: the upper quantile is decided by survival <= 1 - p
            if (big < 1) {
                long u = d.quantile(big);
                assertTrue(
                        d.survival(u) <= rest && (u == lo || d.survival(u - 1) > rest),
                        at + ": quantile(" + big + ") = " + u);
            }
        }
    }

    /** The worst case of the earlier term-by-term sums: 1e7 standard deviations of terms. */
    @Test
    void widestCaseOfTheBenchmark() {
        Hypergeometric d = new Hypergeometric(934179594294154L, 179317292506892L, 270460179740924L);
        long k = 51915252327858L;
        double p = d.cdf(k);
        assertEquals(k, d.quantile(p), "quantile(cdf(k))");
        long upper = 2 * Math.round(d.mean()) - k; // as far into the upper tail
        assertEquals(upper, d.inverseSurvival(d.survival(upper)), "inverseSurvival(survival(k))");
    }

    private static long clampInside(Hypergeometric d, long k) {
        return Math.max(d.support().lower(), Math.min(d.support().upper() - 1, k));
    }

    /** N log-uniform in [10, 2^52], fractions log-uniform in [1e-6, 1/2] or their complements. */
    private static Hypergeometric random(SplittableRandom r) {
        long n = (long) Math.exp(r.nextDouble(Math.log(10), 52 * Math.log(2)));
        long successes = Math.max(1, Math.min(n - 1, (long) (n * fraction(r))));
        long draws = Math.max(1, Math.min(n - 1, (long) (n * fraction(r))));
        return new Hypergeometric(n, successes, draws);
    }

    private static double fraction(SplittableRandom r) {
        double f = Math.exp(r.nextDouble(Math.log(1e-6), Math.log(0.5)));
        return r.nextBoolean() ? 1 - f : f;
    }

    private static Hypergeometric withStdDevBetween(SplittableRandom r, double lo, double hi) {
        for (int tries = 0; tries < 100_000; tries++) {
            Hypergeometric d = random(r);
            double sd = d.stdDev();
            if (sd >= lo && sd <= hi) {
                return d;
            }
        }
        throw new IllegalStateException("no parameters with the standard deviation in [" + lo + ", " + hi + "]");
    }
}

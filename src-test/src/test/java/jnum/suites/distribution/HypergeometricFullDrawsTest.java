package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Hypergeometric;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hypergeometric masses when nearly the whole population is drawn, where {@code n / N} is next to
 * 1: against mpmath ({@code reference/discrete/hypergeometric_full_draws.csv} and the script that
 * wrote it), and over random parameters through the symmetry of the mass in the number of
 * successes and the number of draws, {@code P(N, K, n; k) = P(N, n, K; k)}, and {@code cdf +
 * survival = 1}. The inputs are integers, exact in doubles, so no conditioning excuses an error:
 * the log mass is allowed {@code C eps (1 + |log P|)}.
 */
class HypergeometricFullDrawsTest {
    private static final double C = 64;

    @Test
    void logMassAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/hypergeometric_full_draws.csv")) {
            Hypergeometric d = new Hypergeometric(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
            long k = Long.parseLong(f[3]);
            double expected = Double.parseDouble(f[4]);
            double bound = C * Tolerance.EPS * (1 + Math.abs(expected));
            Tolerance.assertWithin(d.logPmf(k), expected, bound, d + ".logPmf(" + k + ")");
            Tolerance.assertRelative(d.pmf(k), Math.exp(expected), bound, d + ".pmf(" + k + ")");
            rows++;
        }
        assertTrue(rows >= 100, "rows: " + rows);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetryAndComplementWithNearlyAllDrawn(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            long n = (long) Math.exp(r.nextDouble(Math.log(20), Math.log(1e9)));
            long successes = r.nextLong(1, n);
            long left = Math.max(1, (long) Math.exp(r.nextDouble(0, Math.log(Math.max(1, n / 4.0)))));
            long draws = n - left;
            Hypergeometric d = new Hypergeometric(n, successes, draws);
            Hypergeometric swapped = new Hypergeometric(n, draws, successes);
            double mean = (double) draws * successes / n;
            double sd = Math.sqrt(Math.max(0.25, mean * (n - successes) / n * left / Math.max(1, n - 1)));
            long k = Math.round(mean + r.nextDouble(-4, 4) * sd);
            k = Math.max(Math.max(0, draws + successes - n), Math.min(Math.min(draws, successes), k));
            String at = d + " at k = " + k + " (seed " + seed + ")";
            double lp = d.logPmf(k);
            Tolerance.assertWithin(
                    lp,
                    swapped.logPmf(k),
                    2 * C * Tolerance.EPS * (1 + Math.abs(lp)),
                    at + ": P(N, K, n) = P(N, n, K)");
            Tolerance.assertWithin(d.cdf(k) + d.survival(k), 1, 8 * Tolerance.EPS, at + ": cdf + survival");
        }
    }
}

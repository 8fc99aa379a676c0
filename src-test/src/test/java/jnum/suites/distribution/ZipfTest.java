package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;

import java.util.stream.Stream;
import jnum.stat.distribution.Zipf;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Zipf: mpmath values (incl. n = 1e9), the driver (rejection-inversion sampler), direct sums. */
class ZipfTest {
    static Stream<Zipf> grid() {
        return Stream.of(
                new Zipf(1, 2),
                new Zipf(10, 1),
                new Zipf(100, 2.5),
                new Zipf(1000, 0.5),
                new Zipf(50, 20),
                new Zipf(5000, 1.0000001),
                new Zipf(1_000_000_000L, 1.1),
                new Zipf(200_000, 0.2));
    }

    @Test
    void valuesAgainstMpmath() {
        DiscreteReferenceRows.assertAccurate(DiscreteReferenceRows.extremes("Zipf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void deterministicProperties(Zipf d) {
        DiscreteDistributionChecks.of(d).deterministic();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomProperties(long seed) {
        Zipf[] g = grid().toArray(Zipf[]::new);
        DiscreteDistributionChecks.of(g[(int) Math.floorMod(seed, (long) g.length)])
                .random(seed);
    }

    /** Neumaier's compensated sum of k^-s over k = 1..n: error about 2u, whatever n. */
    private static double compensated(long n, double s) {
        double sum = 0;
        double c = 0;
        for (long k = n; k >= 1; k--) {
            double t = Math.pow(k, -s);
            double u = sum + t;
            c += Math.abs(sum) >= Math.abs(t) ? (sum - u) + t : (t - u) + sum;
            sum = u;
        }
        return sum + c;
    }

    /**
     * The Euler-Maclaurin harmonic sums against compensated direct summation for lengths that cross
     * the direct/asymptotic seam, 1e-14 relative.
     */
    @Test
    void harmonicSumsMatchDirectSummation() {
        for (double s : new double[] {0.3, 1, 1.5, 3}) {
            for (long n : new long[] {5, 17, 40, 41, 1000, 100_000}) {
                Zipf z = new Zipf(n, s);
                double direct = compensated(n, s);
                for (long k : new long[] {1, n / 3, n - 1}) {
                    if (k < 1 || k >= n) {
                        continue;
                    }
                    double head = compensated(k, s);
                    Tolerance.assertRelative(z.cdf(k), head / direct, 1e-14, z + " cdf(" + k + ")");
                }
                Tolerance.assertRelative(z.pmf(1), 1 / direct, 1e-14, z + " pmf(1)");
            }
        }
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("n = 0", () -> new Zipf(0, 1), "n");
        for (double s : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRejects("Zipf(10, " + s + ")", () -> new Zipf(10, s), "exponent");
        }
    }
}

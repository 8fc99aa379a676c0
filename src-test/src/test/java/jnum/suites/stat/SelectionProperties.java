package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.stat.QuantileMethod;
import jnum.stat.Stats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantiles by selection equal the order statistics of a full sort, exactly, on inputs that break
 * naive quickselects: sorted, reversed, organ-pipe, few distinct values, all equal, signed zeros,
 * and random data, at lengths on both sides of the sampled-pivot threshold and with one, two or
 * many wanted probabilities (type 1 returns an order statistic itself; type 7 lies between its
 * two, and is one where (n - 1) p is an integer). The input array is left unchanged.
 */
class SelectionProperties {
    private static double[] data(SplittableRandom rnd, int n, int shape) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (shape) {
                case 0 -> i; // sorted
                case 1 -> n - i; // reversed
                case 2 -> Math.min(i, n - i); // organ pipe
                case 3 -> rnd.nextInt(4); // few distinct values
                case 4 -> 7.0; // all equal
                case 5 -> rnd.nextBoolean() ? 0.0 : -0.0; // signed zeros
                case 6 -> i % 2 == 0 ? i : -i; // interleaved
                default -> rnd.nextGaussian() * Math.exp(3 * rnd.nextGaussian());
            };
        }
        return x;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void selectedEqualsSorted(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n : new int[] {1, 2, 3, 25, 599, 601, 1000 + rnd.nextInt(20000)}) {
            for (int shape = 0; shape < 8; shape++) {
                double[] x = data(rnd, n, shape);
                double[] before = x.clone();
                double[] sorted = x.clone();
                Arrays.sort(sorted);
                int many = 1 + rnd.nextInt(12);
                double[] ps = new double[many];
                for (int q = 0; q < many; q++) {
                    ps[q] = rnd.nextInt(5) == 0 ? rnd.nextInt(2) : rnd.nextDouble();
                }
                String ctx = "n=" + n + " shape=" + shape + " ps=" + Arrays.toString(ps) + " seed=" + seed;
                double[] got = Stats.quantiles(x, ps, QuantileMethod.INVERTED_CDF);
                for (int q = 0; q < many; q++) {
                    int k = Math.max(0, (int) Math.ceil(n * ps[q]) - 1);
                    // signed zeros compare equal: compare values, not bits
                    assertEquals(sorted[k], got[q], 0.0, ctx + " p=" + ps[q]);
                }
                int k = rnd.nextInt(n);
                double p = n == 1 ? 0.5 : (double) k / (n - 1);
                double linear = Stats.quantile(x, p);
                double v = (n - 1) * p;
                int f = (int) Math.floor(v);
                if (v == f) {
                    assertEquals(sorted[f], linear, 0.0, ctx + " linear k=" + k);
                } else {
                    // type 7 interpolates monotonically between its two order statistics
                    assertTrue(linear >= sorted[f] && linear <= sorted[f + 1], ctx + " linear k=" + k + ": " + linear);
                }
                assertEquals(Arrays.toString(before), Arrays.toString(x), ctx + ": the input changed");
            }
        }
    }
}

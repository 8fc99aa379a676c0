package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.stat.QuantileMethod;
import jnum.stat.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Stats#weightedQuantiles(double[], double[], double...)}: exactly NumPy's {@code
 * inverted_cdf} with weights on stored samples; unit weights equal the unweighted type 1; integer
 * weights equal the type-1 quantile of the repeated data; invariant under permutation.
 */
class WeightedQuantileTest {
    private static final double[] PS = {0, 1e-9, 0.01, 0.1, 0.2, 0.25, 1.0 / 3, 0.5, 0.6, 0.75, 0.9, 0.999, 1};

    @Test
    void numpyInvertedCdf() throws IOException {
        try (InputStream in =
                WeightedQuantileTest.class.getResourceAsStream("/reference/stat/weighted_quantiles.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            for (int i = 0; i < lines.length; i += 4) {
                double[] x = row(lines[i]), w = row(lines[i + 1]), p = row(lines[i + 2]), q = row(lines[i + 3]);
                assertArrayEquals(q, Stats.weightedQuantiles(x, w, p), "n = " + x.length);
                assertArrayEquals(q, Stats.weightedQuantiles(Vec.of(x), Vec.of(w), p), "Vec, n = " + x.length);
            }
        }
    }

    private static double[] row(String line) {
        String[] f = line.split(",");
        return Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void unitAndIntegerWeights(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(200);
        double[] x = new double[n];
        double[] ones = new double[n];
        double[] w = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Math.rint(r.nextGaussian() * 5) + 0.0; // ties (and + 0.0: no -0.0, which equals 0.0)
            ones[i] = 1;
            w[i] = r.nextInt(4);
            total += (int) w[i];
        }
        if (total == 0) {
            w[0] = 1;
            total = 1;
        }
        double[] repeated = new double[total];
        for (int i = 0, k = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++) {
                repeated[k++] = x[i];
            }
        }
        assertArrayEquals(
                Stats.quantiles(x, PS, QuantileMethod.INVERTED_CDF),
                Stats.weightedQuantiles(x, ones, PS),
                "unit weights");
        assertArrayEquals(
                Stats.quantiles(repeated, PS, QuantileMethod.INVERTED_CDF),
                Stats.weightedQuantiles(x, w, PS),
                "integer weights");
        // permutation invariance
        double[] xr = x.clone(), wr = w.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double t = xr[i];
            xr[i] = xr[j];
            xr[j] = t;
            t = wr[i];
            wr[i] = wr[j];
            wr[j] = t;
        }
        assertArrayEquals(Stats.weightedQuantiles(x, w, PS), Stats.weightedQuantiles(xr, wr, PS), "permuted");
        assertEquals(Stats.weightedQuantile(x, w, 0.5), Stats.weightedMedian(x, w));
    }

    @Test
    void badInputAndNaN() {
        double[] x = {1, 2, 3};
        assertTrue(Double.isNaN(Stats.weightedMedian(new double[] {1, Double.NaN}, new double[] {1, 1})));
        assertThrows(DimensionMismatchException.class, () -> Stats.weightedMedian(x, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Stats.weightedMedian(x, new double[] {1, -1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Stats.weightedMedian(x, new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Stats.weightedQuantile(x, new double[] {1, 1, 1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Stats.weightedMedian(new double[0], new double[0]));
        assertThrows(NullPointerException.class, () -> Stats.weightedMedian(x, null));
    }
}

package jnum.spark;

import static jnum.testkit.Tolerance.U;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.Vec;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regression merged by TSQR over partitions against stat's batch {@link LinearRegression} of
 * the same rows. The designs have columns of very different scales and a large offset but are well
 * conditioned after column scaling ({@code cond < 1e3}); both fits are backward stable, so their
 * fitted values agree to {@code 30 n cond u} relative to the size of the fit (and the sums of
 * squares to the same relative bound).
 */
class SparkRegressionTest {
    private static final double COND = 1e3;

    /** The test kit's seeds, as few as in {@link SparkStatsProperties} (each case starts Spark jobs). */
    static LongStream seeds() {
        return SparkStatsProperties.seeds();
    }

    /** Columns x0..x(p-1) (predictors) and x(p) (the response). */
    static double[][] data(SplittableRandom rng, int n, int p) {
        double[][] c = new double[p + 1][n];
        for (int i = 0; i < n; i++) {
            double y = rng.nextDouble(-5, 5) + 1e3;
            for (int j = 0; j < p; j++) {
                double scale = Math.pow(10, (j * 7) % 5 - 2);
                double v = rng.nextGaussian();
                c[j][i] = scale * v + (j == 0 ? 50 * scale : 0);
                y += (j + 1) * v;
            }
            c[p][i] = y;
        }
        return c;
    }

    static LinearRegression batch(double[][] c, boolean intercept) {
        int p = c.length - 1;
        double[][] rows = new double[c[0].length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[p];
            for (int j = 0; j < p; j++) {
                rows[i][j] = c[j][i];
            }
        }
        return LinearRegression.fit(rows, c[p], intercept);
    }

    /** The fits agree in their fitted values at every row (column-scaled, backward-error sense). */
    static void assertSameFit(LinearRegression got, LinearRegression want, double[][] c, String ctx) {
        int n = c[0].length, p = c.length - 1;
        boolean intercept = want.hasIntercept();
        assertEquals(want.observations(), got.observations(), ctx + ": n");
        assertEquals(want.rank(), got.rank(), ctx + ": rank");
        Vec bg = got.coefficients(), bw = want.coefficients();
        double diff = 0, size = 0;
        for (int i = 0; i < n; i++) {
            double fg = intercept ? bg.get(0) : 0, fw = intercept ? bw.get(0) : 0;
            double mag = intercept ? Math.abs(bw.get(0)) : 0;
            for (int j = 0; j < p; j++) {
                int k = j + (intercept ? 1 : 0);
                fg += bg.get(k) * c[j][i];
                fw += bw.get(k) * c[j][i];
                mag += Math.abs(bw.get(k) * c[j][i]);
            }
            diff = Math.max(diff, Math.abs(fg - fw));
            size = Math.max(size, mag);
        }
        double bound = 30 * n * COND * U;
        assertTrue(diff <= bound * size, ctx + ": fitted values differ by " + diff + " > " + bound * size);
        assertEquals(
                want.residualSumOfSquares(),
                got.residualSumOfSquares(),
                bound * want.totalSumOfSquares(),
                ctx + ": RSS");
        assertEquals(want.rSquared(), got.rSquared(), bound, ctx + ": R^2");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void matchesTheBatchFit(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int p = rng.nextInt(1, 5);
        int n = p + 3 + rng.nextInt(rng.nextBoolean() ? 40 : 5000);
        int parts = new int[] {1, 2, 5, 16, 64}[rng.nextInt(5)];
        boolean intercept = rng.nextInt(4) != 0;
        double[][] c = data(rng, n, p);
        Dataset<Row> df = LocalSpark.frame(c, parts);
        String[] names = LocalSpark.names(p + 1);
        String[] predictors = Arrays.copyOf(names, p);
        String ctx = "seed=" + seed + " n=" + n + " p=" + p + " partitions=" + parts + " intercept=" + intercept;
        LinearRegression want = batch(c, intercept);
        assertSameFit(SparkStats.regression(df, names[p], intercept, predictors), want, c, ctx);
        assertSameFit(
                df.select(new RegressionAggregator(names[p], intercept, predictors).toColumn())
                        .first(),
                want,
                c,
                ctx + " aggregator");
        var observations = LocalSpark.context().parallelize(Arrays.asList(SparkStatsProperties.transpose(c)), parts);
        assertSameFit(SparkStats.regression(observations, p, intercept), want, c, ctx + " RDD");
    }

    @Test
    void nullRowsAreSkippedAndNaNFailsTheJob() {
        double[][] c = {{1, 2, 3, 4, 5, 6}, {2.1, 3.9, 6.2, 7.8, 10.1, 12}};
        boolean[][] nulls = {{false, false, true, false, false, false}, {false, false, false, false, false, false}};
        LinearRegression got = SparkStats.regression(LocalSpark.frame(c, nulls, 3), "x1", true, "x0");
        double[][] kept = {{1, 2, 4, 5, 6}, {2.1, 3.9, 7.8, 10.1, 12}};
        assertSameFit(got, batch(kept, true), kept, "NULL row skipped");

        double[][] nan = {{1, 2, 3, 4}, {1, Double.NaN, 3, 4}};
        Exception e =
                assertThrows(Exception.class, () -> SparkStats.regression(LocalSpark.frame(nan, 2), "x1", true, "x0"));
        boolean named = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            named |= t instanceof IllegalArgumentException && t.getMessage().contains("NaN");
        }
        assertTrue(named, "the cause names the NaN: " + e);
        assertThrows(IllegalArgumentException.class, () -> new RegressionAggregator("y", true));
        assertThrows(
                IllegalStateException.class,
                () -> SparkStats.regression(LocalSpark.frame(new double[][] {{}, {}}, 2), "x1", true, "x0"));
    }

    @ParameterizedTest
    @EnumSource(AccumulatorSerializationTest.Codec.class)
    void accumulatorRoundTrips(AccumulatorSerializationTest.Codec codec) {
        double[][] c = data(new SplittableRandom(11), 700, 3);
        RegressionAccumulator acc = new RegressionAccumulator(3, true);
        for (int i = 0; i < 700; i++) {
            acc.add(new double[] {c[0][i], c[1][i], c[2][i]}, c[3][i]); // 700 = 2 folds + rows pending
        }
        RegressionAccumulator copy = AccumulatorSerializationTest.roundTrip(acc, codec);
        assertArrayEquals(
                acc.result().coefficients().toArray(),
                copy.result().coefficients().toArray());
        acc.add(new double[] {1, 2, 3}, 4);
        copy.add(new double[] {1, 2, 3}, 4);
        assertArrayEquals(
                acc.result().coefficients().toArray(),
                copy.result().coefficients().toArray());
        assertEquals(acc.result().residualSumOfSquares(), copy.result().residualSumOfSquares());
        RegressionAggregator agg =
                AccumulatorSerializationTest.roundTrip(new RegressionAggregator("y", false, "a"), codec);
        assertEquals(1, agg.zero().predictors());
    }
}

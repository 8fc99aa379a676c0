package jnum.spark;

import static jnum.spark.MergeBounds.assertCorrelation;
import static jnum.spark.MergeBounds.assertMoments;
import static jnum.spark.MergeBounds.assertSummary;
import static jnum.spark.MergeBounds.merges;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Histogram;
import jnum.stat.Stats;
import jnum.stat.Summary;
import jnum.testkit.Seeds;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark's results against stat's on the same data collected on one machine: random data of random
 * offset and scale (correlated columns), 0 to 20000 rows over 1 to 64 partitions (empty ones
 * included), through the one-call Dataset and RDD methods and the typed aggregators.
 */
class SparkStatsProperties {
    private static final int[] PARTITIONS = {1, 2, 3, 4, 7, 16, 33, 64};

    /**
     * The first few of the run's seeds ({@code -Djnum.test.seed} still picks one): every case starts
     * Spark jobs, which cost far more than the arithmetic they check.
     */
    static LongStream seeds() {
        return Seeds.seeds().limit(Math.max(1, Seeds.count() / 4));
    }

    /** Columns with a common offset and scale and mixed correlation; n rows, p columns. */
    static double[][] data(SplittableRandom rng, int n, int p) {
        double offset = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, rng.nextDouble(0, 6));
        double scale = Math.pow(10, rng.nextDouble(-3, 3));
        double[][] x = new double[p][n];
        for (int i = 0; i < n; i++) {
            double common = rng.nextDouble() - 0.5;
            for (int j = 0; j < p; j++) {
                double own = rng.nextDouble() - 0.5;
                double skewed = -Math.log(1 - rng.nextDouble()); // exponential: non-zero skewness
                x[j][i] = offset + scale * (j * common + own + (j % 2) * skewed);
            }
        }
        return x;
    }

    static CovarianceAccumulator statMoments(double[][] x) {
        int p = x.length, n = x[0].length;
        double[][] rows = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                rows[i][j] = x[j][i];
            }
        }
        CovarianceAccumulator acc = new CovarianceAccumulator(p);
        return n == 0 ? acc : acc.addRows(Dense.of(rows));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void datasetMatchesStat(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = rng.nextInt(4) == 0 ? rng.nextInt(0, 70) : rng.nextInt(0, 20000);
        int p = rng.nextInt(1, 7);
        int parts = PARTITIONS[rng.nextInt(PARTITIONS.length)];
        double[][] x = data(rng, n, p);
        Dataset<Row> df = LocalSpark.frame(x, parts);
        String ctx = "seed=" + seed + " n=" + n + " p=" + p + " partitions=" + parts;

        Summary want = Summary.of(x[0]);
        assertSummary(SparkStats.summary(df, "x0"), want, merges(n, SummaryBuffer.BLOCK, parts), ctx);

        CovarianceAccumulator wantC = statMoments(x);
        CovarianceAccumulator got = SparkStats.moments(df, LocalSpark.names(p));
        int m = merges(n, 16, parts);
        assertMoments(got, wantC, m, ctx);
        if (n >= 2) {
            assertCorrelation(got, wantC, m, ctx);
        }

        double lo = want.count() == 0 ? 0 : want.min(), hi = want.count() == 0 ? 1 : want.max();
        double[] edges = {lo - 1, lo, 0.5 * (lo + hi), lo + 0.9 * (hi - lo), hi - 0.25 * (hi - lo) * rng.nextDouble()};
        java.util.Arrays.sort(edges);
        assertHistogram(SparkStats.histogram(df, "x0", edges), Stats.histogram(x[0], edges), ctx);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aggregatorsAndRddsMatchStat(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int n = rng.nextInt(0, 6000);
        int p = rng.nextInt(1, 5);
        int parts = PARTITIONS[rng.nextInt(PARTITIONS.length)];
        double[][] x = data(rng, n, p);
        Dataset<Row> df = LocalSpark.frame(x, parts);
        String ctx = "seed=" + seed + " n=" + n + " p=" + p + " partitions=" + parts;
        int m = merges(n, 16, parts);

        Summary want = Summary.of(x[p - 1]);
        Summary typed =
                df.select(new SummaryAggregator("x" + (p - 1)).toColumn()).first();
        assertSummary(typed, want, m, ctx + " SummaryAggregator");
        var values = LocalSpark.context().parallelizeDoubles(boxed(x[p - 1]), parts);
        assertSummary(SparkStats.summary(values), want, m, ctx + " RDD summary");

        CovarianceAccumulator wantC = statMoments(x);
        CovarianceAccumulator typedC = df.select(new CovarianceAggregator(LocalSpark.names(p)).toColumn())
                .first();
        assertMoments(typedC, wantC, m, ctx + " CovarianceAggregator");
        var rows = LocalSpark.context().parallelize(java.util.Arrays.asList(transpose(x)), parts);
        assertMoments(SparkStats.moments(rows, p), wantC, m, ctx + " RDD moments");

        double[] edges = {-1e7, -1, 0, 1, 10, 1e3, 1e7};
        Histogram wantH = Stats.histogram(x[0], edges);
        assertHistogram(
                df.select(new HistogramAggregator("x0", edges).toColumn()).first(), wantH, ctx);
        assertHistogram(
                SparkStats.histogram(LocalSpark.context().parallelizeDoubles(boxed(x[0]), parts), edges), wantH, ctx);
    }

    /** Partition counts 1 to 64 over the same rows, all merge orders against one reference. */
    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 21, 32, 48, 64})
    void everyPartitionCount(int parts) {
        SplittableRandom rng = new SplittableRandom(parts);
        double[][] x = data(rng, 3000, 4);
        Dataset<Row> df = LocalSpark.frame(x, parts);
        String ctx = "partitions=" + parts;
        assertSummary(SparkStats.summary(df, "x1"), Summary.of(x[1]), merges(3000, 16, parts), ctx);
        Summary[] all = SparkStats.summaries(df, "x3", "x0");
        assertSummary(all[0], Summary.of(x[3]), merges(3000, 16, parts), ctx + " summaries x3");
        assertSummary(all[1], Summary.of(x[0]), merges(3000, 16, parts), ctx + " summaries x0");
        assertMoments(SparkStats.moments(df, LocalSpark.names(4)), statMoments(x), merges(3000, 16, parts), ctx);
    }

    static void assertHistogram(Histogram got, Histogram want, String ctx) {
        assertArrayEquals(want.edges(), got.edges(), ctx + ": edges");
        assertArrayEquals(want.counts(), got.counts(), ctx + ": counts (exact)");
        assertEquals(want, got, ctx);
    }

    static java.util.List<Double> boxed(double[] x) {
        return java.util.Arrays.stream(x).boxed().toList();
    }

    static double[][] transpose(double[][] x) {
        int p = x.length, n = x[0].length;
        double[][] t = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                t[i][j] = x[j][i];
            }
        }
        return t;
    }
}

package jnum.spark;

import static jnum.spark.MergeBounds.assertMoments;
import static jnum.spark.MergeBounds.assertSummary;
import static jnum.spark.MergeBounds.merges;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Histogram;
import jnum.stat.Summary;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Empty partitions and frames, NaN, SQL NULL, non-double columns, groups and bad arguments. */
class SparkStatsEdgeCasesTest {
    private static final double[] X = {3.5, -1.25, 7, 0.5, 2};

    @Test
    void moreParitionsThanRows() {
        Dataset<Row> df = LocalSpark.frame(new double[][] {X, X.clone()}, 64);
        assertSummary(SparkStats.summary(df, "x0"), Summary.of(X), merges(5, 1, 64), "5 rows in 64 partitions");
        assertSummary(
                df.select(new SummaryAggregator("x1").toColumn()).first(),
                Summary.of(X),
                merges(5, 1, 64),
                "aggregator, 5 rows in 64 partitions");
        assertMoments(
                SparkStats.moments(df, "x0", "x1"),
                SparkStatsProperties.statMoments(new double[][] {X, X}),
                merges(5, 1, 64),
                "5 rows in 64 partitions");
    }

    @Test
    void emptyFrame() {
        Dataset<Row> df = LocalSpark.frame(new double[][] {new double[0], new double[0]}, 3);
        Summary s = SparkStats.summary(df, "x0");
        assertEquals(0, s.count());
        assertThrows(IllegalStateException.class, s::mean);
        assertEquals(
                0, df.select(new SummaryAggregator("x0").toColumn()).first().count());
        CovarianceAccumulator c = SparkStats.moments(df, "x0", "x1");
        assertEquals(0, c.count());
        assertThrows(IllegalStateException.class, () -> SparkStats.covariance(df, "x0", "x1"));
        Histogram h = SparkStats.histogram(df, "x0", 0, 1, 2);
        assertArrayEquals(new double[2], h.counts());
    }

    @Test
    void nanPropagatesIntoSummaryAndTheEntriesItTouches() {
        double[] withNaN = {1, 2, Double.NaN, 4, 5, 6};
        double[] clean = {2, 1, 3, 5, 4, 6};
        double[] other = {0.5, 0.25, 1, 2, 8, 4};
        double[][] x = {clean, withNaN, other};
        Dataset<Row> df = LocalSpark.frame(x, 4);
        Summary s = SparkStats.summary(df, "x1");
        assertEquals(6, s.count());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.variance()) && Double.isNaN(s.max()));
        CovarianceAccumulator got = SparkStats.moments(df, LocalSpark.names(3));
        CovarianceAccumulator stat = SparkStatsProperties.statMoments(x);
        assertMoments(got, stat, merges(6, 1, 4), "NaN in x1");
        Dense cov = got.covariance();
        Dense want = stat.covariance();
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                boolean touched = j == 1 || k == 1;
                assertEquals(touched, Double.isNaN(cov.get(j, k)), "NaN at " + j + "," + k);
                assertEquals(Double.isNaN(want.get(j, k)), Double.isNaN(cov.get(j, k)), "as stat at " + j + "," + k);
            }
        }
    }

    @Test
    void nanFailsAHistogramNamingIt() {
        Dataset<Row> df = LocalSpark.frame(new double[][] {{1, Double.NaN, 2}}, 2);
        Exception e = assertThrows(Exception.class, () -> SparkStats.histogram(df, "x0", 0, 1, 2));
        assertTrue(causes(e, IllegalArgumentException.class, "NaN"), "cause names the NaN: " + e);
        Exception typed = assertThrows(
                Exception.class,
                () -> df.select(new HistogramAggregator("x0", 0, 1, 2).toColumn())
                        .first());
        assertTrue(causes(typed, IllegalArgumentException.class, "NaN"), "cause names the NaN: " + typed);
    }

    @Test
    void sqlNullIsSkippedAsCompleteCases() {
        double[][] x = {{1, 2, 3, 4, 5, 6}, {6, 1, 5, 2, 4, 3}};
        boolean[][] nulls = {{false, true, false, false, false, false}, {false, false, false, true, false, false}};
        Dataset<Row> df = LocalSpark.frame(x, nulls, 3);
        assertSummary(SparkStats.summary(df, "x0"), Summary.of(1, 3, 4, 5, 6), merges(5, 1, 3), "NULL skipped");
        assertSummary(
                df.select(new SummaryAggregator("x0").toColumn()).first(),
                Summary.of(1, 3, 4, 5, 6),
                merges(5, 1, 3),
                "aggregator, NULL skipped");
        CovarianceAccumulator want = SparkStatsProperties.statMoments(new double[][] {{1, 3, 5, 6}, {6, 5, 4, 3}});
        assertMoments(SparkStats.moments(df, "x0", "x1"), want, merges(4, 1, 3), "complete rows");
        assertMoments(
                df.select(new CovarianceAggregator("x0", "x1").toColumn()).first(),
                want,
                merges(4, 1, 3),
                "aggregator, complete rows");
    }

    @Test
    void integerAndLongColumnsAreReadAsDoubles() {
        StructType schema = new StructType()
                .add("i", DataTypes.IntegerType)
                .add("l", DataTypes.LongType)
                .add("s", DataTypes.StringType);
        List<Row> rows =
                List.of(RowFactory.create(1, 10L, "a"), RowFactory.create(4, 7L, "b"), RowFactory.create(-2, 3L, "c"));
        Dataset<Row> df = LocalSpark.session().createDataFrame(rows, schema);
        assertSummary(SparkStats.summary(df, "i"), Summary.of(1, 4, -2), 4, "int column");
        assertSummary(df.select(new SummaryAggregator("l").toColumn()).first(), Summary.of(10, 7, 3), 4, "long");
        IllegalArgumentException notNumeric =
                assertThrows(IllegalArgumentException.class, () -> SparkStats.summary(df, "s"));
        assertTrue(notNumeric.getMessage().contains("column s is string"), notNumeric.getMessage());
        IllegalArgumentException missing =
                assertThrows(IllegalArgumentException.class, () -> SparkStats.moments(df, "i", "nope"));
        assertTrue(missing.getMessage().contains("no column nope"), missing.getMessage());
        Exception typed = assertThrows(
                Exception.class,
                () -> df.select(new CovarianceAggregator("i", "nope").toColumn())
                        .first());
        assertTrue(causes(typed, IllegalArgumentException.class, "no column nope"), typed.toString());
        assertThrows(IllegalArgumentException.class, () -> SparkStats.moments(df));
        assertThrows(IllegalArgumentException.class, () -> SparkStats.histogram(df, "i", 1.0));
        assertThrows(NullPointerException.class, () -> new SummaryAggregator(null));
    }

    @Test
    void perGroupSummaries() {
        double[] g = {0, 1, 0, 1, 0, 1, 1};
        double[] v = {1.5, 10, 2.5, 20, 3.5, 30, 40};
        Dataset<Row> df = LocalSpark.frame(new double[][] {g, v}, 3);
        List<Tuple2<Double, Summary>> groups = df.groupByKey(
                        (MapFunction<Row, Double>) r -> r.getDouble(0), Encoders.DOUBLE())
                .agg(new SummaryAggregator("x1").toColumn())
                .collectAsList();
        assertEquals(2, groups.size());
        for (Tuple2<Double, Summary> t : groups) {
            Summary want = t._1() == 0 ? Summary.of(1.5, 2.5, 3.5) : Summary.of(10, 20, 30, 40);
            assertSummary(t._2(), want, 8, "group " + t._1());
        }
        assertFalse(groups.get(0)._1().equals(groups.get(1)._1()));
    }

    private static boolean causes(Throwable e, Class<? extends Throwable> type, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t) && t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}

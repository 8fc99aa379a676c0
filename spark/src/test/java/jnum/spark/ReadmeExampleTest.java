package jnum.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jnum.mat.Dense;
import jnum.stat.Histogram;
import jnum.stat.Summary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The README's Spark example, line for line, with the values its comments state (the README's
 * jshell blocks run without Spark, so this one is a Java block run here).
 */
class ReadmeExampleTest {
    @Test
    void readmeSparkSection() {
        SparkSession spark = LocalSpark.session(); // README: SparkSession.builder().master("local[2]").getOrCreate()
        // ---- README ----
        Dataset<Row> df = spark.range(1, 1001).selectExpr("id * 0.5 AS x", "id % 7 AS y");

        Summary s = SparkStats.summary(df, "x");
        // s.count() == 1000, s.mean() == 250.25, s.variance() == 20854.1666...
        Dense cov = SparkStats.covariance(df, "x", "y"); // 2 x 2, in the order x, y
        Histogram h = SparkStats.histogram(df, "y", 0, 2, 4, 7);
        // h.counts() == {285, 286, 429}
        Summary same = df.select(new SummaryAggregator("x").toColumn()).first();
        // ---- end ----
        assertEquals(1000, s.count());
        double ulps = 64 * 0x1p-52; // a few ulps per merge of the blocks and partitions
        assertEquals(250.25, s.mean(), 250.25 * ulps);
        double variance = 1000 * 1001 / 48.0; // 0.25 * n (n + 1) / 12, the sample variance of 0.5, 1, ..., 500
        assertEquals(variance, s.variance(), variance * ulps);
        assertEquals(2, cov.rows());
        assertEquals(s.variance(), cov.get(0, 0), variance * ulps);
        assertArrayEquals(new double[] {285, 286, 429}, h.counts());
        assertEquals(s.mean(), same.mean(), 250.25 * ulps);
        assertEquals(s.count(), same.count());
    }
}

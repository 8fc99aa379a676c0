package jnum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jnum.mat.Dense;
import jnum.stat.Summary;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.mllib.linalg.Matrix;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.mllib.linalg.distributed.RowMatrix;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;

/**
 * The measured comparison of docs/benchmarks/spark.md, not part of the test suite (the class name
 * matches no surefire include): time of the summary and the covariance matrix of many columns of a
 * cached Dataset in local mode, jnum against Spark's {@code summary()}, {@code stat().cov} and
 * MLlib's {@code Summarizer} and {@code RowMatrix.computeCovariance}; then the digits each gets on
 * hard data (mean 1e9, standard deviation 0.1) against the exact values.
 *
 * <pre>
 * mvn -o test -pl spark -am -Dtest=SparkStatsBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dspark.testHeap=6g -Djnum.bench.rows=1000000 -Djnum.bench.cols=100
 * </pre>
 */
class SparkStatsBench {
    private static final int ROWS = Integer.getInteger("jnum.bench.rows", 1_000_000);
    private static final int COLS = Integer.getInteger("jnum.bench.cols", 100);
    private static final int REPEATS = Integer.getInteger("jnum.bench.repeats", 3);
    private static final int COV_PAIRS = 10;

    @Test
    void speedAndDigits() {
        SparkSession spark = LocalSpark.session();
        System.out.printf(
                Locale.ROOT,
                "# rows=%d cols=%d partitions=%d repeats=%d (median)%n",
                ROWS,
                COLS,
                spark.sparkContext().defaultParallelism(),
                REPEATS);
        String[] names = new String[COLS];
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < COLS; j++) {
            names[j] = "c" + j;
            // mixed offsets and scales, some columns correlated with the first
            Column v =
                    j % 3 == 0 ? randn(j).multiply(1 + j) : rand(j).multiply(10).plus(lit(j));
            cols.add((j % 4 == 1 ? v.plus(randn(0)) : v).as(names[j]));
        }
        Dataset<Row> df = spark.range(ROWS).select(cols.toArray(new Column[0])).persist(StorageLevel.MEMORY_ONLY());
        df.count();
        Dataset<Row> vec = new VectorAssembler()
                .setInputCols(names)
                .setOutputCol("features")
                .transform(df)
                .select("features")
                .persist(StorageLevel.MEMORY_ONLY());
        vec.count();
        var rowMatrix = new RowMatrix(
                vec.javaRDD().map(r -> Vectors.fromML((Vector) r.get(0))).rdd().persist(StorageLevel.MEMORY_ONLY()));
        rowMatrix.rows().count();

        time("summary   jnum SparkStats.summaries", () -> SparkStats.summaries(df, names));
        time(
                "summary   Spark summary(count,mean,stddev,min,max)",
                () -> df.summary("count", "mean", "stddev", "min", "max").collectAsList());
        time(
                "summary   MLlib Summarizer(count,mean,variance,min,max)",
                () -> vec.select(Summarizer.metrics("count", "mean", "variance", "min", "max")
                                .summary(col("features")))
                        .first());
        time("cov       jnum SparkStats.covariance", () -> SparkStats.covariance(df, names));
        time("cov       MLlib RowMatrix.computeCovariance", rowMatrix::computeCovariance);
        double pairs = time("cov       Spark stat().cov, " + COV_PAIRS + " pairs", () -> {
            for (int k = 0; k < COV_PAIRS; k++) {
                df.stat().cov(names[k], names[COLS - 1 - k]);
            }
            return null;
        });
        System.out.printf(
                Locale.ROOT,
                "cov       Spark stat().cov, all %d pairs (extrapolated): %.1f s%n",
                COLS * (COLS - 1) / 2 + COLS,
                pairs / COV_PAIRS * (COLS * (COLS + 1) / 2.0));
        df.unpersist();
        vec.unpersist();
        rowMatrix.rows().unpersist(false);
        digits(spark);
    }

    /** Median wall time in seconds of REPEATS runs after one warm-up, printed. */
    private static double time(String what, Supplier<?> run) {
        run.get();
        double[] t = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            run.get();
            t[r] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%-60s %8.2f s   (runs %s)%n", what, t[REPEATS / 2], Arrays.toString(t));
        return t[REPEATS / 2];
    }

    /** Correct digits, -log10 of the relative error (15.9 when exact). */
    private static String lre(double got, double exact) {
        double rel = Math.abs(got - exact) / Math.abs(exact);
        return rel == 0 ? "exact" : String.format(Locale.ROOT, "%.1f", Math.min(15.9, -Math.log10(rel)));
    }

    private static void digits(SparkSession spark) {
        int n = ROWS + 1;
        double[] y = HardDataTest.numAcc4Like(n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i] + (i % 3 == 0 ? 0.05 : 0);
        }
        double[] ex = HardDataTest.exact(y);
        double exCov = exactCovariance(y, z);
        Dataset<Row> df = LocalSpark.frame(
                        new double[][] {y, z}, 2 * spark.sparkContext().defaultParallelism())
                .persist(StorageLevel.MEMORY_ONLY());
        df.count();
        System.out.printf(
                Locale.ROOT,
                "# hard data: %d values 1e9+0.2, 1e9+0.1, 1e9+0.3, ... (NumAcc4's pattern); exact var %s, cov %s%n",
                n,
                ex[1],
                exCov);
        System.out.println("# peer: variance (digits), covariance with the shifted copy (digits)");
        Summary s = SparkStats.summary(df, "x0");
        Dense c = SparkStats.covariance(df, "x0", "x1");
        report("jnum SparkStats", s.variance(), c.get(0, 1), ex[1], exCov);
        Row r = df.summary("stddev").first();
        double sd = Double.parseDouble(r.getString(1));
        report("Spark summary() stddev^2", sd * sd, df.stat().cov("x0", "x1"), ex[1], exCov);
        Dataset<Row> vec = new VectorAssembler()
                .setInputCols(new String[] {"x0", "x1"})
                .setOutputCol("f")
                .transform(df);
        Vector v = (Vector) vec.select(Summarizer.variance(col("f"))).first().get(0);
        Matrix m = new RowMatrix(vec.select("f")
                        .javaRDD()
                        .map(row -> Vectors.fromML((Vector) row.get(0)))
                        .rdd())
                .computeCovariance();
        report("MLlib Summarizer / RowMatrix", v.apply(0), m.apply(0, 1), ex[1], exCov);
        df.unpersist();
    }

    private static void report(String who, double var, double cov, double exVar, double exCov) {
        System.out.printf(
                Locale.ROOT, "%-32s var %-22s (%s)  cov %-22s (%s)%n", who, var, lre(var, exVar), cov, lre(cov, exCov));
    }

    private static double exactCovariance(double[] y, double[] z) {
        MathContext mc = new MathContext(60);
        BigDecimal sy = BigDecimal.ZERO, sz = BigDecimal.ZERO;
        for (int i = 0; i < y.length; i++) {
            sy = sy.add(new BigDecimal(y[i]));
            sz = sz.add(new BigDecimal(z[i]));
        }
        BigDecimal n = BigDecimal.valueOf(y.length);
        BigDecimal my = sy.divide(n, mc), mz = sz.divide(n, mc);
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < y.length; i++) {
            s = s.add(new BigDecimal(y[i]).subtract(my).multiply(new BigDecimal(z[i]).subtract(mz)));
        }
        return s.divide(BigDecimal.valueOf(y.length - 1L), mc).doubleValue();
    }
}

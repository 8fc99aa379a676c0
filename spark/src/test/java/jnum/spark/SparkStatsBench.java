package jnum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jnum.mat.Dense;
import jnum.stat.Summary;
import jnum.testkit.ExactMoments;
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
 * matches no surefire include): time of the summary and the covariance matrix of many columns in
 * local mode, jnum against Spark's {@code summary()}, {@code stat().cov} and MLlib's
 * {@code Summarizer} and {@code RowMatrix.computeCovariance}; then the digits each gets on hard data
 * (mean 1e9, standard deviation 0.1) against the exact values.
 *
 * <p>The data never sit in the heap whole (1e7 x 100 doubles are 8 GB): with
 * {@code jnum.bench.source=generated} (the default) every run regenerates them deterministically
 * from {@code spark.range} (seeded {@code rand}/{@code randn} over a fixed number of partitions,
 * mixed into the columns), so generation is inside every timed region and a generation-only
 * run (all columns written to Spark's {@code noop} sink) is timed as the baseline; with
 * {@code jnum.bench.source=parquet} they are written once to local disk
 * ({@code jnum.bench.dir}) and every run reads the Parquet files, with a read-only baseline. Every
 * peer reads the same source; MLlib's peers also assemble the columns into one vector column
 * ({@code VectorAssembler}) inside their timed region, as a user of them must (its own baseline is
 * timed too). Fast operations get one warm-up and {@code jnum.bench.repeats} timed runs (median);
 * the slow ones, Spark's {@code summary()}, the pairwise {@code stat().cov} (a few pairs,
 * extrapolated to all p (p + 1) / 2) and {@code RowMatrix.computeCovariance}, get
 * {@code jnum.bench.slowRepeats} runs without warm-up.
 *
 * <pre>
 * mvn -o test -pl spark -am -Dtest=SparkStatsBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dspark.testHeap=8g -Djnum.bench.rows=10000000 -Djnum.bench.cols=100
 * </pre>
 */
class SparkStatsBench {
    private static final long ROWS = Long.getLong("jnum.bench.rows", 1_000_000);
    private static final int COLS = Integer.getInteger("jnum.bench.cols", 100);
    private static final int PARTITIONS = Integer.getInteger("jnum.bench.partitions", 8);
    private static final int REPEATS = Integer.getInteger("jnum.bench.repeats", 3);
    private static final int SLOW_REPEATS = Integer.getInteger("jnum.bench.slowRepeats", 1);
    private static final int COV_PAIRS = Integer.getInteger("jnum.bench.covPairs", 10);
    private static final int HARD_ROWS = Integer.getInteger("jnum.bench.hardRows", 1_000_000);
    /** Random columns the benchmark's columns are mixed from. */
    private static final int BASE = 8;

    private static final String SOURCE = System.getProperty("jnum.bench.source", "generated");
    /** Only the operations whose label matches this regular expression (all by default). */
    private static final Pattern ONLY = Pattern.compile(System.getProperty("jnum.bench.only", ".*"));
    /** Whether to measure the digits on hard data at the end. */
    private static final boolean DIGITS = Boolean.parseBoolean(System.getProperty("jnum.bench.digits", "true"));

    @Test
    void speedAndDigits() {
        SparkSession spark = LocalSpark.session();
        System.out.printf(
                Locale.ROOT,
                "# rows=%d cols=%d partitions=%d threads=%d source=%s repeats=%d slowRepeats=%d heap=%d MiB%n",
                ROWS,
                COLS,
                PARTITIONS,
                spark.sparkContext().defaultParallelism(),
                SOURCE,
                REPEATS,
                SLOW_REPEATS,
                Runtime.getRuntime().maxMemory() >> 20);
        String[] names = new String[COLS];
        for (int j = 0; j < COLS; j++) {
            names[j] = "c" + j;
        }
        Dataset<Row> df = source(spark, names);
        Dataset<Row> vec = new VectorAssembler()
                .setInputCols(names)
                .setOutputCol("features")
                .transform(df)
                .select("features");

        time("baseline  read/generate all columns (noop sink)", 1, REPEATS, () -> noop(df));
        time("baseline  ... and VectorAssembler (noop sink)", 1, REPEATS, () -> noop(vec));
        time("summary   jnum SparkStats.summaries", 1, REPEATS, () -> SparkStats.summaries(df, names));
        time(
                "summary   MLlib Summarizer(count,mean,variance,min,max)",
                1,
                REPEATS,
                () -> vec.select(Summarizer.metrics("count", "mean", "variance", "min", "max")
                                .summary(col("features")))
                        .first());
        time("cov       jnum SparkStats.covariance", 1, REPEATS, () -> SparkStats.covariance(df, names));
        time( // several times slower than the rest: counted among the slow ones
                "cov       MLlib RowMatrix.computeCovariance",
                0,
                SLOW_REPEATS,
                () -> new RowMatrix(vec.javaRDD()
                                .map(r -> Vectors.fromML((Vector) r.get(0)))
                                .rdd())
                        .computeCovariance());
        time(
                "summary   Spark summary(count,mean,stddev,min,max)",
                0,
                SLOW_REPEATS,
                () -> df.summary("count", "mean", "stddev", "min", "max").collectAsList());
        int pairs = Math.min(COV_PAIRS, COLS);
        double t = time("cov       Spark stat().cov, " + pairs + " pairs", 0, SLOW_REPEATS, () -> {
            for (int k = 0; k < pairs; k++) {
                df.stat().cov(names[k], names[COLS - 1 - k]);
            }
            return null;
        });
        if (!Double.isNaN(t)) {
            System.out.printf(
                    Locale.ROOT,
                    "cov       Spark stat().cov, all %d pairs (extrapolated): %.1f s%n",
                    COLS * (COLS + 1) / 2,
                    t / pairs * (COLS * (COLS + 1) / 2.0));
        }
        if (DIGITS) {
            digits(spark);
        }
    }

    /**
     * The benchmark's columns: mixed offsets and scales and correlations, each an affine mix of two
     * of {@value #BASE} seeded random columns (uniform and normal) over a fixed partitioning, so the
     * same values every run and a generation cost of a few random numbers per row, not one per
     * value; or read back from Parquet files holding exactly those.
     */
    private static Dataset<Row> source(SparkSession spark, String[] names) {
        Column[] base = new Column[BASE];
        for (int b = 0; b < BASE; b++) {
            base[b] = (b % 2 == 0 ? rand(b) : randn(b)).as("r" + b);
        }
        Column[] cols = new Column[COLS];
        for (int j = 0; j < COLS; j++) {
            Column own = col("r" + (j % BASE)).multiply(1 + j % 7);
            Column shared = col("r" + ((j / BASE + 1) % BASE)).multiply(0.1 * (j % 5));
            cols[j] = own.plus(shared).plus(lit(10.0 * j)).as(names[j]);
        }
        Dataset<Row> generated =
                spark.range(0, ROWS, 1, PARTITIONS).select(base).select(cols);
        switch (SOURCE) {
            case "generated":
                return generated;
            case "parquet":
                Path dir = Path.of(System.getProperty(
                        "jnum.bench.dir",
                        Path.of(System.getProperty("java.io.tmpdir"), "jnum-spark-bench-" + ROWS + "x" + COLS)
                                .toString()));
                if (!Files.exists(dir.resolve("_SUCCESS"))) {
                    long t0 = System.nanoTime();
                    generated.write().mode("overwrite").parquet(dir.toString());
                    System.out.printf(Locale.ROOT, "# wrote %s in %.1f s%n", dir, (System.nanoTime() - t0) * 1e-9);
                }
                return spark.read().parquet(dir.toString());
            default:
                throw new IllegalArgumentException("jnum.bench.source: " + SOURCE + ", expected generated or parquet");
        }
    }

    /** Reads every column of every row and discards it (Spark's noop sink). */
    private static Object noop(Dataset<Row> data) {
        data.write().format("noop").mode("overwrite").save();
        return null;
    }

    /** Median wall time in seconds of {@code repeats} runs after {@code warmups}, printed. */
    private static double time(String what, int warmups, int repeats, Supplier<?> run) {
        if (!ONLY.matcher(what).find()) {
            return Double.NaN;
        }
        for (int w = 0; w < warmups; w++) {
            run.get();
        }
        double[] t = new double[Math.max(1, repeats)];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int r = 0; r < t.length; r++) {
            long t0 = System.nanoTime();
            run.get();
            t[r] = (System.nanoTime() - t0) * 1e-9;
        }
        // the process's CPU time per run: a guide when the machine is shared, not a result
        double cpu = (os.getProcessCpuTime() - cpu0) * 1e-9 / t.length;
        Arrays.sort(t);
        System.out.printf(
                Locale.ROOT,
                "%-60s %8.2f s   (cpu %.2f s/run; runs %s)%n",
                what,
                t[t.length / 2],
                cpu,
                Arrays.toString(t));
        return t[t.length / 2];
    }

    /** Correct digits, -log10 of the relative error (15.9 when exact). */
    private static String lre(double got, double exact) {
        double rel = Math.abs(got - exact) / Math.abs(exact);
        return rel == 0 ? "exact" : String.format(Locale.ROOT, "%.1f", Math.min(15.9, -Math.log10(rel)));
    }

    private static void digits(SparkSession spark) {
        int n = HARD_ROWS + 1;
        double[] y = HardDataTest.numAcc4Like(n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i] + (i % 3 == 0 ? 0.05 : 0);
        }
        double[] ex = {ExactMoments.mean(y).doubleValue(), ExactMoments.variance(y)};
        double exCov = ExactMoments.covariance(y, z);
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
}

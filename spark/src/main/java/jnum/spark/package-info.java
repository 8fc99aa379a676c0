/**
 * jnum's statistics on Apache Spark: the mergeable accumulators of {@link jnum.stat} as typed
 * Spark {@link org.apache.spark.sql.expressions.Aggregator}s and {@code treeAggregate} helpers, for
 * data spread over many partitions or machines.
 *
 * <ul>
 *   <li>{@link jnum.spark.SparkStats}: one call on a {@code Dataset<Row>} or an RDD, returning the
 *       {@link jnum.stat.Summary} of a column, the covariance or correlation {@link jnum.mat.Dense}
 *       matrix of several columns (or their {@link jnum.stat.CovarianceAccumulator}), the exact
 *       {@link jnum.stat.Histogram} over given edges, or the least-squares
 *       {@link jnum.stat.LinearRegression} of a response on predictors (merged QR triangles, TSQR;
 *       never the normal equations).
 *   <li>{@link jnum.spark.SummaryAggregator}, {@link jnum.spark.CovarianceAggregator},
 *       {@link jnum.spark.HistogramAggregator}, {@link jnum.spark.RegressionAggregator}: the same inside a query, e.g.
 *       {@code data.select(new SummaryAggregator("x").toColumn())} or per group with
 *       {@code groupByKey(...).agg(...)}.
 * </ul>
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Results</b> are jnum objects, equal to what {@link jnum.stat} computes on the same data
 *       collected on one machine up to the rounding of the merges (a few ulps per merge);
 *       histogram counts are exact for any partitioning. Each partition folds its values in blocks
 *       with stat's batch algorithms (two passes per block) and the means travel as double-doubles
 *       through the merges, so variances and covariances of data with a huge mean and a tiny
 *       spread keep nearly full precision for any number of partitions (skewness and kurtosis,
 *       whose central sums cancel, still lose the digits of the condition number).
 *   <li><b>Missing values.</b> SQL NULL (and a null RDD element) is absent data and skipped, as
 *       Spark's own aggregates skip it; with several columns a row with a NULL in any of them is
 *       skipped. <b>NaN</b> is a value and follows stat: it propagates into the summary and into the
 *       covariance entries it touches; a histogram and a regression fail on it (and a regression on
 *       an infinite value) with an {@link java.lang.IllegalArgumentException}, the cause of Spark's
 *       job failure, as the same operations of stat do.
 *   <li><b>Errors</b> in the arguments (no such column, a non-numeric column, bad edges) throw on
 *       the driver before any job runs, naming the operation and the column.
 *   <li><b>Serialization.</b> Accumulators and buffers are {@link java.io.Serializable} and plain
 *       enough for Kryo; the aggregators' buffers and results travel with Spark's Kryo encoder.
 * </ul>
 *
 * <h2>Running on JDK 25</h2>
 *
 * <p>Spark (provided by the user; built and tested against 4.2.0) needs the JVM options its own
 * launcher adds, {@code org.apache.spark.launcher.JavaModuleOptions}, when it is started without
 * {@code spark-submit} (tests, embedded local mode): {@code --add-opens} of {@code java.base}'s
 * {@code java.lang}, {@code java.lang.invoke}, {@code java.lang.reflect}, {@code java.io},
 * {@code java.net}, {@code java.nio}, {@code java.util}, {@code java.util.concurrent},
 * {@code java.util.concurrent.atomic}, {@code jdk.internal.ref}, {@code sun.nio.ch},
 * {@code sun.nio.cs}, {@code sun.security.action}, {@code sun.util.calendar} and of
 * {@code java.security.jgss/sun.security.krb5}, all to {@code ALL-UNNAMED}, with
 * {@code -Dio.netty.tryReflectionSetAccessible=true} and
 * {@code --sun-misc-unsafe-memory-access=allow} (the full list is in the README). Spark 4.0 and
 * older fail on JDK 25 at start-up (Hadoop calls {@code Subject.getSubject}).
 *
 * <h2>Module</h2>
 *
 * <p>This jar has no {@code module-info}: its JPMS name {@code jnum.spark} is an
 * {@code Automatic-Module-Name}. Spark's jars declare no module names, and the names derived from
 * their file names ({@code spark-sql_2.13}) are not legal module names; Spark's packages are also
 * split across jars ({@code org.apache.spark.sql} lives in both {@code spark-sql-api} and
 * {@code spark-sql}), which the module system forbids. Spark runs on the class path, and so does
 * this module.
 */
package jnum.spark;

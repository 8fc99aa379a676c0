package jnum.spark;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Histogram;
import jnum.stat.HistogramAccumulator;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
import jnum.stat.Summary;
import org.apache.spark.api.java.JavaDoubleRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * One-call statistics of Spark data with jnum's mergeable accumulators, returned as jnum objects:
 * the {@link Summary} of a column, the covariance and correlation {@link Dense} matrices of several
 * columns, the exact {@link Histogram} of a column over given edges, and the least-squares
 * {@link LinearRegression} of a response on predictors, of a {@code Dataset<Row>} or of an RDD.
 *
 * <p>Each partition folds its values in blocks into one accumulator and the partial accumulators
 * merge by {@code treeAggregate} (depth 2, so the driver merges a few results, not one per
 * partition). The Dataset methods read the selected columns, cast to double, straight from Spark's
 * internal rows (no boxing, no object per row); the typed {@link SummaryAggregator},
 * {@link CovarianceAggregator} and {@link HistogramAggregator} give the same results inside a
 * query, for example per group.
 *
 * <p>SQL NULL (and a null element of an RDD) is absent data and skipped, as Spark's own aggregates
 * do; for several columns a row with a NULL in any of them is skipped. NaN is a value: it propagates
 * into the summary and the covariance entries it touches, and fails a histogram.
 */
public final class SparkStats {
    private SparkStats() {}

    /**
     * The summary of a numeric column.
     *
     * @throws IllegalArgumentException if the column is missing or not numeric
     */
    public static Summary summary(Dataset<Row> data, String column) {
        return doubles("summary", data, column)
                .treeAggregate(new SummaryBuffer(), SparkStats::addFirst, SummaryBuffer::merge)
                .summary();
    }

    /**
     * The summaries of several numeric columns in one pass over the data, in the order of the
     * columns given; each column skips its own NULLs.
     *
     * @throws IllegalArgumentException if no column is given, or one is missing or not numeric
     */
    public static Summary[] summaries(Dataset<Row> data, String... columns) {
        JavaRDD<InternalRow> rows = doubles("summaries", data, columns);
        SummaryBuffer[] zero = new SummaryBuffer[columns.length];
        for (int j = 0; j < zero.length; j++) {
            zero[j] = new SummaryBuffer();
        }
        SummaryBuffer[] all = rows.treeAggregate(zero, SparkStats::addEach, SparkStats::mergeEach);
        Summary[] out = new Summary[all.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = all[j].summary();
        }
        return out;
    }

    /**
     * The means and co-moments of numeric columns; {@code covariance()} and {@code correlation()} of
     * the result are p x p in the order of the columns given.
     *
     * @throws IllegalArgumentException if no column is given, or one is missing or not numeric
     */
    public static CovarianceAccumulator moments(Dataset<Row> data, String... columns) {
        JavaRDD<InternalRow> rows = doubles("moments", data, columns);
        return rows.treeAggregate(new CovarianceBuffer(columns.length), SparkStats::addRow, CovarianceBuffer::merge)
                .accumulator();
    }

    /**
     * The sample covariance matrix (divisor n - 1) of numeric columns, p x p.
     *
     * @throws IllegalArgumentException if no column is given, or one is missing or not numeric
     * @throws IllegalStateException with fewer than 2 complete rows
     */
    public static Dense covariance(Dataset<Row> data, String... columns) {
        return moments(data, columns).covariance();
    }

    /**
     * The Pearson correlation matrix of numeric columns, p x p.
     *
     * @throws IllegalArgumentException if no column is given, one is missing or not numeric, or a
     *     column is constant
     * @throws IllegalStateException with fewer than 2 complete rows
     */
    public static Dense correlation(Dataset<Row> data, String... columns) {
        return moments(data, columns).correlation();
    }

    /**
     * The exact histogram of a numeric column over {@code edges} (see {@link Histogram}).
     *
     * @throws IllegalArgumentException if the column is missing or not numeric, the edges are
     *     invalid, or the column holds NaN (the job fails with it as the cause)
     */
    public static Histogram histogram(Dataset<Row> data, String column, double... edges) {
        HistogramAccumulator zero = new HistogramAccumulator(edges);
        return doubles("histogram", data, column)
                .treeAggregate(zero, SparkStats::countFirst, HistogramAccumulator::merge)
                .histogram();
    }

    /**
     * The least-squares regression of {@code response} on {@code predictors} (numeric columns),
     * with an intercept when {@code intercept}; see {@link RegressionAggregator}. Rows with a NULL in
     * any of the columns are skipped.
     *
     * @throws IllegalArgumentException if no predictor is given, a column is missing or not numeric,
     *     or (as the cause of the job's failure) a value is NaN or infinite
     * @throws IllegalStateException if no complete row remains
     */
    public static LinearRegression regression(
            Dataset<Row> data, String response, boolean intercept, String... predictors) {
        String[] columns = predictorsThenResponse(response, predictors);
        int p = predictors.length;
        return doubles("regression", data, columns)
                .treeAggregate(
                        new RegressionAccumulator(p, intercept),
                        (acc, row) -> {
                            for (int j = 0; j <= p; j++) {
                                if (row.isNullAt(j)) {
                                    return acc;
                                }
                            }
                            double[] x = new double[p];
                            for (int j = 0; j < p; j++) {
                                x[j] = row.getDouble(j);
                            }
                            return acc.add(x, row.getDouble(p));
                        },
                        RegressionAccumulator::merge)
                .result();
    }

    /**
     * The least-squares regression over an RDD of observations {@code (x_1, ..., x_p, y)}: p
     * predictor values, then the response (null elements skipped).
     *
     * @throws IllegalArgumentException if p &lt; 1, or (as the cause of the job's failure) for a NaN
     *     or infinite value
     * @throws jnum.mat.DimensionMismatchException (as the cause of the job's failure) for an
     *     observation whose length is not p + 1
     * @throws IllegalStateException if the RDD has no observation
     */
    public static LinearRegression regression(JavaRDD<double[]> observations, int p, boolean intercept) {
        Objects.requireNonNull(observations, "regression: observations is null");
        return observations
                .treeAggregate(
                        new RegressionAccumulator(p, intercept),
                        (acc, o) -> {
                            if (o == null) {
                                return acc;
                            }
                            if (o.length != p + 1) {
                                throw new DimensionMismatchException("regression: an observation has length " + o.length
                                        + ", expected " + p + " predictors and the response");
                            }
                            return acc.add(Arrays.copyOf(o, p), o[p]);
                        },
                        RegressionAccumulator::merge)
                .result();
    }

    /** The summary of the values of an RDD (null elements skipped). */
    public static Summary summary(JavaDoubleRDD values) {
        Objects.requireNonNull(values, "summary: values is null");
        return values.treeAggregate(new SummaryBuffer(), (b, x) -> x == null ? b : b.add(x), SummaryBuffer::merge)
                .summary();
    }

    /**
     * The means and co-moments of an RDD of observations, each an array of p values (null elements
     * skipped).
     *
     * @throws IllegalArgumentException if p &lt; 1
     * @throws jnum.mat.DimensionMismatchException (as the cause of the job's failure) for an
     *     observation whose length is not p
     */
    public static CovarianceAccumulator moments(JavaRDD<double[]> rows, int p) {
        Objects.requireNonNull(rows, "moments: rows is null");
        return rows.treeAggregate(new CovarianceBuffer(p), (b, x) -> x == null ? b : b.add(x), CovarianceBuffer::merge)
                .accumulator();
    }

    /**
     * The exact histogram of the values of an RDD over {@code edges} (null elements skipped).
     *
     * @throws IllegalArgumentException if the edges are invalid, or (as the cause of the job's
     *     failure) for a NaN value
     */
    public static Histogram histogram(JavaDoubleRDD values, double... edges) {
        Objects.requireNonNull(values, "histogram: values is null");
        HistogramAccumulator zero = new HistogramAccumulator(edges);
        return values.treeAggregate(zero, (h, x) -> x == null ? h : h.add(x), HistogramAccumulator::merge)
                .histogram();
    }

    private static SummaryBuffer addFirst(SummaryBuffer b, InternalRow row) {
        return row.isNullAt(0) ? b : b.add(row.getDouble(0));
    }

    private static SummaryBuffer[] addEach(SummaryBuffer[] b, InternalRow row) {
        for (int j = 0; j < b.length; j++) {
            if (!row.isNullAt(j)) {
                b[j].add(row.getDouble(j));
            }
        }
        return b;
    }

    private static SummaryBuffer[] mergeEach(SummaryBuffer[] a, SummaryBuffer[] b) {
        for (int j = 0; j < a.length; j++) {
            a[j].merge(b[j]);
        }
        return a;
    }

    private static HistogramAccumulator countFirst(HistogramAccumulator h, InternalRow row) {
        return row.isNullAt(0) ? h : h.add(row.getDouble(0));
    }

    private static CovarianceBuffer addRow(CovarianceBuffer b, InternalRow row) {
        int p = b.variables();
        for (int j = 0; j < p; j++) {
            if (row.isNullAt(j)) {
                return b;
            }
        }
        double[] block = b.pending();
        int i = b.row(), ld = b.ld();
        for (int j = 0; j < p; j++) {
            block[i + j * ld] = row.getDouble(j);
        }
        return b.added();
    }

    /** The predictor names followed by the response's, checked for nulls and at least one predictor. */
    static String[] predictorsThenResponse(String response, String... predictors) {
        Objects.requireNonNull(response, "regression: response is null");
        Objects.requireNonNull(predictors, "regression: predictors is null");
        if (predictors.length == 0) {
            throw new IllegalArgumentException("regression: needs at least one predictor column");
        }
        String[] all = Arrays.copyOf(predictors, predictors.length + 1);
        all[predictors.length] = response;
        return all;
    }

    /** The named numeric columns of data, cast to double, as Spark's internal rows. */
    private static JavaRDD<InternalRow> doubles(String op, Dataset<Row> data, String... columns) {
        Objects.requireNonNull(data, op + ": data is null");
        Objects.requireNonNull(columns, op + ": columns is null");
        if (columns.length == 0) {
            throw new IllegalArgumentException(op + ": needs at least one column");
        }
        Column[] cast = new Column[columns.length];
        for (int j = 0; j < columns.length; j++) {
            String name = Objects.requireNonNull(columns[j], op + ": column " + j + " is null");
            StructField field = Arrays.stream(data.schema().fields())
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(op + ": no column " + name + " among "
                            + Arrays.toString(data.schema().fieldNames())));
            if (!(field.dataType() instanceof NumericType)) {
                throw new IllegalArgumentException(
                        op + ": column " + name + " is " + field.dataType().simpleString() + ", not numeric");
            }
            cast[j] = data.col(name).cast(DataTypes.DoubleType);
        }
        return data.select(cast).queryExecution().toRdd().toJavaRDD();
    }
}

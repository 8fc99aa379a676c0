package jnum.spark;

import java.io.Serial;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The least-squares {@link LinearRegression} of a response column on predictor columns of a
 * {@code Dataset<Row>}, as a typed Spark aggregator. Each partition folds its rows into the
 * triangle R of a QR factorization ({@link RegressionAccumulator}) and partial triangles merge by
 * factoring them stacked (TSQR), so the normal equations are never formed and the coefficients keep
 * the accuracy of a batch QR fit. The result has the coefficients (the intercept first), standard
 * errors, tests and sums of squares of {@link LinearRegression}, without per-row residuals.
 *
 * <p>A row with SQL NULL in any of the columns is skipped; a NaN or infinite value fails the job
 * with an {@link IllegalArgumentException}, as {@link LinearRegression} rejects it (it would
 * silently change the rank).
 */
public final class RegressionAggregator extends Aggregator<Row, RegressionAccumulator, LinearRegression> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RowColumns columns;
    private final boolean intercept;
    private transient double[] scratch;
    private transient double[] x;

    /**
     * The regression of {@code response} on {@code predictors}, with an intercept when
     * {@code intercept}.
     *
     * @throws IllegalArgumentException if no predictor is given
     * @throws NullPointerException if an argument or a column name is null
     */
    public RegressionAggregator(String response, boolean intercept, String... predictors) {
        this.columns = new RowColumns("RegressionAggregator", SparkStats.predictorsThenResponse(response, predictors));
        this.intercept = intercept;
    }

    /** An empty accumulator. */
    @Override
    public RegressionAccumulator zero() {
        return new RegressionAccumulator(columns.size() - 1, intercept);
    }

    /** Adds the row (none when one of its values is SQL NULL). */
    @Override
    public RegressionAccumulator reduce(RegressionAccumulator acc, Row row) {
        int p = columns.size() - 1;
        if (scratch == null) {
            scratch = new double[p + 1];
            x = new double[p];
        }
        if (!columns.read(row, scratch, 0, 1)) {
            return acc;
        }
        System.arraycopy(scratch, 0, x, 0, p);
        return acc.add(x, scratch[p]);
    }

    /** Merges two partial accumulators (TSQR). */
    @Override
    public RegressionAccumulator merge(RegressionAccumulator a, RegressionAccumulator b) {
        return a.merge(b);
    }

    /**
     * The fit of all rows.
     *
     * @throws IllegalStateException if no row was added
     */
    @Override
    public LinearRegression finish(RegressionAccumulator acc) {
        return acc.result();
    }

    /** Kryo, as the accumulator holds plain arrays. */
    @Override
    public Encoder<RegressionAccumulator> bufferEncoder() {
        return Encoders.kryo(RegressionAccumulator.class);
    }

    /** Kryo: the result is a jnum object, not a SQL row. */
    @Override
    public Encoder<LinearRegression> outputEncoder() {
        return Encoders.kryo(LinearRegression.class);
    }
}

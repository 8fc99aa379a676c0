package jnum.spark;

import java.io.Serial;
import java.util.Arrays;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;

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
public final class RegressionAggregator extends RowAggregator<RegressionAccumulator, LinearRegression> {
    @Serial
    private static final long serialVersionUID = 2L;

    private final boolean intercept;

    /**
     * The regression of {@code response} on {@code predictors}, with an intercept when
     * {@code intercept}.
     *
     * @throws IllegalArgumentException if no predictor is given
     * @throws NullPointerException if an argument or a column name is null
     */
    public RegressionAggregator(String response, boolean intercept, String... predictors) {
        super(
                new RowColumns("RegressionAggregator", SparkStats.predictorsThenResponse(response, predictors)),
                RegressionAccumulator.class,
                LinearRegression.class,
                RegressionAccumulator::merge);
        this.intercept = intercept;
    }

    /** An empty accumulator. */
    @Override
    public RegressionAccumulator zero() {
        return new RegressionAccumulator(columns().size() - 1, intercept);
    }

    @Override
    RegressionAccumulator add(RegressionAccumulator acc, double[] values) {
        int p = values.length - 1;
        return acc.add(Arrays.copyOf(values, p), values[p]);
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
}

package jnum.spark;

import java.io.Serial;
import jnum.stat.CovarianceAccumulator;

/**
 * The means and co-moments of several numeric columns of a {@code Dataset<Row>}, as a typed Spark
 * aggregator returning a {@link CovarianceAccumulator} (its {@code covariance()} and
 * {@code correlation()} are p x p {@link jnum.mat.Dense} matrices in the order of the columns
 * given). Each partition folds its rows in blocks (see {@link CovarianceBuffer}) and partial
 * results merge with Chan's formula. A row with SQL NULL in any of the columns is skipped (complete
 * cases); NaN propagates into the entries it touches.
 */
public final class CovarianceAggregator extends RowAggregator<CovarianceBuffer, CovarianceAccumulator> {
    @Serial
    private static final long serialVersionUID = 2L;

    /**
     * The co-moments of the named columns (any numeric SQL type, read as double).
     *
     * @throws IllegalArgumentException if no column is given
     * @throws NullPointerException if columns or one of them is null
     */
    public CovarianceAggregator(String... columns) {
        super(
                new RowColumns("CovarianceAggregator", columns),
                CovarianceBuffer.class,
                CovarianceAccumulator.class,
                CovarianceBuffer::merge);
    }

    /** An empty buffer. */
    @Override
    public CovarianceBuffer zero() {
        return new CovarianceBuffer(columns().size());
    }

    @Override
    CovarianceBuffer add(CovarianceBuffer buffer, double[] values) {
        return buffer.add(values);
    }

    /** The accumulator of all rows. */
    @Override
    public CovarianceAccumulator finish(CovarianceBuffer buffer) {
        return buffer.accumulator();
    }
}

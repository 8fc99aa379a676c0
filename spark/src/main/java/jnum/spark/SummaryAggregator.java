package jnum.spark;

import java.io.Serial;
import jnum.stat.Summary;

/**
 * The {@link Summary} (count, mean, variance, skewness, kurtosis, min, max) of one numeric column
 * of a {@code Dataset<Row>}, as a typed Spark aggregator:
 * {@code data.select(new SummaryAggregator("x").toColumn()).first()}, or per group through
 * {@code groupByKey(...).agg(...)}. Each partition folds its values in blocks (see
 * {@link SummaryBuffer}) and the partial summaries merge with the pairwise formulas of
 * {@link Summary#merge}. SQL NULL is skipped; NaN propagates.
 */
public final class SummaryAggregator extends RowAggregator<SummaryBuffer, Summary> {
    @Serial
    private static final long serialVersionUID = 2L;

    /**
     * The summary of the column named {@code column} (any numeric SQL type, read as double).
     *
     * @throws NullPointerException if column is null
     */
    public SummaryAggregator(String column) {
        super(new RowColumns("SummaryAggregator", column), SummaryBuffer.class, Summary.class, SummaryBuffer::merge);
    }

    /** An empty buffer. */
    @Override
    public SummaryBuffer zero() {
        return new SummaryBuffer();
    }

    @Override
    SummaryBuffer add(SummaryBuffer buffer, double[] values) {
        return buffer.add(values[0]);
    }

    /** The summary of the whole column. */
    @Override
    public Summary finish(SummaryBuffer buffer) {
        return buffer.summary();
    }
}

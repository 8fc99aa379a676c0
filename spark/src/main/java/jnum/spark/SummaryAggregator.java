package jnum.spark;

import java.io.Serial;
import jnum.stat.Summary;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The {@link Summary} (count, mean, variance, skewness, kurtosis, min, max) of one numeric column
 * of a {@code Dataset<Row>}, as a typed Spark aggregator:
 * {@code data.select(new SummaryAggregator("x").toColumn()).first()}, or per group through
 * {@code groupByKey(...).agg(...)}. Each partition folds its values in blocks (see
 * {@link SummaryBuffer}) and the partial summaries merge with the pairwise formulas of
 * {@link Summary#merge}. SQL NULL is skipped; NaN propagates.
 */
public final class SummaryAggregator extends Aggregator<Row, SummaryBuffer, Summary> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RowColumns column;
    private transient double[] scratch;

    /**
     * The summary of the column named {@code column} (any numeric SQL type, read as double).
     *
     * @throws NullPointerException if column is null
     */
    public SummaryAggregator(String column) {
        this.column = new RowColumns("SummaryAggregator", column);
    }

    /** An empty buffer. */
    @Override
    public SummaryBuffer zero() {
        return new SummaryBuffer();
    }

    /** Adds the row's value (none for SQL NULL). */
    @Override
    public SummaryBuffer reduce(SummaryBuffer buffer, Row row) {
        if (scratch == null) {
            scratch = new double[1];
        }
        return column.read(row, scratch, 0, 1) ? buffer.add(scratch[0]) : buffer;
    }

    /** Merges two partial buffers. */
    @Override
    public SummaryBuffer merge(SummaryBuffer a, SummaryBuffer b) {
        return a.merge(b);
    }

    /** The summary of the whole column. */
    @Override
    public Summary finish(SummaryBuffer buffer) {
        return buffer.summary();
    }

    /** Kryo, as the buffer holds plain arrays. */
    @Override
    public Encoder<SummaryBuffer> bufferEncoder() {
        return Encoders.kryo(SummaryBuffer.class);
    }

    /** Kryo: the result is a jnum object, not a SQL row. */
    @Override
    public Encoder<Summary> outputEncoder() {
        return Encoders.kryo(Summary.class);
    }
}

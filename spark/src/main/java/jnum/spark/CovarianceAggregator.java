package jnum.spark;

import java.io.Serial;
import jnum.stat.CovarianceAccumulator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The means and co-moments of several numeric columns of a {@code Dataset<Row>}, as a typed Spark
 * aggregator returning a {@link CovarianceAccumulator} (its {@code covariance()} and
 * {@code correlation()} are p x p {@link jnum.mat.Dense} matrices in the order of the columns
 * given). Each partition folds its rows in blocks (see {@link CovarianceBuffer}) and partial
 * results merge with Chan's formula. A row with SQL NULL in any of the columns is skipped (complete
 * cases); NaN propagates into the entries it touches.
 */
public final class CovarianceAggregator extends Aggregator<Row, CovarianceBuffer, CovarianceAccumulator> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RowColumns columns;

    /**
     * The co-moments of the named columns (any numeric SQL type, read as double).
     *
     * @throws IllegalArgumentException if no column is given
     * @throws NullPointerException if columns or one of them is null
     */
    public CovarianceAggregator(String... columns) {
        this.columns = new RowColumns("CovarianceAggregator", columns);
    }

    /** An empty buffer. */
    @Override
    public CovarianceBuffer zero() {
        return new CovarianceBuffer(columns.size());
    }

    /** Adds the row (none when one of its values is SQL NULL). */
    @Override
    public CovarianceBuffer reduce(CovarianceBuffer buffer, Row row) {
        return columns.read(row, buffer.pending(), buffer.row(), buffer.ld()) ? buffer.added() : buffer;
    }

    /** Merges two partial buffers. */
    @Override
    public CovarianceBuffer merge(CovarianceBuffer a, CovarianceBuffer b) {
        return a.merge(b);
    }

    /** The accumulator of all rows. */
    @Override
    public CovarianceAccumulator finish(CovarianceBuffer buffer) {
        return buffer.accumulator();
    }

    /** Kryo, as the buffer holds plain arrays. */
    @Override
    public Encoder<CovarianceBuffer> bufferEncoder() {
        return Encoders.kryo(CovarianceBuffer.class);
    }

    /** Kryo: the result is a jnum object, not a SQL row. */
    @Override
    public Encoder<CovarianceAccumulator> outputEncoder() {
        return Encoders.kryo(CovarianceAccumulator.class);
    }
}

package jnum.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The shape the typed aggregators share: read named numeric columns of each row as doubles (a row
 * with SQL NULL in any of them is skipped), fold them into a mergeable jnum buffer of type B,
 * merge buffers with the buffer's own merge, and carry buffer and result with Spark's Kryo
 * encoder (they are jnum objects, not SQL rows).
 *
 * @param <B> the aggregation buffer (a jnum accumulator, Serializable and plain enough for Kryo)
 * @param <R> the result
 */
abstract class RowAggregator<B extends Serializable, R> extends Aggregator<Row, B, R> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** A buffer's merge, {@code (a, b) -> a.merge(b)}: serializable, as the aggregator travels to tasks. */
    interface Merge<B> extends BinaryOperator<B>, Serializable {}

    private final RowColumns columns;
    private final Class<B> bufferType;
    private final Class<R> resultType;
    private final Merge<B> merge;
    /** The current row's values, one per column. */
    private transient double[] values;

    RowAggregator(RowColumns columns, Class<B> bufferType, Class<R> resultType, Merge<B> merge) {
        this.columns = columns;
        this.bufferType = bufferType;
        this.resultType = resultType;
        this.merge = merge;
    }

    /** The columns read, in order. */
    final RowColumns columns() {
        return columns;
    }

    /** Folds one row's values (one per column, in order; never SQL NULL) into the buffer. */
    abstract B add(B buffer, double[] values);

    /** Adds the row (none when one of its values is SQL NULL). */
    @Override
    public final B reduce(B buffer, Row row) {
        if (values == null) {
            values = new double[columns.size()];
        }
        return columns.read(row, values, 0, 1) ? add(buffer, values) : buffer;
    }

    /** Merges two partial buffers (into the first). */
    @Override
    public final B merge(B a, B b) {
        return merge.apply(
                Objects.requireNonNull(a, "merge: a is null"), Objects.requireNonNull(b, "merge: b is null"));
    }

    /** Kryo, as the buffer holds plain arrays. */
    @Override
    public final Encoder<B> bufferEncoder() {
        return Encoders.kryo(bufferType);
    }

    /** Kryo: the result is a jnum object, not a SQL row. */
    @Override
    public final Encoder<R> outputEncoder() {
        return Encoders.kryo(resultType);
    }
}

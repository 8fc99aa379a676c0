package jnum.spark;

import java.io.Serial;
import jnum.stat.Histogram;
import jnum.stat.HistogramAccumulator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The exact {@link Histogram} of one numeric column of a {@code Dataset<Row>} over given bin edges,
 * as a typed Spark aggregator; partial counts merge by addition ({@link HistogramAccumulator}), so
 * the result is the same for any partitioning. SQL NULL is skipped; a NaN value cannot be placed
 * in a bin and fails the job with an {@link IllegalArgumentException}, as in
 * {@link jnum.stat.Stats#histogram(double[], double[])}.
 */
public final class HistogramAggregator extends Aggregator<Row, HistogramAccumulator, Histogram> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RowColumns column;
    private final double[] edges;
    private transient double[] scratch;

    /**
     * The histogram of the column named {@code column} over {@code edges}.
     *
     * @throws IllegalArgumentException if there are fewer than 2 edges, or they are not finite and
     *     non-decreasing
     * @throws NullPointerException if an argument is null
     */
    public HistogramAggregator(String column, double... edges) {
        this.column = new RowColumns("HistogramAggregator", column);
        this.edges = new HistogramAccumulator(edges).edges(); // checked once, on the driver
    }

    /** An empty histogram over the edges. */
    @Override
    public HistogramAccumulator zero() {
        return new HistogramAccumulator(edges);
    }

    /** Counts the row's value (none for SQL NULL). */
    @Override
    public HistogramAccumulator reduce(HistogramAccumulator counts, Row row) {
        if (scratch == null) {
            scratch = new double[1];
        }
        return column.read(row, scratch, 0, 1) ? counts.add(scratch[0]) : counts;
    }

    /** Adds two partial counts. */
    @Override
    public HistogramAccumulator merge(HistogramAccumulator a, HistogramAccumulator b) {
        return a.merge(b);
    }

    /** The histogram of the whole column. */
    @Override
    public Histogram finish(HistogramAccumulator counts) {
        return counts.histogram();
    }

    /** Kryo, as the accumulator holds plain arrays. */
    @Override
    public Encoder<HistogramAccumulator> bufferEncoder() {
        return Encoders.kryo(HistogramAccumulator.class);
    }

    /** Kryo: the result is a jnum object, not a SQL row. */
    @Override
    public Encoder<Histogram> outputEncoder() {
        return Encoders.kryo(Histogram.class);
    }
}

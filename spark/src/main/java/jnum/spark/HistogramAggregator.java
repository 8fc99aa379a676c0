package jnum.spark;

import java.io.Serial;
import jnum.stat.Histogram;
import jnum.stat.HistogramAccumulator;

/**
 * The exact {@link Histogram} of one numeric column of a {@code Dataset<Row>} over given bin edges,
 * as a typed Spark aggregator; partial counts merge by addition ({@link HistogramAccumulator}), so
 * the result is the same for any partitioning. SQL NULL is skipped; a NaN value cannot be placed
 * in a bin and fails the job with an {@link IllegalArgumentException}, as in
 * {@link jnum.stat.Stats#histogram(double[], double[])}.
 */
public final class HistogramAggregator extends RowAggregator<HistogramAccumulator, Histogram> {
    @Serial
    private static final long serialVersionUID = 2L;

    private final double[] edges;

    /**
     * The histogram of the column named {@code column} over {@code edges}.
     *
     * @throws IllegalArgumentException if there are fewer than 2 edges, or they are not finite and
     *     non-decreasing
     * @throws NullPointerException if an argument is null
     */
    public HistogramAggregator(String column, double... edges) {
        super(
                new RowColumns("HistogramAggregator", column),
                HistogramAccumulator.class,
                Histogram.class,
                HistogramAccumulator::merge);
        this.edges = new HistogramAccumulator(edges).edges(); // checked once, on the driver
    }

    /** An empty histogram over the edges. */
    @Override
    public HistogramAccumulator zero() {
        return new HistogramAccumulator(edges);
    }

    @Override
    HistogramAccumulator add(HistogramAccumulator counts, double[] values) {
        return counts.add(values[0]);
    }

    /** The histogram of the whole column. */
    @Override
    public Histogram finish(HistogramAccumulator counts) {
        return counts.histogram();
    }
}

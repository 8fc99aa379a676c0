package jnum.stat;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Vec;

/**
 * A streaming, mergeable histogram over fixed bin edges: values arrive one at a time or as arrays,
 * accumulators built over the same edges merge by adding their counts, and {@link #histogram()}
 * gives the {@link Histogram} that {@link Stats#histogram(double[], double[])} computes on all the
 * values at once, exactly (counts are integers, so the order of additions and merges does not
 * matter).
 *
 * <p>Bins are those of {@link Histogram}: bin i holds {@code [e[i], e[i+1])}, the last bin also its
 * right edge; values outside {@code [e[0], e[k]]} are counted by {@link #outside()} only. NaN cannot
 * be placed in a bin and is never dropped silently: adding it throws.
 *
 * <p>Not thread-safe: one accumulator per thread, then {@link #merge}. {@link Serializable}.
 */
public final class HistogramAccumulator implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final double[] edges;
    private final boolean uniform;
    private final double norm;
    private final long[] counts;
    private long outside;

    /**
     * An empty histogram over the given edges (copied).
     *
     * @throws IllegalArgumentException if there are fewer than 2 edges, or they are not finite and
     *     non-decreasing
     */
    public HistogramAccumulator(double... edges) {
        Objects.requireNonNull(edges, "HistogramAccumulator: edges is null");
        Histogram.checkEdges("HistogramAccumulator", edges);
        this.edges = edges.clone();
        int k = edges.length - 1;
        this.uniform = Histogram.isUniform(this.edges);
        this.norm = k / (edges[k] - edges[0]);
        this.counts = new long[k];
    }

    /**
     * Counts one value and returns this accumulator.
     *
     * @throws IllegalArgumentException if x is NaN
     */
    public HistogramAccumulator add(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("HistogramAccumulator.add: x is NaN");
        }
        int b = Histogram.bin(edges, uniform, norm, x);
        if (b >= 0) {
            counts[b]++;
        } else {
            outside++;
        }
        return this;
    }

    /**
     * Counts every value of {@code x} and returns this accumulator.
     *
     * @throws IllegalArgumentException naming the first NaN of x (nothing is counted then)
     */
    public HistogramAccumulator addAll(double[] x) {
        Objects.requireNonNull(x, "addAll: x is null");
        Samples.noNaN("HistogramAccumulator.addAll", "x", x, 0, x.length);
        for (double v : x) {
            add(v);
        }
        return this;
    }

    /**
     * Counts every element of {@code x} and returns this accumulator.
     *
     * @throws IllegalArgumentException naming the first NaN of x (nothing is counted then)
     */
    public HistogramAccumulator addAll(Vec x) {
        Objects.requireNonNull(x, "addAll: x is null");
        return addAll(x.toArray());
    }

    /**
     * Adds the counts of {@code other} into this accumulator and returns this.
     *
     * @throws IllegalArgumentException if the two accumulators have different edges
     */
    public HistogramAccumulator merge(HistogramAccumulator other) {
        Objects.requireNonNull(other, "merge: other is null");
        if (!Arrays.equals(edges, other.edges)) {
            throw new IllegalArgumentException("HistogramAccumulator.merge: the edges differ ("
                    + edges.length + " edges from " + edges[0] + " and " + other.edges.length + " edges from "
                    + other.edges[0] + ")");
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        outside += other.outside;
        return this;
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /** The bin edges (a copy). */
    public double[] edges() {
        return edges.clone();
    }

    /** The number of values counted in a bin. */
    public long inside() {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    /** The number of values added that lie outside {@code [e[0], e[k]]}. */
    public long outside() {
        return outside;
    }

    /** The histogram of the values added so far. */
    public Histogram histogram() {
        double[] c = new double[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i];
        }
        return Histogram.of(edges.clone(), c);
    }
}

package jnum.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.stat.CovarianceAccumulator;

/**
 * The aggregation buffer of {@link CovarianceAggregator}: a {@link CovarianceAccumulator} of p
 * variables and a block of rows not yet folded into it. Rows are gathered column-major in blocks of
 * about 32768 values and each block is folded by {@link CovarianceAccumulator#addRows} (centred in
 * two passes, then one rank-k update), then merged with Chan's formula; the result equals the
 * accumulator of all rows at once to the rounding of the merges.
 *
 * <p>Not thread-safe; {@link Serializable} (the pending block travels with it).
 */
public final class CovarianceBuffer implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Values per block: rows enough for an efficient rank-k update, small enough for cache. */
    private static final int BLOCK_VALUES = 32768;

    private final CovarianceAccumulator acc;
    private final int blockRows;
    private double[] block;
    private int fill;

    /**
     * An empty buffer of p variables.
     *
     * @throws IllegalArgumentException if p &lt; 1
     */
    public CovarianceBuffer(int p) {
        this.acc = new CovarianceAccumulator(p);
        this.blockRows = blockRows(p);
    }

    /** Rows per block for p variables. */
    static int blockRows(int p) {
        return Math.max(16, BLOCK_VALUES / Math.max(1, p));
    }

    /** The number of variables. */
    public int variables() {
        return acc.variables();
    }

    /**
     * Adds one observation (one value per variable; NaN propagates) and returns this buffer.
     *
     * @throws DimensionMismatchException if {@code x.length != variables()}
     */
    public CovarianceBuffer add(double... x) {
        Objects.requireNonNull(x, "add: x is null");
        int p = acc.variables();
        if (x.length != p) {
            throw new DimensionMismatchException(
                    "CovarianceBuffer.add: x has length " + x.length + " but there are " + p + " variables");
        }
        double[] b = pending();
        for (int j = 0; j < p; j++) {
            b[fill + j * blockRows] = x[j];
        }
        return added();
    }

    /** The column-major block to write row {@link #fill} into (package access for the row readers). */
    double[] pending() {
        if (block == null) {
            block = new double[blockRows * acc.variables()];
        }
        return block;
    }

    /** Row {@link #fill} of {@link #pending()} has been written: counts it and folds a full block. */
    CovarianceBuffer added() {
        if (++fill == blockRows) {
            flush();
        }
        return this;
    }

    /** The row being written into {@link #pending()}. */
    int row() {
        return fill;
    }

    /** The leading dimension of {@link #pending()}. */
    int ld() {
        return blockRows;
    }

    /**
     * Merges {@code other} (same number of variables) into this buffer and returns this (other keeps
     * its values).
     *
     * @throws DimensionMismatchException if the numbers of variables differ
     */
    public CovarianceBuffer merge(CovarianceBuffer other) {
        Objects.requireNonNull(other, "merge: other is null");
        flush();
        other.flush();
        acc.merge(other.acc);
        return this;
    }

    /** The accumulator of every row added or merged (a new object; this buffer stays usable). */
    public CovarianceAccumulator accumulator() {
        flush();
        return new CovarianceAccumulator(acc.variables()).merge(acc);
    }

    private void flush() {
        if (fill > 0) {
            acc.addRows(Dense.wrap(block, 0, blockRows, fill, acc.variables()));
            fill = 0;
        }
    }
}

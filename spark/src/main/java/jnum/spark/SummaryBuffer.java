package jnum.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import jnum.mat.Vec;
import jnum.stat.Summary;

/**
 * The aggregation buffer of {@link SummaryAggregator}: a {@link Summary} and a block of values not
 * yet folded into it. Values are gathered in blocks of {@value #BLOCK} and each block is folded by
 * the batch two-pass algorithm of {@link Summary#addAll(Vec)}, then merged with the pairwise
 * formulas, so the result equals {@link Summary#of(double...)} of the same values to the rounding of
 * the merges (one-pass updates per value would lose digits on data with a large mean).
 *
 * <p>Not thread-safe; {@link Serializable} (the pending block travels with it).
 */
public final class SummaryBuffer implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Values per block: the batch algorithm's own block, held in cache. */
    static final int BLOCK = 4096;

    private final Summary summary = new Summary();
    private double[] block;
    private int fill;

    /** An empty buffer. */
    public SummaryBuffer() {}

    /** Adds one value (NaN propagates) and returns this buffer. */
    public SummaryBuffer add(double x) {
        if (block == null) {
            block = new double[BLOCK];
        }
        block[fill++] = x;
        if (fill == BLOCK) {
            flush();
        }
        return this;
    }

    /** Merges {@code other} into this buffer and returns this (other keeps its values). */
    public SummaryBuffer merge(SummaryBuffer other) {
        Objects.requireNonNull(other, "merge: other is null");
        flush();
        other.flush();
        summary.merge(other.summary);
        return this;
    }

    /** The summary of every value added or merged (a new object; this buffer stays usable). */
    public Summary summary() {
        flush();
        return summary.copy();
    }

    private void flush() {
        if (fill > 0) {
            summary.addAll(Vec.wrap(block, 0, 1, fill));
            fill = 0;
        }
    }
}

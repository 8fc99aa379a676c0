package jnum.stat;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;

/**
 * A streaming, mergeable accumulator of the means and the co-moment matrix
 * {@code C = sum (x - mean)(x - mean)^T} of p variables, giving the covariance and correlation
 * matrices. Observations arrive one at a time ({@link #add}, Welford's update) or as blocks of rows
 * ({@link #addRows}: centred in two passes and multiplied by the kernels' rank-k update), and
 * accumulators merge with Chan's pairwise formula
 * {@code C = C_a + C_b + (n_a n_b / n) delta delta^T}, delta the difference of the means.
 * The means are kept as unevaluated sums of two doubles (a block's mean and the residual
 * {@code sum (x - mean) / n} of its centring), so that delta is exact to its own rounding rather
 * than to an ulp of the means: the co-moments of data with a huge mean and a tiny spread keep
 * nearly full precision however many merges they go through (their relative error grows by a few
 * ulps per merge, independent of the condition number {@code |mean| / sd}).
 *
 * <p>NaN propagates into every entry it touches. Not thread-safe: one accumulator per thread, then
 * {@link #merge}. {@link Serializable}.
 */
public final class CovarianceAccumulator implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int p;
    private long n;
    /** The means are {@code mean + meanLo} (see {@link DoubleDouble}). */
    private final double[] mean;
    /** The lo parts of the means; null only in a stream written before they existed (read as 0). */
    private final double[] meanLo;
    /** The full co-moment matrix, column-major p x p. */
    private final double[] c;

    /**
     * An empty accumulator of p variables.
     *
     * @throws IllegalArgumentException if p &lt; 1
     */
    public CovarianceAccumulator(int p) {
        if (p < 1) {
            throw new IllegalArgumentException("CovarianceAccumulator: p = " + p + " variables, needs at least 1");
        }
        this.p = p;
        this.mean = new double[p];
        this.meanLo = new double[p];
        this.c = new double[p * p];
    }

    /** The number of variables. */
    public int variables() {
        return p;
    }

    /** The number of observations added. */
    public long count() {
        return n;
    }

    /**
     * Adds one observation (one value per variable).
     *
     * @throws DimensionMismatchException if {@code x.length != variables()}
     */
    public CovarianceAccumulator add(double... x) {
        Objects.requireNonNull(x, "add: x is null");
        Samples.sameLength("CovarianceAccumulator.add", "x", x.length, "variables", p);
        n++;
        double[] d = new double[p];
        for (int j = 0; j < p; j++) {
            d[j] = DoubleDouble.difference(x[j], 0, mean[j], meanLo[j]);
            moveMean(j, d[j] / n);
        }
        for (int k = 0; k < p; k++) {
            double after = DoubleDouble.difference(x[k], 0, mean[k], meanLo[k]);
            for (int j = 0; j < p; j++) {
                c[j + k * p] += d[j] * after;
            }
        }
        return this;
    }

    /**
     * Adds every row of {@code rows} (rows = observations, columns = variables).
     *
     * @throws DimensionMismatchException if {@code rows.cols() != variables()}
     */
    public CovarianceAccumulator addRows(Dense rows) {
        Objects.requireNonNull(rows, "addRows: rows is null");
        if (rows.cols() != p) {
            throw DimensionMismatchException.of(
                    "CovarianceAccumulator.addRows", rows.rows(), rows.cols(), "into", p, p);
        }
        if (rows.rows() == 0) {
            return this;
        }
        return merge(CenteredBlock.of(rows).accumulator());
    }

    /** Merges {@code other} (same number of variables) into this accumulator and returns this. */
    public CovarianceAccumulator merge(CovarianceAccumulator other) {
        Objects.requireNonNull(other, "merge: other is null");
        if (other.p != p) {
            throw new DimensionMismatchException(
                    "CovarianceAccumulator.merge: " + p + " variables but other has " + other.p);
        }
        if (other.n == 0) {
            return this;
        }
        if (n == 0) { // a copy: the delta of a merge would round other's double-double means
            n = other.n;
            System.arraycopy(other.mean, 0, mean, 0, p);
            System.arraycopy(other.meanLo, 0, meanLo, 0, p);
            System.arraycopy(other.c, 0, c, 0, p * p);
            return this;
        }
        double na = n, nb = other.n, nn = na + nb;
        double f = na * nb / nn;
        double[] delta = new double[p];
        for (int j = 0; j < p; j++) {
            delta[j] = DoubleDouble.difference(other.mean[j], other.meanLo[j], mean[j], meanLo[j]);
        }
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                c[j + k * p] += other.c[j + k * p] + f * delta[j] * delta[k];
            }
        }
        for (int j = 0; j < p; j++) {
            moveMean(j, delta[j] * (nb / nn));
        }
        n += other.n;
        return this;
    }

    /** Adds t to the double-double mean of variable j. */
    private void moveMean(int j, double t) {
        double hi = DoubleDouble.sumHi(mean[j], meanLo[j], t);
        meanLo[j] = DoubleDouble.sumLo(mean[j], meanLo[j], t, hi);
        mean[j] = hi;
    }

    /** The means of the variables. */
    public Vec means() {
        double[] m = new double[p];
        for (int j = 0; j < p; j++) {
            m[j] = DoubleDouble.value(mean[j], meanLo[j]);
        }
        return Vec.of(m);
    }

    /**
     * The sample covariance matrix {@code C / (n - 1)} (p x p, symmetric).
     *
     * @throws IllegalStateException with fewer than 2 observations
     */
    public Dense covariance() {
        if (n < 2) {
            throw new IllegalStateException(
                    "CovarianceAccumulator.covariance: needs at least 2 observations, has " + n);
        }
        return symmetric(1.0 / (n - 1));
    }

    /**
     * The Pearson correlation matrix (unit diagonal, entries clamped to [-1, 1]).
     *
     * @throws IllegalStateException with fewer than 2 observations
     * @throws IllegalArgumentException if a variable has zero variance (its correlations are 0 / 0)
     */
    public Dense correlation() {
        if (n < 2) {
            throw new IllegalStateException(
                    "CovarianceAccumulator.correlation: needs at least 2 observations, has " + n);
        }
        return CenteredBlock.correlationFromComoments(symmetric(1.0), "CovarianceAccumulator.correlation");
    }

    private Dense symmetric(double scale) {
        Dense out = Dense.zeros(p, p);
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                // average the two triangles: the update is symmetric up to rounding
                out.set(j, k, 0.5 * (c[j + k * p] + c[k + j * p]) * scale);
            }
        }
        return out;
    }

    /**
     * Package access for the batch path: an accumulator holding given means (as hi and lo parts)
     * and co-moments.
     */
    static CovarianceAccumulator of(long n, double[] means, double[] meansLo, double[] comoments) {
        CovarianceAccumulator a = new CovarianceAccumulator(means.length);
        a.n = n;
        System.arraycopy(means, 0, a.mean, 0, means.length);
        System.arraycopy(meansLo, 0, a.meanLo, 0, means.length);
        System.arraycopy(comoments, 0, a.c, 0, comoments.length);
        return a;
    }

    /** A stream written before the means had lo parts reads them as 0 (the old values exactly). */
    @Serial
    private Object readResolve() {
        return meanLo != null ? this : of(n, mean, new double[p], c);
    }
}

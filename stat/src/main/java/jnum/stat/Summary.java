package jnum.stat;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import jnum.mat.Vec;

/**
 * A streaming, mergeable summary of a sample: count, mean, central sums of powers 2 to 4, minimum
 * and maximum, updated one value or one array at a time and merged across chunks or threads.
 *
 * <p>Single values are added with the one-pass updates of Welford and Terriberry; an array is
 * summarised by the two-pass batch algorithm of {@link Stats} and merged; two summaries are merged
 * with the pairwise formulas of Chan, Golub and LeVeque (1979) for the mean and second moment and
 * of Pebay ("Formulas for robust, one-pass parallel computation of covariances and arbitrary-order
 * statistical moments", 2008) for the third and fourth. A summary built by {@link #of} or
 * {@link #addAll} therefore equals the batch statistics of {@link Stats} to a few ulps (up to
 * 4096 values; longer arrays are summarised in blocks of 4096 merged as below, at least as
 * accurately), and one merged from chunks to the rounding of the merge formulas. The mean is kept as an unevaluated sum
 * of two doubles (a chunk's mean and the residual {@code sum (x - mean) / n} of its centring), so
 * that the difference of two means in a merge is exact to its own rounding, not to an ulp of the
 * means: on data with a huge mean and a tiny spread the second moment keeps nearly full precision
 * through any number of merges (a few ulps per merge, independent of the condition number
 * {@code |mean| / sd}).
 *
 * <p>Definitions are those of {@link Stats}: {@link #variance()} divides by n - 1,
 * {@link #skewness()} and {@link #kurtosis()} are the biased g1 and excess g2. NaN propagates: one
 * NaN makes the mean, the moments, min and max NaN. A statistic that needs more values than have
 * been added (none for the mean, 2 for the variance, 3 and 4 for the adjusted shape statistics)
 * throws {@link IllegalStateException}; skewness and kurtosis of constant data are NaN (0 / 0).
 *
 * <p>Not thread-safe: give each thread its own summary and {@link #merge} them. {@link Serializable},
 * so that it can travel as the accumulator of a distributed aggregation.
 */
public final class Summary implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private long n;
    private double mean;
    /** The mean is {@code mean + meanLo} (see {@link DoubleDouble}); 0 in streams of older versions. */
    private double meanLo;

    private double m2;
    private double m3;
    private double m4;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty summary. */
    public Summary() {}

    /** The summary of {@code x} (batch algorithm). */
    public static Summary of(double... x) {
        return new Summary().addAll(x);
    }

    /** The summary of {@code x} (batch algorithm). */
    public static Summary of(Vec x) {
        return new Summary().addAll(x);
    }

    /** Adds one value and returns this summary. */
    public Summary add(double x) {
        long n1 = n;
        n++;
        double delta = DoubleDouble.difference(x, 0, mean, meanLo);
        double dn = delta / n;
        double dn2 = dn * dn;
        double term1 = delta * dn * n1;
        moveMean(dn);
        m4 += term1 * dn2 * ((double) n * n - 3.0 * n + 3) + 6 * dn2 * m2 - 4 * dn * m3;
        m3 += term1 * dn * (n - 2.0) - 3 * dn * m2;
        m2 += term1;
        min = Math.min(min, x);
        max = Math.max(max, x);
        return this;
    }

    /** Adds every value of {@code x} (summarised in two passes, then merged) and returns this summary. */
    public Summary addAll(double[] x) {
        Objects.requireNonNull(x, "addAll: x is null");
        return addAll(x, 0, x.length);
    }

    /** Adds every element of {@code x} and returns this summary. */
    public Summary addAll(Vec x) {
        Objects.requireNonNull(x, "addAll: x is null");
        return addAll(Samples.contiguous(x), Samples.offset(x), x.length());
    }

    private Summary addAll(double[] x, int off, int len) {
        // blocks of the batch algorithm's own size, merged here with the double-double mean
        for (int b = 0; b < len; b += Moments.BLOCK) {
            addBlock(x, off + b, Math.min(Moments.BLOCK, len - b));
        }
        return this;
    }

    private Summary addBlock(double[] x, int off, int len) {
        Summary b = new Summary();
        b.n = len;
        // the central sums about the corrected two-pass mean, as Stats' moments; the mean's
        // residual sum (x - m) / n is its lo part, so that merges see the mean to far below an ulp
        double m = Moments.mean(x, off, len);
        double[] sums = Moments.centralSums(x, off, null, 0, len, len, m);
        b.m2 = sums[1];
        b.m3 = sums[2];
        b.m4 = sums[3];
        double lo = x[off], hi = x[off];
        for (int i = 1; i < len; i++) {
            lo = Math.min(lo, x[off + i]);
            hi = Math.max(hi, x[off + i]);
        }
        if (Double.isFinite(m)) {
            double t = DoubleDouble.residualSum(x, off, len, m) / len;
            b.mean = DoubleDouble.sumHi(m, 0, t);
            b.meanLo = DoubleDouble.sumLo(m, 0, t, b.mean);
        } else {
            b.mean = m; // NaN or an infinity, as Stats.mean
        }
        b.min = lo;
        b.max = hi;
        return merge(b);
    }

    /** Merges {@code other} into this summary (which then describes both samples) and returns this. */
    public Summary merge(Summary other) {
        Objects.requireNonNull(other, "merge: other is null");
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            n = other.n;
            mean = other.mean;
            meanLo = other.meanLo;
            m2 = other.m2;
            m3 = other.m3;
            m4 = other.m4;
            min = other.min;
            max = other.max;
            return this;
        }
        double na = n, nb = other.n, nn = na + nb;
        double delta = DoubleDouble.difference(other.mean, other.meanLo, mean, meanLo);
        double d2 = delta * delta;
        double newM4 = m4
                + other.m4
                + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nn * nn * nn)
                + 6 * d2 * (na * na * other.m2 + nb * nb * m2) / (nn * nn)
                + 4 * delta * (na * other.m3 - nb * m3) / nn;
        double newM3 = m3
                + other.m3
                + d2 * delta * na * nb * (na - nb) / (nn * nn)
                + 3 * delta * (na * other.m2 - nb * m2) / nn;
        m2 = m2 + other.m2 + d2 * na * nb / nn;
        m3 = newM3;
        m4 = newM4;
        moveMean(delta * (nb / nn));
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        return this;
    }

    /** Adds t to the double-double mean. */
    private void moveMean(double t) {
        double hi = DoubleDouble.sumHi(mean, meanLo, t);
        meanLo = DoubleDouble.sumLo(mean, meanLo, t, hi);
        mean = hi;
    }

    /** A copy of this summary. */
    public Summary copy() {
        return new Summary().merge(this);
    }

    /** The number of values added. */
    public long count() {
        return n;
    }

    /** The mean. */
    public double mean() {
        need("mean", 1);
        return DoubleDouble.value(mean, meanLo);
    }

    /** {@code mean * count}. */
    public double sum() {
        return n == 0 ? 0 : DoubleDouble.value(mean, meanLo) * n;
    }

    /** The sample variance {@code M2 / (n - 1)}. */
    public double variance() {
        need("variance", 2);
        return m2 / (n - 1);
    }

    /** The population variance {@code M2 / n}. */
    public double populationVariance() {
        need("populationVariance", 1);
        return m2 / n;
    }

    /** The sample standard deviation. */
    public double stdDev() {
        return Math.sqrt(variance());
    }

    /** The population standard deviation. */
    public double populationStdDev() {
        return Math.sqrt(populationVariance());
    }

    /** The standard error of the mean, {@code stdDev / sqrt(n)}. */
    public double standardError() {
        return stdDev() / Math.sqrt(n);
    }

    /** Skewness g1 (biased); NaN for constant data. */
    public double skewness() {
        need("skewness", 1);
        return Moments.skewness(n, m2, m3);
    }

    /** Adjusted skewness G1; needs 3 values. */
    public double adjustedSkewness() {
        need("adjustedSkewness", 3);
        return Moments.adjustedSkewness(n, m2, m3);
    }

    /** Excess kurtosis g2 (biased); NaN for constant data. */
    public double kurtosis() {
        need("kurtosis", 1);
        return Moments.kurtosis(n, m2, m4);
    }

    /** Adjusted excess kurtosis G2; needs 4 values. */
    public double adjustedKurtosis() {
        need("adjustedKurtosis", 4);
        return Moments.adjustedKurtosis(n, m2, m4);
    }

    /** The smallest value. */
    public double min() {
        need("min", 1);
        return min;
    }

    /** The largest value. */
    public double max() {
        need("max", 1);
        return max;
    }

    private void need(String op, int k) {
        if (n < k) {
            throw new IllegalStateException("Summary." + op + ": needs at least " + k + " values, has " + n);
        }
    }

    /** One line: count, mean, standard deviation, min and max. */
    @Override
    public String toString() {
        if (n == 0) {
            return "Summary n=0";
        }
        return String.format(
                Locale.ROOT,
                "Summary n=%d mean=%s sd=%s min=%s max=%s",
                n,
                DoubleDouble.value(mean, meanLo),
                n > 1 ? String.valueOf(Math.sqrt(m2 / (n - 1))) : "NaN",
                min,
                max);
    }
}

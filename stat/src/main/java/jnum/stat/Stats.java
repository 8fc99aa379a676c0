package jnum.stat;

import static jnum.stat.Samples.atLeast;
import static jnum.stat.Samples.contiguous;
import static jnum.stat.Samples.nonNull;
import static jnum.stat.Samples.offset;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * Descriptive statistics of a sample, given as a {@code double[]} or a {@link Vec} (any stride: a
 * row or column view of a matrix works as it is), many with frequency weights, and column by column
 * over a {@link Dense} data matrix (rows = observations, columns = variables).
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>{@code variance} divides by {@code n - 1} (sample), {@code populationVariance} by n. With
 *       weights w (frequency weights, as Gonum's {@code stat}): {@code W = sum w}, mean
 *       {@code sum w x / W}, sample variance {@code sum w (x - mean)^2 / (W - 1)}.
 *   <li>{@code skewness} is g1 = m3 / m2^1.5 and {@code kurtosis} the excess g2 = m4 / m2^2 - 3
 *       (SciPy's defaults, bias=True), with {@code m_k = sum w (x - mean)^k / W};
 *       {@code adjustedSkewness} and {@code adjustedKurtosis} are the bias-corrected G1 and G2
 *       (SciPy's bias=False, Excel's SKEW and KURT).
 *   <li>Quantiles follow {@link QuantileMethod} (default {@link QuantileMethod#LINEAR}, type 7) and
 *       are found by selection on a copy, not by a full sort.
 * </ul>
 *
 * <h2>Accuracy</h2>
 *
 * Means and central sums use two passes with the corrected-shift formulas (per cache-sized block,
 * blocks merged by Chan's formula, so memory is read once), so data with a huge mean and a tiny
 * spread keep their digits (NIST StRD NumAcc1-3: mean, standard deviation and
 * lag-1 autocorrelation agree with the certified values to 15 digits).
 *
 * <h2>Errors and NaN</h2>
 *
 * Inputs are never modified. A null argument gives {@link NullPointerException}; an empty sample
 * (or too few values: 2 for a sample variance, 3 for adjusted skewness, 4 for adjusted kurtosis),
 * a statistic undefined for constant data (skewness, kurtosis, z-scores, autocorrelation), a
 * probability outside [0, 1], or weights that are negative, NaN, infinite, of the wrong length or
 * summing to 0 give {@link IllegalArgumentException} naming the operation and the argument
 * (mismatched lengths: {@link jnum.mat.DimensionMismatchException}). NaN in the data propagates:
 * moments, means, min, max, quantiles, median and mode return NaN. Operations that must place each
 * value (histogram, empirical cdf) throw instead, naming the first NaN; none skips NaN silently.
 */
public final class Stats {
    private Stats() {}

    // ---- mean ----------------------------------------------------------------------------------

    /** The arithmetic mean {@code sum x / n}. */
    public static double mean(double[] x) {
        nonNull("mean", "x", x);
        return mean("mean", x, 0, x.length);
    }

    /** The arithmetic mean {@code sum x / n}. */
    public static double mean(Vec x) {
        nonNull("mean", "x", x);
        return mean("mean", contiguous(x), offset(x), x.length());
    }

    /** The weighted mean {@code sum w x / sum w}. */
    public static double mean(double[] x, double[] weights) {
        return weighted("mean", x, weights, (a, w) -> w.mean());
    }

    /** The weighted mean {@code sum w x / sum w}. */
    public static double mean(Vec x, Vec weights) {
        return weighted("mean", x, weights, (a, w) -> w.mean());
    }

    private static double mean(String op, double[] x, int off, int n) {
        atLeast(op, "x", n, 1);
        return Moments.fastMean(x, off, n);
    }

    // ---- variance and standard deviation ----------------------------------------------------------

    /** The sample variance {@code sum (x - mean)^2 / (n - 1)}; needs n >= 2. */
    public static double variance(double[] x) {
        return sumSquares("variance", x, 2) / (x.length - 1);
    }

    /** The sample variance {@code sum (x - mean)^2 / (n - 1)}; needs n >= 2. */
    public static double variance(Vec x) {
        return sumSquares("variance", x, 2) / (x.length() - 1);
    }

    /** The weighted sample variance {@code sum w (x - mean)^2 / (sum w - 1)}; needs sum w > 1. */
    public static double variance(double[] x, double[] weights) {
        return weighted("variance", x, weights, (a, w) -> w.sampleVariance());
    }

    /** The weighted sample variance {@code sum w (x - mean)^2 / (sum w - 1)}; needs sum w > 1. */
    public static double variance(Vec x, Vec weights) {
        return weighted("variance", x, weights, (a, w) -> w.sampleVariance());
    }

    /** The population variance {@code sum (x - mean)^2 / n}. */
    public static double populationVariance(double[] x) {
        return sumSquares("populationVariance", x, 1) / x.length;
    }

    /** The population variance {@code sum (x - mean)^2 / n}. */
    public static double populationVariance(Vec x) {
        return sumSquares("populationVariance", x, 1) / x.length();
    }

    /** The weighted population variance {@code sum w (x - mean)^2 / sum w}. */
    public static double populationVariance(double[] x, double[] weights) {
        return weighted("populationVariance", x, weights, (a, w) -> w.ss() / w.total);
    }

    /** The weighted population variance {@code sum w (x - mean)^2 / sum w}. */
    public static double populationVariance(Vec x, Vec weights) {
        return weighted("populationVariance", x, weights, (a, w) -> w.ss() / w.total);
    }

    /** The sample standard deviation, {@code sqrt(variance(x))}. */
    public static double stdDev(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** The sample standard deviation, {@code sqrt(variance(x))}. */
    public static double stdDev(Vec x) {
        return Math.sqrt(variance(x));
    }

    /** The weighted sample standard deviation, {@code sqrt(variance(x, weights))}. */
    public static double stdDev(double[] x, double[] weights) {
        return Math.sqrt(variance(x, weights));
    }

    /** The weighted sample standard deviation, {@code sqrt(variance(x, weights))}. */
    public static double stdDev(Vec x, Vec weights) {
        return Math.sqrt(variance(x, weights));
    }

    /** The population standard deviation, {@code sqrt(populationVariance(x))}. */
    public static double populationStdDev(double[] x) {
        return Math.sqrt(populationVariance(x));
    }

    /** The population standard deviation, {@code sqrt(populationVariance(x))}. */
    public static double populationStdDev(Vec x) {
        return Math.sqrt(populationVariance(x));
    }

    /** The standard error of the mean, {@code stdDev(x) / sqrt(n)}; needs n >= 2. */
    public static double standardError(double[] x) {
        return stdDev(x) / Math.sqrt(x.length);
    }

    /** The standard error of the mean, {@code stdDev(x) / sqrt(n)}; needs n >= 2. */
    public static double standardError(Vec x) {
        return stdDev(x) / Math.sqrt(x.length());
    }

    private static double sumSquares(String op, double[] x, int min) {
        nonNull(op, "x", x);
        return sumSquares(op, x, 0, x.length, min);
    }

    private static double sumSquares(String op, Vec x, int min) {
        nonNull(op, "x", x);
        return sumSquares(op, contiguous(x), offset(x), x.length(), min);
    }

    private static double sumSquares(String op, double[] x, int off, int n, int min) {
        atLeast(op, "x", n, min);
        return Moments.sumSquaredDeviations(x, off, n);
    }

    // ---- shape ---------------------------------------------------------------------------------

    /** Skewness g1 = m3 / m2^1.5 (biased, SciPy's default). */
    public static double skewness(double[] x) {
        return shape("skewness", x, null, 1, s -> Moments.skewness(s[0], s[1], s[2]));
    }

    /** Skewness g1 = m3 / m2^1.5 (biased, SciPy's default). */
    public static double skewness(Vec x) {
        return shape("skewness", x, null, 1, s -> Moments.skewness(s[0], s[1], s[2]));
    }

    /** Weighted skewness g1 with {@code m_k = sum w (x - mean)^k / sum w}. */
    public static double skewness(double[] x, double[] weights) {
        return shape("skewness", x, weights, 1, s -> Moments.skewness(s[0], s[1], s[2]));
    }

    /** Weighted skewness g1 with {@code m_k = sum w (x - mean)^k / sum w}. */
    public static double skewness(Vec x, Vec weights) {
        return shape("skewness", x, weights, 1, s -> Moments.skewness(s[0], s[1], s[2]));
    }

    /** Adjusted skewness G1 = g1 sqrt(n (n - 1)) / (n - 2); needs n >= 3. */
    public static double adjustedSkewness(double[] x) {
        return shape("adjustedSkewness", x, null, 3, s -> Moments.adjustedSkewness(s[0], s[1], s[2]));
    }

    /** Adjusted skewness G1 = g1 sqrt(n (n - 1)) / (n - 2); needs n >= 3. */
    public static double adjustedSkewness(Vec x) {
        return shape("adjustedSkewness", x, null, 3, s -> Moments.adjustedSkewness(s[0], s[1], s[2]));
    }

    /** Weighted adjusted skewness, n replaced by the total weight; needs it > 2. */
    public static double adjustedSkewness(double[] x, double[] weights) {
        return shape("adjustedSkewness", x, weights, 3, s -> Moments.adjustedSkewness(s[0], s[1], s[2]));
    }

    /** Excess kurtosis g2 = m4 / m2^2 - 3 (biased, SciPy's default). */
    public static double kurtosis(double[] x) {
        return shape("kurtosis", x, null, 1, s -> Moments.kurtosis(s[0], s[1], s[3]));
    }

    /** Excess kurtosis g2 = m4 / m2^2 - 3 (biased, SciPy's default). */
    public static double kurtosis(Vec x) {
        return shape("kurtosis", x, null, 1, s -> Moments.kurtosis(s[0], s[1], s[3]));
    }

    /** Weighted excess kurtosis g2 with {@code m_k = sum w (x - mean)^k / sum w}. */
    public static double kurtosis(double[] x, double[] weights) {
        return shape("kurtosis", x, weights, 1, s -> Moments.kurtosis(s[0], s[1], s[3]));
    }

    /** Weighted excess kurtosis g2 with {@code m_k = sum w (x - mean)^k / sum w}. */
    public static double kurtosis(Vec x, Vec weights) {
        return shape("kurtosis", x, weights, 1, s -> Moments.kurtosis(s[0], s[1], s[3]));
    }

    /** Adjusted excess kurtosis G2 = ((n + 1) g2 + 6) (n - 1) / ((n - 2) (n - 3)); needs n >= 4. */
    public static double adjustedKurtosis(double[] x) {
        return shape("adjustedKurtosis", x, null, 4, s -> Moments.adjustedKurtosis(s[0], s[1], s[3]));
    }

    /** Adjusted excess kurtosis G2 = ((n + 1) g2 + 6) (n - 1) / ((n - 2) (n - 3)); needs n >= 4. */
    public static double adjustedKurtosis(Vec x) {
        return shape("adjustedKurtosis", x, null, 4, s -> Moments.adjustedKurtosis(s[0], s[1], s[3]));
    }

    /** Weighted adjusted excess kurtosis, n replaced by the total weight; needs it > 3. */
    public static double adjustedKurtosis(double[] x, double[] weights) {
        return shape("adjustedKurtosis", x, weights, 4, s -> Moments.adjustedKurtosis(s[0], s[1], s[3]));
    }

    private static double shape(String op, double[] x, double[] w, int min, ToDoubleFunction<double[]> f) {
        nonNull(op, "x", x);
        return shape(op, x, 0, x.length, w, 0, w == null ? -1 : w.length, min, f);
    }

    private static double shape(String op, Vec x, Vec w, int min, ToDoubleFunction<double[]> f) {
        nonNull(op, "x", x);
        if (w == null) {
            return shape(op, contiguous(x), offset(x), x.length(), null, 0, -1, min, f);
        }
        return shape(op, contiguous(x), offset(x), x.length(), contiguous(w), offset(w), w.length(), min, f);
    }

    private static double shape(
            String op,
            double[] x,
            int off,
            int n,
            double[] w,
            int wOff,
            int wn,
            int min,
            ToDoubleFunction<double[]> f) {
        atLeast(op, "x", n, min);
        double total = w == null ? n : Samples.weights(op, w, wOff, wn, n);
        if (!(total > min - 1)) {
            throw new IllegalArgumentException(op + ": the weights sum to " + total + ", needs more than " + (min - 1));
        }
        double m = w == null ? Moments.mean(x, off, n) : Moments.mean(x, off, w, wOff, n, total);
        double[] sums = Moments.centralSums(x, off, w, wOff, n, total, m);
        if (sums[1] == 0) {
            throw new IllegalArgumentException(op + ": x is constant (zero variance), the statistic is undefined");
        }
        return f.applyAsDouble(sums);
    }

    // ---- moments -------------------------------------------------------------------------------

    /** The k-th central moment {@code sum (x - mean)^k / n}, k >= 0. */
    public static double centralMoment(double[] x, int k) {
        return moment("centralMoment", x, 0, x == null ? 0 : x.length, null, 0, -1, k, true);
    }

    /** The k-th central moment {@code sum (x - mean)^k / n}, k >= 0. */
    public static double centralMoment(Vec x, int k) {
        nonNull("centralMoment", "x", x);
        return moment("centralMoment", contiguous(x), offset(x), x.length(), null, 0, -1, k, true);
    }

    /** The weighted k-th central moment {@code sum w (x - mean)^k / sum w}. */
    public static double centralMoment(double[] x, double[] weights, int k) {
        nonNull("centralMoment", "weights", weights);
        return moment("centralMoment", x, 0, x == null ? 0 : x.length, weights, 0, weights.length, k, true);
    }

    /** The k-th raw moment {@code sum x^k / n}, k >= 0. */
    public static double rawMoment(double[] x, int k) {
        return moment("rawMoment", x, 0, x == null ? 0 : x.length, null, 0, -1, k, false);
    }

    /** The k-th raw moment {@code sum x^k / n}, k >= 0. */
    public static double rawMoment(Vec x, int k) {
        nonNull("rawMoment", "x", x);
        return moment("rawMoment", contiguous(x), offset(x), x.length(), null, 0, -1, k, false);
    }

    /** The weighted k-th raw moment {@code sum w x^k / sum w}. */
    public static double rawMoment(double[] x, double[] weights, int k) {
        nonNull("rawMoment", "weights", weights);
        return moment("rawMoment", x, 0, x == null ? 0 : x.length, weights, 0, weights.length, k, false);
    }

    private static double moment(
            String op, double[] x, int off, int n, double[] w, int wOff, int wn, int k, boolean central) {
        nonNull(op, "x", x);
        atLeast(op, "x", n, 1);
        if (k < 0) {
            throw new IllegalArgumentException(op + ": order k = " + k + " is negative");
        }
        double total = w == null ? n : Samples.weights(op, w, wOff, wn, n);
        double c = 0;
        if (central) {
            c = w == null ? Moments.mean(x, off, n) : Moments.mean(x, off, w, wOff, n, total);
        }
        return Moments.moment(x, off, w, wOff, n, total, c, k);
    }

    // ---- other means ---------------------------------------------------------------------------

    /**
     * The geometric mean {@code exp(mean(log x))}; 0 if a value is 0.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static double geometricMean(double[] x) {
        nonNull("geometricMean", "x", x);
        return geometricMean(x, 0, x.length, null);
    }

    /** The geometric mean {@code exp(mean(log x))}; see {@link #geometricMean(double[])}. */
    public static double geometricMean(Vec x) {
        nonNull("geometricMean", "x", x);
        return geometricMean(contiguous(x), offset(x), x.length(), null);
    }

    /** The weighted geometric mean {@code exp(sum w log x / sum w)}. */
    public static double geometricMean(double[] x, double[] weights) {
        nonNull("geometricMean", "x", x);
        nonNull("geometricMean", "weights", weights);
        return geometricMean(x, 0, x.length, weights);
    }

    private static double geometricMean(double[] x, int off, int n, double[] w) {
        String op = "geometricMean";
        atLeast(op, "x", n, 1);
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(positive(op, x, off, i, true));
        }
        if (w == null) {
            return Math.exp(Moments.mean(logs, 0, n));
        }
        double total = Samples.weights(op, w, 0, w.length, n);
        return Math.exp(Moments.mean(logs, 0, w, 0, n, total));
    }

    /**
     * The harmonic mean {@code n / sum (1 / x)}; 0 if a value is 0.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static double harmonicMean(double[] x) {
        nonNull("harmonicMean", "x", x);
        return harmonicMean(x, 0, x.length, null);
    }

    /** The harmonic mean {@code n / sum (1 / x)}; see {@link #harmonicMean(double[])}. */
    public static double harmonicMean(Vec x) {
        nonNull("harmonicMean", "x", x);
        return harmonicMean(contiguous(x), offset(x), x.length(), null);
    }

    /** The weighted harmonic mean {@code sum w / sum (w / x)}. */
    public static double harmonicMean(double[] x, double[] weights) {
        nonNull("harmonicMean", "x", x);
        nonNull("harmonicMean", "weights", weights);
        return harmonicMean(x, 0, x.length, weights);
    }

    private static double harmonicMean(double[] x, int off, int n, double[] w) {
        String op = "harmonicMean";
        atLeast(op, "x", n, 1);
        double total = w == null ? n : Samples.weights(op, w, 0, w.length, n);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = positive(op, x, off, i, true);
            if (v == 0) {
                return 0;
            }
            s += (w == null ? 1 : w[i]) / v;
        }
        return total / s;
    }

    private static double positive(String op, double[] x, int off, int i, boolean zeroAllowed) {
        double v = x[off + i];
        if (v < 0 || (!zeroAllowed && v == 0)) {
            throw new IllegalArgumentException(op + ": x[" + i + "] = " + v + " is negative");
        }
        return v;
    }

    // ---- order statistics ------------------------------------------------------------------------

    /** The smallest value; NaN if any value is NaN. */
    public static double min(double[] x) {
        nonNull("min", "x", x);
        return extreme("min", x, 0, x.length, true);
    }

    /** The smallest value; NaN if any value is NaN. */
    public static double min(Vec x) {
        nonNull("min", "x", x);
        return extreme("min", contiguous(x), offset(x), x.length(), true);
    }

    /** The largest value; NaN if any value is NaN. */
    public static double max(double[] x) {
        nonNull("max", "x", x);
        return extreme("max", x, 0, x.length, false);
    }

    /** The largest value; NaN if any value is NaN. */
    public static double max(Vec x) {
        nonNull("max", "x", x);
        return extreme("max", contiguous(x), offset(x), x.length(), false);
    }

    /** {@code max(x) - min(x)}; NaN if any value is NaN. */
    public static double range(double[] x) {
        return max(x) - min(x);
    }

    /** {@code max(x) - min(x)}; NaN if any value is NaN. */
    public static double range(Vec x) {
        return max(x) - min(x);
    }

    private static double extreme(String op, double[] x, int off, int n, boolean min) {
        atLeast(op, "x", n, 1);
        double m = x[off];
        for (int i = 1; i < n; i++) {
            m = min ? Math.min(m, x[off + i]) : Math.max(m, x[off + i]);
        }
        return m;
    }

    /** The median, {@code quantile(x, 0.5)}; NaN if any value is NaN. */
    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /** The median, {@code quantile(x, 0.5)}; NaN if any value is NaN. */
    public static double median(Vec x) {
        return quantile(x, 0.5);
    }

    /** The most frequent value, the smallest of them on a tie (SciPy's {@code mode}); NaN if any value is NaN. */
    public static double mode(double[] x) {
        nonNull("mode", "x", x);
        return modeOfCopy(x.clone());
    }

    /** The most frequent value, the smallest of them on a tie; NaN if any value is NaN. */
    public static double mode(Vec x) {
        return modeOfCopy(Samples.copy("mode", "x", x));
    }

    private static double modeOfCopy(double[] work) {
        atLeast("mode", "x", work.length, 1);
        if (Samples.hasNaN(work, 0, work.length)) {
            return Double.NaN;
        }
        Arrays.sort(work);
        double best = work[0];
        int bestCount = 0;
        for (int i = 0; i < work.length; ) {
            int j = i;
            while (j < work.length && work[j] == work[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = work[i];
            }
            i = j;
        }
        return best;
    }

    /** The quantile p (type 7, {@link QuantileMethod#LINEAR}); NaN if any value is NaN. */
    public static double quantile(double[] x, double p) {
        return quantile(x, p, QuantileMethod.LINEAR);
    }

    /** The quantile p (type 7, {@link QuantileMethod#LINEAR}); NaN if any value is NaN. */
    public static double quantile(Vec x, double p) {
        return quantile(x, p, QuantileMethod.LINEAR);
    }

    /** The quantile p by the given Hyndman-Fan method; NaN if any value is NaN. */
    public static double quantile(double[] x, double p, QuantileMethod method) {
        return quantiles(x, new double[] {p}, method)[0];
    }

    /** The quantile p by the given Hyndman-Fan method; NaN if any value is NaN. */
    public static double quantile(Vec x, double p, QuantileMethod method) {
        return quantiles(x, new double[] {p}, method)[0];
    }

    /** The quantiles {@code ps} (type 7) in one selection pass over a copy. */
    public static double[] quantiles(double[] x, double... ps) {
        return quantiles(x, ps, QuantileMethod.LINEAR);
    }

    /** The quantiles {@code ps} (type 7) in one selection pass over a copy. */
    public static double[] quantiles(Vec x, double... ps) {
        return quantiles(x, ps, QuantileMethod.LINEAR);
    }

    /** The quantiles {@code ps} by the given method, in one selection pass over a copy. */
    public static double[] quantiles(double[] x, double[] ps, QuantileMethod method) {
        nonNull("quantile", "x", x);
        return quantilesOfCopy(x.clone(), ps, method);
    }

    /** The quantiles {@code ps} by the given method, in one selection pass over a copy. */
    public static double[] quantiles(Vec x, double[] ps, QuantileMethod method) {
        return quantilesOfCopy(Samples.copy("quantile", "x", x), ps, method);
    }

    private static double[] quantilesOfCopy(double[] work, double[] ps, QuantileMethod method) {
        nonNull("quantile", "ps", ps);
        java.util.Objects.requireNonNull(method, "quantile: method is null");
        return Quantiles.of("quantile", work, work.length, ps, method);
    }

    /**
     * The weighted quantile p by the inverted weighted empirical cdf, NumPy's {@code np.quantile(x,
     * p, weights=w, method="inverted_cdf")}: with the values sorted and {@code C_k} the cumulative
     * weight of the first k, the smallest value of positive weight with {@code C_k >= p W}, W the
     * total weight. Unit weights give {@link QuantileMethod#INVERTED_CDF} (type 1); integer weights
     * give the type-1 quantile of the values repeated w times. NaN in x gives NaN.
     *
     * @throws NullPointerException if x or weights is null
     * @throws jnum.mat.DimensionMismatchException if their lengths differ
     * @throws IllegalArgumentException if x is empty, p is not in [0, 1], or a weight is negative,
     *     NaN or infinite, or all are 0
     */
    public static double weightedQuantile(double[] x, double[] weights, double p) {
        return weightedQuantiles(x, weights, p)[0];
    }

    /** {@link #weightedQuantile(double[], double[], double)} of vectors. */
    public static double weightedQuantile(Vec x, Vec weights, double p) {
        return weightedQuantiles(x, weights, p)[0];
    }

    /** The weighted quantiles {@code ps} (see {@link #weightedQuantile(double[], double[], double)}), one sort. */
    public static double[] weightedQuantiles(double[] x, double[] weights, double... ps) {
        nonNull("weightedQuantile", "x", x);
        nonNull("weightedQuantile", "weights", weights);
        nonNull("weightedQuantile", "ps", ps);
        Samples.sameLength("weightedQuantile", "x", x.length, "weights", weights.length);
        return WeightedQuantiles.of("weightedQuantile", x, 0, weights, 0, x.length, ps);
    }

    /** {@link #weightedQuantiles(double[], double[], double...)} of vectors. */
    public static double[] weightedQuantiles(Vec x, Vec weights, double... ps) {
        nonNull("weightedQuantile", "x", x);
        nonNull("weightedQuantile", "weights", weights);
        return weightedQuantiles(x.toArray(), weights.toArray(), ps);
    }

    /** The weighted median, {@code weightedQuantile(x, weights, 0.5)} (inverted weighted cdf). */
    public static double weightedMedian(double[] x, double[] weights) {
        return weightedQuantile(x, weights, 0.5);
    }

    /** The weighted median of vectors, {@code weightedQuantile(x, weights, 0.5)}. */
    public static double weightedMedian(Vec x, Vec weights) {
        return weightedQuantile(x, weights, 0.5);
    }

    /** The interquartile range {@code Q(0.75) - Q(0.25)} (type 7). */
    public static double interquartileRange(double[] x) {
        double[] q = quantiles(x, 0.75, 0.25);
        return q[0] - q[1];
    }

    /** The interquartile range {@code Q(0.75) - Q(0.25)} (type 7). */
    public static double interquartileRange(Vec x) {
        double[] q = quantiles(x, 0.75, 0.25);
        return q[0] - q[1];
    }

    /**
     * The median absolute deviation {@code median(|x - median(x)|)}, unscaled (SciPy's
     * {@code median_abs_deviation} with scale 1; multiply by 1.4826 for a normal-consistent scale).
     */
    public static double medianAbsoluteDeviation(double[] x) {
        nonNull("medianAbsoluteDeviation", "x", x);
        return mad(x.clone());
    }

    /** The median absolute deviation {@code median(|x - median(x)|)}, unscaled. */
    public static double medianAbsoluteDeviation(Vec x) {
        return mad(Samples.copy("medianAbsoluteDeviation", "x", x));
    }

    private static double mad(double[] work) {
        String op = "medianAbsoluteDeviation";
        double med = Quantiles.of(op, work, work.length, new double[] {0.5}, QuantileMethod.LINEAR)[0];
        for (int i = 0; i < work.length; i++) {
            work[i] = Math.abs(work[i] - med);
        }
        return Quantiles.of(op, work, work.length, new double[] {0.5}, QuantileMethod.LINEAR)[0];
    }

    // ---- transforms and distributions --------------------------------------------------------------

    /**
     * The z-scores {@code (x - mean) / sigma} with sigma the population standard deviation (SciPy's
     * {@code zscore}, ddof = 0); all NaN if a value is NaN.
     *
     * @throws IllegalArgumentException if x is empty or constant
     */
    public static double[] zScores(double[] x) {
        nonNull("zScores", "x", x);
        return zScores(x, 0, x.length);
    }

    /** The z-scores as a new contiguous vector; see {@link #zScores(double[])}. */
    public static Vec zScores(Vec x) {
        nonNull("zScores", "x", x);
        return Vec.of(zScores(contiguous(x), offset(x), x.length()));
    }

    private static double[] zScores(double[] x, int off, int n) {
        String op = "zScores";
        atLeast(op, "x", n, 1);
        double m = Moments.mean(x, off, n);
        double sd = Math.sqrt(Moments.sumSquaredDeviations(x, off, n) / n);
        if (sd == 0) {
            throw new IllegalArgumentException(op + ": x is constant (zero standard deviation)");
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (x[off + i] - m) / sd;
        }
        return z;
    }

    /** The histogram of x over the given bin edges (non-decreasing, finite); see {@link Histogram}. */
    public static Histogram histogram(double[] x, double[] edges) {
        nonNull("histogram", "x", x);
        nonNull("histogram", "edges", edges);
        return Histogram.count("histogram", x, 0, x.length, null, 0, edges);
    }

    /** The histogram of x over the given bin edges; see {@link Histogram}. */
    public static Histogram histogram(Vec x, double[] edges) {
        nonNull("histogram", "x", x);
        nonNull("histogram", "edges", edges);
        return Histogram.count("histogram", contiguous(x), offset(x), x.length(), null, 0, edges);
    }

    /** The weighted histogram: each bin holds the sum of the weights of its values. */
    public static Histogram histogram(double[] x, double[] weights, double[] edges) {
        nonNull("histogram", "x", x);
        nonNull("histogram", "weights", weights);
        nonNull("histogram", "edges", edges);
        Samples.weights("histogram", weights, 0, weights.length, x.length);
        return Histogram.count("histogram", x, 0, x.length, weights, 0, edges);
    }

    /** The histogram of x in {@code bins} equal bins over [min, max] (NumPy's integer {@code bins}). */
    public static Histogram histogram(double[] x, int bins) {
        nonNull("histogram", "x", x);
        return histogram(x, Histogram.edges("histogram", x, 0, x.length, bins));
    }

    /** The histogram of x with bins chosen by {@code rule} (numpy.histogram_bin_edges). */
    public static Histogram histogram(double[] x, BinRule rule) {
        nonNull("histogram", "x", x);
        java.util.Objects.requireNonNull(rule, "histogram: rule is null");
        return histogram(x, Histogram.edges("histogram", x, 0, x.length, rule));
    }

    /** The histogram of x with bins chosen by {@code rule}. */
    public static Histogram histogram(Vec x, BinRule rule) {
        nonNull("histogram", "x", x);
        return histogram(x.toArray(), rule);
    }

    /**
     * The empirical distribution function of x.
     *
     * @throws IllegalArgumentException if x is empty or holds NaN
     */
    public static EmpiricalCdf ecdf(double[] x) {
        nonNull("ecdf", "x", x);
        return ecdfOfCopy(x.clone());
    }

    /** The empirical distribution function of x; see {@link #ecdf(double[])}. */
    public static EmpiricalCdf ecdf(Vec x) {
        return ecdfOfCopy(Samples.copy("ecdf", "x", x));
    }

    private static EmpiricalCdf ecdfOfCopy(double[] work) {
        atLeast("ecdf", "x", work.length, 1);
        Samples.noNaN("ecdf", "x", work, 0, work.length);
        Arrays.sort(work);
        return new EmpiricalCdf(work);
    }

    /**
     * The lag-k autocorrelation as NIST defines it,
     * {@code r_k = sum_{i < n-k} (x_i - mean)(x_{i+k} - mean) / sum (x_i - mean)^2}, both sums in
     * about twice the working precision (compensated dot products), since the numerator cancels.
     *
     * @throws IllegalArgumentException if {@code lag} is not in [0, n) or x is constant
     */
    public static double autocorrelation(double[] x, int lag) {
        nonNull("autocorrelation", "x", x);
        return autocorrelation(x, 0, x.length, lag);
    }

    /** The lag-k autocorrelation; see {@link #autocorrelation(double[], int)}. */
    public static double autocorrelation(Vec x, int lag) {
        nonNull("autocorrelation", "x", x);
        return autocorrelation(contiguous(x), offset(x), x.length(), lag);
    }

    private static double autocorrelation(double[] x, int off, int n, int lag) {
        String op = "autocorrelation";
        atLeast(op, "x", n, 1);
        if (lag < 0 || lag >= n) {
            throw new IllegalArgumentException(op + ": lag " + lag + " is not in [0, " + n + ")");
        }
        double[] sums = LagProducts.of(x, off, n, lag, Moments.mean(x, off, n));
        double num = sums[0], den = sums[1];
        if (den == 0) {
            throw new IllegalArgumentException(op + ": x is constant (zero variance)");
        }
        return num / den;
    }

    /**
     * The Shannon entropy {@code -sum p log p} (natural log) of the distribution {@code p / sum p}
     * (SciPy's {@code stats.entropy}); terms with p = 0 contribute 0; NaN if a value is NaN.
     *
     * @throws IllegalArgumentException if p is empty, has a negative value or sums to 0
     */
    public static double entropy(double[] p) {
        nonNull("entropy", "p", p);
        atLeast("entropy", "p", p.length, 1);
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0 || p[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "entropy: p[" + i + "] = " + p[i] + " is not a finite non-negative number");
            }
            total += p[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("entropy: p sums to 0");
        }
        double h = 0;
        for (double v : p) {
            if (v != 0) {
                double q = v / total;
                h -= q * Math.log(q);
            }
        }
        return h;
    }

    /** The entropy in the given logarithm base, {@code entropy(p) / log(base)}. */
    public static double entropy(double[] p, double base) {
        if (!(base > 0) || base == 1 || Double.isInfinite(base)) {
            throw new IllegalArgumentException("entropy: base = " + base + " must be positive, finite and not 1");
        }
        return entropy(p) / Math.log(base);
    }

    // ---- column-wise over a data matrix ----------------------------------------------------------

    /** The mean of each column of the data matrix (rows = observations). */
    public static Vec means(Dense data) {
        return columns("means", data, Stats::mean);
    }

    /** The sample variance of each column. */
    public static Vec variances(Dense data) {
        return columns("variances", data, Stats::variance);
    }

    /** The sample standard deviation of each column. */
    public static Vec stdDevs(Dense data) {
        return columns("stdDevs", data, Stats::stdDev);
    }

    /** The minimum of each column. */
    public static Vec mins(Dense data) {
        return columns("mins", data, Stats::min);
    }

    /** The maximum of each column. */
    public static Vec maxs(Dense data) {
        return columns("maxs", data, Stats::max);
    }

    /** The median of each column. */
    public static Vec medians(Dense data) {
        return columns("medians", data, Stats::median);
    }

    /** The quantile p (type 7) of each column. */
    public static Vec quantiles(Dense data, double p) {
        return columns("quantiles", data, c -> quantile(c, p));
    }

    private static Vec columns(String op, Dense data, ToDoubleFunction<Vec> f) {
        java.util.Objects.requireNonNull(data, op + ": data is null");
        Vec out = Vec.zeros(data.cols());
        for (int j = 0; j < data.cols(); j++) {
            out.set(j, f.applyAsDouble(data.column(j)));
        }
        return out;
    }

    // ---- weighted plumbing -----------------------------------------------------------------------

    /** Validated weighted sample: mean and central sum of squares, computed once. */
    private record Weighted(String op, double[] x, int off, int n, double[] w, int wOff, double total) {
        double mean() {
            return Moments.mean(x, off, w, wOff, n, total);
        }

        double ss() {
            return Moments.sumSquaredDeviations(x, off, w, wOff, n, mean(), total);
        }

        double sampleVariance() {
            if (!(total > 1)) {
                throw new IllegalArgumentException(op + ": the weights sum to " + total + ", needs more than 1");
            }
            return ss() / (total - 1);
        }
    }

    private interface WeightedStat {
        double apply(double[] x, Weighted w);
    }

    private static double weighted(String op, double[] x, double[] weights, WeightedStat f) {
        nonNull(op, "x", x);
        nonNull(op, "weights", weights);
        atLeast(op, "x", x.length, 1);
        double total = Samples.weights(op, weights, 0, weights.length, x.length);
        return f.apply(x, new Weighted(op, x, 0, x.length, weights, 0, total));
    }

    private static double weighted(String op, Vec x, Vec weights, WeightedStat f) {
        nonNull(op, "x", x);
        nonNull(op, "weights", weights);
        atLeast(op, "x", x.length(), 1);
        double[] w = contiguous(weights);
        double total = Samples.weights(op, w, offset(weights), weights.length(), x.length());
        double[] a = contiguous(x);
        return f.apply(a, new Weighted(op, a, offset(x), x.length(), w, offset(weights), total));
    }
}

package jnum.stat;

import jnum.mat.kernel.Kernels;

/**
 * Sums of powers of deviations from the mean, by two passes with the corrected-shift formulas
 * (Chan, Golub and LeVeque, "Algorithms for computing the sample variance", 1983): the mean is
 * refined by the mean of the deviations from the first estimate, and the central sums are shifted
 * exactly by that residual, so that data with a huge mean and a tiny spread (NIST's NumAcc sets)
 * keep their digits. The passes over the data are the kernels' vectorized sums; the loops left here
 * (weights, higher powers) keep four independent accumulators or one.
 */
final class Moments {
    private Moments() {}

    /**
     * Data are read in blocks of this many values (32 KiB): a block's two passes (its sum, then the
     * deviations from its mean) hit the L1 cache, so memory is read once whatever the length.
     */
    static final int BLOCK = 4096;

    /**
     * The mean of {@code x[off .. off + n)}, n > 0, by the kernels' compensated sum (one read of
     * memory, vectorized where the Vector API is there), as accurate as a sum in twice the working
     * precision, so within about 2 ulps of the exact mean whatever the offset of the data; NaN if
     * any element is NaN; a sum that overflows goes to {@link #mean}'s blocked, scaled form. The
     * moment and test code keeps {@link #mean}, whose rounding its corrected-shift formulas were
     * validated with.
     */
    static double fastMean(double[] x, int off, int n) {
        double m = Kernels.blas().sumCompensated(n, x, off, 1) / n;
        return Double.isFinite(m) ? m : mean(x, off, n);
    }

    /**
     * The mean of {@code x[off .. off + n)}, n > 0, by corrected two-pass blocks; NaN if any element
     * is NaN. Per block the kernels' plain sum gives a first mean c, and the kernels' deviation sums
     * (from cache) the correction {@code sum (x - c) / n_b}; the exact block totals are then added
     * with compensation. Error: about {@code 2 u |mean|} plus {@code gamma_BLOCK} times the mean
     * absolute deviation from the block means, so data with a huge mean and a tiny spread keep
     * their digits.
     */
    static double mean(double[] x, int off, int n) {
        double[] sums = new double[2];
        if (n <= BLOCK) {
            return blockMean(x, off, n, sums);
        }
        // the exact block sums nb * mean_b, each as a head and an FMA tail, added with Neumaier's
        // compensation: the total keeps the blocks' own accuracy
        double s = 0, c = 0;
        for (int b = 0; b < n; b += BLOCK) {
            int nb = Math.min(BLOCK, n - b);
            double bm = blockMean(x, off + b, nb, sums);
            if (!Double.isFinite(bm)) {
                return Double.isNaN(bm) ? bm : twoPassMean(x, off, n, sums);
            }
            double hi = nb * bm;
            double lo = Math.fma(nb, bm, -hi);
            double t = s + hi;
            c += Math.abs(s) >= Math.abs(hi) ? (s - t) + hi : (hi - t) + s;
            s = t;
            c += lo;
        }
        double m = (s + c) / n;
        return Double.isFinite(m) ? m : twoPassMean(x, off, n, sums);
    }

    /**
     * A first mean c of a block (its plain sum over n, or the scaled sum when that overflows), and
     * {@code sums = {sum (x - c), sum (x - c)^2}} when c is finite; returns c.
     */
    private static double shiftedSums(double[] x, int off, int n, double[] sums) {
        double c = Kernels.blas().sum(n, x, off, 1) / n;
        if (Double.isInfinite(c)) {
            c = scaledMean(x, off, n);
        }
        if (Double.isFinite(c)) {
            Kernels.blas().deviationSums(n, x, off, 1, c, sums);
        }
        return c;
    }

    /** The corrected two-pass mean of a block. */
    private static double blockMean(double[] x, int off, int n, double[] sums) {
        double c = shiftedSums(x, off, n, sums);
        return Double.isFinite(c) ? c + sums[0] / n : c;
    }

    /** The corrected two-pass mean of everything, when the block sums overflow. */
    private static double twoPassMean(double[] x, int off, int n, double[] sums) {
        double m = scaledMean(x, off, n);
        if (!Double.isFinite(m)) {
            return m;
        }
        Kernels.blas().deviationSums(n, x, off, 1, m, sums);
        return m + sums[0] / n;
    }

    /** Mean as the sum of x / n: only reached when the plain sum overflows. */
    private static double scaledMean(double[] x, int off, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[off + i] / n;
        }
        return s;
    }

    /** The weighted mean sum(w x) / sum(w), given the total weight {@code wsum} > 0. */
    static double mean(double[] x, int off, double[] w, int wOff, int n, double wsum) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += w[wOff + i] * x[off + i];
        }
        double m = s / wsum;
        if (!Double.isFinite(m)) {
            return m;
        }
        double c = 0;
        for (int i = 0; i < n; i++) {
            c += w[wOff + i] * (x[off + i] - m);
        }
        return m + c / wsum;
    }

    /**
     * {@code sum (x - mean)^2} in one read of memory: per block of {@link #BLOCK} values the
     * corrected two-pass sum {@code sum (x - c)^2 - (sum (x - c))^2 / n_b} about the block's first
     * mean c (the second pass reads the cache), then the blocks merged with Chan's pairwise update
     * {@code M2 += M2_b + delta^2 N n_b / (N + n_b)}. NaN if any element is NaN or infinite.
     */
    static double sumSquaredDeviations(double[] x, int off, int n) {
        double[] sums = new double[2];
        double count = 0, mean = 0, m2 = 0;
        for (int b = 0; b < n; b += BLOCK) {
            int nb = Math.min(BLOCK, n - b);
            double c = shiftedSums(x, off + b, nb, sums);
            if (!Double.isFinite(c)) {
                return Double.NaN;
            }
            double bm = c + sums[0] / nb;
            double bm2 = sums[1] - sums[0] * sums[0] / nb;
            double total = count + nb;
            double delta = bm - mean;
            mean += delta * (nb / total);
            m2 += bm2 + delta * delta * (count * nb / total);
            count = total;
        }
        return m2;
    }

    /**
     * {@code sum (x - mean)^2} about the sample mean {@code m} given, with the shift correction
     * {@code - (sum (x - m))^2 / n}.
     */
    static double sumSquaredDeviations(double[] x, int off, int n, double m) {
        double[] sums = new double[2];
        Kernels.blas().deviationSums(n, x, off, 1, m, sums);
        return sums[1] - sums[0] * sums[0] / n;
    }

    /** Weighted {@code sum w (x - m)^2} with the shift correction. */
    static double sumSquaredDeviations(double[] x, int off, double[] w, int wOff, int n, double m, double wsum) {
        double s1 = 0, s2 = 0;
        for (int i = 0; i < n; i++) {
            double d = x[off + i] - m;
            double wd = w[wOff + i] * d;
            s1 += wd;
            s2 += wd * d;
        }
        return s2 - s1 * s1 / wsum;
    }

    /**
     * Central sums {@code {W, C2, C3, C4}} about the (weighted) mean, {@code C_k = sum w (x - mean)^k},
     * W the total weight ({@code w == null}: unit weights).
     */
    static double[] centralSums(double[] x, int off, double[] w, int wOff, int n, double wsum, double m) {
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0;
        for (int i = 0; i < n; i++) {
            double d = x[off + i] - m;
            double wi = w == null ? 1 : w[wOff + i];
            double d2 = d * d;
            s1 += wi * d;
            s2 += wi * d2;
            s3 += wi * d2 * d;
            s4 += wi * d2 * d2;
        }
        double delta = s1 / wsum;
        // unweighted: the same arithmetic as the variance, so that every statistic agrees with it
        double c2 = w == null ? sumSquaredDeviations(x, off, n) : s2 - s1 * delta;
        double c3 = s3 - 3 * delta * s2 + 2 * wsum * delta * delta * delta;
        double c4 = s4 - 4 * delta * s3 + 6 * delta * delta * s2 - 3 * wsum * delta * delta * delta * delta;
        return new double[] {wsum, c2, c3, c4};
    }

    /** {@code sum w (x - c)^k / W} for an integer {@code k >= 0}. */
    static double moment(double[] x, int off, double[] w, int wOff, int n, double wsum, double c, int k) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = power(x[off + i] - c, k);
            s += w == null ? p : w[wOff + i] * p;
        }
        return s / wsum;
    }

    private static double power(double d, int k) {
        double r = 1;
        for (int e = k; e > 0; e >>= 1, d *= d) {
            if ((e & 1) != 0) {
                r *= d;
            }
        }
        return r;
    }

    // ---- shape statistics from central sums (shared with Summary) --------------------------------

    /** Fisher-Pearson skewness g1 = m3 / m2^1.5 with m_k = C_k / n. */
    static double skewness(double n, double c2, double c3) {
        double m2 = c2 / n;
        return c3 / n / (m2 * Math.sqrt(m2));
    }

    /** Adjusted skewness G1 = g1 sqrt(n (n - 1)) / (n - 2) (SciPy's bias=False, Excel's SKEW). */
    static double adjustedSkewness(double n, double c2, double c3) {
        return skewness(n, c2, c3) * Math.sqrt(n * (n - 1)) / (n - 2);
    }

    /** Excess kurtosis g2 = m4 / m2^2 - 3. */
    static double kurtosis(double n, double c2, double c4) {
        return n * c4 / (c2 * c2) - 3;
    }

    /** Adjusted excess kurtosis G2 = ((n + 1) g2 + 6) (n - 1) / ((n - 2) (n - 3)). */
    static double adjustedKurtosis(double n, double c2, double c4) {
        return ((n + 1) * kurtosis(n, c2, c4) + 6) * (n - 1) / ((n - 2) * (n - 3));
    }
}

package jnum.stat;

import java.util.Arrays;

/**
 * Ranks of a sample: average ranks (ties get the mean of the ranks they span, 1-based, as
 * {@code scipy.stats.rankdata}), dense integer ranks, and the tie-group sums the rank tests'
 * variance corrections need. The order comes from a radix sort of the values' bit patterns.
 */
final class Ranks {
    private Ranks() {}

    /** The values sorted ascending (a copy; the sample must not contain NaN). */
    static double[] sorted(double[] x, int off, int n) {
        double[] s = Arrays.copyOfRange(x, off, off + n);
        Arrays.sort(s);
        return s;
    }

    /** Average ranks (1-based) of {@code x[off, off + n)}. */
    static double[] average(double[] x, int off, int n) {
        int[] order = order(x, off, n);
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && x[off + order[j]] == x[off + order[i]]) {
                j++;
            }
            double rank = 0.5 * (i + 1 + j); // mean of the ranks i + 1 .. j
            for (int k = i; k < j; k++) {
                r[order[k]] = rank;
            }
            i = j;
        }
        return r;
    }

    /** Dense ranks 0, 1, 2, ... (equal values share one) of {@code x[off, off + n)}. */
    static int[] dense(double[] x, int off, int n) {
        int[] order = order(x, off, n);
        int[] r = new int[n];
        for (int i = 0, rank = -1; i < n; i++) {
            if (i == 0 || x[off + order[i]] != x[off + order[i - 1]]) {
                rank++;
            }
            r[order[i]] = rank;
        }
        return r;
    }

    /**
     * The permutation that sorts {@code x[off, off + n)} ascending (stable), by an LSD radix sort
     * of the values' order-preserving 64-bit keys in four 16-bit passes: O(n), with sequential
     * memory access, where a comparison sort of indices would chase them at random. No NaN.
     */
    static int[] order(double[] x, int off, int n) {
        long[] key = new long[n];
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(x[off + i] + 0.0); // + 0.0 turns -0.0 into 0.0
            key[i] = b ^ ((b >> 63) | Long.MIN_VALUE); // negative: flip all; positive: flip the sign
            idx[i] = i;
        }
        long[] key2 = new long[n];
        int[] idx2 = new int[n];
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (key[i] >>> shift) & 0xFFFF]++;
            }
            for (int d = 0, sum = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = count[(int) (key[i] >>> shift) & 0xFFFF]++;
                key2[pos] = key[i];
                idx2[pos] = idx[i];
            }
            long[] tk = key;
            key = key2;
            key2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        return idx;
    }

    /** {@code sum (t^3 - t)} over the tie groups (sizes t) of a sorted array. */
    static double tieCubes(double[] sorted) {
        double s = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            s += t * t * t - t;
            i = j;
        }
        return s;
    }

    /** True if a sorted array holds equal neighbours. */
    static boolean hasTies(double[] sorted) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return true;
            }
        }
        return false;
    }
}

package jnum.stat;

import java.util.Arrays;

/**
 * Ranks of a sample: average ranks (ties get the mean of the ranks they span, 1-based, as
 * {@code scipy.stats.rankdata}), dense integer ranks, and the tie-group sums the rank tests'
 * variance corrections need. One primitive sort of a copy, then a binary search per value.
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
        double[] s = sorted(x, off, n);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double v = x[off + i];
            int lo = firstAtLeast(s, v);
            int hi = firstAbove(s, lo, v);
            r[i] = 0.5 * (lo + 1 + hi);
        }
        return r;
    }

    /** Dense ranks 0, 1, 2, ... (equal values share one) of {@code x[off, off + n)}. */
    static int[] dense(double[] x, int off, int n) {
        double[] s = sorted(x, off, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[distinct++] = s[i];
            }
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = Arrays.binarySearch(s, 0, distinct, x[off + i]);
        }
        return r;
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

    private static int firstAtLeast(double[] s, double v) {
        int lo = 0, hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] s, int from, double v) {
        int lo = from, hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

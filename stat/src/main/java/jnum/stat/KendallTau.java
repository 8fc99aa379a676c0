package jnum.stat;

import java.util.Arrays;

/**
 * Kendall's tau-b with ties by Knight's O(n log n) algorithm ("A computer method for calculating
 * Kendall's tau with ungrouped data", JASA 1966): sort the pairs by x then y, count the discordant
 * pairs as the inversions of the y sequence in a merge sort, and the tied pairs from the runs.
 * Also returns the tie sums that the variance of the statistic needs (SciPy's asymptotic test).
 */
final class KendallTau {
    final double tau;
    /** concordant minus discordant pairs. */
    final double s;

    final double n;
    /** Sums over tie groups of t(t-1)/2, t(t-1)(t-2) and t(t-1)(2t+5), for x and for y. */
    final double xTie, x0, x1, yTie, y0, y1;

    private KendallTau(double tau, double s, double n, double[] xt, double[] yt) {
        this.tau = tau;
        this.s = s;
        this.n = n;
        this.xTie = xt[0];
        this.x0 = xt[1];
        this.x1 = xt[2];
        this.yTie = yt[0];
        this.y0 = yt[1];
        this.y1 = yt[2];
    }

    static KendallTau of(double[] x, int xOff, double[] y, int yOff, int n) {
        int[] rx = Ranks.dense(x, xOff, n);
        int[] ry = Ranks.dense(y, yOff, n);
        long[] pairs = new long[n];
        for (int i = 0; i < n; i++) {
            pairs[i] = ((long) rx[i] << 32) | ry[i];
        }
        Arrays.sort(pairs);
        int[] ys = new int[n];
        int[] xs = new int[n];
        long jointTies = 0;
        for (int i = 0, run = 1; i < n; i++) {
            xs[i] = (int) (pairs[i] >>> 32);
            ys[i] = (int) pairs[i];
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                jointTies += run++;
            } else {
                run = 1;
            }
        }
        double[] xt = tieSums(xs);
        long discordant = inversions(ys, new int[n], 0, n);
        Arrays.sort(ys);
        double[] yt = tieSums(ys);
        double total = (double) n * (n - 1) / 2;
        double s = total - xt[0] - yt[0] + jointTies - 2.0 * discordant;
        double tau = s / Math.sqrt(total - xt[0]) / Math.sqrt(total - yt[0]);
        return new KendallTau(Math.max(-1, Math.min(1, tau)), s, n, xt, yt);
    }

    /** Tie sums of a sorted int array: {t(t-1)/2, t(t-1)(t-2), t(t-1)(2t+5)} summed over runs. */
    private static double[] tieSums(int[] sorted) {
        double a = 0, b = 0, c = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            a += t * (t - 1) / 2;
            b += t * (t - 1) * (t - 2);
            c += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        return new double[] {a, b, c};
    }

    /** Sorts {@code a[lo, hi)} and returns the number of pairs i < j with a[i] > a[j]. */
    private static long inversions(int[] a, int[] buf, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long count = inversions(a, buf, lo, mid) + inversions(a, buf, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) {
                count += mid - i;
                buf[k++] = a[j++];
            } else {
                buf[k++] = a[i++];
            }
        }
        while (i < mid) {
            buf[k++] = a[i++];
        }
        while (j < hi) {
            buf[k++] = a[j++];
        }
        System.arraycopy(buf, lo, a, lo, hi - lo);
        return count;
    }
}

package jnum.stat;

import java.util.Arrays;

/**
 * In-place selection of order statistics: quickselect whose pivot is chosen as Floyd and Rivest do
 * ("Algorithm 489", 1975): a sample of about {@code n^(2/3)} values around the target index is
 * itself selected recursively, so the pivot lands within a few sample gaps of the wanted rank and
 * each level discards nearly all of the range. The partition is Lomuto's without branches (an
 * increment by the sign bit of a difference), so random data cost no mispredicted branches. Several order statistics
 * are selected in one recursion: the pivot targets the middle wanted index and only the parts
 * holding a wanted index are visited. Repeated values: when every value of a range is at least its
 * pivot, the values equal to the pivot are moved to its front and dropped. Past a depth of about
 * 2 log2(n) the remaining range is sorted, which bounds the worst case by O(n log n), as
 * introselect does.
 */
final class Selection {
    /** Ranges up to this length are sorted by insertion. */
    private static final int SMALL = 24;

    /** Ranges from this length choose their pivot from a Floyd-Rivest sample, shorter ones the median of three. */
    private static final int SAMPLED = 600;

    private Selection() {}

    /**
     * Reorders {@code a[0, n)} so that {@code a[k]} holds the order statistic k for every k in the
     * ascending array {@code ks}. The array must not contain NaN.
     */
    static void select(double[] a, int n, int[] ks) {
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(n, 1))) + 8;
        select(a, 0, n, ks, 0, ks.length, depth);
    }

    private static void select(double[] a, int lo, int hi, int[] ks, int kFrom, int kTo, int depth) {
        while (kFrom < kTo && hi - lo > 1) {
            if (hi - lo <= SMALL) {
                insertionSort(a, lo, hi);
                return;
            }
            if (depth-- == 0) {
                Arrays.sort(a, lo, hi);
                return;
            }
            int target = ks[(kFrom + kTo) >>> 1];
            double pivot = pivot(a, lo, hi, target, depth);
            int mid = partitionBelow(a, lo, hi, pivot);
            if (mid == lo) {
                // nothing below the pivot (it is the range's minimum): its copies go to the front
                mid = partitionAtMost(a, lo, hi, pivot);
                while (kFrom < kTo && ks[kFrom] < mid) {
                    kFrom++;
                }
                lo = mid;
                continue;
            }
            int split = kFrom;
            while (split < kTo && ks[split] < mid) {
                split++;
            }
            // recurse into the side with fewer wanted indices, loop on the other
            if (split - kFrom < kTo - split) {
                select(a, lo, mid, ks, kFrom, split, depth);
                lo = mid;
                kFrom = split;
            } else {
                select(a, mid, hi, ks, split, kTo, depth);
                hi = mid;
                kTo = split;
            }
        }
    }

    /**
     * A pivot near rank {@code k} of {@code a[lo, hi)}: for long ranges Floyd and Rivest's sample
     * (the values around k, whose own order statistic at k is selected in place), else the median
     * of three.
     */
    private static double pivot(double[] a, int lo, int hi, int k, int depth) {
        int n = hi - lo;
        if (n < SAMPLED) {
            return medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
        }
        int i = k - lo + 1;
        double z = Math.log(n);
        double s = 0.5 * Math.exp(2 * z / 3);
        double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2.0);
        // the window is shifted away from the middle, so that k most likely falls on the short side
        int from = (int) Math.min(k, Math.max(lo, Math.floor(k - i * s / n + sd)));
        int to = (int) Math.max(k, Math.min(hi - 1, Math.floor(k + (n - i) * s / n + sd)));
        select(a, from, to + 1, new int[] {k}, 0, 1, depth);
        return a[k];
    }

    /** Moves the values below {@code p} to the front of {@code a[lo, hi)}; returns where they end. */
    private static int partitionBelow(double[] a, int lo, int hi, double p) {
        if (Double.isInfinite(p)) {
            return p < 0 ? lo : partitionAtMost(a, lo, hi, Math.nextDown(p));
        }
        int store = lo;
        for (int i = lo; i < hi; i++) {
            double v = a[i];
            a[i] = a[store];
            a[store] = v;
            store += below(v, p);
        }
        return store;
    }

    /** Moves the values at most {@code p} to the front of {@code a[lo, hi)}; returns where they end. */
    private static int partitionAtMost(double[] a, int lo, int hi, double p) {
        if (Double.isInfinite(p)) {
            return p > 0 ? hi : partitionBelow(a, lo, hi, Math.nextUp(p));
        }
        int store = lo;
        for (int i = lo; i < hi; i++) {
            double v = a[i];
            a[i] = a[store];
            a[store] = v;
            store += 1 - below(p, v);
        }
        return store;
    }

    /**
     * 1 when {@code v} precedes {@code p} in the order of {@link Double#compare} (so -0.0 before
     * 0.0), else 0, for NaN-free v and finite p (or finite v and any p): the sign bit of
     * {@code v - p}, which is exact in sign for distinct doubles. An arithmetic result rather than a
     * comparison, because C2 may compile {@code v < p ? 1 : 0} as a branch when its profile looks
     * biased (a pivot far from the middle), and a branch on random data mispredicts half the time.
     */
    private static int below(double v, double p) {
        return (int) (Double.doubleToRawLongBits(v - p) >>> 63);
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }
}

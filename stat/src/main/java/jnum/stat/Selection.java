package jnum.stat;

import java.util.Arrays;

/**
 * In-place selection of order statistics (Hoare's quickselect with a three-way partition, so that
 * repeated values cost nothing extra, and a median-of-three pivot; past a depth of about
 * 2 log2(n) the remaining range is sorted, which bounds the worst case by O(n log n), as
 * introselect does). Several order statistics are selected in one recursion that only descends into
 * the parts holding a wanted index: O(n log k) for k of them.
 */
final class Selection {
    private static final int SMALL = 16;

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
            if (hi - lo <= SMALL || depth-- == 0) {
                Arrays.sort(a, lo, hi);
                return;
            }
            double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
            // three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot
            int lt = lo, i = lo, gt = hi;
            while (i < gt) {
                double v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            int leftEnd = kFrom;
            while (leftEnd < kTo && ks[leftEnd] < lt) {
                leftEnd++;
            }
            int rightStart = leftEnd;
            while (rightStart < kTo && ks[rightStart] < gt) {
                rightStart++;
            }
            // recurse into the smaller side of the wanted indices, loop on the other
            if (leftEnd - kFrom < kTo - rightStart) {
                select(a, lo, lt, ks, kFrom, leftEnd, depth);
                lo = gt;
                kFrom = rightStart;
            } else {
                select(a, gt, hi, ks, rightStart, kTo, depth);
                hi = lt;
                kTo = leftEnd;
            }
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }
}

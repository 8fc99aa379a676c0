package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * Walker's alias method in Vose's stable construction: after O(m) set-up, a draw from m
 * categories costs one bounded integer and one uniform. A. J. Walker, "An efficient method for
 * generating discrete random variables with general distributions", ACM TOMS 3 (1977) 253-256;
 * M. D. Vose, "A linear algorithm for generating random numbers with a given distribution",
 * IEEE Trans. Software Eng. 17 (1991) 972-975.
 */
final class AliasTable {
    private final double[] keep;
    private final int[] alias;

    /** Table for masses {@code p} (non-negative, summing to 1 up to rounding). */
    AliasTable(double[] p) {
        int m = p.length;
        keep = new double[m];
        alias = new int[m];
        double[] scaled = new double[m];
        int[] small = new int[m];
        int[] large = new int[m];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < m; i++) {
            scaled[i] = p[i] * m;
            if (scaled[i] < 1) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        int lastLarge = nl > 0 ? large[nl - 1] : 0;
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            lastLarge = l;
            keep[s] = scaled[s];
            alias[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1; // this order keeps the rounding small
            if (scaled[l] < 1) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        // what is left is 1 up to rounding
        while (nl > 0) {
            int l = large[--nl];
            keep[l] = 1;
            alias[l] = l;
        }
        while (ns > 0) { // never give a zero mass a share through rounding
            int s = small[--ns];
            keep[s] = scaled[s] > 0 ? 1 : 0;
            alias[s] = scaled[s] > 0 ? s : lastLarge;
        }
    }

    int next(RandomGenerator rng) {
        int i = rng.nextInt(keep.length);
        return rng.nextDouble() < keep[i] ? i : alias[i];
    }
}

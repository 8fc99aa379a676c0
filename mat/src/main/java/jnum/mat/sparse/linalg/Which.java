package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Which end of the spectrum an eigensolver looks for, as ARPACK's {@code which} ({@code LA},
 * {@code SA}, {@code LM}, {@code SM}, {@code BE}). With a shift {@code sigma} (shift-invert mode)
 * it applies to the eigenvalues {@code 1 / (lambda - sigma)} of the inverted operator, so
 * {@link #LARGEST_MAGNITUDE} finds the eigenvalues nearest {@code sigma}.
 */
public enum Which {
    /** The largest algebraic values (ARPACK's {@code LA}). */
    LARGEST_ALGEBRAIC,
    /** The smallest algebraic values ({@code SA}). */
    SMALLEST_ALGEBRAIC,
    /** The values of largest magnitude ({@code LM}). */
    LARGEST_MAGNITUDE,
    /** The values of smallest magnitude ({@code SM}); slow without shift-invert. */
    SMALLEST_MAGNITUDE,
    /**
     * Values from both ends of the spectrum ({@code BE}): the largest, the smallest, the second
     * largest, and so on, so that {@code k} values take one more from the high end when k is odd.
     */
    BOTH_ENDS;

    /** The indices of {@code values}, best first. Ties keep the order of the indices. */
    int[] rank(double[] values, int count) {
        Integer[] idx = new Integer[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        Comparator<Integer> order = switch (this) {
            case LARGEST_ALGEBRAIC, BOTH_ENDS -> Comparator.comparingDouble(i -> -values[i]);
            case SMALLEST_ALGEBRAIC -> Comparator.comparingDouble(i -> values[i]);
            case LARGEST_MAGNITUDE -> Comparator.comparingDouble(i -> -Math.abs(values[i]));
            case SMALLEST_MAGNITUDE -> Comparator.comparingDouble(i -> Math.abs(values[i]));
        };
        Arrays.sort(idx, order);
        int[] ranked = new int[count];
        if (this == BOTH_ENDS) {
            // idx is descending: alternate between its head and its tail
            int lo = 0;
            int hi = count - 1;
            for (int t = 0; t < count; t++) {
                ranked[t] = t % 2 == 0 ? idx[lo++] : idx[hi--];
            }
        } else {
            for (int t = 0; t < count; t++) {
                ranked[t] = idx[t];
            }
        }
        return ranked;
    }
}

package jnum.stat;

import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;

/** Argument checks and contiguous access shared by the statistics entry points. */
final class Samples {
    private Samples() {}

    /** The elements of {@code v} as a contiguous array: the backing array itself when the stride is 1. */
    static double[] contiguous(Vec v) {
        return v.inc() == 1 ? v.array() : v.toArray();
    }

    /** Offset of element 0 in {@link #contiguous}'s array. */
    static int offset(Vec v) {
        return v.inc() == 1 ? v.offset() : 0;
    }

    /** The elements of {@code v} as a fresh array the caller may reorder. */
    static double[] copy(String op, String name, Vec v) {
        Objects.requireNonNull(v, op + ": " + name + " is null");
        return v.toArray();
    }

    static double[] nonNull(String op, String name, double[] x) {
        return Objects.requireNonNull(x, op + ": " + name + " is null");
    }

    static Vec nonNull(String op, String name, Vec x) {
        return Objects.requireNonNull(x, op + ": " + name + " is null");
    }

    /** Throws unless {@code n >= min}, naming the operation and the argument. */
    static void atLeast(String op, String name, int n, int min) {
        if (n < min) {
            throw new IllegalArgumentException(
                    n == 0
                            ? op + ": " + name + " is empty"
                            : op + ": " + name + " needs at least " + min + " values, got " + n);
        }
    }

    static void sameLength(String op, String a, int na, String b, int nb) {
        if (na != nb) {
            throw new DimensionMismatchException(op + ": " + a + " has length " + na + " but " + b + " has " + nb);
        }
    }

    /**
     * Checks frequency weights: same length as the data, each finite and non-negative, with a positive
     * total, which is returned.
     */
    static double weights(String op, double[] w, int wOff, int n, int dataLength) {
        sameLength(op, "x", dataLength, "weights", n);
        double total = 0;
        for (int i = 0; i < n; i++) {
            double wi = w[wOff + i];
            if (!(wi >= 0) || wi == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        op + ": weights[" + i + "] = " + wi + " is not a finite non-negative number");
            }
            total += wi;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(op + ": the weights sum to " + total + ", not a positive number");
        }
        return total;
    }

    /** Throws if any element is NaN (for operations that need an order), naming the first one. */
    static void noNaN(String op, String name, double[] x, int off, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[off + i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] is NaN");
            }
        }
    }

    /** True if any element is NaN. */
    static boolean hasNaN(double[] x, int off, int n) {
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            nan |= x[off + i] != x[off + i];
        }
        return nan;
    }
}

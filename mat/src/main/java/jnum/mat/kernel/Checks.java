package jnum.mat.kernel;

import java.util.Objects;

/** Argument checks of the facade, done once per call so that providers can trust their input. */
final class Checks {
    private Checks() {}

    static void size(String op, String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(op + ": " + name + " = " + value + " is negative");
        }
    }

    /**
     * A vector of n elements at {@code off + i * inc}; both ends must lie inside the array (a
     * negative increment walks down from {@code off}, so its last element is the lowest index).
     */
    static void vector(String op, String name, int n, double[] x, int off, int inc) {
        Objects.requireNonNull(x, () -> op + ": " + name + " is null");
        if (n == 0) {
            return;
        }
        if (inc == 0) {
            throw new IllegalArgumentException(op + ": increment of " + name + " is 0");
        }
        long last = off + (long) (n - 1) * inc;
        if (off < 0 || off >= x.length || last < 0 || last >= x.length) {
            throw new IndexOutOfBoundsException(op + ": " + name + " of length " + n + " at offset " + off + " step "
                    + inc + " runs outside an array of length " + x.length);
        }
    }

    /** A column-major rows x cols matrix at {@code off} with leading dimension {@code ld}. */
    static void matrix(String op, String name, int rows, int cols, double[] a, int off, int ld) {
        Objects.requireNonNull(a, () -> op + ": " + name + " is null");
        if (ld < Math.max(1, rows)) {
            throw new IllegalArgumentException(
                    op + ": leading dimension of " + name + " is " + ld + " < max(1, rows = " + rows + ")");
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long last = (long) off + (rows - 1) + (long) (cols - 1) * ld; // long: no int overflow
        if (off < 0 || last >= a.length) {
            throw new IndexOutOfBoundsException(op + ": " + name + " " + rows + "x" + cols + " at offset " + off
                    + " with ld " + ld + " runs outside an array of length " + a.length);
        }
    }

    /** {@code n} consecutive indices at {@code off}. */
    static void indices(String op, String name, int n, int[] x, int off) {
        Objects.requireNonNull(x, () -> op + ": " + name + " is null");
        if (n > 0 && (off < 0 || (long) off + n > x.length)) {
            throw new IndexOutOfBoundsException(op + ": " + name + " of length " + n + " at offset " + off
                    + " runs outside an array of length " + x.length);
        }
    }

    /** Fails unless {@code small <= large}, naming both. */
    static void atMost(String op, String small, int smallValue, String large, int largeValue) {
        if (smallValue > largeValue) {
            throw new IllegalArgumentException(
                    op + ": " + small + " = " + smallValue + " > " + large + " = " + largeValue);
        }
    }

    static <T> T flag(String op, String name, T value) {
        return Objects.requireNonNull(value, () -> op + ": " + name + " is null");
    }
}

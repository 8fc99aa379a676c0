package jnum.testkit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The NaN pattern that fills the padding of {@link GuardedVector} and {@link GuardedMatrix}, and
 * the checks on it that both (and the conformance drivers through them) share.
 */
final class Guard {
    private Guard() {}

    /**
     * A quiet NaN with a payload no arithmetic produces: a kernel that writes anything (even a NaN
     * it computed) into a padding cell changes these bits.
     */
    static final long BITS = 0x7ff8_dead_beef_cafeL;

    static final double VALUE = Double.longBitsToDouble(BITS);

    /** Fills every cell not marked as inside with the guard value. */
    static void fill(double[] data, boolean[] inside) {
        for (int k = 0; k < data.length; k++) {
            if (!inside[k]) {
                data[k] = VALUE;
            }
        }
    }

    /** Fails, naming the first changed cell, unless every padding cell still holds the guard. */
    static void check(double[] data, boolean[] inside, String what) {
        for (int k = 0; k < data.length; k++) {
            if (!inside[k] && Double.doubleToRawLongBits(data[k]) != BITS) {
                fail(what + ": padding cell " + k + " of " + data.length + " was overwritten with " + data[k]);
            }
        }
    }

    /** Fails, naming the first changed cell, unless {@code data} is bit for bit as {@code before}. */
    static void checkUnchanged(double[] data, double[] before, String what) {
        for (int k = 0; k < data.length; k++) {
            if (Double.doubleToRawLongBits(data[k]) != Double.doubleToRawLongBits(before[k])) {
                fail(what + ": input cell " + k + " changed from " + before[k] + " to " + data[k]);
            }
        }
    }
}

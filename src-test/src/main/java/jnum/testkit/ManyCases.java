package jnum.testkit;

import java.util.SplittableRandom;

/**
 * Long case runs of a conformance driver: {@link #count()} cases per routine, each a seed and a
 * largest order, mostly small so that many cases fit in a run and every size below a block
 * boundary comes up thousands of times.
 *
 * <ul>
 *   <li>{@code -Djnum.test.lapackCases=N} sets the number of cases per routine (default
 *       {@value #DEFAULT_COUNT}; the {@code long} Maven profile sets 100000).
 *   <li>Case i draws orders up to {@link #LARGEST} when {@code i % 500 == 0}, up to 64 when
 *       {@code i % 20 == 0}, else up to 16.
 * </ul>
 *
 * <p>The seeds are fixed (derived from a constant), so every run with the same count tests the
 * same cases; a failure names the case, its seed and its largest order, which the driver's
 * {@code (lapack, seed, maxOrder)} overload reruns alone.
 */
public final class ManyCases {
    /** Cases per routine in the default run. */
    public static final int DEFAULT_COUNT = 60;

    /** The largest order of the rare large cases (the drivers' own largest). */
    public static final int LARGEST = 300;

    private static final long ROOT = 0x6A6E756D2D6C6170L; // "jnum-lap"

    private ManyCases() {}

    /** One case of a driver. */
    @FunctionalInterface
    public interface Case {
        /** Runs the driver on the case; throws AssertionError when a check fails. */
        void run(long seed, int maxOrder);
    }

    /** Cases per routine in this run. */
    public static int count() {
        return Integer.getInteger("jnum.test.lapackCases", DEFAULT_COUNT);
    }

    /** The largest order of case i. */
    public static int maxOrder(int i) {
        if (i % 500 == 0) {
            return LARGEST;
        }
        return i % 20 == 0 ? 64 : 16;
    }

    /**
     * Runs {@link #count()} cases of {@code body}; the first failure is rethrown naming {@code
     * what}, the case index, its seed and its largest order.
     */
    public static void run(String what, Case body) {
        int count = count();
        SplittableRandom root = new SplittableRandom(ROOT);
        for (int i = 0; i < count; i++) {
            long seed = root.nextLong() >>> 1;
            int maxOrder = maxOrder(i);
            try {
                body.run(seed, maxOrder);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        what + ": case " + i + " of " + count + " (seed=" + seed + ", maxOrder=" + maxOrder
                                + ") failed: " + e.getMessage(),
                        e);
            }
        }
    }
}

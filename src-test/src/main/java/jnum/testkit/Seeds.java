package jnum.testkit;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * The seeds that property tests run over. A property is a {@code @ParameterizedTest} over
 * {@code @MethodSource("jnum.testkit.Seeds#seeds")} with the display name {@code "seed={0}"}, so a
 * failure names the seed that broke it.
 *
 * <ul>
 *   <li>{@code -Djnum.test.seeds=N} sets how many seeds each property runs (default
 *       {@value #DEFAULT_COUNT}; the {@code long} Maven profile raises it).
 *   <li>{@code -Djnum.test.seed=S} re-runs every property with the single seed {@code S}.
 * </ul>
 *
 * <p>The seeds are fixed (derived from a constant), so every run tests the same cases.
 */
public final class Seeds {
    /** Seeds per property in the default run. */
    public static final int DEFAULT_COUNT = 24;

    private static final long ROOT = 0x6A6E756D2D726E67L; // "jnum-rng"

    private Seeds() {}

    /** The seeds of this run. */
    public static LongStream seeds() {
        String one = System.getProperty("jnum.test.seed");
        if (one != null && !one.isBlank()) {
            return LongStream.of(Long.parseLong(one.trim()));
        }
        int count = Integer.getInteger("jnum.test.seeds", DEFAULT_COUNT);
        SplittableRandom root = new SplittableRandom(ROOT);
        return LongStream.generate(() -> root.nextLong() >>> 1).limit(count);
    }

    /** How many seeds this run uses. */
    public static int count() {
        return (int) seeds().count();
    }
}

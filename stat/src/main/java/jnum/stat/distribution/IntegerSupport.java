package jnum.stat.distribution;

/**
 * The integers {@code lower..upper} (inclusive) outside which a probability mass is zero.
 *
 * @param lower the smallest integer of the support
 * @param upper the largest integer of the support, {@code >= lower}
 */
public record IntegerSupport(long lower, long upper) {
    /** Validates the ends: {@code IllegalArgumentException} if {@code lower > upper}. */
    public IntegerSupport {
        if (lower > upper) {
            throw new IllegalArgumentException("support: lower = " + lower + " > upper = " + upper);
        }
    }

    /**
     * Whether k lies in the support.
     *
     * @param k any integer
     * @return {@code lower <= k <= upper}
     */
    public boolean contains(long k) {
        return k >= lower && k <= upper;
    }
}

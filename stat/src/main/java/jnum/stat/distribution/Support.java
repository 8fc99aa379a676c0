package jnum.stat.distribution;

/**
 * The closed interval {@code [lower, upper]} outside which a continuous density is zero; either
 * end may be infinite.
 *
 * @param lower the lower end, possibly {@code -Infinity}
 * @param upper the upper end, {@code >= lower}, possibly {@code +Infinity}
 */
public record Support(double lower, double upper) {
    /** Validates the ends: {@code IllegalArgumentException} unless {@code lower <= upper} (so no NaN). */
    public Support {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("support: lower = " + lower + " > upper = " + upper);
        }
    }

    /** The whole real line, {@code [-Infinity, +Infinity]}. */
    public static final Support REAL_LINE = new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** The non-negative half-line {@code [0, +Infinity]}. */
    public static final Support POSITIVE = new Support(0, Double.POSITIVE_INFINITY);
    /** The unit interval {@code [0, 1]}. */
    public static final Support UNIT = new Support(0, 1);

    /**
     * Whether x lies in the closed interval.
     *
     * @param x any double; NaN gives false
     * @return {@code lower <= x <= upper}
     */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}

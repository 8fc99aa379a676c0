package jnum.stat.distribution;

/**
 * The closed interval {@code [lower, upper]} outside which a continuous density is zero; either
 * end may be infinite.
 */
public record Support(double lower, double upper) {
    public Support {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("support: lower = " + lower + " > upper = " + upper);
        }
    }

    public static final Support REAL_LINE = new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    public static final Support POSITIVE = new Support(0, Double.POSITIVE_INFINITY);
    public static final Support UNIT = new Support(0, 1);

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}

package jnum.stat.distribution;

/** The integers {@code lower..upper} (inclusive) outside which a probability mass is zero. */
public record IntegerSupport(long lower, long upper) {
    public IntegerSupport {
        if (lower > upper) {
            throw new IllegalArgumentException("support: lower = " + lower + " > upper = " + upper);
        }
    }

    public boolean contains(long k) {
        return k >= lower && k <= upper;
    }
}

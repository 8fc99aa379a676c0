package jnum.stat;

import jnum.stat.distribution.ContinuousDistribution;

/** The alternative hypothesis of a test: the direction in which the null is rejected. */
public enum Alternative {
    /** The parameter differs from the null value in either direction. */
    TWO_SIDED,
    /** The parameter is less than the null value (small statistics are significant). */
    LESS,
    /** The parameter is greater than the null value (large statistics are significant). */
    GREATER;

    /**
     * The p-value of statistic {@code t} under a null distribution symmetric about 0 (normal, t):
     * {@code cdf(t)}, {@code survival(t)} or {@code 2 survival(|t|)}, each from the distribution's
     * own tail function, never {@code 1 - cdf}.
     */
    double pValue(ContinuousDistribution dist, double t) {
        return switch (this) {
            case LESS -> dist.cdf(t);
            case GREATER -> dist.survival(t);
            case TWO_SIDED -> Math.min(1, 2 * dist.survival(Math.abs(t)));
        };
    }
}

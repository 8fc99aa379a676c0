package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The discrete uniform distribution on the integers {@code lower..upper} (inclusive), each with
 * mass {@code 1/m}, {@code m = upper - lower + 1}. Counts are exact up to {@code m = 2^53}; beyond
 * (the range of long holds 2^64 values) cdf, survival and quantile have the resolution of a double,
 * {@code m / 2^53} values, while sampling stays exact.
 *
 * @param lower the smallest value
 * @param upper the largest value, {@code >= lower}
 */
public record DiscreteUniform(long lower, long upper) implements DiscreteDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public DiscreteUniform {
        if (lower > upper) {
            throw new IllegalArgumentException("DiscreteUniform: lower = " + lower + " > upper = " + upper);
        }
    }

    /** The number of integers in {@code from..to}, as a double (exact up to 2^53). */
    private static double count(long from, long to) {
        long diff = to - from; // to >= from, unsigned
        return (diff >= 0 ? (double) diff : 0x1p64 + diff) + 1;
    }

    @Override
    public double pmf(long k) {
        return k >= lower && k <= upper ? 1 / size() : 0;
    }

    @Override
    public double logPmf(long k) {
        return k >= lower && k <= upper ? -Math.log(size()) : Double.NEGATIVE_INFINITY;
    }

    /** The number of values m. */
    private double size() {
        return count(lower, upper);
    }

    /** {@code (k - lower + 1) / m}. */
    @Override
    public double cdf(long k) {
        if (k < lower) {
            return 0;
        }
        return k >= upper ? 1 : count(lower, k) / size();
    }

    @Override
    public double logCdf(long k) {
        return Math.log(cdf(k));
    }

    /** {@code (upper - k) / m}. */
    @Override
    public double survival(long k) {
        if (k < lower) {
            return 1;
        }
        return k >= upper ? 0 : count(k + 1, upper) / size();
    }

    @Override
    public double logSurvival(long k) {
        return Math.log(survival(k));
    }

    @Override
    public long quantile(double p) {
        Arguments.probability("quantile", "p", p);
        double guess = lower + Math.ceil(p * size()) - 1;
        return DiscreteSearch.quantile(this, p, guess, 0, 0);
    }

    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        double guess = upper - Math.floor(q * size());
        return DiscreteSearch.inverseSurvival(this, q, guess, 0, 0);
    }

    @Override
    public double mean() {
        // exact halves of the halves: (lower + upper) / 2 without overflow or double rounding
        return (double) ((lower >> 1) + (upper >> 1)) + ((lower & 1) + (upper & 1)) / 2.0;
    }

    /** {@code (m^2 - 1) / 12}. */
    @Override
    public double variance() {
        double m = size();
        return (m - 1) * (m + 1) / 12;
    }

    @Override
    public double skewness() {
        return 0;
    }

    /** {@code -6 (m^2 + 1) / (5 (m^2 - 1))}; NaN for a single value. */
    @Override
    public double kurtosis() {
        double m = size();
        return -6 * (m * m + 1) / (5 * (m - 1) * (m + 1));
    }

    /** {@code log m}. */
    @Override
    public double entropy() {
        return Math.log(size());
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(lower, upper);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        long span = upper - lower; // number of values - 1, unsigned
        if (span >= 0 && span < Long.MAX_VALUE) {
            return lower + rng.nextLong(span + 1);
        }
        if (span == Long.MAX_VALUE) {
            return lower + (rng.nextLong() >>> 1);
        }
        while (true) { // more than 2^63 values: accept a full-range draw with probability > 1/2
            long x = rng.nextLong();
            if (x >= lower && x <= upper) {
                return x;
            }
        }
    }
}

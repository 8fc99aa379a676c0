package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The Bernoulli distribution: 1 with probability p, 0 with probability {@code 1 - p}.
 *
 * @param p the probability of 1, in {@code [0, 1]}
 */
public record Bernoulli(double p) implements DiscreteDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Bernoulli {
        Arguments.probability("Bernoulli", "p", p);
    }

    @Override
    public double pmf(long k) {
        return k == 0 ? 1 - p : k == 1 ? p : 0;
    }

    @Override
    public double logPmf(long k) {
        return k == 0 ? Math.log1p(-p) : k == 1 ? Math.log(p) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(long k) {
        return k < 0 ? 0 : k == 0 ? 1 - p : 1;
    }

    @Override
    public double logCdf(long k) {
        return k < 0 ? Double.NEGATIVE_INFINITY : k == 0 ? Math.log1p(-p) : 0;
    }

    @Override
    public double survival(long k) {
        return k < 0 ? 1 : k == 0 ? p : 0;
    }

    @Override
    public double logSurvival(long k) {
        return k < 0 ? 0 : k == 0 ? Math.log(p) : Double.NEGATIVE_INFINITY;
    }

    /** 0 for {@code prob <= 1 - p}, else 1 (tested as {@code 1 - prob >= p} above one half). */
    @Override
    public long quantile(double prob) {
        Arguments.probability("quantile", "p", prob);
        if (prob == 0 || prob == 1) {
            return (long) prob; // the support's ends
        }
        boolean zero = prob > 0.5 ? 1 - prob >= p : prob <= 1 - p;
        return zero ? 0 : 1;
    }

    /** 0 for {@code q >= p}, else 1. */
    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        if (q == 0) {
            return 1;
        }
        return p <= q ? 0 : 1;
    }

    @Override
    public double mean() {
        return p;
    }

    @Override
    public double variance() {
        return p * (1 - p);
    }

    /** {@code (1 - 2p) / sqrt(p (1-p))}; infinite or NaN for p = 0 or 1. */
    @Override
    public double skewness() {
        return (1 - 2 * p) / Math.sqrt(variance());
    }

    /** {@code (1 - 6 p (1-p)) / (p (1-p))}; infinite for p = 0 or 1. */
    @Override
    public double kurtosis() {
        double v = variance();
        return (1 - 6 * v) / v;
    }

    @Override
    public double entropy() {
        double q = 1 - p;
        return (p > 0 ? -p * Math.log(p) : 0) - (q > 0 ? q * Math.log1p(-p) : 0);
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, 1);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return rng.nextDouble() < p ? 1 : 0;
    }
}

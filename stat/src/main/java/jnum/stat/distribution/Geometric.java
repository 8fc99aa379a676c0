package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The geometric distribution: the number of failures before the first success,
 * {@code P(k) = p (1-p)^k}, {@code k = 0, 1, 2, ...} (shift by one for the number of trials).
 *
 * <p>Everything is closed-form in {@code log1p(-p)}, so that small p keep full accuracy:
 * {@code cdf(k) = -expm1((k+1) log1p(-p))}, {@code survival(k) = exp((k+1) log1p(-p))}.
 * Sampling is exact inversion, {@code floor(log(U) / log1p(-p))} with U uniform in (0, 1].
 *
 * @param p the success probability, in {@code (0, 1]}
 */
public record Geometric(double p) implements DiscreteDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Geometric {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("Geometric: p = " + p + " is not in (0, 1]");
        }
    }

    private double logQ() {
        return Math.log1p(-p);
    }

    @Override
    public double pmf(long k) {
        if (k < 0) {
            return 0;
        }
        if (p == 1) {
            return k == 0 ? 1 : 0;
        }
        return p * Math.exp(k * logQ());
    }

    @Override
    public double logPmf(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return Math.log(p) + k * logQ();
    }

    @Override
    public double cdf(long k) {
        if (k < 0) {
            return 0;
        }
        return p == 1 ? 1 : -Math.expm1((k + 1.0) * logQ());
    }

    @Override
    public double logCdf(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return 0;
        }
        double t = (k + 1.0) * logQ();
        return Special.log1mexp(t);
    }

    @Override
    public double survival(long k) {
        if (k < 0) {
            return 1;
        }
        return p == 1 ? 0 : Math.exp((k + 1.0) * logQ());
    }

    @Override
    public double logSurvival(long k) {
        if (k < 0) {
            return 0;
        }
        return p == 1 ? Double.NEGATIVE_INFINITY : (k + 1.0) * logQ();
    }

    @Override
    public long quantile(double prob) {
        Arguments.probability("quantile", "p", prob);
        // (k + 1) log(1-p) <= log(1 - prob), then checked and stepped in the accurate tail
        double guess = p == 1 ? 0 : Math.ceil(Math.log1p(-prob) / logQ()) - 1;
        return DiscreteSearch.quantile(this, prob, guess, 0, 0);
    }

    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        double guess = p == 1 ? 0 : Math.ceil(Math.log(q) / logQ()) - 1;
        return DiscreteSearch.inverseSurvival(this, q, guess, 0, 0);
    }

    /** {@code (1-p)/p}. */
    @Override
    public double mean() {
        return (1 - p) / p;
    }

    /** {@code (1-p)/p^2}. */
    @Override
    public double variance() {
        return (1 - p) / (p * p);
    }

    /** {@code (2-p)/sqrt(1-p)}; infinite for p = 1. */
    @Override
    public double skewness() {
        return (2 - p) / Math.sqrt(1 - p);
    }

    /** {@code 6 + p^2/(1-p)}; infinite for p = 1. */
    @Override
    public double kurtosis() {
        return 6 + p * p / (1 - p);
    }

    /** {@code (-(1-p) log(1-p) - p log p) / p}. */
    @Override
    public double entropy() {
        if (p == 1) {
            return 0;
        }
        return (-(1 - p) * logQ() - p * Math.log(p)) / p;
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, Long.MAX_VALUE);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        if (p == 1) {
            return 0;
        }
        double u = 1 - rng.nextDouble(); // (0, 1]
        double k = Math.floor(Math.log(u) / logQ());
        return k >= 0x1p63 ? Long.MAX_VALUE : (long) k;
    }
}

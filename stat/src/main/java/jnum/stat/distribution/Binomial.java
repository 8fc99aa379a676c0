package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The binomial distribution: the number of successes in {@code n} independent trials with success
 * probability {@code p}, {@code P(k) = C(n, k) p^k (1-p)^(n-k)}, {@code k = 0..n}.
 *
 * <p>The mass is Loader's saddle-point form ({@link BinomialTerm}), accurate for n = 1e9.
 * {@code cdf(k) = 1 - I_p(k+1, n-k)} and {@code survival(k) = I_p(k+1, n-k)} are the regularized
 * incomplete beta function and its complement, each computed directly (never as 1 - the other).
 * Sampling: BTRD or inversion ({@link BinomialSampler}).
 *
 * @param n the number of trials, {@code 0 <= n <= 2^52}
 * @param p the success probability, in {@code [0, 1]}
 */
public record Binomial(long n, double p) implements DiscreteDistribution {
    /** Largest n: {@code n + 1} and every count stay exact doubles. */
    public static final long MAX_TRIALS = 1L << 52;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Binomial {
        if (n < 0 || n > MAX_TRIALS) {
            throw new IllegalArgumentException("Binomial: n = " + n + " is not in [0, 2^52]");
        }
        Arguments.probability("Binomial", "p", p);
    }

    /**
     * Maximum-likelihood fit with a known number of trials: {@code p = mean / n}.
     *
     * @param n the known number of trials
     * @param successes the observed numbers of successes
     * @return the fitted distribution
     * @throws NullPointerException if {@code successes} is null
     * @throws IllegalArgumentException if {@code n < 1}, there are no observations, or one is
     *     outside {@code 0..n}
     */
    public static Binomial fit(long n, long[] successes) {
        if (n < 1 || n > MAX_TRIALS) {
            throw new IllegalArgumentException("Binomial.fit: n = " + n + " is not in [1, 2^52]");
        }
        if (Arguments.nonNull("Binomial.fit", "successes", successes).length == 0) {
            throw new IllegalArgumentException("Binomial.fit: no observations");
        }
        double sum = 0;
        for (long k : successes) {
            if (k < 0 || k > n) {
                throw new IllegalArgumentException("Binomial.fit: observation " + k + " is not in 0.." + n);
            }
            sum += k;
        }
        return new Binomial(n, Math.min(1, sum / successes.length / n));
    }

    /**
     * {@link #fit(long, long[])} for counts stored as doubles (each a non-negative integer).
     *
     * @param n the known number of trials
     * @param successes the observed numbers of successes, each a non-negative integer
     * @return the fitted distribution
     * @throws NullPointerException if {@code successes} is null
     * @throws IllegalArgumentException as {@link #fit(long, long[])}, or for a value that is not a non-negative integer
     */
    public static Binomial fit(long n, double[] successes) {
        return fit(n, DiscreteSearch.counts("Binomial.fit", successes));
    }

    @Override
    public double pmf(long k) {
        return Math.exp(logPmf(k));
    }

    @Override
    public double logPmf(long k) {
        return BinomialTerm.log(k, n, p);
    }

    @Override
    public double cdf(long k) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 1 : 0;
        }
        return Special.betaincc(k + 1.0, (double) (n - k), p);
    }

    @Override
    public double logCdf(long k) {
        return DiscreteSums.logCdf(this, k);
    }

    @Override
    public double survival(long k) {
        if (k < 0) {
            return 1;
        }
        if (k >= n) {
            return 0;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 0 : 1;
        }
        return Special.betainc(k + 1.0, (double) (n - k), p);
    }

    @Override
    public double logSurvival(long k) {
        return DiscreteSums.logSurvival(this, k);
    }

    @Override
    public long quantile(double prob) {
        return DiscreteSearch.quantile(this, prob, mean(), stdDev(), skewness());
    }

    @Override
    public long inverseSurvival(double q) {
        return DiscreteSearch.inverseSurvival(this, q, mean(), stdDev(), skewness());
    }

    @Override
    public double mean() {
        return n * p;
    }

    @Override
    public double variance() {
        return n * p * (1 - p);
    }

    /** {@code (1 - 2p) / sqrt(n p (1-p))}; NaN when the variance is 0. */
    @Override
    public double skewness() {
        return (1 - 2 * p) / Math.sqrt(variance());
    }

    /** {@code (1 - 6 p (1-p)) / (n p (1-p))}; NaN when the variance is 0. */
    @Override
    public double kurtosis() {
        double pq = p * (1 - p);
        return (1 - 6 * pq) / (n * pq);
    }

    /** Entropy in nats, summed from the mode outwards with a bound on the rest. */
    @Override
    public double entropy() {
        return DiscreteSums.entropy(this, mode());
    }

    /** {@code floor((n + 1) p)}, clamped to n. */
    long mode() {
        return Math.min(n, (long) Math.floor((n + 1.0) * p));
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, n);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return new BinomialSampler(n, p).next(rng);
    }

    @Override
    public long[] sample(RandomGenerator rng, int count) {
        Arguments.rng(rng);
        if (count < 0) {
            throw new IllegalArgumentException("sample: n = " + count + " is negative");
        }
        BinomialSampler sampler = new BinomialSampler(n, p);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = sampler.next(rng);
        }
        return out;
    }
}

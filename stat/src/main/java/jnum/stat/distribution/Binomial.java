package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The binomial distribution: the number of successes in {@code n} independent trials with success
 * probability {@code p}, {@code P(k) = C(n, k) p^k (1-p)^(n-k)}, {@code k = 0..n}.
 *
 * <p>The mass is Loader's saddle-point form ({@link BinomialTerm}), accurate for n = 1e9.
 * {@code cdf(k) = 1 - I_p(k+1, n-k)} and {@code survival(k) = I_p(k+1, n-k)} are the regularized
 * incomplete beta function and its complement, each computed directly (never as 1 - the other),
 * and the log forms are their logarithms ({@link Special#logbetaincc}, {@link Special#logbetainc}),
 * finite where the tails underflow, in a cost that does not grow with n.
 * Sampling: BTRD or inversion ({@link BinomialSampler}).
 *
 * @param n the number of trials, {@code 0 <= n <= 2^52}
 * @param p the success probability, in {@code [0, 1]}
 */
public record Binomial(long n, double p) implements DiscreteDistribution {
    /** Largest n: {@code n + 1} and every count stay exact doubles. */
    public static final long MAX_TRIALS = 1L << 52;

    /**
     * From this standard deviation on, the distribution functions within {@value #CENTRAL_WIDTH}
     * standard deviations of the mean are taken from {@link FactorialMass} (the incomplete beta
     * function's continued fraction needs more terms there as n grows: about 1.8 ms at n = 1e15).
     */
    private static final double CENTRAL_MIN_SD = 1024;

    /** The half-width, in standard deviations, of the center (see {@link #CENTRAL_MIN_SD}). */
    private static final double CENTRAL_WIDTH = 10;

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
        double v = central(k) ? FactorialMass.centralCdf(this, mode(), this::mass, k, false) : Double.NaN;
        return Double.isNaN(v) ? Special.betaincc(k + 1.0, (double) (n - k), p) : v;
    }

    @Override
    public double logCdf(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k >= n) {
            return 0;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (central(k)) {
            double c = cdf(k);
            return c > 0.5 ? Math.log1p(-survival(k)) : Math.log(c);
        }
        return Special.logbetaincc(k + 1.0, (double) (n - k), p);
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
        double v = central(k) ? FactorialMass.centralCdf(this, mode(), this::mass, k, true) : Double.NaN;
        return Double.isNaN(v) ? Special.betainc(k + 1.0, (double) (n - k), p) : v;
    }

    @Override
    public double logSurvival(long k) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? Double.NEGATIVE_INFINITY : 0;
        }
        if (central(k)) {
            double q = survival(k);
            return q > 0.5 ? Math.log1p(-cdf(k)) : Math.log(q);
        }
        return Special.logbetainc(k + 1.0, (double) (n - k), p);
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

    /**
     * Entropy in nats: for a standard deviation of at least {@value MassIntegral#ENTROPY_MIN_SD}
     * with {@value MassIntegral#ENTROPY_MIN_COUNT} or more successes and failures at the mode m, the
     * integral of {@link MassIntegral#entropy} over {@code P(m + t) = P(m) exp(t log(p (n - m) / ((1
     * - p) m)) - R(m, t) - R(n - m, -t))} ({@code R} the Stirling remainder of {@link
     * MassIntegral#stirling}), so the cost does not grow with n; else summed from the mode outwards
     * with a bound on the rest.
     */
    @Override
    public double entropy() {
        long m = mode();
        if (variance() >= MassIntegral.ENTROPY_MIN_SD * MassIntegral.ENTROPY_MIN_SD
                && Math.min(m, n - m) >= MassIntegral.ENTROPY_MIN_COUNT) {
            double h = FactorialMass.binomial(n, p, m).entropy(logPmf(m));
            if (!Double.isNaN(h)) {
                return h;
            }
        }
        return DiscreteSums.entropy(this, m);
    }

    /** Whether k is in the center of a wide distribution ({@link #CENTRAL_MIN_SD}). */
    private boolean central(long k) {
        double v = variance();
        return v >= CENTRAL_MIN_SD * CENTRAL_MIN_SD && Math.abs(k - mean()) <= CENTRAL_WIDTH * Math.sqrt(v);
    }

    private FactorialMass mass(long k) {
        return FactorialMass.binomial(n, p, k);
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

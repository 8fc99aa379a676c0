package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The Poisson distribution with mean {@code mean > 0}: {@code P(k) = e^-mean mean^k / k!},
 * {@code k = 0, 1, 2, ...}.
 *
 * <p>The mass uses Loader's saddle-point form {@code exp(-stirlerr(k) - bd0(k, mean)) /
 * sqrt(2 pi k)} ({@link GammaMath#poissonRaw}), accurate for means of 1e8 and beyond;
 * {@code cdf(k) = Q(k + 1, mean)} and
 * {@code survival(k) = P(k + 1, mean)} are the regularized incomplete gamma functions, each
 * computed directly, and the log forms their logarithms ({@link Special#loggammaincc}), finite where
 * the tails underflow. Sampling: inversion for means below 10, Hormann's PTRS otherwise
 * ({@link PoissonSampler}).
 *
 * @param mean the mean (and variance), positive and finite
 */
public record Poisson(double mean) implements DiscreteDistribution {

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Poisson {
        Arguments.positive("Poisson", "mean", mean);
    }

    /**
     * Maximum-likelihood fit: the mean of the observations.
     *
     * @param counts the observed counts
     * @return the fitted distribution
     * @throws NullPointerException if {@code counts} is null
     * @throws IllegalArgumentException if {@code counts} is empty, has a negative value, or is all
     *     zero (no positive mean fits)
     */
    public static Poisson fit(long[] counts) {
        double sum = 0;
        if (Arguments.nonNull("Poisson.fit", "counts", counts).length == 0) {
            throw new IllegalArgumentException("Poisson.fit: no observations");
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("Poisson.fit: negative count " + c);
            }
            sum += c;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("Poisson.fit: all observations are 0 (mean 0)");
        }
        return new Poisson(sum / counts.length);
    }

    /**
     * {@link #fit(long[])} for counts stored as doubles (each a non-negative integer).
     *
     * @param counts the observed counts, each a non-negative integer
     * @return the fitted distribution
     * @throws NullPointerException if {@code counts} is null
     * @throws IllegalArgumentException as {@link #fit(long[])}, or for a value that is not a non-negative integer
     */
    public static Poisson fit(double[] counts) {
        return fit(DiscreteSearch.counts("Poisson.fit", counts));
    }

    @Override
    public double pmf(long k) {
        return k < 0 ? 0 : GammaMath.poissonRaw(k, mean);
    }

    @Override
    public double logPmf(long k) {
        return k < 0 ? Double.NEGATIVE_INFINITY : GammaMath.logPoissonRaw(k, mean);
    }

    @Override
    public double cdf(long k) {
        return k < 0 ? 0 : Special.gammaincc(k + 1.0, mean);
    }

    @Override
    public double logCdf(long k) {
        return k < 0 ? Double.NEGATIVE_INFINITY : Special.loggammaincc(k + 1.0, mean);
    }

    @Override
    public double survival(long k) {
        return k < 0 ? 1 : Special.gammainc(k + 1.0, mean);
    }

    @Override
    public double logSurvival(long k) {
        return k < 0 ? 0 : Special.loggammainc(k + 1.0, mean);
    }

    @Override
    public long quantile(double p) {
        return DiscreteSearch.quantile(this, p, mean, Math.sqrt(mean), skewness());
    }

    @Override
    public long inverseSurvival(double q) {
        return DiscreteSearch.inverseSurvival(this, q, mean, Math.sqrt(mean), skewness());
    }

    @Override
    public double variance() {
        return mean;
    }

    @Override
    public double skewness() {
        return 1 / Math.sqrt(mean);
    }

    @Override
    public double kurtosis() {
        return 1 / mean;
    }

    /**
     * Entropy in nats: the sum {@code -sum P(k) log P(k)} for means below 1e4; above, the
     * asymptotic series {@code log(2 pi e mean)/2 - 1/(12 mean) - 1/(24 mean^2) - 19/(360 mean^3)},
     * whose next term is below 1e-17 there.
     */
    @Override
    public double entropy() {
        if (mean < 1e4) {
            return DiscreteSums.entropy(this, (long) Math.floor(mean));
        }
        double r = 1 / mean;
        return 0.5 * (Constants.LN_2PI + 1 + Math.log(mean)) - r * (1.0 / 12 + r * (1.0 / 24 + r * 19.0 / 360));
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, Long.MAX_VALUE);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return PoissonSampler.sample(rng, mean);
    }

    @Override
    public long[] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        PoissonSampler sampler = new PoissonSampler(mean);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = sampler.next(rng);
        }
        return out;
    }
}

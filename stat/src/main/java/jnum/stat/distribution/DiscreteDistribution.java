package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * A univariate distribution on the integers. Conventions as in {@link ContinuousDistribution};
 * {@code survival(k) = P(X > k)}, and {@code quantile(p)} is the smallest k with
 * {@code cdf(k) >= p} ({@code inverseSurvival(q)} the smallest k with {@code survival(k) <= q}).
 *
 * <p>Arguments, the same rule for every implementation:
 *
 * <ul>
 *   <li>Every {@code long} k is accepted: outside the support the mass is 0 ({@code logPmf} is
 *       {@code -Infinity}), the cdf 0 or 1 and the survival function 1 or 0.
 *   <li>{@code quantile(p)} and {@code inverseSurvival(q)} throw {@link IllegalArgumentException}
 *       naming the probability when it is NaN or outside {@code [0, 1]}. This is the one place
 *       where the package does not return NaN for a NaN argument: the result is a {@code long},
 *       which has no NaN (SciPy's {@code ppf} returns a float for that reason).
 *   <li>A null generator is a {@link NullPointerException} naming {@code rng}; a negative count an
 *       {@link IllegalArgumentException}.
 * </ul>
 *
 * <p>Contract of the implementations in this package:
 *
 * <ul>
 *   <li>pmf, cdf and survival keep 1e-13 relative accuracy in the body and 1e-11 in the tails
 *       (values below 1e-8), also at extreme parameters (Binomial n = 1e9, Poisson mean 1e8): the
 *       binomial-type masses use Loader's saddle-point form, never log-gamma differences.
 *   <li>survival is computed directly, never as {@code 1 - cdf}; {@code logCdf} and
 *       {@code logSurvival} stay finite and accurate where the probability underflows.
 *   <li>quantile decides {@code cdf(k) >= p} in the tail where that is accurate: for
 *       {@code p > 1/2} as {@code survival(k) <= 1 - p} ({@code 1 - p} is exact there). The search
 *       starts from a Cornish-Fisher guess and is bounded (about 128 evaluations at most).
 *       At p = 0 and 1 (q = 1 and 0) the support's ends are returned.
 *   <li>Arguments outside the support give pmf 0 ({@code logPmf = -infinity}), cdf 0 or 1 and
 *       survival 1 or 0.
 *   <li>Samplers are exact up to rounding (BTRD, PTRS, HRUA, alias, rejection-inversion,
 *       inversion) and use only the caller's generator; {@code sample(rng, n)} may set a sampler
 *       up once, so its draws need not equal n single draws.
 *   <li>Moments return +infinity where they diverge and NaN where they are undefined (e.g. the
 *       skewness of a point mass); entropy is in nats, summed with a bound on the rest where no
 *       closed form exists.
 * </ul>
 */
public interface DiscreteDistribution {

    /**
     * The probability mass {@code P(X = k)}.
     *
     * @param k any integer; outside the support the mass is 0
     * @return {@code P(X = k)} in [0, 1]
     */
    double pmf(long k);

    /**
     * The log mass {@code log P(X = k)}, accurate also where the mass underflows.
     *
     * @param k any integer
     * @return {@code log P(X = k) <= 0}; {@code -Infinity} outside the support
     */
    double logPmf(long k);

    /**
     * The distribution function {@code P(X <= k)}.
     *
     * @param k any integer
     * @return {@code P(X <= k)} in [0, 1]: 0 below the support, 1 at and above its upper end
     */
    double cdf(long k);

    /**
     * {@code log P(X <= k)}, accurate also where the probability underflows.
     *
     * @param k any integer
     * @return {@code log P(X <= k) <= 0}; {@code -Infinity} below the support
     */
    double logCdf(long k);

    /**
     * The survival function {@code P(X > k)}, computed directly (never as {@code 1 - cdf}).
     *
     * @param k any integer
     * @return {@code P(X > k)} in [0, 1]: 1 below the support, 0 at and above its upper end
     */
    double survival(long k);

    /**
     * {@code log P(X > k)}, accurate also where the probability underflows.
     *
     * @param k any integer
     * @return {@code log P(X > k) <= 0}; {@code -Infinity} at and above the upper end of the support
     */
    double logSurvival(long k);

    /**
     * The quantile function: the smallest k with {@code P(X <= k) >= p}.
     *
     * @param p a probability in [0, 1]
     * @return the quantile; the support's lower end at {@code p = 0} and its upper end at {@code p =
     *     1}
     * @throws IllegalArgumentException if p is NaN or outside [0, 1] (a {@code long} has no NaN)
     */
    long quantile(double p);

    /**
     * The inverse survival function: the smallest k with {@code P(X > k) <= q}, computed without
     * forming {@code 1 - q}.
     *
     * @param q a probability in [0, 1]
     * @return the upper quantile; the support's upper end at {@code q = 0} and its lower end at
     *     {@code q = 1}
     * @throws IllegalArgumentException if q is NaN or outside [0, 1]
     */
    long inverseSurvival(double q);

    /**
     * The mean {@code E[X]}.
     *
     * @return the mean; {@code +Infinity} where the sum diverges
     */
    double mean();

    /**
     * The variance {@code E[(X - E[X])^2]}.
     *
     * @return the variance, {@code >= 0}; {@code +Infinity} where it diverges
     */
    double variance();

    /**
     * The standard deviation, {@code sqrt(variance())}.
     *
     * @return the standard deviation
     */
    default double stdDev() {
        return Math.sqrt(variance());
    }

    /**
     * The skewness {@code E[(X - mu)^3] / sigma^3}.
     *
     * @return the skewness; {@code +Infinity} where it diverges, NaN where it is undefined (a point
     *     mass)
     */
    double skewness();

    /**
     * The excess kurtosis {@code E[(X - mu)^4] / sigma^4 - 3}.
     *
     * @return the excess kurtosis; {@code +Infinity} where it diverges, NaN where it is undefined
     */
    double kurtosis();

    /**
     * The entropy {@code -sum_k P(X = k) log P(X = k)} in nats.
     *
     * @return the entropy, {@code >= 0}
     */
    double entropy();

    /**
     * The integers outside which the mass is zero.
     *
     * @return the support, {@code lower..upper} inclusive
     */
    IntegerSupport support();

    /**
     * One draw, using only {@code rng} for randomness (seeded runs are reproducible; the generator
     * is not stored).
     *
     * @param rng the source of randomness
     * @return a variate of this distribution
     * @throws NullPointerException if {@code rng} is null
     */
    long sample(RandomGenerator rng);

    /**
     * {@code n} independent draws. Implementations may set a sampler up once for the whole call,
     * so the draws need not equal n single draws from the same generator.
     *
     * @param rng the source of randomness
     * @param n the number of draws, {@code >= 0}
     * @return a new array of n variates
     * @throws NullPointerException if {@code rng} is null
     * @throws IllegalArgumentException if {@code n < 0}
     */
    default long[] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }
}

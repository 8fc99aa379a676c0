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

    double pmf(long k);

    double logPmf(long k);

    /** {@code P(X <= k)}. */
    double cdf(long k);

    double logCdf(long k);

    /** {@code P(X > k)}, computed directly. */
    double survival(long k);

    double logSurvival(long k);

    long quantile(double p);

    long inverseSurvival(double q);

    double mean();

    double variance();

    default double stdDev() {
        return Math.sqrt(variance());
    }

    double skewness();

    /** Excess kurtosis. */
    double kurtosis();

    /** Entropy in nats. */
    double entropy();

    IntegerSupport support();

    long sample(RandomGenerator rng);

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

package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * A univariate continuous distribution. Implementations are immutable records whose compact
 * constructors validate the parameters ({@link IllegalArgumentException} naming the parameter and
 * its value). Survival functions and their logarithms are computed directly, never as
 * {@code 1 - cdf}, so they keep full relative accuracy in the upper tail.
 *
 * <p>Arguments, the same rule for every method and every implementation (as SciPy's):
 *
 * <ul>
 *   <li>A NaN argument of an evaluation function ({@code pdf}, {@code logPdf}, {@code cdf}, {@code
 *       logCdf}, {@code survival}, {@code logSurvival}, {@code quantile}, {@code inverseSurvival})
 *       gives NaN; no other argument does.
 *   <li>Any x, also infinite, is accepted: outside the support the density is 0 ({@code logPdf} is
 *       {@code -Infinity}), the cdf 0 or 1 and the survival function 1 or 0.
 *   <li>{@code quantile(p)} and {@code inverseSurvival(q)} give NaN for a probability outside {@code
 *       [0, 1]}, as SciPy's {@code ppf} and {@code isf} do, and the support's ends at 0 and 1.
 *   <li>A null generator is a {@link NullPointerException} naming {@code rng}; a negative count an
 *       {@link IllegalArgumentException}.
 * </ul>
 */
public interface ContinuousDistribution {

    /**
     * The probability density {@code f(x) = d/dx P(X <= x)}.
     *
     * @param x any double; NaN gives NaN, a point outside the support 0
     * @return {@code f(x) >= 0}, possibly {@code +Infinity} at a pole of the density (for example
     *     at 0 for a gamma shape below 1)
     */
    double pdf(double x);

    /**
     * The log density {@code log f(x)}, accurate also where {@code f(x)} underflows.
     *
     * @param x any double; NaN gives NaN
     * @return {@code log f(x)}; {@code -Infinity} outside the support
     */
    double logPdf(double x);

    /**
     * The distribution function {@code F(x) = P(X <= x)}.
     *
     * @param x any double; NaN gives NaN, {@code -Infinity} gives 0 and {@code +Infinity} 1
     * @return {@code F(x)} in [0, 1]
     */
    double cdf(double x);

    /**
     * {@code log F(x)}, accurate also where {@code F(x)} underflows. The default is the log of the
     * smaller of {@code cdf} and {@code survival}, {@code log1p} of minus the other; implementations
     * override it where the lower tail underflows.
     *
     * @param x any double; NaN gives NaN
     * @return {@code log P(X <= x) <= 0}; {@code -Infinity} below the support
     */
    default double logCdf(double x) {
        double c = cdf(x);
        return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
    }

    /**
     * The survival function {@code S(x) = P(X > x) = 1 - F(x)}, computed directly (never as {@code
     * 1 - cdf}), so it keeps full relative accuracy in the upper tail.
     *
     * @param x any double; NaN gives NaN, {@code -Infinity} gives 1 and {@code +Infinity} 0
     * @return {@code S(x)} in [0, 1]
     */
    double survival(double x);

    /**
     * {@code log S(x)}, accurate also where {@code S(x)} underflows. The default is as {@link
     * #logCdf} with the roles of the tails swapped.
     *
     * @param x any double; NaN gives NaN
     * @return {@code log P(X > x) <= 0}; {@code -Infinity} above the support
     */
    default double logSurvival(double x) {
        double s = survival(x);
        return s > 0.5 ? Math.log1p(-cdf(x)) : Math.log(s);
    }

    /**
     * The quantile function (SciPy's {@code ppf}): the x with {@code F(x) = p}, the smallest such x
     * where F is flat.
     *
     * @param p a probability in [0, 1]; NaN or a value outside [0, 1] gives NaN
     * @return the quantile; the support's lower end at {@code p = 0} and its upper end at {@code p =
     *     1} (possibly infinite)
     */
    double quantile(double p);

    /**
     * The inverse survival function (SciPy's {@code isf}): the x with {@code S(x) = q}, computed
     * without forming {@code 1 - q}, so upper quantiles stay accurate for tiny q.
     *
     * @param q a probability in [0, 1]; NaN or a value outside [0, 1] gives NaN
     * @return the upper quantile; the support's upper end at {@code q = 0} and its lower end at
     *     {@code q = 1}
     */
    double inverseSurvival(double q);

    /**
     * The mean {@code E[X]}.
     *
     * @return the mean; {@code +-Infinity} where the integral diverges to one side, NaN where it is
     *     undefined (for example the Cauchy distribution)
     */
    double mean();

    /**
     * The variance {@code E[(X - E[X])^2]}.
     *
     * @return the variance, {@code >= 0}; {@code +Infinity} where it diverges, NaN where the mean is
     *     undefined
     */
    double variance();

    /**
     * The standard deviation, {@code sqrt(variance())}.
     *
     * @return the standard deviation; infinite or NaN as the variance
     */
    default double stdDev() {
        return Math.sqrt(variance());
    }

    /**
     * The skewness {@code E[(X - mu)^3] / sigma^3}.
     *
     * @return the skewness; {@code +Infinity} where it diverges, NaN where it is undefined
     */
    double skewness();

    /**
     * The excess kurtosis {@code E[(X - mu)^4] / sigma^4 - 3} (0 for the normal distribution).
     *
     * @return the excess kurtosis; {@code +Infinity} where it diverges, NaN where it is undefined
     */
    double kurtosis();

    /**
     * The differential entropy {@code -E[log f(X)]} in nats.
     *
     * @return the entropy (may be negative)
     */
    double entropy();

    /**
     * The closed interval outside which the density is zero.
     *
     * @return the support; either end may be infinite
     */
    Support support();

    /**
     * One draw, using only {@code rng} for randomness (seeded runs are reproducible; the generator
     * is not stored).
     *
     * @param rng the source of randomness
     * @return a variate of this distribution
     * @throws NullPointerException if {@code rng} is null
     */
    double sample(RandomGenerator rng);

    /**
     * {@code n} independent draws.
     *
     * @param rng the source of randomness
     * @param n the number of draws, {@code >= 0}
     * @return a new array of n variates
     * @throws NullPointerException if {@code rng} is null
     * @throws IllegalArgumentException if {@code n < 0}
     */
    default double[] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }
}

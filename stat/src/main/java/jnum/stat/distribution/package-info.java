/**
 * Probability distributions: univariate continuous ({@link jnum.stat.distribution.ContinuousDistribution})
 * and discrete ({@link jnum.stat.distribution.DiscreteDistribution}) ones.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Records.</b> Every distribution is an immutable record of its parameters
 *       ({@code new Gamma(2.5, 1.0)}, {@code new Normal(0, 1)}); equality, hashing and
 *       {@code toString} are those of the parameters. Instances are thread-safe. Convenience
 *       factories document their conversions ({@link jnum.stat.distribution.Gamma#ofRate},
 *       {@link jnum.stat.distribution.Exponential#ofMean}, {@link jnum.stat.distribution.Normal#standard}).
 *   <li><b>Parameterisation.</b> Gamma takes shape and <i>scale</i>; Exponential takes the
 *       <i>rate</i>; LogNormal the mean and standard deviation of {@code log X}; Weibull shape and
 *       scale; StudentT is the standard t (location 0, scale 1) with real degrees of freedom;
 *       ChiSquared and F accept real degrees of freedom.
 *   <li><b>Validation.</b> Compact constructors reject bad parameters (NaN, infinite, out of
 *       range) with an {@link java.lang.IllegalArgumentException} whose message names the
 *       distribution, the parameter and its value ({@code "Gamma: shape = -1.0 must be positive
 *       and finite"}); a null parameter array is a {@link java.lang.NullPointerException} naming
 *       it.
 *   <li><b>Arguments.</b> One rule, stated in each interface ({@link
 *       jnum.stat.distribution.ContinuousDistribution}, {@link
 *       jnum.stat.distribution.DiscreteDistribution}, {@link
 *       jnum.stat.distribution.MultivariateDistribution}) and checked for every distribution by
 *       one property test: null arguments are a {@link java.lang.NullPointerException} naming the
 *       argument; a NaN argument of an evaluation function gives NaN, as in SciPy; a continuous
 *       quantile of a probability outside {@code [0, 1]} is NaN, a discrete one (a {@code long})
 *       throws {@link java.lang.IllegalArgumentException}; arguments outside the support give
 *       density 0 ({@code logPdf} = -inf), cdf 0 or 1 and survival 1 or 0; infinite arguments are
 *       allowed.
 *   <li><b>Tails.</b> {@code survival} is computed directly, never as {@code 1 - cdf}, and
 *       {@code logCdf}/{@code logSurvival} are computed in log space where the probability
 *       underflows: the standard normal's {@code survival(30) = 4.906713927148e-198} to full
 *       precision and {@code logSurvival(40) = -804.60844201375}, although {@code survival(40)}
 *       underflows. Special functions are evaluated at the argument that does not cancel (e.g. the
 *       Student t cdf through {@code I_w(nu/2, 1/2)} with {@code w = nu/(nu + x^2)} or its
 *       complement at {@code x^2/(nu + x^2)}).
 *   <li><b>Quantiles.</b> {@code quantile(p)} is the x with {@code cdf(x) = p} and
 *       {@code inverseSurvival(q)} the x with {@code survival(x) = q}; the latter never forms
 *       {@code 1 - q}, so upper quantiles are accurate for q down to the smallest normal double.
 *       At p = 0 and 1 (q = 1 and 0) they return the support's ends (possibly infinite). A quantile
 *       that lies beyond the double range returns the end it overflows or underflows to. Quantiles
 *       without a closed form start from the inverse incomplete gamma or beta function (Student t
 *       with nu &gt;= 2: Hill's approximation) and are refined by Newton's method on {@code log cdf} against the distribution's own cdf, so that
 *       {@code cdf(quantile(p)) = p} to about 1e-13 relative for p down to 1e-300.
 *   <li><b>Sampling.</b> {@code sample(rng)} uses only the caller's
 *       {@link java.util.random.RandomGenerator}, which is never stored: a seeded generator gives
 *       reproducible draws, and {@code sample(rng, n)} equals n single draws. Normal and
 *       exponential variates come from ziggurats (Marsaglia and Tsang 2000), gamma variates from
 *       Marsaglia and Tsang's (2000) method; the other continuous samplers transform these.
 *   <li><b>Moments.</b> {@code mean}, {@code variance}, {@code skewness}, {@code kurtosis}
 *       (<i>excess</i> kurtosis) return +inf where the moment diverges and NaN where it is
 *       undefined (e.g. all moments of the Cauchy distribution); {@code entropy} is the
 *       differential entropy in nats.
 *   <li><b>Fitting.</b> Static {@code fit(double[])} factories (Normal, LogNormal, Exponential,
 *       Gamma, Beta, Weibull) return the maximum-likelihood estimate. They reject null data ({@link java.lang.NullPointerException}), too
 *       few values, non-finite values and values outside the support with an
 *       {@code IllegalArgumentException} naming the index and value; iterative fits take a bounded
 *       number of steps.
 * </ul>
 *
 * <h2>Accuracy</h2>
 *
 * Against high-precision reference values (mpmath, every row of the project's reference set):
 * relative error at most 1e-13 for pdf, cdf and survival where the value is at least 1e-8, and at
 * most 1e-11 in the tails below, including extreme parameters (shape 1e-3 and 1e3, degrees of
 * freedom 0.5 and 1e6, F with d1 = d2 = 1); the measured maxima per distribution and function are
 * in docs/ACCURACY.md. Where the input itself limits accuracy (a rounded scale in
 * {@code x / theta}, {@code log x} in the log-normal) the error is near the condition number
 * times the unit roundoff; in the far tails, a probability {@code exp(-t)} with t in the hundreds
 * carries the few-ulp rounding of t, about {@code |log P| eps}.
 */
package jnum.stat.distribution;

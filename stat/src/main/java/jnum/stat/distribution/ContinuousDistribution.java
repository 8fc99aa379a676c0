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

    double pdf(double x);

    double logPdf(double x);

    /** {@code P(X <= x)}. */
    double cdf(double x);

    /** {@code log cdf(x)}; by default the log of the smaller of cdf and survival, {@code log1p} of the other. */
    default double logCdf(double x) {
        double c = cdf(x);
        return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
    }

    /** {@code P(X > x)}, computed directly. */
    double survival(double x);

    /** {@code log survival(x)}; by default as {@link #logCdf} with the roles swapped. */
    default double logSurvival(double x) {
        double s = survival(x);
        return s > 0.5 ? Math.log1p(-cdf(x)) : Math.log(s);
    }

    /** The x with {@code cdf(x) = p}. */
    double quantile(double p);

    /** The x with {@code survival(x) = q}. */
    double inverseSurvival(double q);

    double mean();

    double variance();

    default double stdDev() {
        return Math.sqrt(variance());
    }

    double skewness();

    /** Excess kurtosis (0 for the normal distribution). */
    double kurtosis();

    /** Differential entropy in nats. */
    double entropy();

    Support support();

    /** One draw, using only {@code rng} for randomness (seeded runs are reproducible). */
    double sample(RandomGenerator rng);

    /** {@code n} independent draws. */
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

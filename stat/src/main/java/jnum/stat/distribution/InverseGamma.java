package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The inverse-gamma distribution with shape {@code alpha > 0} and scale {@code beta > 0}: the law
 * of {@code beta / Y} for {@code Y ~ Gamma(alpha, 1)}, density
 * {@code beta^alpha / Gamma(alpha) x^(-alpha-1) exp(-beta / x)} on {@code x > 0}.
 *
 * <p>Everything maps through {@code y = beta / x} to the Gamma(alpha, 1) functions of this
 * package (Loader's saddle-point density, the regularized incomplete gamma functions):
 * {@code cdf(x) = Q(alpha, y)} and {@code survival(x) = P(alpha, y)}, each computed directly,
 * {@code pdf(x) = f_Y(y) y / x}. Quantiles invert Q or P and are polished by Newton steps on this
 * distribution's own tail function ({@link QuantilePolish}). Sampling: {@code beta / Y} with the
 * Marsaglia-Tsang gamma sampler.
 *
 * <p>Moments that do not exist: mean {@code +inf} for {@code alpha <= 1}, variance {@code +inf}
 * for {@code alpha <= 2}, skewness NaN for {@code alpha <= 3}, kurtosis NaN for {@code alpha <= 4}.
 *
 * @param shape alpha, positive and finite
 * @param scale beta, positive and finite
 */
public record InverseGamma(double shape, double scale) implements ContinuousDistribution {
    private static final String NAME = "InverseGamma";

    /** Validates the parameters. */
    public InverseGamma {
        Arguments.positive(NAME, "shape", shape);
        Arguments.positive(NAME, "scale", scale);
    }

    @Override
    public double pdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double y = scale / x;
        double f = GammaMath.pdf(shape, 1, y);
        return f == 0 ? 0 : f * y / x;
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double y = scale / x;
        if (y == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return GammaMath.logPdf(shape, 1, y) + Math.log(y) - Math.log(x);
    }

    /** {@code Q(alpha, beta / x)}. */
    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        return GammaMath.survival(shape, 1, scale / x);
    }

    @Override
    public double logCdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        return GammaMath.logSurvival(shape, 1, scale / x);
    }

    /** {@code P(alpha, beta / x)}. */
    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        return GammaMath.cdf(shape, 1, scale / x);
    }

    @Override
    public double logSurvival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        return GammaMath.logCdf(shape, 1, scale / x);
    }

    /** {@code beta / Q^-1(alpha, p)}, Newton-polished. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        double x0 = scale / Special.gammainccinv(shape, p);
        return QuantilePolish.quantile(this, p, x0);
    }

    /** {@code beta / P^-1(alpha, q)}, Newton-polished. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        double x0 = scale / Special.gammaincinv(shape, q);
        return QuantilePolish.inverseSurvival(this, q, x0);
    }

    /** {@code beta / (alpha - 1)} for {@code alpha > 1}, else {@code +inf}. */
    @Override
    public double mean() {
        return shape > 1 ? scale / (shape - 1) : Double.POSITIVE_INFINITY;
    }

    /** {@code beta^2 / ((alpha - 1)^2 (alpha - 2))} for {@code alpha > 2}, else {@code +inf}. */
    @Override
    public double variance() {
        if (shape <= 2) {
            return Double.POSITIVE_INFINITY;
        }
        double m = scale / (shape - 1);
        return m * m / (shape - 2);
    }

    /** {@code 4 sqrt(alpha - 2) / (alpha - 3)} for {@code alpha > 3}, else NaN. */
    @Override
    public double skewness() {
        return shape > 3 ? 4 * Math.sqrt(shape - 2) / (shape - 3) : Double.NaN;
    }

    /** {@code (30 alpha - 66) / ((alpha - 3)(alpha - 4))} for {@code alpha > 4}, else NaN. */
    @Override
    public double kurtosis() {
        return shape > 4 ? (30 * shape - 66) / ((shape - 3) * (shape - 4)) : Double.NaN;
    }

    /**
     * {@code alpha + log(beta Gamma(alpha)) - (1 + alpha) psi(alpha)}, evaluated as the entropy of
     * Gamma(alpha, beta) minus {@code 2 psi(alpha)} (since {@code log X = log beta - log Y}), which
     * reuses the Gamma entropy's asymptotic form for large alpha.
     */
    @Override
    public double entropy() {
        return GammaMath.entropy(shape, scale) - 2 * Special.digamma(shape);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    /** {@code beta / Y}, Y from the Marsaglia-Tsang gamma sampler. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return scale / GammaSampler.next(rng, shape);
    }
}

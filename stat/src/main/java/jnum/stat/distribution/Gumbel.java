package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * The Gumbel (type I extreme value, maximum) distribution with location {@code mu} and scale
 * {@code beta > 0}: cdf {@code exp(-exp(-z))}, density {@code exp(-(z + exp(-z))) / beta},
 * {@code z = (x - mu) / beta}, support the real line.
 *
 * <p>The survival function is {@code -expm1(-exp(-z))}, and its logarithm is
 * {@code -z + log(-expm1(-t) / t)} with {@code t = exp(-z)}, finite even where {@code t}
 * underflows. Quantiles: {@code mu - beta log(-log p)}, and {@code mu - beta log(-log1p(-q))}
 * for the inverse survival function.
 *
 * @param mu location, finite
 * @param scale beta, positive and finite
 */
public record Gumbel(double mu, double scale) implements ContinuousDistribution {
    private static final String NAME = "Gumbel";
    /** {@code 12 sqrt(6) zeta(3) / pi^3}. */
    private static final double SKEWNESS = 1.1395470994046486575;

    /** Validates the parameters. */
    public Gumbel {
        Arguments.finite(NAME, "mu", mu);
        Arguments.positive(NAME, "scale", scale);
    }

    @Override
    public double pdf(double x) {
        double z = (x - mu) / scale;
        double t = Math.exp(-z);
        return t == Double.POSITIVE_INFINITY ? 0 : t * Math.exp(-t) / scale;
    }

    @Override
    public double logPdf(double x) {
        double z = (x - mu) / scale;
        return -(z + Math.exp(-z)) - Math.log(scale);
    }

    @Override
    public double cdf(double x) {
        return Math.exp(-Math.exp(-(x - mu) / scale));
    }

    @Override
    public double logCdf(double x) {
        return -Math.exp(-(x - mu) / scale);
    }

    @Override
    public double survival(double x) {
        return -Math.expm1(-Math.exp(-(x - mu) / scale));
    }

    @Override
    public double logSurvival(double x) {
        double z = (x - mu) / scale;
        double t = Math.exp(-z);
        if (t == 0) {
            return Double.isNaN(z) ? Double.NaN : -z;
        }
        if (t < 1) {
            return -z + Math.log(-Math.expm1(-t) / t);
        }
        return Math.log(-Math.expm1(-t));
    }

    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return mu - scale * Math.log(-Math.log(p));
    }

    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return mu - scale * Math.log(-Math.log1p(-q));
    }

    /** {@code mu + beta gamma} (Euler's constant). */
    @Override
    public double mean() {
        return mu + scale * Constants.EULER;
    }

    /** {@code pi^2 beta^2 / 6}. */
    @Override
    public double variance() {
        return Math.PI * Math.PI / 6 * scale * scale;
    }

    @Override
    public double skewness() {
        return SKEWNESS;
    }

    /** Excess kurtosis 12/5. */
    @Override
    public double kurtosis() {
        return 2.4;
    }

    /** {@code log(beta) + gamma + 1}. */
    @Override
    public double entropy() {
        return Math.log(scale) + Constants.EULER + 1;
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    /** Inversion: {@code mu - beta log(E)} with E a standard exponential {@code -log U}. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return mu - scale * Math.log(-Math.log(UnitInterval.openUniform(rng)));
    }
}

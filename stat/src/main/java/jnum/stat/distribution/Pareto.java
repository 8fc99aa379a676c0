package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The Pareto (type I) distribution with scale {@code x_m > 0} and shape {@code alpha > 0}:
 * survival {@code (x_m / x)^alpha} and density {@code alpha x_m^alpha / x^(alpha + 1)} on
 * {@code [x_m, inf)}.
 *
 * <p>The survival function is {@code exp(-alpha log(x / x_m))}, the cdf
 * {@code -expm1(-alpha log(x / x_m))} (accurate near {@code x_m}), and the quantiles use
 * {@code log1p}. Moments that do not exist are reported as: mean {@code +inf} for
 * {@code alpha <= 1}, variance {@code +inf} for {@code alpha <= 2}, skewness NaN for
 * {@code alpha <= 3} and kurtosis NaN for {@code alpha <= 4}.
 *
 * @param scale x_m, positive and finite (the lower end of the support)
 * @param shape alpha, positive and finite
 */
public record Pareto(double scale, double shape) implements ContinuousDistribution {
    private static final String NAME = "Pareto";

    /** Validates the parameters. */
    public Pareto {
        Arguments.positive(NAME, "scale", scale);
        Arguments.positive(NAME, "shape", shape);
    }

    /** {@code log(x / x_m)}, assuming {@code x >= x_m}. */
    private double logRatio(double x) {
        return Math.log(x / scale);
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < scale) {
            return 0;
        }
        // alpha / x * (x_m / x)^alpha; the product form keeps the full range of doubles
        double sf = Math.exp(-shape * logRatio(x));
        double d = shape / x * sf;
        return d > 0 || sf == 0 ? d : Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < scale) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(shape / x) - shape * logRatio(x);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= scale ? 0 : -Math.expm1(-shape * logRatio(x));
    }

    @Override
    public double logCdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= scale) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = shape * logRatio(x);
        return Special.log1mexp(-t);
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= scale ? 1 : Math.exp(-shape * logRatio(x));
    }

    @Override
    public double logSurvival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= scale ? 0 : -shape * logRatio(x);
    }

    /** {@code x_m exp(-log1p(-p) / alpha)}. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return p == 1 ? Double.POSITIVE_INFINITY : scale * Math.exp(-Math.log1p(-p) / shape);
    }

    /** {@code x_m q^(-1/alpha)}. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return q == 0 ? Double.POSITIVE_INFINITY : scale * Math.exp(-Math.log(q) / shape);
    }

    /** {@code alpha x_m / (alpha - 1)} for {@code alpha > 1}, else {@code +inf}. */
    @Override
    public double mean() {
        return shape > 1 ? shape * scale / (shape - 1) : Double.POSITIVE_INFINITY;
    }

    /** {@code x_m^2 alpha / ((alpha - 1)^2 (alpha - 2))} for {@code alpha > 2}, else {@code +inf}. */
    @Override
    public double variance() {
        if (shape <= 2) {
            return Double.POSITIVE_INFINITY;
        }
        double r = scale / (shape - 1);
        return r * r * shape / (shape - 2);
    }

    /** {@code 2 (1 + alpha) / (alpha - 3) sqrt((alpha - 2) / alpha)} for {@code alpha > 3}. */
    @Override
    public double skewness() {
        if (shape <= 3) {
            return Double.NaN;
        }
        return 2 * (1 + shape) / (shape - 3) * Math.sqrt((shape - 2) / shape);
    }

    /** {@code 6 (a^3 + a^2 - 6a - 2) / (a (a - 3)(a - 4))} for {@code a > 4}. */
    @Override
    public double kurtosis() {
        if (shape <= 4) {
            return Double.NaN;
        }
        double a = shape;
        return 6 * (((a + 1) * a - 6) * a - 2) / (a * (a - 3) * (a - 4));
    }

    /** {@code log(x_m / alpha) + 1 / alpha + 1}. */
    @Override
    public double entropy() {
        return Math.log(scale / shape) + 1 / shape + 1;
    }

    @Override
    public Support support() {
        return new Support(scale, Double.POSITIVE_INFINITY);
    }

    /** Inversion: {@code x_m U^(-1/alpha)}. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return scale * Math.exp(-Math.log(UnitInterval.openUniform(rng)) / shape);
    }
}

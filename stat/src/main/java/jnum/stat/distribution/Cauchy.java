package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The Cauchy distribution with location {@code x0} and scale {@code gamma}: density
 * {@code 1 / (pi gamma (1 + z^2))}, {@code z = (x - x0) / gamma}.
 *
 * <p>Mean, variance, skewness and kurtosis do not exist: they return NaN. The tails are computed
 * as {@code atan(1/|z|) / pi}, without the cancellation of {@code 1/2 + atan(z)/pi}; quantiles as
 * {@code -1/tan(pi p)} near the ends and {@code tan(pi (p - 1/2))} in the middle, where
 * {@code p - 1/2} is exact. Sampling: {@code x0 + gamma tan(pi (U - 1/2))}.
 *
 * @param location the location x0 (median), finite
 * @param scale the scale gamma (half width at half maximum), positive and finite
 */
public record Cauchy(double location, double scale) implements ContinuousDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Cauchy {
        Arguments.finite("Cauchy", "location", location);
        Arguments.positive("Cauchy", "scale", scale);
    }

    private double z(double x) {
        return (x - location) / scale;
    }

    @Override
    public double pdf(double x) {
        double z = z(x);
        double a = Math.abs(z);
        if (a > 1e150) {
            return 1 / (Math.PI * scale * a) / a; // 1 + z^2 would overflow; the 1 is negligible
        }
        return 1 / (Math.PI * scale * (1 + z * z));
    }

    @Override
    public double logPdf(double x) {
        double z = z(x);
        double a = Math.abs(z);
        double log1pz2 = a > 1e150 ? 2 * Math.log(a) : Math.log1p(z * z);
        return -Math.log(Math.PI * scale) - log1pz2;
    }

    /** {@code P(Z <= z)} of the standard Cauchy, accurate in both tails. */
    private static double stdCdf(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        if (z < -1) {
            return Math.atan(-1 / z) / Math.PI;
        }
        if (z > 1) {
            return 1 - Math.atan(1 / z) / Math.PI;
        }
        return 0.5 + Math.atan(z) / Math.PI;
    }

    @Override
    public double cdf(double x) {
        return stdCdf(z(x));
    }

    @Override
    public double logCdf(double x) {
        double z = z(x);
        return z > 1 ? Math.log1p(-Math.atan(1 / z) / Math.PI) : Math.log(stdCdf(z));
    }

    @Override
    public double survival(double x) {
        return stdCdf(-z(x));
    }

    @Override
    public double logSurvival(double x) {
        double z = -z(x);
        return z > 1 ? Math.log1p(-Math.atan(1 / z) / Math.PI) : Math.log(stdCdf(z));
    }

    /** The standard Cauchy quantile. */
    private static double stdQuantile(double p) {
        if (p < 0.25) {
            return -1 / Math.tan(Math.PI * p);
        }
        if (p > 0.75) {
            return 1 / Math.tan(Math.PI * (1 - p));
        }
        return Math.tan(Math.PI * (p - 0.5));
    }

    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return location + scale * stdQuantile(p);
    }

    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return location - scale * stdQuantile(q);
    }

    /** NaN: the Cauchy distribution has no mean. */
    @Override
    public double mean() {
        return Double.NaN;
    }

    /** NaN: the Cauchy distribution has no variance. */
    @Override
    public double variance() {
        return Double.NaN;
    }

    /** NaN: undefined. */
    @Override
    public double skewness() {
        return Double.NaN;
    }

    /** NaN: undefined. */
    @Override
    public double kurtosis() {
        return Double.NaN;
    }

    /** {@code log(4 pi gamma)}. */
    @Override
    public double entropy() {
        return Math.log(4 * Math.PI * scale);
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return location + scale * Math.tan(Math.PI * (rng.nextDouble() - 0.5));
    }
}

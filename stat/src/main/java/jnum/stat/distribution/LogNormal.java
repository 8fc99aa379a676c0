package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * The log-normal distribution: {@code log X ~ Normal(mu, sigma)}; density
 * {@code phi((log x - mu) / sigma) / (sigma x)} on {@code x > 0}.
 *
 * <p>Evaluated through the standard normal functions at {@code z = (log x - mu) / sigma} (with its
 * rounding error carried, as in {@link Normal}), so both tails are accurate to underflow and
 * logCdf/logSurvival beyond. Sampling: {@code exp(mu + sigma Z)} with the normal ziggurat.
 *
 * @param mu the mean of log X, finite
 * @param sigma the standard deviation of log X, positive and finite
 */
public record LogNormal(double mu, double sigma) implements ContinuousDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public LogNormal {
        Arguments.finite("LogNormal", "mu", mu);
        Arguments.positive("LogNormal", "sigma", sigma);
    }

    /**
     * The maximum-likelihood fit: mu and sigma are the mean and the root mean squared deviation
     * (divisor n) of log(data).
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for fewer than 2 values, a value that is not
     *     positive and finite, or data whose values are all equal
     */
    public static LogNormal fit(double[] data) {
        Arguments.data("LogNormal.fit", data, 2, 0, Double.POSITIVE_INFINITY, true, true);
        double[] logs = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            logs[i] = Math.log(data[i]);
        }
        double m = Arguments.mean(logs);
        double ss = 0;
        for (double v : logs) {
            ss += (v - m) * (v - m);
        }
        double s = Math.sqrt(ss / data.length);
        if (!(s > 0)) {
            throw new IllegalArgumentException(
                    "LogNormal.fit: all " + data.length + " values are equal (" + data[0] + "); sigma would be 0");
        }
        return new LogNormal(m, s);
    }

    private double z(double logx) {
        return (logx - mu) / sigma;
    }

    @Override
    public double pdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double lx = Math.log(x);
        double z = z(lx);
        // divide by sigma first: sigma * x may underflow to 0 where the density is 0 anyway
        return StandardNormal.pdf(z, StandardNormal.lo(lx, mu, sigma, z)) / sigma / x;
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double lx = Math.log(x);
        double z = z(lx);
        return StandardNormal.logPdf(z, StandardNormal.lo(lx, mu, sigma, z)) - Math.log(sigma) - lx;
    }

    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double lx = Math.log(x);
        double z = z(lx);
        return StandardNormal.cdf(z, StandardNormal.lo(lx, mu, sigma, z));
    }

    @Override
    public double logCdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double lx = Math.log(x);
        double z = z(lx);
        return StandardNormal.logCdf(z, StandardNormal.lo(lx, mu, sigma, z));
    }

    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        double lx = Math.log(x);
        double z = z(lx);
        return StandardNormal.sf(z, StandardNormal.lo(lx, mu, sigma, z));
    }

    @Override
    public double logSurvival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double lx = Math.log(x);
        double z = z(lx);
        return StandardNormal.logSf(z, StandardNormal.lo(lx, mu, sigma, z));
    }

    /** {@code exp(mu + sigma Phi^-1(p))}. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return QuantilePolish.quantile(this, p, Math.exp(mu + sigma * StandardNormal.quantile(p)));
    }

    /** {@code exp(mu + sigma Phi^-1(1 - q))}, without forming 1 - q. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return QuantilePolish.inverseSurvival(this, q, Math.exp(mu + sigma * StandardNormal.inverseSf(q)));
    }

    /** {@code exp(mu + sigma^2/2)}. */
    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    /** {@code (exp(sigma^2) - 1) exp(2 mu + sigma^2)}. */
    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
    }

    /** {@code (exp(sigma^2) + 2) sqrt(exp(sigma^2) - 1)}. */
    @Override
    public double skewness() {
        double s2 = sigma * sigma;
        return (Math.exp(s2) + 2) * Math.sqrt(Math.expm1(s2));
    }

    /** {@code exp(4 s2) + 2 exp(3 s2) + 3 exp(2 s2) - 6}, s2 = sigma^2. */
    @Override
    public double kurtosis() {
        double s2 = sigma * sigma;
        // = (e^s2 - 1)(e^3s2 + 3 e^2s2 + 6 e^s2 + 6), free of cancellation for small sigma
        double e = Math.exp(s2);
        return Math.expm1(s2) * (((e + 3) * e + 6) * e + 6);
    }

    /** {@code mu + 1/2 + log(sigma sqrt(2 pi))}. */
    @Override
    public double entropy() {
        return mu + 0.5 + Constants.LN_SQRT_2PI + Math.log(sigma);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return Math.exp(mu + sigma * ZigguratNormal.next(rng));
    }
}

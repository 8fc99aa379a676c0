package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * The normal (Gaussian) distribution with mean {@code mu} and standard deviation {@code sigma}:
 * density {@code phi((x - mu) / sigma) / sigma}, {@code phi(z) = exp(-z^2/2) / sqrt(2 pi)}.
 *
 * <p>The standardised point {@code z = (x - mu) / sigma} is carried with its rounding error, and
 * {@code z^2/2} is formed exactly, so the density and both tails keep full relative accuracy out to
 * where they underflow ({@code survival(30) = 4.906713927148e-198} for the standard normal, to
 * 1e-13); {@code logCdf} and {@code logSurvival} stay finite and accurate beyond that
 * ({@code logSurvival(40) = -804.608442013754}). Tails use the scaled complementary error function
 * ({@link jnum.stat.special.Special#erfcx}); quantiles are the inverse complementary error function
 * (a direct Chebyshev fit within 1.4 ulp), scaled and shifted.
 * Sampling: the ziggurat of Marsaglia and Tsang (2000).
 *
 * @param mu the mean, finite
 * @param sigma the standard deviation, positive and finite
 */
public record Normal(double mu, double sigma) implements ContinuousDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Normal {
        Arguments.finite("Normal", "mu", mu);
        Arguments.positive("Normal", "sigma", sigma);
    }

    /**
     * The standard normal distribution, N(0, 1).
     *
     * @return the standard distribution
     */
    public static Normal standard() {
        return new Normal(0, 1);
    }

    /**
     * The maximum-likelihood fit: {@code mu} the sample mean, {@code sigma} the root of the mean
     * squared deviation (divisor n, not n - 1).
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for fewer than 2 values, a non-finite value, or
     *     data whose values are all equal (sigma would be 0)
     */
    public static Normal fit(double[] data) {
        Arguments.data("Normal.fit", data, 2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, true);
        double m = Arguments.mean(data);
        double ss = 0;
        for (double v : data) {
            ss += (v - m) * (v - m);
        }
        double s = Math.sqrt(ss / data.length);
        if (!(s > 0)) {
            throw new IllegalArgumentException(
                    "Normal.fit: all " + data.length + " values are equal (" + data[0] + "); sigma would be 0");
        }
        return new Normal(m, s);
    }

    private double z(double x) {
        return (x - mu) / sigma;
    }

    @Override
    public double pdf(double x) {
        double z = z(x);
        return StandardNormal.pdf(z, StandardNormal.lo(x, mu, sigma, z)) / sigma;
    }

    @Override
    public double logPdf(double x) {
        double z = z(x);
        return StandardNormal.logPdf(z, StandardNormal.lo(x, mu, sigma, z)) - Math.log(sigma);
    }

    @Override
    public double cdf(double x) {
        double z = z(x);
        return StandardNormal.cdf(z, StandardNormal.lo(x, mu, sigma, z));
    }

    @Override
    public double logCdf(double x) {
        double z = z(x);
        return StandardNormal.logCdf(z, StandardNormal.lo(x, mu, sigma, z));
    }

    @Override
    public double survival(double x) {
        double z = z(x);
        return StandardNormal.sf(z, StandardNormal.lo(x, mu, sigma, z));
    }

    @Override
    public double logSurvival(double x) {
        double z = z(x);
        return StandardNormal.logSf(z, StandardNormal.lo(x, mu, sigma, z));
    }

    /**
     * {@code mu + sigma Phi^-1(p)}, with {@code Phi^-1(p) = -sqrt(2) erfc^-1(2p)} from the direct
     * Chebyshev fit of {@link jnum.stat.special.Special#erfcinv} (within 1.4 ulp, so no Newton
     * polish is needed); -inf at p = 0, +inf at p = 1.
     */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return mu + sigma * StandardNormal.quantile(p);
    }

    /** {@code mu + sigma Phi^-1(1 - q)}, computed without forming 1 - q. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return mu + sigma * StandardNormal.inverseSf(q);
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return sigma * sigma;
    }

    @Override
    public double stdDev() {
        return sigma;
    }

    @Override
    public double skewness() {
        return 0;
    }

    @Override
    public double kurtosis() {
        return 0;
    }

    /** {@code log(sigma sqrt(2 pi e))}. */
    @Override
    public double entropy() {
        return 0.5 + Constants.LN_SQRT_2PI + Math.log(sigma);
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return mu + sigma * ZigguratNormal.next(rng);
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The exponential distribution with rate {@code lambda}: density {@code lambda exp(-lambda x)} on
 * {@code x >= 0}, mean {@code 1/lambda}. (Rate, not mean; {@link #ofMean} takes the mean.)
 *
 * <p>The exponent {@code lambda x} is carried with its rounding error (fused multiply-add), so pdf
 * and survival keep full relative accuracy down to underflow; cdf uses {@code -expm1}, quantile
 * {@code -log1p(-p)}, inverseSurvival {@code -log(q)}. Sampling: the exponential ziggurat of
 * Marsaglia and Tsang (2000).
 *
 * @param rate the rate lambda, positive and finite
 */
public record Exponential(double rate) implements ContinuousDistribution {
    /** Validates the rate: {@code IllegalArgumentException} naming it. */
    public Exponential {
        Arguments.positive("Exponential", "rate", rate);
    }

    /**
     * The exponential distribution with the given mean (rate {@code 1/mean}, rounded once).
     *
     * @param mean the mean {@code 1 / rate}, positive and finite
     * @return the distribution with rate {@code 1 / mean}
     * @throws IllegalArgumentException if the mean or its reciprocal is not positive and finite
     */
    public static Exponential ofMean(double mean) {
        Arguments.positive("Exponential", "mean", mean);
        return new Exponential(1 / mean);
    }

    /**
     * The maximum-likelihood fit, {@code rate = 1 / mean(data)}.
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for empty data, a negative or non-finite value, or
     *     data that are all 0
     */
    public static Exponential fit(double[] data) {
        Arguments.data("Exponential.fit", data, 1, 0, Double.POSITIVE_INFINITY, false, true);
        double m = Arguments.mean(data);
        if (!(m > 0)) {
            throw new IllegalArgumentException("Exponential.fit: all values are 0; the rate would be infinite");
        }
        return new Exponential(1 / m);
    }

    /** {@code lambda x} (call only for finite x &gt;= 0). */
    private double t(double x) {
        return rate * x;
    }

    /** The rounding error of {@link #t}. */
    private double tlo(double x, double t) {
        return Double.isFinite(t) ? Math.fma(rate, x, -t) : 0;
    }

    @Override
    public double pdf(double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double t = t(x);
        return rate * Math.exp(-t) * (1 - tlo(x, t));
    }

    @Override
    public double logPdf(double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double t = t(x);
        return Math.log(rate) - t - tlo(x, t);
    }

    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double t = t(x);
        return -Math.expm1(-t) + tlo(x, t) * Math.exp(-t);
    }

    @Override
    public double logCdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double t = t(x);
        if (t < 1e-8) {
            // log(1 - e^-t) = log t - t/2 + O(t^2); log(rate) + log(x) avoids a subnormal t
            return Math.log(rate) + Math.log(x) - 0.5 * t;
        }
        return Special.log1mexp(-t);
    }

    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        double t = t(x);
        return Math.exp(-t) * (1 - tlo(x, t));
    }

    @Override
    public double logSurvival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double t = t(x);
        return -t - tlo(x, t);
    }

    /** {@code -log1p(-p) / lambda}. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return -Math.log1p(-p) / rate;
    }

    /** {@code -log(q) / lambda}. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return -Math.log(q) / rate + 0.0; // + 0.0 turns -0.0 (at q = 1) into 0.0
    }

    @Override
    public double mean() {
        return 1 / rate;
    }

    @Override
    public double variance() {
        return 1 / (rate * rate);
    }

    @Override
    public double skewness() {
        return 2;
    }

    @Override
    public double kurtosis() {
        return 6;
    }

    /** {@code 1 - log(lambda)}. */
    @Override
    public double entropy() {
        return 1 - Math.log(rate);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return ZigguratExponential.next(rng) / rate;
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * The Laplace (double exponential) distribution with location {@code mu} and scale {@code b}:
 * density {@code exp(-|x - mu| / b) / (2b)}.
 *
 * <p>Each tail is an exponential, evaluated directly on its own side (cdf below mu, survival above,
 * both from {@code exp} of the standardised point carried with its rounding error); the far side
 * uses {@code 1 - exp(-|z|)/2}, which has no cancellation. Sampling: mu plus a random sign times an
 * exponential ziggurat draw.
 *
 * @param mu the location (mean and median), finite
 * @param scale the scale b, positive and finite
 */
public record Laplace(double mu, double scale) implements ContinuousDistribution {

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Laplace {
        Arguments.finite("Laplace", "mu", mu);
        Arguments.positive("Laplace", "scale", scale);
    }

    /** {@code |z|}; its rounding error is {@link #absZlo}. */
    private double absZ(double x) {
        return Math.abs((x - mu) / scale);
    }

    private double absZlo(double x) {
        double z = (x - mu) / scale;
        double lo = StandardNormal.lo(x, mu, scale, z);
        return z < 0 ? -lo : lo;
    }

    /** {@code exp(-|z|)} with the rounding of |z| corrected to first order. */
    private double expNegAbs(double x) {
        return Math.exp(-absZ(x)) * (1 - absZlo(x));
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return expNegAbs(x) / (2 * scale);
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return -absZ(x) - absZlo(x) - Constants.LN_2 - Math.log(scale);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double half = 0.5 * expNegAbs(x);
        return x < mu ? half : 1 - half;
    }

    @Override
    public double logCdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < mu) {
            return -absZ(x) - absZlo(x) - Constants.LN_2;
        }
        return Math.log1p(-0.5 * expNegAbs(x));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double half = 0.5 * expNegAbs(x);
        return x > mu ? half : 1 - half;
    }

    @Override
    public double logSurvival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > mu) {
            return -absZ(x) - absZlo(x) - Constants.LN_2;
        }
        return Math.log1p(-0.5 * expNegAbs(x));
    }

    /** {@code mu + b log(2p)} for p &lt;= 1/2, {@code mu - b log(2(1 - p))} above. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return p <= 0.5 ? mu + scale * Math.log(2 * p) : mu - scale * Math.log(2 * (1 - p));
    }

    /** {@code mu - b log(2q)} for q &lt;= 1/2, {@code mu + b log(2(1 - q))} above. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return q <= 0.5 ? mu - scale * Math.log(2 * q) : mu + scale * Math.log(2 * (1 - q));
    }

    @Override
    public double mean() {
        return mu;
    }

    @Override
    public double variance() {
        return 2 * scale * scale;
    }

    @Override
    public double skewness() {
        return 0;
    }

    @Override
    public double kurtosis() {
        return 3;
    }

    /** {@code 1 + log(2b)}. */
    @Override
    public double entropy() {
        return 1 + Constants.LN_2 + Math.log(scale);
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double e = scale * ZigguratExponential.next(rng);
        return rng.nextBoolean() ? mu + e : mu - e;
    }
}

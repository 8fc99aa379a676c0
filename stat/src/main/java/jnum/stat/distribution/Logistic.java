package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The logistic distribution with location {@code mu} and scale {@code s > 0}: cdf
 * {@code F(x) = 1 / (1 + exp(-z))}, density {@code exp(-z) / (s (1 + exp(-z))^2)},
 * {@code z = (x - mu) / s}, support the real line.
 *
 * <p>Every function is written in terms of {@code e = exp(-|z|) <= 1}, so both tails keep full
 * relative accuracy ({@code cdf(x) = e / (1 + e)} for {@code z < 0}) and {@code logCdf},
 * {@code logSurvival} use {@code log1p(e)}; quantiles use a logit accurate for every p. The
 * standardised point z is carried with its rounding error (of {@code x - mu} and of the division
 * by s), applied to first order: in the far tails {@code cdf = e^z} magnifies an error of z by
 * |z| (up to 700), which would otherwise cost up to 1e-13.
 *
 * @param mu location, finite
 * @param scale scale s, positive and finite
 */
public record Logistic(double mu, double scale) implements ContinuousDistribution {
    private static final String NAME = "Logistic";

    /** Validates the parameters. */
    public Logistic {
        Arguments.finite(NAME, "mu", mu);
        Arguments.positive(NAME, "scale", scale);
    }

    /**
     * The standard logistic distribution (mu = 0, scale = 1).
     *
     * @return the standard distribution
     */
    public static Logistic standard() {
        return new Logistic(0, 1);
    }

    /** {@code (x - mu) / s}. */
    private double z(double x) {
        return (x - mu) / scale;
    }

    /** The rounding error of {@link #z} (TwoSum of {@code x - mu}, FMA residual of the division). */
    private double zlo(double x, double z) {
        if (!Double.isFinite(z)) {
            return 0;
        }
        double d = x - mu;
        double bv = d - x;
        double dlo = (x - (d - bv)) + (-mu - bv);
        return (Math.fma(-z, scale, d) + dlo) / scale;
    }

    @Override
    public double pdf(double x) {
        double z = z(x);
        double a = Math.abs(z);
        double e = Math.exp(-a);
        double d = 1 + e;
        // d log pdf / dz = -tanh(z / 2)
        double f = e / (d * d) / scale;
        return f * (1 - zlo(x, z) * Math.signum(z) * (1 - e) / (1 + e));
    }

    @Override
    public double logPdf(double x) {
        double z = z(x);
        double a = Math.abs(z);
        double e = Math.exp(-a);
        return -a - 2 * Math.log1p(e) - Math.log(scale) - zlo(x, z) * Math.signum(z) * (1 - e) / (1 + e);
    }

    @Override
    public double cdf(double x) {
        double z = z(x);
        return lower(z, zlo(x, z));
    }

    @Override
    public double logCdf(double x) {
        double z = z(x);
        return logLower(z, zlo(x, z));
    }

    @Override
    public double survival(double x) {
        double z = z(x);
        return lower(-z, -zlo(x, z));
    }

    @Override
    public double logSurvival(double x) {
        double z = z(x);
        return logLower(-z, -zlo(x, z));
    }

    /**
     * {@code F(z + zlo)} for {@code F(z) = 1 / (1 + exp(-z))}, without cancellation in either tail;
     * {@code F' = F (1 - F)}.
     */
    private static double lower(double z, double zlo) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double e = Math.exp(-Math.abs(z));
        double f = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        double g = z >= 0 ? e / (1 + e) : 1 / (1 + e); // 1 - F
        return f + zlo * f * g;
    }

    /** {@code -log(1 + exp(-(z + zlo)))}; its derivative is {@code 1 - F(z)}. */
    private static double logLower(double z, double zlo) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double e = Math.exp(-Math.abs(z));
        double l = Math.log1p(e);
        double g = z >= 0 ? e / (1 + e) : 1 / (1 + e);
        return (z >= 0 ? -l : z - l) + zlo * g;
    }

    /** {@code mu + s log(p / (1 - p))}; {@code -inf} at 0 and {@code +inf} at 1. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return mu + scale * UnitInterval.logit(p);
    }

    /** {@code mu - s log(q / (1 - q))}. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        if (q == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (q == 1) {
            return Double.NEGATIVE_INFINITY;
        }
        return mu - scale * UnitInterval.logit(q);
    }

    @Override
    public double mean() {
        return mu;
    }

    /** {@code pi^2 s^2 / 3}. */
    @Override
    public double variance() {
        return Math.PI * Math.PI / 3 * scale * scale;
    }

    @Override
    public double skewness() {
        return 0;
    }

    /** Excess kurtosis 6/5. */
    @Override
    public double kurtosis() {
        return 1.2;
    }

    /** {@code log(s) + 2}. */
    @Override
    public double entropy() {
        return Math.log(scale) + 2;
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    /** Inversion of an open-interval uniform draw. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return mu + scale * UnitInterval.logit(UnitInterval.openUniform(rng));
    }
}

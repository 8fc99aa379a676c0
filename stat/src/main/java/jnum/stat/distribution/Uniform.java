package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The continuous uniform distribution on {@code [lower, upper]}: density {@code 1 / (b - a)}.
 * Survival is {@code (b - x) / (b - a)}, computed directly; quantiles are measured from the
 * nearer end, so {@code quantile(p)} and {@code inverseSurvival(q)} keep full accuracy near both
 * ends.
 *
 * @param lower a, finite
 * @param upper b, finite, {@code > a}, with {@code b - a} finite
 */
public record Uniform(double lower, double upper) implements ContinuousDistribution {
    private static final String NAME = "Uniform";

    /** Validates the parameters. */
    public Uniform {
        Arguments.finite(NAME, "lower", lower);
        Arguments.finite(NAME, "upper", upper);
        if (!(lower < upper)) {
            throw new IllegalArgumentException(NAME + ": lower = " + lower + " must be less than upper = " + upper);
        }
        if (!Double.isFinite(upper - lower)) {
            throw new IllegalArgumentException(
                    NAME + ": width upper - lower = " + upper + " - " + lower + " overflows");
        }
    }

    /**
     * The uniform distribution on [0, 1].
     *
     * @return the standard distribution
     */
    public static Uniform standard() {
        return new Uniform(0, 1);
    }

    private double width() {
        return upper - lower;
    }

    @Override
    public double pdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x >= lower && x <= upper ? 1 / width() : 0;
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x >= lower && x <= upper ? -Math.log(width()) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= lower) {
            return 0;
        }
        return x >= upper ? 1 : (x - lower) / width();
    }

    @Override
    public double logCdf(double x) {
        return Math.log(cdf(x));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= upper) {
            return 0;
        }
        return x <= lower ? 1 : (upper - x) / width();
    }

    @Override
    public double logSurvival(double x) {
        return Math.log(survival(x));
    }

    /** {@code a + p (b - a)} for {@code p <= 1/2}, {@code b - (1 - p)(b - a)} above. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return p <= 0.5 ? fromLower(p) : fromUpper(1 - p);
    }

    /** {@code b - q (b - a)} for {@code q <= 1/2}, {@code a + (1 - q)(b - a)} above. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return q <= 0.5 ? fromUpper(q) : fromLower(1 - q);
    }

    private double fromLower(double p) {
        return Math.min(upper, lower + p * width());
    }

    private double fromUpper(double q) {
        return Math.max(lower, upper - q * width());
    }

    /** {@code (a + b) / 2}, halved first so that it cannot overflow. */
    @Override
    public double mean() {
        return 0.5 * lower + 0.5 * upper;
    }

    /** {@code (b - a)^2 / 12}. */
    @Override
    public double variance() {
        double w = width();
        return w * w / 12;
    }

    @Override
    public double skewness() {
        return 0;
    }

    /** Excess kurtosis -6/5. */
    @Override
    public double kurtosis() {
        return -1.2;
    }

    /** {@code log(b - a)}. */
    @Override
    public double entropy() {
        return Math.log(width());
    }

    @Override
    public Support support() {
        return new Support(lower, upper);
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return fromLower(UnitInterval.openUniform(rng));
    }
}

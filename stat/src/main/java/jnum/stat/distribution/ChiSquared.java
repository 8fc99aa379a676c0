package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The chi-squared distribution with {@code k} degrees of freedom (real, k &gt; 0): the
 * {@link Gamma} distribution with shape {@code k/2} and scale 2, computed by the same code
 * (regularized incomplete gamma functions, Loader's density, Marsaglia-Tsang sampling).
 *
 * @param df the degrees of freedom k, positive and finite
 */
public record ChiSquared(double df) implements ContinuousDistribution {
    /** Validates df: {@code IllegalArgumentException} naming it. */
    public ChiSquared {
        Arguments.positive("ChiSquared", "df", df);
    }

    private double a() {
        return 0.5 * df;
    }

    @Override
    public double pdf(double x) {
        return GammaMath.pdf(a(), 2, x);
    }

    @Override
    public double logPdf(double x) {
        return GammaMath.logPdf(a(), 2, x);
    }

    /** {@code P(k/2, x/2)}. */
    @Override
    public double cdf(double x) {
        return GammaMath.cdf(a(), 2, x);
    }

    @Override
    public double logCdf(double x) {
        return GammaMath.logCdf(a(), 2, x);
    }

    /** {@code Q(k/2, x/2)}, computed directly. */
    @Override
    public double survival(double x) {
        return GammaMath.survival(a(), 2, x);
    }

    @Override
    public double logSurvival(double x) {
        return GammaMath.logSurvival(a(), 2, x);
    }

    @Override
    public double quantile(double p) {
        return QuantilePolish.quantile(this, p, GammaMath.quantile(a(), 2, p));
    }

    @Override
    public double inverseSurvival(double q) {
        return QuantilePolish.inverseSurvival(this, q, GammaMath.inverseSurvival(a(), 2, q));
    }

    @Override
    public double mean() {
        return df;
    }

    @Override
    public double variance() {
        return 2 * df;
    }

    /** {@code sqrt(8 / k)}. */
    @Override
    public double skewness() {
        return Math.sqrt(8 / df);
    }

    /** {@code 12 / k}. */
    @Override
    public double kurtosis() {
        return 12 / df;
    }

    @Override
    public double entropy() {
        return GammaMath.entropy(a(), 2);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return 2 * GammaSampler.next(rng, a());
    }
}

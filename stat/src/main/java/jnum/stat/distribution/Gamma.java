package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The gamma distribution with shape {@code a} and <b>scale</b> {@code theta}: density
 * {@code x^(a-1) e^(-x/theta) / (Gamma(a) theta^a)} on {@code x >= 0}, mean {@code a theta}.
 * {@link #ofRate} takes a rate {@code beta = 1/theta} instead.
 *
 * <p>cdf and survival are the regularized incomplete gamma functions P and Q, each computed
 * directly; the density uses Loader's saddle-point form (no cancellation for large shapes); see
 * {@code GammaMath}. Quantiles invert P or Q ({@link jnum.stat.special.Special#gammaincinv}).
 * Sampling: Marsaglia and Tsang (2000), with the {@code U^(1/a)} boost for a &lt; 1.
 *
 * @param shape the shape a, positive and finite
 * @param scale the scale theta, positive and finite
 */
public record Gamma(double shape, double scale) implements ContinuousDistribution {
    private static final int FIT_MAX_ITERATIONS = 100;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Gamma {
        Arguments.positive("Gamma", "shape", shape);
        Arguments.positive("Gamma", "scale", scale);
    }

    /**
     * The gamma distribution with shape a and rate beta (scale {@code 1/beta}, rounded once).
     *
     * @param shape the shape, positive and finite
     * @param rate the rate {@code 1 / scale}, positive and finite
     * @return the distribution with scale {@code 1 / rate}
     * @throws IllegalArgumentException naming a bad parameter
     */
    public static Gamma ofRate(double shape, double rate) {
        Arguments.positive("Gamma", "rate", rate);
        return new Gamma(shape, 1 / rate);
    }

    /**
     * The maximum-likelihood fit. With {@code s = log(mean x) - mean(log x)} (&gt; 0 unless all values
     * are equal) the shape solves {@code log a - psi(a) = s}; Minka's (2002, "Estimating a Gamma
     * distribution") initial value {@code (3 - s + sqrt((s - 3)^2 + 24 s)) / (12 s)} and his
     * generalized Newton step {@code 1/a' = 1/a + (log a - psi(a) - s) / (a^2 (1/a - psi'(a)))}
     * converge in about four steps (at most 100 are taken). Then {@code theta = mean / a}.
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for fewer than 2 values, a value that is not
     *     positive and finite, or all values equal (the shape would be infinite)
     * @throws ArithmeticException if the iteration does not converge (not observed)
     */
    public static Gamma fit(double[] data) {
        Arguments.data("Gamma.fit", data, 2, 0, Double.POSITIVE_INFINITY, true, true);
        double mean = Arguments.mean(data);
        double[] logs = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            logs[i] = Math.log(data[i]);
        }
        double s = Math.log(mean) - Arguments.mean(logs);
        if (!(s > 0)) {
            throw new IllegalArgumentException("Gamma.fit: the " + data.length + " values are all equal"
                    + " (log(mean) - mean(log) = " + s + "); the shape would be infinite");
        }
        double a = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int it = 0; it < FIT_MAX_ITERATIONS; it++) {
            double g = Math.log(a) - Special.digamma(a) - s;
            double dg = 1 / a - Special.trigamma(a);
            double next = 1 / (1 / a + g / (a * a * dg));
            if (!(next > 0)) {
                next = 0.5 * a; // outside the domain: halve instead (never needed from Minka's start)
            }
            boolean done = Math.abs(next - a) <= 1e-14 * a;
            a = next;
            if (done) {
                return new Gamma(a, mean / a);
            }
        }
        throw new ArithmeticException("Gamma.fit: the shape iteration did not converge in " + FIT_MAX_ITERATIONS
                + " steps (s = " + s + ", last shape " + a + ")");
    }

    @Override
    public double pdf(double x) {
        return GammaMath.pdf(shape, scale, x);
    }

    @Override
    public double logPdf(double x) {
        return GammaMath.logPdf(shape, scale, x);
    }

    /** {@code P(a, x / theta)}. */
    @Override
    public double cdf(double x) {
        return GammaMath.cdf(shape, scale, x);
    }

    @Override
    public double logCdf(double x) {
        return GammaMath.logCdf(shape, scale, x);
    }

    /** {@code Q(a, x / theta)}, computed directly. */
    @Override
    public double survival(double x) {
        return GammaMath.survival(shape, scale, x);
    }

    @Override
    public double logSurvival(double x) {
        return GammaMath.logSurvival(shape, scale, x);
    }

    /** {@code theta P^-1(a, p)}. */
    @Override
    public double quantile(double p) {
        return QuantilePolish.quantile(this, p, GammaMath.quantile(shape, scale, p));
    }

    /** {@code theta Q^-1(a, q)}. */
    @Override
    public double inverseSurvival(double q) {
        return QuantilePolish.inverseSurvival(this, q, GammaMath.inverseSurvival(shape, scale, q));
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
    }

    /** {@code 2 / sqrt(a)}. */
    @Override
    public double skewness() {
        return 2 / Math.sqrt(shape);
    }

    /** {@code 6 / a}. */
    @Override
    public double kurtosis() {
        return 6 / shape;
    }

    /** {@code a + log theta + log Gamma(a) + (1 - a) psi(a)}. */
    @Override
    public double entropy() {
        return GammaMath.entropy(shape, scale);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return scale * GammaSampler.next(rng, shape);
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The Weibull distribution with shape {@code k} and scale {@code lambda}: cdf
 * {@code 1 - exp(-(x/lambda)^k)} on {@code x >= 0}, density
 * {@code (k/lambda) (x/lambda)^(k-1) exp(-(x/lambda)^k)}.
 *
 * <p>With {@code t = (x/lambda)^k} (the rounding of x/lambda corrected to first order),
 * survival is {@code exp(-t)} and cdf {@code -expm1(-t)}; logSurvival is {@code -t} and logCdf
 * {@code k log(x/lambda) - t/2} for tiny t, so neither underflows early. Moments use
 * {@code log Gamma(1 + i/k)} and ratios, so they do not overflow for small shapes. Sampling:
 * {@code lambda E^(1/k)} with an exponential ziggurat draw E.
 *
 * @param shape the shape k, positive and finite
 * @param scale the scale lambda, positive and finite
 */
public record Weibull(double shape, double scale) implements ContinuousDistribution {
    private static final int FIT_MAX_ITERATIONS = 100;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Weibull {
        Arguments.positive("Weibull", "shape", shape);
        Arguments.positive("Weibull", "scale", scale);
    }

    /**
     * The maximum-likelihood fit. The shape solves the profile equation
     * {@code g(k) = sum x^k log x / sum x^k - 1/k - mean(log x) = 0} (g is increasing, so the root is
     * unique) by Newton's method safeguarded by bisection on a bracket, from Menon's (1963) estimate
     * {@code pi / (sqrt 6 sd(log x))}; at most 200 iterations. Then
     * {@code lambda = (mean x^k)^(1/k)}. Data are scaled by their maximum so that x^k cannot
     * overflow.
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for fewer than 2 values, a value that is not
     *     positive and finite, or all values equal (the shape would be infinite)
     */
    public static Weibull fit(double[] data) {
        Arguments.data("Weibull.fit", data, 2, 0, Double.POSITIVE_INFINITY, true, true);
        int n = data.length;
        double max = 0;
        for (double v : data) {
            max = Math.max(max, v);
        }
        double[] lu = new double[n]; // log(x / max) <= 0
        for (int i = 0; i < n; i++) {
            lu[i] = Math.log(data[i] / max);
        }
        double meanLog = Arguments.mean(lu);
        double ss = 0;
        for (double v : lu) {
            ss += (v - meanLog) * (v - meanLog);
        }
        double sd = Math.sqrt(ss / n);
        if (!(sd > 0)) {
            throw new IllegalArgumentException(
                    "Weibull.fit: all " + n + " values are equal (" + data[0] + "); the shape would be infinite");
        }
        double k = Math.PI / (Math.sqrt(6) * sd);
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int it = 0; it < 2 * FIT_MAX_ITERATIONS; it++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            for (double l : lu) {
                double w = Math.exp(k * l);
                s0 += w;
                s1 += w * l;
                s2 += w * l * l;
            }
            double m1 = s1 / s0;
            double g = m1 - 1 / k - meanLog;
            double dg = s2 / s0 - m1 * m1 + 1 / (k * k);
            if (g > 0) {
                hi = k;
            } else {
                lo = k;
            }
            double next = k - g / dg;
            if (!(next > lo && next < hi)) {
                next = hi == Double.POSITIVE_INFINITY ? 2 * k : 0.5 * (lo + hi); // bisect the bracket
            }
            boolean done = Math.abs(next - k) <= 4 * Math.ulp(k);
            k = next;
            if (done) {
                double s = 0;
                for (double l : lu) {
                    s += Math.exp(k * l);
                }
                return new Weibull(k, max * Math.pow(s / n, 1 / k));
            }
        }
        throw new IllegalArgumentException("Weibull.fit: the shape iteration did not converge in "
                + 2 * FIT_MAX_ITERATIONS + " steps (last shape " + k + ")");
    }

    /** {@code (x/lambda)^k} with the rounding of x/lambda corrected to first order (x &gt; 0). */
    private double t(double x) {
        double y = x / scale;
        double t = Math.pow(y, shape);
        if (!Double.isFinite(y) || t == 0 || t == Double.POSITIVE_INFINITY) {
            return t;
        }
        double ylo = Math.fma(-y, scale, x) / scale;
        return t + t * shape * (ylo / y);
    }

    @Override
    public double pdf(double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == 0) {
            return shape < 1 ? Double.POSITIVE_INFINITY : shape == 1 ? 1 / scale : 0;
        }
        double t = t(x);
        if (t == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (t < 1e-290 || shape / x == Double.POSITIVE_INFINITY) {
            // t may have lost digits to underflow, or k/x overflows: (k/lambda) y^(k-1) e^-t directly
            return shape / scale * Math.pow(x / scale, shape - 1) * Math.exp(-t);
        }
        // (k/lambda) y^(k-1) e^-t = (k/x) t e^-t
        return shape / x * t * Math.exp(-t);
    }

    @Override
    public double logPdf(double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return Math.log(pdf(0));
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double t = t(x);
        return Math.log(shape / scale) + (shape - 1) * Math.log(x / scale) - t;
    }

    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        return -Math.expm1(-t(x));
    }

    @Override
    public double logCdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double t = t(x);
        if (t < 1e-8) {
            // log(1 - e^-t) = log t - t/2 + O(t^2), with log t = k log(x/lambda) (t may underflow)
            return shape * Math.log(x / scale) - 0.5 * t;
        }
        return Special.log1mexp(-t);
    }

    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        return Math.exp(-t(x));
    }

    @Override
    public double logSurvival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        return -t(x);
    }

    /** {@code lambda (-log1p(-p))^(1/k)}. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return scale * Math.pow(-Math.log1p(-p), 1 / shape) + 0.0;
    }

    /** {@code lambda (-log q)^(1/k)}. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return scale * Math.pow(-Math.log(q), 1 / shape) + 0.0; // -0.0 at q = 1 becomes 0.0
    }

    /** {@code log Gamma(1 + i/k)}. */
    private double g(int i) {
        return Special.gammaln(1 + i / shape);
    }

    /** {@code lambda Gamma(1 + 1/k)}. */
    @Override
    public double mean() {
        return scale * Math.exp(g(1));
    }

    /** {@code lambda^2 (Gamma(1 + 2/k) - Gamma(1 + 1/k)^2)}. */
    @Override
    public double variance() {
        double g2 = g(2);
        return scale * scale * Math.exp(g2) * -Math.expm1(2 * g(1) - g2);
    }

    // Moments of Y = (X/lambda) normalised by E[Y^2]: m_i = E[Y^i] / E[Y^2]^(i/2).
    private double m(int i) {
        return Math.exp(g(i) - 0.5 * i * g(2));
    }

    @Override
    public double skewness() {
        double m1 = m(1);
        double v = -Math.expm1(2 * g(1) - g(2));
        return (m(3) - 3 * m1 + 2 * m1 * m1 * m1) / Math.pow(v, 1.5);
    }

    @Override
    public double kurtosis() {
        double m1 = m(1);
        double v = -Math.expm1(2 * g(1) - g(2));
        double m1s = m1 * m1;
        return (m(4) - 4 * m1 * m(3) + 6 * m1s - 3 * m1s * m1s) / (v * v) - 3;
    }

    /** {@code gamma_E (1 - 1/k) + log(lambda / k) + 1}. */
    @Override
    public double entropy() {
        return Constants.EULER * (1 - 1 / shape) + Math.log(scale / shape) + 1;
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return scale * Math.pow(ZigguratExponential.next(rng), 1 / shape);
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The beta distribution with shapes {@code alpha} and {@code beta}: density
 * {@code x^(alpha-1) (1-x)^(beta-1) / B(alpha, beta)} on {@code [0, 1]}.
 *
 * <p>cdf and survival are the regularized incomplete beta function {@code I_x(alpha, beta)} and its
 * complement, each computed directly ({@link jnum.stat.special.Special#betainc}, {@link jnum.stat.special.Special#betaincc}); logs fall back to the
 * hypergeometric series in log space where they underflow. The density uses Loader's saddle-point
 * form for shapes above 2 and corrects the rounding of {@code 1 - x} to first order. Sampling:
 * {@code X / (X + Y)} with X, Y gamma draws (Marsaglia-Tsang), formed from their logarithms when a
 * shape is below 1 so that tiny draws do not underflow to 0/0.
 *
 * @param alpha the first shape, positive and finite
 * @param beta the second shape, positive and finite
 */
public record Beta(double alpha, double beta) implements ContinuousDistribution {
    private static final int FIT_MAX_ITERATIONS = 200;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Beta {
        Arguments.positive("Beta", "alpha", alpha);
        Arguments.positive("Beta", "beta", beta);
    }

    /**
     * The maximum-likelihood fit: Newton's method on the digamma system
     * {@code psi(alpha) - psi(alpha + beta) = mean(log x)},
     * {@code psi(beta) - psi(alpha + beta) = mean(log(1 - x))} (the log-likelihood is concave, the
     * Jacobian is built from trigammas), started at the method-of-moments estimate and halving steps
     * that would leave the positive quadrant; at most 200 steps.
     *
     * @param data the observations
     * @return the fitted distribution
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException for fewer than 2 values, a value not strictly
     *     inside (0, 1) or not finite, or all values equal
     * @throws ArithmeticException if the iteration does not converge
     */
    public static Beta fit(double[] data) {
        Arguments.data("Beta.fit", data, 2, 0, 1, true, true);
        int n = data.length;
        double m = Arguments.mean(data);
        double v = 0;
        double g1 = 0;
        double g2 = 0;
        for (double x : data) {
            v += (x - m) * (x - m);
            g1 += Math.log(x);
            g2 += Math.log1p(-x);
        }
        v /= n;
        g1 /= n;
        g2 /= n;
        if (!(v > 0)) {
            throw new IllegalArgumentException(
                    "Beta.fit: all " + n + " values are equal (" + data[0] + "); the shapes would be infinite");
        }
        double c = m * (1 - m) / v - 1;
        double a = c > 0 ? m * c : 1;
        double b = c > 0 ? (1 - m) * c : 1;
        for (int it = 0; it < FIT_MAX_ITERATIONS; it++) {
            double psiS = Special.digamma(a + b);
            double f1 = Special.digamma(a) - psiS - g1;
            double f2 = Special.digamma(b) - psiS - g2;
            double tS = Special.trigamma(a + b);
            double j11 = Special.trigamma(a) - tS;
            double j22 = Special.trigamma(b) - tS;
            double j12 = -tS;
            double det = j11 * j22 - j12 * j12;
            double da = (j22 * f1 - j12 * f2) / det;
            double db = (j11 * f2 - j12 * f1) / det;
            double step = 1;
            while (!(a - step * da > 0 && b - step * db > 0) && step > 1e-10) {
                step *= 0.5;
            }
            double na = a - step * da;
            double nb = b - step * db;
            boolean done = Math.abs(na - a) <= 1e-13 * a && Math.abs(nb - b) <= 1e-13 * b;
            a = na;
            b = nb;
            if (done) {
                return new Beta(a, b);
            }
        }
        throw new ArithmeticException("Beta.fit: Newton's method did not converge in " + FIT_MAX_ITERATIONS
                + " steps (last alpha " + a + ", beta " + b + ")");
    }

    /** {@code 1 - x} and its rounding error (TwoSum), for 0 &lt; x &lt; 1. */
    private static double oneMinusLo(double x, double q) {
        double bv = q - 1;
        return (1 - (q - bv)) + (-x - bv);
    }

    @Override
    public double pdf(double x) {
        if (!(x >= 0 && x <= 1)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == 0) {
            return alpha < 1 ? Double.POSITIVE_INFINITY : alpha == 1 ? beta : 0;
        }
        if (x == 1) {
            return beta < 1 ? Double.POSITIVE_INFINITY : beta == 1 ? alpha : 0;
        }
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0 && x < 1)) {
            return Double.isNaN(x) ? x : Math.log(pdf(x));
        }
        double q = 1 - x;
        return BetaMath.logDensity(alpha, beta, x, q) + (beta - 1) * oneMinusLo(x, q) / q;
    }

    /** {@code I_x(alpha, beta)}. */
    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x >= 1) {
            return 1;
        }
        return Special.betainc(alpha, beta, x);
    }

    @Override
    public double logCdf(double x) {
        double c = cdf(x);
        if (c >= 1e-300 || !(x > 0) || x >= 1) {
            return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
        }
        return BetaMath.logRegularizedSeries(alpha, beta, x, 1 - x);
    }

    /** {@code 1 - I_x(alpha, beta) = I_(1-x)(beta, alpha)}, computed directly. */
    @Override
    public double survival(double x) {
        if (!(x < 1)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x <= 0) {
            return 1;
        }
        return Special.betaincc(alpha, beta, x);
    }

    @Override
    public double logSurvival(double x) {
        double s = survival(x);
        if (s >= 1e-300 || !(x > 0) || x >= 1) {
            return s > 0.5 ? Math.log1p(-cdf(x)) : Math.log(s);
        }
        return BetaMath.logRegularizedSeries(beta, alpha, 1 - x, x); // s tiny: x > 1/2, 1 - x exact
    }

    /** The x with {@code I_x(alpha, beta) = p}. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return QuantilePolish.quantile(this, p, Special.betaincinv(alpha, beta, p));
    }

    /** The x with {@code 1 - I_x(alpha, beta) = q}, without forming 1 - q. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return QuantilePolish.inverseSurvival(this, q, Special.betainccinv(alpha, beta, q));
    }

    @Override
    public double mean() {
        return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        double s = alpha + beta;
        return alpha / s * (beta / s) / (s + 1);
    }

    @Override
    public double skewness() {
        double s = alpha + beta;
        return 2 * (beta - alpha) * Math.sqrt(s + 1) / ((s + 2) * Math.sqrt(alpha * beta));
    }

    @Override
    public double kurtosis() {
        double s = alpha + beta;
        double d = alpha - beta;
        double ab = alpha * beta;
        return 6 * (d * d * (s + 1) - ab * (s + 2)) / (ab * (s + 2) * (s + 3));
    }

    /**
     * {@code log B(a, b) - (a - 1)(psi(a) - psi(a + b)) - (b - 1)(psi(b) - psi(a + b))}, the digamma
     * differences formed without cancellation.
     */
    @Override
    public double entropy() {
        return Special.betaln(alpha, beta)
                + (alpha - 1) * BetaMath.digammaDifference(alpha, beta)
                + (beta - 1) * BetaMath.digammaDifference(beta, alpha);
    }

    @Override
    public Support support() {
        return Support.UNIT;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        if (alpha >= 1 && beta >= 1) {
            double x = GammaSampler.next(rng, alpha);
            double y = GammaSampler.next(rng, beta);
            return x / (x + y);
        }
        double lx = GammaSampler.nextLog(rng, alpha);
        double ly = GammaSampler.nextLog(rng, beta);
        return 1 / (1 + Math.exp(ly - lx));
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * Exact Poisson variates. Means below 10: inversion by sequential search from 0 (the expected
 * number of steps is about {@code mean + 1}). Means of 10 and more: PTRS, the transformed
 * rejection method with squeeze of W. Hormann, "The transformed rejection method for generating
 * Poisson random variables", Insurance: Mathematics and Economics 12 (1993) 39-45. Its final
 * acceptance test compares against the log mass in Loader's saddle-point form
 * ({@link Poisson#logPmf}), which stays accurate for means of 1e8 where
 * {@code k log(mean) - logGamma(k + 1)} would cancel to 1e-7. Means beyond 2^52, where counts
 * stop being exact doubles, draw a rounded normal (see {@link #next}).
 *
 * <p>Set-up is a square root and two divisions (plus an exp for inversion), so that a one-off
 * draw ({@link Poisson#sample(RandomGenerator)} sets up a sampler per call) costs about as much as
 * a draw from a reused sampler; the final test takes one log of the hat ratio and is decided by a
 * cheap Stirling form of the log mass with a rigorous error band (see {@link #accepts}).
 */
final class PoissonSampler {
    private static final double TRANSFORMED_REJECTION_FROM = 10;
    private static final double LARGEST_EXACT_MEAN = 0x1p52;

    private final double mean;
    private final double expMinusMean;
    private final double b;
    private final double a;
    private final double invAlpha;
    private final double vr;

    PoissonSampler(double mean) {
        this.mean = mean;
        this.expMinusMean = mean < TRANSFORMED_REJECTION_FROM ? Math.exp(-mean) : 0;
        double sq = Math.sqrt(mean);
        this.b = 0.931 + 2.53 * sq;
        this.a = -0.059 + 0.02483 * b;
        this.invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        this.vr = 0.9277 - 3.6224 / (b - 2);
    }

    /** One draw with a freshly set-up sampler. */
    static long sample(RandomGenerator rng, double mean) {
        return new PoissonSampler(mean).next(rng);
    }

    long next(RandomGenerator rng) {
        if (mean < TRANSFORMED_REJECTION_FROM) {
            return inversion(rng);
        }
        return mean <= LARGEST_EXACT_MEAN ? ptrs(rng) : beyondExactCounts(rng);
    }

    /**
     * Means above 2^52 (reached by a negative binomial's gamma mixing draw): counts are no longer
     * exact doubles, and the Poisson law at that resolution is the normal one (skewness below 2e-8):
     * the rounded normal draw, clamped to the long range.
     */
    private long beyondExactCounts(RandomGenerator rng) {
        double x = Math.rint(mean + Math.sqrt(mean) * ZigguratNormal.next(rng));
        return x >= 0x1p63 ? Long.MAX_VALUE : (long) x;
    }

    private long inversion(RandomGenerator rng) {
        while (true) {
            double u = rng.nextDouble();
            double p = expMinusMean;
            long k = 0;
            // the cumulative sum may round to just below u < 1: then p underflows and we redraw
            while (u > p && p > 0) {
                u -= p;
                k++;
                p *= mean / k;
            }
            if (p > 0) {
                return k;
            }
        }
    }

    private long ptrs(RandomGenerator rng) {
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double kd = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (long) kd;
            }
            if (!(kd >= 0) || (us < 0.013 && v > us)) {
                continue;
            }
            long k = (long) kd;
            if (accepts(Math.log(v * invAlpha / (a / (us * us) + b)), k)) {
                return k;
            }
        }
    }

    /**
     * Whether {@code logV <= log P(k)}. First against the direct Stirling form {@code -se(k) -
     * (k log(k/mean) + mean - k) - log(2 pi k)/2}, which costs two logs and whose rounding error is
     * below {@code 4 eps (k (1 + |log(k/mean)|) + mean + 1)} (at most 0.45 eps times that scale
     * measured for means 10 to 1e12, k within 12 standard deviations): outside a band of {@code
     * 2^-40 = 4096 eps} times that scale the answer is certain; inside it (a chance of order 1e-10 per
     * draw at mean 30) the saddle-point form decides, so the draws stay exact.
     */
    boolean accepts(double logV, long k) {
        if (k > 0) {
            double logRatio = Math.log(k / mean);
            double approx =
                    -Special.stirlingError(k) - (k * logRatio + mean - k) - 0.5 * (Constants.LN_2PI + Math.log(k));
            double slack = 0x1p-40 * (k * (1 + Math.abs(logRatio)) + mean + 1);
            if (logV < approx - slack) {
                return true;
            }
            if (logV > approx + slack) {
                return false;
            }
        }
        return logV <= GammaMath.logPoissonRaw(k, mean);
    }
}

package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;

/**
 * Zipf variates by rejection-inversion (W. Hormann and G. Derflinger, "Rejection-inversion to
 * generate variates from monotone discrete distributions", ACM TOMACS 6 (1996) 169-184).
 *
 * <p>The hat is the continuous density {@code h(x) = x^-s} with integral
 * {@code H(x) = (x^(1-s) - 1)/(1-s)} (log x at s = 1). A uniform u on
 * {@code [H(3/2) - 1, H(n + 1/2)]} is inverted through H and rounded to k; it is accepted when it
 * falls in the top part {@code [H(k + 1/2) - h(k), H(k + 1/2)]} of k's interval, whose length is
 * exactly {@code h(k) = k^-s}, so accepted values have the Zipf law. Since h is convex, each top
 * part lies inside k's interval; a squeeze accepts most draws without evaluating H. The expected
 * number of trials is below 1.5 for every s and n; each trial costs a few exp/log.
 */
final class ZipfSampler {
    private final long n;
    private final double s;
    private final double uLow;
    private final double uHigh;
    private final double squeeze;

    ZipfSampler(long n, double s) {
        this.n = n;
        this.s = s;
        this.uLow = bigH(1.5, s) - 1;
        this.uHigh = bigH(n + 0.5, s);
        this.squeeze = 2 - bigHInverse(bigH(2.5, s) - Math.exp(-s * Constants.LN_2), s);
    }

    /** {@code H(x) = (x^(1-s) - 1)/(1-s)}, written as {@code log(x) phi1((1-s) log x)}. */
    static double bigH(double x, double s) {
        double lx = Math.log(x);
        return lx * PowerSums.phi1((1 - s) * lx);
    }

    /** The inverse of H: {@code (1 + (1-s) y)^(1/(1-s))} = {@code exp(y log1p(z)/z)}, z = (1-s) y. */
    static double bigHInverse(double y, double s) {
        double z = (1 - s) * y;
        double f = z == 0 ? 1 : Math.log1p(z) / z;
        return Math.exp(y * f);
    }

    long next(RandomGenerator rng) {
        while (true) {
            double u = uHigh + rng.nextDouble() * (uLow - uHigh);
            double x = bigHInverse(u, s);
            double kd = Math.floor(x + 0.5);
            if (kd < 1) {
                kd = 1;
            } else if (kd > n) {
                kd = n;
            }
            if (kd - x <= squeeze || u >= bigH(kd + 0.5, s) - Math.exp(-s * Math.log(kd))) {
                return (long) kd;
            }
        }
    }
}

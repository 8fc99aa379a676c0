package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * Exact binomial variates. With {@code p' = min(p, 1-p)} (the draw mirrored as {@code n - k} when
 * {@code p > 1/2}): inversion by sequential search from 0 when {@code n p' < 10}, else BTRD, the
 * transformed rejection with decomposition of W. Hormann, "The generation of binomial random
 * variates", J. Statist. Comput. Simul. 46 (1993) 101-110. The final acceptance test of BTRD
 * compares {@code log v} with {@code log f(k) - log f(m)} evaluated in Loader's saddle-point form
 * ({@link BinomialTerm}), exact to a few ulps for n = 1e9, instead of the paper's Stirling-series
 * expression whose products {@code (k + 1/2) log(...)} lose {@code n u} there.
 *
 * <p>Set-up is a square root and a few divisions, so that a one-off draw ({@link
 * Binomial#sample(RandomGenerator)} builds a sampler per call) costs about as much as a draw from a
 * reused sampler: the mass at 0 (an exp and a log1p) is computed only for inversion, and
 * {@code log f(m)} (a saddle-point evaluation) only when a draw first reaches BTRD's final
 * acceptance test, which fewer than 2% of draws do.
 */
final class BinomialSampler {
    private static final double BTRD_FROM = 10;

    private final long n;
    private final double p;
    private final boolean mirrored;
    private final boolean inversion;
    // f(i)/f(i-1) = nr / i - r with r = p/q and nr = (n + 1) r (both methods)
    private final double r;
    private final double nr;
    // inversion: f(0) = q^n
    private final double f0;
    // BTRD
    private final double m;
    private final double npq;
    private final double b;
    private final double a;
    private final double c;
    private final double alpha;
    private final double vr;
    private final double urvr;
    // log f(m), computed on first use (NaN until then)
    private double logFm = Double.NaN;

    BinomialSampler(long n, double prob) {
        this.n = n;
        this.mirrored = prob > 0.5;
        this.p = mirrored ? 1 - prob : prob; // exact for prob > 1/2
        double q = 1 - p;
        this.inversion = n * p < BTRD_FROM;
        this.r = p / q;
        this.nr = (n + 1.0) * r;
        this.m = Math.floor((n + 1.0) * p);
        this.npq = n * p * q;
        if (inversion) {
            this.f0 = Math.exp(n * Math.log1p(-p));
            this.b = this.a = this.c = this.alpha = this.vr = this.urvr = 0;
        } else {
            this.f0 = 0;
            double sq = Math.sqrt(npq);
            this.b = 1.15 + 2.53 * sq;
            this.a = -0.0873 + 0.0248 * b + 0.01 * p;
            this.c = n * p + 0.5;
            this.alpha = (2.83 + 5.1 / b) * sq;
            this.vr = 0.92 - 4.2 / b;
            this.urvr = 0.86 * vr;
        }
    }

    long next(RandomGenerator rng) {
        if (p == 0 || n == 0) {
            return mirrored ? n : 0;
        }
        long k = inversion ? inversion(rng) : btrd(rng);
        return mirrored ? n - k : k;
    }

    private long inversion(RandomGenerator rng) {
        while (true) {
            double u = rng.nextDouble();
            double f = f0;
            long k = 0;
            while (u > f) {
                if (k == n || f == 0) {
                    break; // the partial sums rounded to just below u: redraw
                }
                u -= f;
                k++;
                f *= nr / k - r;
            }
            if (u <= f) {
                return k;
            }
        }
    }

    private long btrd(RandomGenerator rng) {
        while (true) {
            double v = rng.nextDouble();
            double u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return (long) Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = rng.nextDouble() - 0.5;
            } else {
                u = v / vr - 0.93;
                u = Math.copySign(0.5, u) - u;
                v = rng.nextDouble() * vr;
            }
            double us = 0.5 - Math.abs(u);
            double kd = Math.floor((2 * a / us + b) * u + c);
            if (!(kd >= 0) || kd > n) {
                continue;
            }
            v = v * alpha / (a / (us * us) + b);
            if (accepts(v, kd)) {
                return (long) kd;
            }
        }
    }

    /** Whether {@code v <= f(k)/f(m)}: BTRD's steps 3.2-3.4 for a candidate {@code k = kd}. */
    private boolean accepts(double v, double kd) {
        double km = Math.abs(kd - m);
        if (km <= 15) {
            // f(k)/f(m) by the recurrence f(i)/f(i-1) = (n+1)/i r - r
            double f = 1;
            if (m < kd) {
                for (double i = m + 1; i <= kd; i++) {
                    f *= nr / i - r;
                }
            } else {
                for (double i = kd + 1; i <= m; i++) {
                    v *= nr / i - r;
                }
            }
            return v <= f;
        }
        // squeeze on log f(k)/f(m) around the normal exponent
        double logV = Math.log(v);
        double rho = (km / npq) * (((km / 3 + 0.625) * km + 1.0 / 6) / npq + 0.5);
        double t = -km * km / (2 * npq);
        if (logV < t - rho) {
            return true;
        }
        if (logV > t + rho) {
            return false;
        }
        if (Double.isNaN(logFm)) {
            logFm = BinomialTerm.log(m, n, p);
        }
        return logV <= BinomialTerm.log(kd, n, p) - logFm;
    }
}

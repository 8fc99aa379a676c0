package jnum.stat.special;

/**
 * Inverses of the regularized incomplete gamma functions: an initial guess (Wilson-Hilferty in the
 * body, the leading terms of the small-x and large-x expansions in the tails, as in DiDonato and
 * Morris, ACM TOMS 12, 1986) refined by Halley steps on whichever of P and Q is below 1/2, kept
 * inside a bracket that is bisected whenever a step leaves it, so every call ends within 200 steps.
 */
final class IncompleteGammaInverse {
    private IncompleteGammaInverse() {}

    static double inverse(double a, double t, boolean upper) {
        if (!(a > 0) || !(t >= 0 && t <= 1) || a == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        if (t == 0) {
            return upper ? Double.POSITIVE_INFINITY : 0;
        }
        if (t == 1) {
            return upper ? 0 : Double.POSITIVE_INFINITY;
        }
        if (t > 0.5) {
            // solve for the smaller tail; 1 - t is exact for t in [1/2, 1]
            t = 1 - t;
            upper = !upper;
        }
        double logLead = leadingRoot(a, upper ? Math.log1p(-t) : Math.log(t));
        if (logLead < LOG_MIN_NORMAL) {
            return Math.exp(logLead); // subnormal or 0
        }
        double x = upper ? guessUpper(a, t) : guessLower(a, t);
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double logT = Math.log(t);
        for (int i = 0; i < 200; i++) {
            double f = upper ? GammaFunctions.regularizedQ(a, x) : GammaFunctions.regularizedP(a, x);
            if (f == t) {
                return x;
            }
            // P is increasing in x, Q decreasing: keep the root between lo and hi
            if ((f < t) != upper) {
                lo = x;
            } else {
                hi = x;
            }
            // Halley on g(x) = log(F(x) / t), nearly linear in the tails where F is exponential
            double dens = GammaFunctions.powExpOverGamma(a, x) * a / x; // x^(a-1) e^-x / Gamma(a)
            double next = Double.NaN;
            if (f > 0 && dens > 0 && dens < Double.POSITIVE_INFINITY) {
                double g = Math.log(f) - logT;
                double gp = (upper ? -dens : dens) / f; // g' = F'/F
                double d = g / gp;
                double curv = (a - 1) / x - 1 - gp; // g''/g' = F''/F' - F'/F
                double denom = 1 - 0.5 * d * curv;
                double step = (denom > 0.5 && denom < 2) ? d / denom : d;
                next = x - step;
                if (Math.abs(step) <= 1e-13 * x && next > lo && next < hi) {
                    return next;
                }
            }
            if (!(next > lo && next < hi)) {
                if (hi - lo <= 4 * Math.ulp(x)) {
                    return x;
                }
                next = hi == Double.POSITIVE_INFINITY
                        ? 4 * x
                        : lo == 0 ? hi * 1e-3 : hi > 4 * lo ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
            }
            x = next;
        }
        return x;
    }

    /**
     * {@code log x} for the x with {@code x^a / Gamma(a + 1) = P}, given {@code logP}: the root of
     * {@code P(a, x) = P} to a relative O(x), since {@code P(a, x) = x^a / Gamma(a + 1) (1 - a x /
     * (a + 1) + ...)}. Below the normal doubles that is the answer (a tiny shape puts it hundreds of
     * decades below them at p = 1e-300, or at p = 0.01 and a = 0.006, which a search from a normal
     * number would approach by a hundred bisections). The logarithm of P is taken so that
     * {@code P = 1 - q} is not rounded.
     */
    private static double leadingRoot(double a, double logP) {
        return (logP + GammaFunctions.logGamma1p(a)) / a;
    }

    private static final double LOG_MIN_NORMAL = Math.log(Double.MIN_NORMAL);

    /** P(a, x) = p <= 1/2. */
    private static double guessLower(double a, double p) {
        // P(a, x) <= x^a / Gamma(a + 1), so this is a lower bound for the root, sharp for small x
        double small = Math.exp((Math.log(p) + GammaFunctions.logGamma1p(a)) / a);
        double wh = wilsonHilferty(a, -normalUpperQuantile(p));
        double x = Math.max(small, wh);
        return x > 0 && x < Double.POSITIVE_INFINITY ? x : Math.max(Double.MIN_NORMAL, small);
    }

    /** Q(a, x) = q <= 1/2. */
    private static double guessUpper(double a, double q) {
        double wh = wilsonHilferty(a, normalUpperQuantile(q));
        if (a >= 1 && wh > 0) {
            return wh;
        }
        if (a < 1) {
            // P = 1 - q >= 1/2 may still be reached at tiny x when a is small: P ~ x^a / Gamma(a + 1)
            double small = Math.exp((Math.log1p(-q) + GammaFunctions.logGamma1p(a)) / a);
            if (small < 0.5) {
                return small;
            }
        }
        // Q(a, x) ~ x^(a-1) e^-x / Gamma(a): x = -log(q Gamma(a)) + (a - 1) log x
        double l = -Math.log(q) - GammaFunctions.logGamma(a);
        double x = Math.max(l, 1);
        for (int i = 0; i < 4; i++) {
            x = Math.max(l + (a - 1) * Math.log(x), 1e-3);
        }
        return wh > 0 ? Math.max(wh, Math.min(x, 1e300)) : Math.min(x, 1e300);
    }

    /** z with standard normal upper tail q. */
    private static double normalUpperQuantile(double q) {
        return Constants.SQRT_2 * Erf.inverseErfc(2 * q);
    }

    /** Wilson and Hilferty (1931): a (1 - 1/(9a) + z / (3 sqrt a))^3. */
    private static double wilsonHilferty(double a, double z) {
        double s = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
        return a * s * s * s;
    }
}

package jnum.stat.distribution;

import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * Beta-function helpers shared by {@link jnum.stat.distribution.Beta}, {@link StudentT} and {@link F}
 * (reusable in this package).
 *
 * <ul>
 *   <li>{@link #logDensity}: the Beta(a, b) log-density at a point given as the pair
 *       {@code (y, 1 - y)}, each argument supplied separately so that callers can form the smaller
 *       one without cancellation; for a, b > 2 Loader's (2000) saddle-point binomial form
 *       (no cancellation of large logarithms), otherwise the direct form.
 *   <li>{@link #logRegularizedSeries}: {@code log I_y(a, b)} by the hypergeometric series, for the
 *       region where {@code I} underflows.
 *   <li>{@link #digammaDifference}: {@code psi(x + d) - psi(x)} without the cancellation of two
 *       large digammas, for entropies.
 * </ul>
 */
final class BetaMath {
    private static final int MAX_TERMS = 100_000;

    private BetaMath() {}

    /**
     * {@code log} of the binomial probability {@code C(n, k) p^k q^(n-k)} for real {@code k, n - k >= 0}
     * given as k and {@code nk = n - k}, and {@code p + q = 1} given separately (Loader 2000, "Fast
     * and accurate computation of binomial probabilities"). n is carried as k + nk with its rounding
     * error, and n p, n q with theirs: for k = 2e6 and n - k = 14 each rounding moves the deviance
     * terms by about 1e-10, and {@code x/n} in the normalising factor would lose 1e-11 where k is
     * near n.
     */
    static double logBinomialRaw(double k, double nk, double p, double q) {
        double n = k + nk;
        double nv = n - k;
        double nLo = (k - (n - nv)) + (nk - nv); // n + nLo = k + nk exactly
        if (k == 0) {
            return nk == 0 ? 0 : (p < 0.1 ? -Special.bd0(nk, nk * q) - nk * p : nk * Math.log(q));
        }
        if (nk == 0) {
            return q < 0.1 ? -Special.bd0(k, k * p) - k * q : k * Math.log(p);
        }
        double np = n * p;
        double npLo = Math.fma(n, p, -np) + nLo * p;
        double nq = n * q;
        double nqLo = Math.fma(n, q, -nq) + nLo * q;
        double lc = Special.stirlingError(n)
                - Special.stirlingError(k)
                - Special.stirlingError(nk)
                - BinomialTerm.bd0(k, np, npLo)
                - BinomialTerm.bd0(nk, nq, nqLo);
        double saddle = lc - 0.5 * (Constants.LN_2PI + Math.log(k) + Math.log(nk) - Math.log(n));
        // The bd0 terms contain n (1 - p - q), which is not 0 when p and q are rounded separately;
        // remove it (exactly: TwoSum of p + q, whose sum is near 1) so that the result is the pure
        // power form at the given p, q, to which callers apply their own first-order corrections.
        double s = p + q;
        double bv = s - p;
        double err = (p - (s - bv)) + (q - bv);
        double oneMinusPq = -((s - 1) + err);
        return saddle - (n + nLo) * oneMinusPq;
    }

    /**
     * {@code log} of the Beta(a, b) density at y, with {@code q = 1 - y} supplied by the caller
     * (0 < y < 1, q > 0).
     */
    static double logDensity(double a, double b, double y, double q) {
        if (a <= 2 || b <= 2) {
            return (a - 1) * Math.log(y) + (b - 1) * Math.log(q) - Special.betaln(a, b);
        }
        // B(a,b)^-1 y^(a-1) q^(b-1) = (a + b - 1) C(a+b-2, a-1) y^(a-1) q^(b-1)
        return Math.log(a + b - 1) + logBinomialRaw(a - 1, b - 1, y, q);
    }

    /**
     * {@code log I_y(a, b)} by {@code I_y(a,b) = y^a q^b / (a B(a,b)) 2F1(a+b, 1; a+1; y)} (DLMF
     * 8.17.8), whose terms {@code (a+b)_n / (a+1)_n y^n} are positive and shrink geometrically for
     * {@code y < (a+1)/(a+b)}: use it only below the mode, where I underflows. q = 1 - y.
     */
    static double logRegularizedSeries(double a, double b, double y, double q) {
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + b + n) / (a + 1 + n) * y;
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return a * Math.log(y) + b * Math.log(q) - Math.log(a) - Special.betaln(a, b) + Math.log(sum);
    }

    /**
     * {@code psi(x + d) - psi(x)} for x > 0, d >= 0; for x >= 1000 by the difference of the
     * asymptotic series {@code psi(x) ~ log x - 1/(2x) - 1/(12x^2) + 1/(120x^4) - 1/(252x^6)} taken
     * term by term (each difference formed without cancellation), elsewhere directly.
     */
    static double digammaDifference(double x, double d) {
        if (x < 1000) {
            return Special.digamma(x + d) - Special.digamma(x);
        }
        double y = x + d;
        double x2 = x * x;
        double y2 = y * y;
        double r = d / (x * y); // 1/x - 1/y
        double r2 = d * (x + y) / (x2 * y2); // 1/x^2 - 1/y^2
        double r4 = r2 * (1 / x2 + 1 / y2); // 1/x^4 - 1/y^4
        double r6 = r2 * (1 / (x2 * x2) + 1 / (x2 * y2) + 1 / (y2 * y2)); // 1/x^6 - 1/y^6
        return Math.log1p(d / x) + 0.5 * r + r2 / 12 - r4 / 120 + r6 / 252;
    }
}

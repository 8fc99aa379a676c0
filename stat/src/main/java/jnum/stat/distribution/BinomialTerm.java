package jnum.stat.distribution;

import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * Loader's saddle-point form of the binomial term {@code C(n, x) p^x (1-p)^(n-x)} for real
 * {@code 0 <= x <= n}, the building block of the Binomial, NegativeBinomial and Hypergeometric
 * masses. C. Loader, "Fast and accurate computation of binomial probabilities" (2000):
 * {@code log term = stirlerr(n) - stirlerr(x) - stirlerr(n-x) - bd0(x, np) - bd0(n-x, nq)
 * - log(2 pi x (n-x)/n) / 2}, where every piece keeps its relative accuracy, so the term is
 * accurate for n = 1e9 where {@code logGamma} differences would lose eight digits.
 *
 * <p>{@code q = 1 - p} is exact (in real arithmetic) for the given double p, and {@code n p},
 * {@code n q} are carried with their rounding errors: rounding {@code 1 - p} alone would cost
 * {@code n u} relative accuracy, and rounding {@code n p} about {@code u |x - np|}.
 */
final class BinomialTerm {

    private BinomialTerm() {}

    /**
     * {@code bd0(x, m + mLo)} to first order in the small {@code mLo}; without the correction where m
     * is subnormal (there bd0 is about x log(x/m), far above any first-order term, and x/m may overflow).
     */
    static double bd0(double x, double m, double mLo) {
        double d = Special.bd0(x, m);
        return mLo == 0 || !(m >= Double.MIN_NORMAL) ? d : d + mLo * (1 - x / m);
    }

    /** {@code log(C(n, x) p^x (1-p)^(n-x))}; {@code -infinity} outside {@code [0, n]}. */
    static double log(double x, double n, double p) {
        if (x < 0 || x > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0) {
            return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return x == n ? 0 : Double.NEGATIVE_INFINITY;
        }
        // n p = np + npLo and n (1 - p) = nq + nqLo exactly (error-free products and sums): bd0(x, M)
        // moves by (1 - x/M) dM, so the roundings of n p and n q, about u (x - np) each, would cost
        // 1e-11 relative at n = 1e9 in the far tails; first-order corrections remove them.
        double np = n * p;
        double npLo = Math.fma(n, p, -np);
        double nq = n - np;
        double bv = nq - n;
        double nqLo = ((n - (nq - bv)) + (-np - bv)) - npLo;
        if (x == 0) {
            if (n == 0) {
                return 0;
            }
            return p < 0.1 ? -bd0(n, nq, nqLo) - (np + npLo) : n * Math.log1p(-p);
        }
        if (x == n) {
            return p > 0.9 ? -bd0(n, np, npLo) - (nq + nqLo) : n * Math.log(p);
        }
        return logSaddle(x, n, bd0(x, np, npLo), bd0(n - x, nq, nqLo));
    }

    /**
     * {@code log(C(n, x) p^x (1-p)^y)} for real {@code x, y > 0} and {@code n = x + y} given as its
     * rounded sum n with the error {@code nErr} ({@code x + y = n + nErr} exactly) and y exact: the
     * negative binomial's {@code k + r}, which rounds when r is not an integer. The deviances are
     * formed at the exact {@code n p}, {@code n q} and the exact count y, so the rounding of n does
     * not enter (through {@code bd0(y, n q)} it would move the term by {@code nErr log(n q / y)}:
     * 1e-10 relative at r = 1e11 a few standard deviations out).
     */
    static double log(double x, double y, double n, double nErr, double p) {
        double np = n * p;
        double npErr = Math.fma(n, p, -np);
        double nq = n - np;
        double bv = nq - n;
        double nqLo = ((n - (nq - bv)) + (-np - bv)) - npErr + nErr * (1 - p);
        return logSaddle(x, n, bd0(x, np, npErr + nErr * p), bd0(y, nq, nqLo));
    }

    /**
     * Loader's saddle-point form for {@code 0 < x < n} given its two deviance terms
     * {@code dx = bd0(x, n p)} and {@code dnx = bd0(n - x, n q)}:
     * {@code stirlerr(n) - stirlerr(x) - stirlerr(n-x) - dx - dnx - log(2 pi x (n-x)/n) / 2}. The
     * callers differ only in how they form n p and n q (here with their rounding errors;
     * {@link BetaMath} from a separately given pair p, q).
     */
    static double logSaddle(double x, double n, double dx, double dnx) {
        double lc = Special.stirlingError(n) - Special.stirlingError(x) - Special.stirlingError(n - x) - dx - dnx;
        double lf = Constants.LN_2PI + Math.log(x) + Math.log1p(-x / n);
        return lc - 0.5 * lf;
    }
}

package jnum.stat.special;

/**
 * The beta function family: {@code B(a, b)}, {@code log B(a, b)}, the regularized incomplete beta
 * function {@code I_x(a, b)}, its complement {@code 1 - I_x(a, b)} computed directly, and the
 * inverses of both.
 *
 * <p>Methods. {@code log B} uses Stirling's series with its correction terms once a parameter
 * reaches 10, grouped as {@code (a - 1/2) log(a/(a+b)) + (b - 1/2) log1p(-a/(a+b)) - ...}, so that
 * nothing of size {@code a log a} cancels for large a and b. {@code I_x(a, b)} is the continued
 * fraction of DiDonato and Morris (ACM TOMS 18, 1992, the BRATIO paper; the same fraction as
 * Abramowitz and Stegun 26.5.8), applied to {@code I_x(a, b)} when {@code x < (a+1)/(a+b+2)} and to
 * {@code I_{1-x}(b, a)} otherwise, so that the fraction converges fast and whichever tail is small
 * is computed directly. Its factor {@code x^a (1-x)^b / B(a, b)} is formed with Loader's saddle-point
 * terms ({@link Saddle}) as {@code exp(se(a+b) - se(a) - se(b) - bd0(a, (a+b)x) - bd0(b, (a+b)(1-x)))
 * sqrt(ab / (2 pi (a+b)))}, which stays accurate for a and b up to 1e6 and beyond, where the
 * direct {@code exp(a log x + b log(1-x) - log B)} loses {@code a log x eps}.
 *
 * <p>NaN in gives NaN out; parameters {@code a, b <= 0} and x outside [0, 1] give NaN.
 */
final class BetaFunctions {

    private BetaFunctions() {}

    /**
     * {@code log B(a, b) = log Gamma(a) + log Gamma(b) - log Gamma(a + b)} for {@code a, b > 0}
     * (otherwise NaN); {@code -Infinity} when a parameter is infinite.
     */
    static double logBeta(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        if (a > b) {
            double t = a;
            a = b;
            b = t;
        }
        if (b == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (b < 10) {
            return GammaFunctions.logGamma(a) + GammaFunctions.logGamma(b) - GammaFunctions.logGamma(a + b);
        }
        double s = a + b;
        double corr = Saddle.stirlingSeries(b) - Saddle.stirlingSeries(s);
        double ratio = a / s;
        if (a < 10) {
            // log Gamma(b) - log Gamma(s) = (b - 1/2) log1p(-a/s) - a log s + a + corr
            return GammaFunctions.logGamma(a) + ((b - 0.5) * Math.log1p(-ratio) + a) - a * Math.log(s) + corr;
        }
        return (a - 0.5) * Math.log(ratio)
                + (b - 0.5) * Math.log1p(-ratio)
                - 0.5 * Math.log(s)
                + Constants.LN_SQRT_2PI
                + Saddle.stirlingSeries(a)
                + corr;
    }

    /**
     * {@code B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)} for {@code a, b > 0} (otherwise NaN), from the
     * gamma functions while {@code a + b < 10} and as {@code exp(logBeta)} beyond (where its relative
     * error grows like {@code |log B| eps}, as the conditioning of B itself does).
     */
    static double beta(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return Double.NaN;
        }
        if (a + b < 10) {
            return GammaFunctions.gamma(a) / GammaFunctions.gamma(a + b) * GammaFunctions.gamma(b);
        }
        // beyond, Gamma(a + b) would amplify the rounding of a + b by (a + b) psi(a + b), which the
        // grouping inside logBeta avoids
        return Math.exp(logBeta(a, b));
    }

    /**
     * The regularized incomplete beta function {@code I_x(a, b) = (1/B(a,b)) int_0^x t^(a-1)
     * (1-t)^(b-1) dt}, for x in [0, 1] and {@code a, b > 0}.
     */
    static double regularized(double x, double a, double b) {
        return IncompleteBeta.value(x, a, b, false);
    }

    /**
     * {@code 1 - I_x(a, b) = I_{1-x}(b, a)}, computed directly (never as {@code 1 - I}) so that it keeps
     * full relative accuracy in the upper tail.
     */
    static double regularizedComplement(double x, double a, double b) {
        return IncompleteBeta.value(x, a, b, true);
    }

    /**
     * The x in [0, 1] with {@code I_x(a, b) = p}, for p in [0, 1] and {@code a, b > 0} (otherwise NaN);
     * accurate for p down to the smallest subnormal.
     */
    static double inverseRegularized(double p, double a, double b) {
        return IncompleteBeta.inverse(p, a, b, false);
    }

    /**
     * The x in [0, 1] with {@code 1 - I_x(a, b) = q}, for q in [0, 1] and {@code a, b > 0} (otherwise
     * NaN); accurate for q down to the smallest subnormal.
     */
    static double inverseRegularizedComplement(double q, double a, double b) {
        return IncompleteBeta.inverse(q, a, b, true);
    }
}

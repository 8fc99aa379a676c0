package jnum.stat.special;

/**
 * The special functions, as static methods with the names users know from {@code scipy.special}.
 *
 * <p>One argument order everywhere: the parameters first, the variable last ({@code gammainc(a,
 * x)}, {@code betainc(a, b, x)}, {@code gammaincinv(a, p)}, {@code betaincinv(a, b, p)}). The
 * contract of the package holds for every method: NaN in gives NaN out, an argument outside the
 * domain gives NaN (no exception), complements are computed directly (never as {@code 1 - f}), and
 * the accuracy against mpmath is tabulated in {@code docs/accuracy/special.md}.
 */
public final class Special {
    private Special() {}

    // ---------------------------------------------------------------- gamma family

    /**
     * {@code log |Gamma(x)|}. The poles (0, -1, -2, ...) and {@code +-Infinity} give {@code
     * +Infinity}. Relative accuracy is kept near the zeros at 1 and 2; near the zeros of {@code
     * log|Gamma|} on the negative axis (x = -2.457, -2.747, ...) only absolute accuracy can be had.
     *
     * @param x any double
     * @return {@code log |Gamma(x)|}
     */
    public static double gammaln(double x) {
        return GammaFunctions.logGamma(x);
    }

    /**
     * {@code log Gamma(1 + x)} for {@code x > -1} (NaN below), accurate also for tiny x, where
     * {@code gammaln(1 + x)} would lose the low bits of x in the sum.
     *
     * @param x a double above -1
     * @return {@code log Gamma(1 + x)}
     */
    public static double gammaln1p(double x) {
        return GammaFunctions.logGamma1p(x);
    }

    /**
     * {@code Gamma(x)}. Overflows to {@code +Infinity} above 171.62; {@code gamma(+-0) =
     * +-Infinity}; negative integers and {@code -Infinity} give NaN (poles where the sign is
     * undefined).
     *
     * @param x any double
     * @return {@code Gamma(x)}
     */
    public static double gamma(double x) {
        return GammaFunctions.gamma(x);
    }

    /**
     * The digamma function {@code psi(x) = d/dx log Gamma(x)}. Non-positive integers (poles) and
     * {@code -Infinity} give NaN; {@code +Infinity} gives {@code +Infinity}. Relative accuracy is
     * kept at the positive root 1.4616...; near the negative roots only absolute accuracy.
     *
     * @param x any double
     * @return {@code psi(x)}
     */
    public static double digamma(double x) {
        return GammaFunctions.digamma(x);
    }

    /**
     * The trigamma function {@code psi'(x)}, positive everywhere; its poles (the non-positive
     * integers) give {@code +Infinity}, {@code +Infinity} gives 0 and {@code -Infinity} NaN.
     *
     * @param x any double
     * @return {@code psi'(x)}
     */
    public static double trigamma(double x) {
        return GammaFunctions.trigamma(x);
    }

    /**
     * The regularized lower incomplete gamma function {@code P(a, x) = (1/Gamma(a)) int_0^x t^(a-1)
     * e^-t dt}, for {@code a > 0} and {@code x >= 0} (otherwise NaN); {@code P(a, 0) = 0}, {@code P(a,
     * +Infinity) = 1}.
     *
     * @param a the shape, positive
     * @param x the variable, non-negative
     * @return {@code P(a, x)}
     */
    public static double gammainc(double a, double x) {
        return GammaFunctions.regularizedP(a, x);
    }

    /**
     * The regularized upper incomplete gamma function {@code Q(a, x) = 1 - P(a, x)}, computed directly
     * so that it is accurate deep into the upper tail. Domain as {@link #gammainc}.
     *
     * @param a the shape, positive
     * @param x the variable, non-negative
     * @return {@code Q(a, x)}
     */
    public static double gammaincc(double a, double x) {
        return GammaFunctions.regularizedQ(a, x);
    }

    /**
     * {@code log P(a, x)}, finite and accurate where {@link #gammainc} underflows (far below the mode
     * x = a) and, through {@code log1p(-Q)}, where P is near 1. Domain as {@link #gammainc}; {@code
     * x = 0} gives {@code -Infinity}.
     *
     * @param a the shape, positive
     * @param x the variable, non-negative
     * @return {@code log P(a, x)}
     */
    public static double loggammainc(double a, double x) {
        return GammaFunctions.logRegularized(a, x, false);
    }

    /**
     * {@code log Q(a, x)}, finite and accurate where {@link #gammaincc} underflows (far above the
     * mode) and, through {@code log1p(-P)}, where Q is near 1. Domain as {@link #gammainc}; {@code x =
     * +Infinity} gives {@code -Infinity}.
     *
     * @param a the shape, positive
     * @param x the variable, non-negative
     * @return {@code log Q(a, x)}
     */
    public static double loggammaincc(double a, double x) {
        return GammaFunctions.logRegularized(a, x, true);
    }

    /**
     * The x with {@code P(a, x) = p}, for {@code a > 0} and p in [0, 1] (otherwise NaN); {@code p =
     * 0} gives 0 and {@code p = 1} gives {@code +Infinity}. Accurate for p down to the smallest
     * subnormal.
     *
     * @param a the shape, positive
     * @param p the probability
     * @return the inverse of {@link #gammainc} in x
     */
    public static double gammaincinv(double a, double p) {
        return GammaFunctions.inverseRegularizedP(a, p);
    }

    /**
     * The x with {@code Q(a, x) = q}, for {@code a > 0} and q in [0, 1] (otherwise NaN); {@code q =
     * 1} gives 0 and {@code q = 0} gives {@code +Infinity}. Accurate for q down to the smallest
     * subnormal.
     *
     * @param a the shape, positive
     * @param q the upper-tail probability
     * @return the inverse of {@link #gammaincc} in x
     */
    public static double gammainccinv(double a, double q) {
        return GammaFunctions.inverseRegularizedQ(a, q);
    }

    // ---------------------------------------------------------------- beta family

    /**
     * {@code log B(a, b) = log Gamma(a) + log Gamma(b) - log Gamma(a + b)} for {@code a, b > 0}
     * (otherwise NaN), without the cancellation of that sum for large a and b; {@code -Infinity}
     * when a parameter is infinite.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @return {@code log B(a, b)}
     */
    public static double betaln(double a, double b) {
        return BetaFunctions.logBeta(a, b);
    }

    /**
     * {@code B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)} for {@code a, b > 0} (otherwise NaN).
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @return {@code B(a, b)}
     */
    public static double beta(double a, double b) {
        return BetaFunctions.beta(a, b);
    }

    /**
     * The regularized incomplete beta function {@code I_x(a, b) = (1/B(a,b)) int_0^x t^(a-1)
     * (1-t)^(b-1) dt}, for {@code a, b > 0} and x in [0, 1] (otherwise NaN).
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param x the variable, in [0, 1]
     * @return {@code I_x(a, b)}
     */
    public static double betainc(double a, double b, double x) {
        return IncompleteBeta.value(x, a, b, false);
    }

    /**
     * {@code 1 - I_x(a, b) = I_{1-x}(b, a)}, computed directly so that it keeps full relative accuracy
     * in the upper tail. Domain as {@link #betainc}.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param x the variable, in [0, 1]
     * @return {@code 1 - I_x(a, b)}
     */
    public static double betaincc(double a, double b, double x) {
        return IncompleteBeta.value(x, a, b, true);
    }

    /**
     * {@code log I_x(a, b)}, finite and accurate where {@link #betainc} underflows (far below the
     * mean {@code a / (a + b)}) and, through {@code log1p}, where it is near 1. Domain as {@link
     * #betainc}; {@code x = 0} gives {@code -Infinity}.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param x the variable, in [0, 1]
     * @return {@code log I_x(a, b)}
     */
    public static double logbetainc(double a, double b, double x) {
        return IncompleteBeta.logValue(x, a, b, false);
    }

    /**
     * {@code log(1 - I_x(a, b))}, finite and accurate where {@link #betaincc} underflows (far above
     * the mean) and, through {@code log1p}, where it is near 1. Domain as {@link #betainc}; {@code x
     * = 1} gives {@code -Infinity}.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param x the variable, in [0, 1]
     * @return {@code log(1 - I_x(a, b))}
     */
    public static double logbetaincc(double a, double b, double x) {
        return IncompleteBeta.logValue(x, a, b, true);
    }

    /**
     * The x in [0, 1] with {@code I_x(a, b) = p}, for {@code a, b > 0} and p in [0, 1] (otherwise
     * NaN); accurate for p down to the smallest subnormal.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param p the probability
     * @return the inverse of {@link #betainc} in x
     */
    public static double betaincinv(double a, double b, double p) {
        return IncompleteBeta.inverse(p, a, b, false);
    }

    /**
     * The x in [0, 1] with {@code 1 - I_x(a, b) = q}, for {@code a, b > 0} and q in [0, 1]
     * (otherwise NaN); accurate for q down to the smallest subnormal.
     *
     * @param a the first parameter, positive
     * @param b the second parameter, positive
     * @param q the upper-tail probability
     * @return the inverse of {@link #betaincc} in x
     */
    public static double betainccinv(double a, double b, double q) {
        return IncompleteBeta.inverse(q, a, b, true);
    }

    // ---------------------------------------------------------------- error functions

    /**
     * {@code erf(x) = 2/sqrt(pi) int_0^x exp(-t^2) dt}; odd; {@code erf(+-Infinity) = +-1}.
     *
     * @param x any double
     * @return {@code erf(x)}
     */
    public static double erf(double x) {
        return Erf.erf(x);
    }

    /**
     * {@code erfc(x) = 1 - erf(x)}, computed directly, so the upper tail keeps full relative accuracy
     * until it underflows past x = 27.2; {@code erfc(-Infinity) = 2}, {@code erfc(+Infinity) = 0}.
     *
     * @param x any double
     * @return {@code erfc(x)}
     */
    public static double erfc(double x) {
        return Erf.erfc(x);
    }

    /**
     * The scaled complementary error function {@code erfcx(x) = exp(x^2) erfc(x)}, about {@code 1 /
     * (x sqrt(pi))} for large x, so it neither underflows nor loses accuracy there; overflows to
     * {@code +Infinity} for x below about -26.6.
     *
     * @param x any double
     * @return {@code exp(x^2) erfc(x)}
     */
    public static double erfcx(double x) {
        return Erf.erfcx(x);
    }

    /**
     * The inverse of erf on [-1, 1]: {@code erf(erfinv(p)) = p}; {@code +-1} give {@code
     * +-Infinity}, {@code |p| > 1} gives NaN.
     *
     * @param p a value in [-1, 1]
     * @return the x with {@code erf(x) = p}
     */
    public static double erfinv(double p) {
        return Erf.inverseErf(p);
    }

    /**
     * The inverse of erfc on [0, 2]: {@code erfc(erfcinv(q)) = q}, accurate for q down to the
     * smallest subnormal; 0 gives {@code +Infinity}, 2 gives {@code -Infinity}, q outside [0, 2]
     * gives NaN.
     *
     * @param q a value in [0, 2]
     * @return the x with {@code erfc(x) = q}
     */
    public static double erfcinv(double q) {
        return Erf.inverseErfc(q);
    }

    // ---------------------------------------------------------------- Bessel and Owen's T

    /**
     * The modified Bessel function of the first kind of order 0, {@code I0(x)}: even, at least 1,
     * finite up to |x| = 713.98 and {@code +Infinity} beyond.
     *
     * @param x any double
     * @return {@code I0(x)}
     */
    public static double i0(double x) {
        return Bessel.i0(x);
    }

    /**
     * The modified Bessel function of the first kind of order 1, {@code I1(x)}: odd, finite up to
     * |x| = 713.98 and {@code +-Infinity} beyond.
     *
     * @param x any double
     * @return {@code I1(x)}
     */
    public static double i1(double x) {
        return Bessel.i1(x);
    }

    /**
     * The exponentially scaled {@code exp(-|x|) I0(x)}, which tends to {@code 1/sqrt(2 pi |x|)} for
     * large |x| and never overflows.
     *
     * @param x any double
     * @return {@code exp(-|x|) I0(x)}
     */
    public static double i0e(double x) {
        return Bessel.i0e(x);
    }

    /**
     * The exponentially scaled {@code exp(-|x|) I1(x)}, odd, never overflowing.
     *
     * @param x any double
     * @return {@code exp(-|x|) I1(x)}
     */
    public static double i1e(double x) {
        return Bessel.i1e(x);
    }

    /**
     * Owen's T function {@code T(h, a) = (1/2pi) int_0^a exp(-h^2 (1 + t^2) / 2) / (1 + t^2) dt},
     * even in h and odd in a; {@code T(h, +-Infinity) = +-Q(|h|)/2} with Q the standard normal upper
     * tail.
     *
     * @param h any double
     * @param a any double
     * @return {@code T(h, a)}
     */
    public static double owensT(double h, double a) {
        return OwensT.t(h, a);
    }

    // ---------------------------------------------------------------- log-space helpers

    /**
     * {@code log(sum_i exp(x_i))} without overflow or underflow. An empty array gives {@code
     * -Infinity} (the log of an empty sum); any NaN gives NaN; a {@code +Infinity} entry gives {@code
     * +Infinity}.
     *
     * @param x the exponents
     * @return {@code log(sum_i exp(x_i))}
     * @throws NullPointerException if {@code x} is null
     */
    public static double logsumexp(double[] x) {
        return LogMath.logSumExp(x);
    }

    /**
     * {@code log(1 + exp(x))} (softplus) to full relative accuracy for all x.
     *
     * @param x any double
     * @return {@code log(1 + exp(x))}
     */
    public static double log1pexp(double x) {
        return LogMath.log1pExp(x);
    }

    /**
     * {@code log(1 - exp(x))} for {@code x <= 0}, to full relative accuracy at both ends; {@code x =
     * 0} gives {@code -Infinity}, {@code x > 0} gives NaN (the log of a negative number).
     *
     * @param x a non-positive double
     * @return {@code log(1 - exp(x))}
     */
    public static double log1mexp(double x) {
        return LogMath.log1mExp(x);
    }

    /**
     * {@code log(1 + x) - x} for {@code x >= -1}, to a few ulps also near 0 where it behaves like
     * {@code -x^2/2}; {@code x = -1} gives {@code -Infinity}, {@code x < -1} NaN.
     *
     * @param x a double of at least -1
     * @return {@code log(1 + x) - x}
     */
    public static double log1pmx(double x) {
        return LogMath.log1pmx(x);
    }

    /**
     * {@code x log(y)}, defined as 0 when {@code x == 0} and y is not NaN (also for y = 0).
     *
     * @param x the factor
     * @param y the argument of the logarithm
     * @return {@code x log(y)}
     */
    public static double xlogy(double x, double y) {
        return LogMath.xLogY(x, y);
    }

    /**
     * {@code x log(1 + y)}, defined as 0 when {@code x == 0} and y is not NaN (also for y = -1).
     *
     * @param x the factor
     * @param y the argument of {@code log1p}
     * @return {@code x log1p(y)}
     */
    public static double xlog1py(double x, double y) {
        return LogMath.xLog1pY(x, y);
    }

    // ---------------------------------------------------------------- Loader's saddle-point terms

    /**
     * The Stirling error {@code log Gamma(n + 1) - ((n + 1/2) log n - n + log sqrt(2 pi))} for real
     * {@code n >= 0}, the correction term of C. Loader's saddle-point form of binomial and Poisson
     * probabilities; {@code n = 0} gives {@code +Infinity} (the limit), {@code n < 0} NaN.
     *
     * @param n a non-negative double
     * @return the Stirling error of n
     */
    public static double stirlingError(double n) {
        return Saddle.stirlingError(n);
    }

    /**
     * The n-point Gauss-Legendre rule on [-1, 1] (as SciPy's {@code roots_legendre}): {@code
     * {nodes, weights}}, nodes in descending order, {@code sum_i w_i f(x_i)} exact for polynomials
     * of degree below 2n.
     *
     * @param n the number of points, from 1 to 1000
     * @return two new arrays of length n: the nodes and their weights
     * @throws IllegalArgumentException if n is outside [1, 1000]
     */
    public static double[][] rootsLegendre(int n) {
        if (n < 1 || n > 1000) {
            throw new IllegalArgumentException("rootsLegendre: n = " + n + " outside [1, 1000]");
        }
        return GaussLegendre.rule(n);
    }

    /**
     * Loader's deviance term {@code bd0(x, np) = x log(x / np) + np - x >= 0}, for {@code x >= 0} and
     * {@code np > 0}, without cancellation when x is near np; {@code bd0(0, np) = np}. Arguments out
     * of range give NaN; infinite {@code np} with finite x gives {@code +Infinity}.
     *
     * @param x the count, non-negative
     * @param np the expected count, positive
     * @return {@code x log(x / np) + np - x}
     */
    public static double bd0(double x, double np) {
        return Saddle.bd0(x, np);
    }
}

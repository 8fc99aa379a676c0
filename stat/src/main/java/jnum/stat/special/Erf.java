package jnum.stat.special;

/**
 * The error function family: {@code erf}, {@code erfc}, the scaled {@code erfcx} and their
 * inverses, each to a few ulps over its whole range.
 *
 * <p>Method: for {@code |x| < 1/2} the Maclaurin series of erf; for {@code x >= 1/2} the scaled
 * function {@code erfcx(x) = exp(x^2) erfc(x)} from Chebyshev fits on [1/2, 1], [1, 2], ...,
 * [16, 32] (coefficients computed with mpmath, see {@code stat/tools/fit_chebyshev.py}) and its
 * asymptotic series beyond 32; then {@code erfc(x) = exp(-x^2) erfcx(x)} where {@code x^2} is
 * split exactly into two doubles with an FMA, so that {@code exp(-x^2)} does not inherit the
 * rounding of {@code x^2} (which would cost up to {@code x^2 eps}, 700 ulps near x = 26).
 * The inverses are Chebyshev fits as well (of {@code erfinv(p)/p} in {@code p^2} for {@code |p| <=
 * 1/2}, and of the root of {@code erfc(x) = q} in {@code t = sqrt(-log q)} below {@code q = 1/2}),
 * so they need no iteration.
 *
 * <p>NaN in gives NaN out. Errors: relative error of erf, erfc and erfcx is within a few ulps of
 * what the rounding of the argument alone forces, {@code |x f'(x) / f(x)| eps}, which for erfc is
 * about {@code 2 x^2 eps} in the upper tail. See {@code docs/accuracy/special.md}.
 */
final class Erf {

    /** Maclaurin coefficients of erf(x) / x in powers of x^2: (2/sqrt(pi)) (-1)^n / (n! (2n + 1)). */
    private static final double[] ERF_SERIES = new double[14];

    static {
        double f = 1;
        for (int n = 0; n < ERF_SERIES.length; n++) {
            if (n > 0) {
                f *= n;
            }
            ERF_SERIES[n] = (n % 2 == 0 ? 1 : -1) * Constants.TWO_OVER_SQRT_PI / (f * (2 * n + 1));
        }
    }

    private Erf() {}

    /** {@code erf(x) = 2/sqrt(pi) int_0^x exp(-t^2) dt}; odd; {@code erf(+-Infinity) = +-1}. */
    static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5) {
            return x * series(x * x);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        double r = 1 - erfcPositive(ax);
        return x < 0 ? -r : r;
    }

    /**
     * {@code erfc(x) = 1 - erf(x)} computed directly, so the upper tail keeps full relative accuracy
     * until it underflows past x = 27.2; {@code erfc(-Infinity) = 2}, {@code erfc(+Infinity) = 0}.
     */
    static double erfc(double x) {
        if (Math.abs(x) < 0.5) {
            return 1 - x * series(x * x);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        return x > 0 ? erfcPositive(x) : 2 - erfcPositive(-x);
    }

    /**
     * The scaled complementary error function {@code erfcx(x) = exp(x^2) erfc(x)}, which behaves like
     * {@code 1 / (x sqrt(pi))} for large x and so neither underflows nor loses accuracy there.
     * Overflows to {@code +Infinity} for x below about -26.6.
     */
    static double erfcx(double x) {
        if (x >= 0.5) {
            return erfcxPositive(x);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < -26.7) {
            return Double.POSITIVE_INFINITY;
        }
        // exp(x^2) erfc(x) with erfc(x) in [0.48, 2] here: no cancellation
        return expSquare(x) * erfc(x);
    }

    /**
     * The inverse of erf on [-1, 1]: {@code erf(inverseErf(p)) = p}; {@code +-1} give {@code
     * +-Infinity}, {@code |p| > 1} gives NaN. For {@code |p| <= 1/2} a Chebyshev fit of {@code
     * erfinv(p)/p} in {@code p^2}; beyond, {@code +-inverseErfc(1 - |p|)} (exact subtraction).
     */
    static double inverseErf(double p) {
        double ap = Math.abs(p);
        if (ap <= 0.5) {
            return p * Chebyshev.eval(Tables.INVERF_0, p * p, 0, 0.25);
        }
        if (!(ap <= 1)) {
            return Double.NaN;
        }
        double r = inverseErfc(1 - ap);
        return p < 0 ? -r : r;
    }

    /**
     * The inverse of erfc on [0, 2]: {@code erfc(inverseErfc(q)) = q}, accurate for q down to the
     * smallest subnormal; {@code 0} gives {@code +Infinity}, {@code 2} gives {@code -Infinity}, q
     * outside [0, 2] gives NaN. For {@code q < 1/2}, Chebyshev fits of the root as a function of
     * {@code t = sqrt(-log q)} on five pieces of [0.83, 27.3] (the whole range down to 4.9e-324), so no
     * iteration is needed; the relative error of t (from the rounding of log q) is passed on to the
     * root with a factor of about 1.
     */
    static double inverseErfc(double q) {
        if (!(q >= 0 && q <= 2)) {
            return Double.NaN;
        }
        if (q >= 0.5) {
            if (q > 1) {
                return -inverseErfc(2 - q); // 2 - q is exact for q in [1, 2]
            }
            return inverseErf(1 - q); // exact for q in [1/2, 1]
        }
        if (q == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = Math.sqrt(-Math.log(q));
        if (t < 1.5) {
            return Chebyshev.eval(Tables.INVERFC_T0, t, 0.8325546111576977, 1.5);
        }
        if (t < 3) {
            return Chebyshev.eval(Tables.INVERFC_T1, t, 1.5, 3);
        }
        if (t < 6) {
            return Chebyshev.eval(Tables.INVERFC_T2, t, 3, 6);
        }
        if (t < 12) {
            return Chebyshev.eval(Tables.INVERFC_T3, t, 6, 12);
        }
        return Chebyshev.eval(Tables.INVERFC_T4, t, 12, 27.3);
    }

    /** erf(x)/x for x^2 < 1/4 by Horner in x^2 (14 terms: the next is below 2^-60 of the first). */
    private static double series(double x2) {
        double s = ERF_SERIES[ERF_SERIES.length - 1];
        for (int n = ERF_SERIES.length - 2; n >= 0; n--) {
            s = Math.fma(s, x2, ERF_SERIES[n]);
        }
        return s;
    }

    /** erfc(x) for x >= 1/2. */
    static double erfcPositive(double x) {
        if (x > 27.3) {
            return 0;
        }
        return expMinusSquare(x) * erfcxPositive(x);
    }

    /** erfcx(x) for x >= 1/2. */
    static double erfcxPositive(double x) {
        if (x < 32) {
            int e = Math.getExponent(x) + 1; // 0 for [1/2, 1), 1 for [1, 2), ..., 5 for [16, 32)
            double lo = Math.scalb(0.5, e);
            double[] c = switch (e) {
                case 0 -> Tables.ERFCX_0;
                case 1 -> Tables.ERFCX_1;
                case 2 -> Tables.ERFCX_2;
                case 3 -> Tables.ERFCX_3;
                case 4 -> Tables.ERFCX_4;
                default -> Tables.ERFCX_5;
            };
            return Chebyshev.eval(c, x, lo, 2 * lo);
        }
        if (x > 1e8) {
            return x == Double.POSITIVE_INFINITY ? 0 : Constants.INV_SQRT_PI / x;
        }
        // asymptotic series 1/(x sqrt(pi)) sum (-1)^k (2k-1)!! / (2x^2)^k; at x = 32 the 8th term is
        // below 1e-18 of the first
        double r = 1 / (2 * x * x);
        double s =
                1 + r * (-1 + r * (3 + r * (-15 + r * (105 + r * (-945 + r * (10395 + r * (-135135 + r * 2027025)))))));
        return Constants.INV_SQRT_PI / x * s;
    }

    /** exp(-x^2) with x^2 split exactly into hi + lo (FMA), so only exp's own rounding remains. */
    static double expMinusSquare(double x) {
        double hi = x * x;
        double lo = Math.fma(x, x, -hi);
        return Math.exp(-hi) * (1 - lo);
    }

    /** exp(x^2), split as in {@link #expMinusSquare}. */
    static double expSquare(double x) {
        double hi = x * x;
        double lo = Math.fma(x, x, -hi);
        return Math.exp(hi) * (1 + lo);
    }
}

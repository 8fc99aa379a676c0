package jnum.stat.special;

/**
 * The gamma function family: {@code logGamma}, {@code gamma}, {@code digamma}, {@code trigamma},
 * the regularized incomplete gamma functions P and Q and their inverses.
 *
 * <p>Methods. {@code log Gamma} on [1/2, 3] is {@code (x - 1)(x - 2) g(x)} with g a Chebyshev fit
 * (mpmath, {@code stat/tools/fit_chebyshev.py}), so the zeros at 1 and 2 keep full relative
 * accuracy; below it the recurrence {@code log Gamma(x) = log Gamma(1 + x) - log x}, above it the
 * product recurrence up to 8 and Stirling's series with its correction terms from 8 on; negative
 * arguments by reflection with an exact {@code sin(pi x)}. Digamma on [1, 2] is {@code (x - x0)
 * h(x)} around its positive root x0 (again a fit), shifted by its recurrence, asymptotic from 10.
 *
 * <p>The incomplete gamma functions follow N. M. Temme, "The asymptotic expansion of the incomplete
 * gamma functions", SIAM J. Math. Anal. 10 (1979), and A. R. DiDonato and A. H. Morris,
 * "Computation of the incomplete gamma function ratios and their inverse", ACM TOMS 12 (1986):
 * the power series for P when {@code x < a}, Legendre's continued fraction for Q when {@code x >=
 * a}, a series for Q for small a and x (so Q stays accurate where P is near 1), and Temme's uniform
 * expansion for large a near the transition {@code x = a}; whichever of P and Q is below 1/2 is
 * computed directly and the other as its complement. The common factor {@code x^a e^-x / Gamma(a
 * + 1)} is formed with Loader's saddle-point terms ({@link Saddle}) so that it stays accurate for
 * a up to 1e6 and beyond, where {@code a log x - x - log Gamma(a + 1)} would cancel.
 *
 * <p>NaN in gives NaN out; arguments outside a domain give NaN; behaviour at poles is stated per
 * method.
 */
final class GammaFunctions {
    private static final double EPS = 0x1p-52;

    private GammaFunctions() {}

    // ---------------------------------------------------------------- log Gamma and Gamma

    /**
     * {@code log |Gamma(x)|}. Poles (0, -1, -2, ...) give {@code +Infinity}, as do {@code
     * +-Infinity}. Relative accuracy is kept near the zeros at 1 and 2; near the zeros of {@code
     * log|Gamma|} on the negative axis (x = -2.457, -2.747, ...) only absolute accuracy can be had.
     */
    static double logGamma(double x) {
        if (x >= 0.5) {
            if (x <= 3) {
                return (x - 1) * (x - 2) * g(x) + 0.0; // + 0.0: +0 rather than -0 at x = 1
            }
            if (x < 8) {
                double z = x;
                double prod = 1;
                while (z > 3) {
                    z -= 1;
                    prod *= z;
                }
                return (z - 1) * (z - 2) * g(z) + Math.log(prod);
            }
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            return (x - 0.5) * Math.log(x) - x + Constants.LN_SQRT_2PI + Saddle.stirlingSeries(x);
        }
        if (x > -0.5) {
            if (x == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return logGamma1p(x) - Math.log(Math.abs(x));
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (x == Math.rint(x)) {
            return Double.POSITIVE_INFINITY; // pole (also -Infinity)
        }
        // reflection: |Gamma(x)| = pi / (|sin(pi x)| Gamma(1 - x))
        return Constants.LN_PI - Math.log(Math.abs(sinPi(x))) - logGamma(1 - x);
    }

    /**
     * {@code log Gamma(1 + x)} for {@code x > -1}, accurate also for tiny x, where {@code logGamma(1
     * + x)} would lose the low bits of x in the sum.
     */
    static double logGamma1p(double x) {
        if (x >= -0.5 && x <= 2) {
            return x * (x - 1) * g(1 + x);
        }
        if (x > -1 && x < -0.5) {
            return logGamma1p(1 + x) - Math.log1p(x); // 1 + x exact here
        }
        return x <= -1 ? Double.NaN : logGamma(1 + x);
    }

    /** log Gamma(x) / ((x - 1)(x - 2)) for x in [1/2, 3], from the Chebyshev fits. */
    private static double g(double x) {
        return x < 1.5 ? Chebyshev.eval(Tables.LGAMMA_0, x, 0.5, 1.5) : Chebyshev.eval(Tables.LGAMMA_1, x, 1.5, 3);
    }

    /**
     * {@code Gamma(x)}. Overflows to {@code +Infinity} above 171.62; {@code gamma(+-0) = +-Infinity};
     * negative integers and {@code -Infinity} give NaN (poles where the sign is undefined). For large
     * x the Stirling form {@code sqrt(2 pi) x^(x - 1/2) e^-x e^(series)} is used with the power split in
     * two halves, so no {@code exp(logGamma)} amplifies the rounding of a large logarithm.
     */
    static double gamma(double x) {
        if (x >= 0.5) {
            if (x < 3) {
                return Math.exp((x - 1) * (x - 2) * g(x));
            }
            if (x < 12) {
                double z = x;
                double prod = 1;
                while (z >= 3) {
                    z -= 1;
                    prod *= z;
                }
                return prod * Math.exp((z - 1) * (z - 2) * g(z));
            }
            return stirlingGamma(x);
        }
        if (x > -0.5) {
            if (x == 0) {
                return 1 / x; // +-Infinity by the sign of zero
            }
            return Math.exp(logGamma1p(x)) / x;
        }
        if (Double.isNaN(x) || x == Math.rint(x)) {
            return Double.NaN;
        }
        double s = sinPi(x);
        if (x > -170) {
            return Math.PI / (s * gamma(1 - x));
        }
        // Gamma(1 - x) overflows: the result is below 1e-306 and formed in logs
        double mag = Math.exp(Constants.LN_PI - Math.log(Math.abs(s)) - logGamma(1 - x));
        return s < 0 ? -mag : mag;
    }

    private static double stirlingGamma(double x) {
        if (x > 171.7) {
            return Double.POSITIVE_INFINITY;
        }
        double half = Math.pow(x, 0.5 * (x - 0.5)); // x^(x - 1/2) = half^2, each half finite
        return Constants.SQRT_2PI * half * (half * Math.exp(-x)) * Math.exp(Saddle.stirlingSeries(x));
    }

    /** {@code sin(pi x)}, exact at integers and half-integers, argument reduced without rounding. */
    static double sinPi(double x) {
        double a = Math.abs(x) % 2; // exact
        double sign = x < 0 ? -1 : 1;
        if (a >= 1) {
            a -= 1;
            sign = -sign;
        }
        if (a > 0.5) {
            a = 1 - a;
        }
        double r = a <= 0.25 ? Math.sin(Math.PI * a) : Math.cos(Math.PI * (0.5 - a));
        return sign * r;
    }

    /** {@code cos(pi x)}, argument reduced without rounding. */
    static double cosPi(double x) {
        double a = Math.abs(x) % 2;
        if (a > 1) {
            a = 2 - a;
        }
        if (a < 0.25) {
            return Math.cos(Math.PI * a);
        }
        return sinPi(0.5 - a);
    }

    // ---------------------------------------------------------------- digamma and trigamma

    /**
     * The digamma function {@code psi(x) = d/dx log Gamma(x)}. Non-positive integers (poles) and
     * {@code -Infinity} give NaN; {@code +Infinity} gives {@code +Infinity}. Relative accuracy is
     * kept at the positive root 1.4616...; near the negative roots only absolute accuracy.
     */
    static double digamma(double x) {
        if (x >= 1) {
            if (x <= 2) {
                return digammaOnOneTwo(x);
            }
            if (x < 10) {
                double z = x;
                double sum = 0;
                while (z > 2) {
                    z -= 1; // exact: z has no bits below ulp(x)
                    sum += 1 / z;
                }
                return digammaOnOneTwo(z) + sum;
            }
            if (x == Double.POSITIVE_INFINITY) {
                return x;
            }
            return digammaAsymptotic(x);
        }
        if (x > 0) {
            return digamma(x + 1) - 1 / x;
        }
        if (Double.isNaN(x) || x == Math.rint(x)) {
            return Double.NaN;
        }
        if (x > -1) {
            return digamma(x + 1) - 1 / x;
        }
        // reflection: psi(x) = psi(1 - x) - pi cot(pi x)
        return digamma(1 - x) - Math.PI * cosPi(x) / sinPi(x);
    }

    private static double digammaOnOneTwo(double x) {
        double d = (x - Tables.DIGAMMA_ROOT_HI) - Tables.DIGAMMA_ROOT_LO;
        return d * Chebyshev.eval(Tables.DIGAMMA_0, x, 1, 2);
    }

    private static double digammaAsymptotic(double x) {
        double r = 1 / x;
        double r2 = r * r;
        // psi(x) ~ log x - 1/(2x) - sum B_2k / (2k x^2k)
        double s = r2
                * (1.0 / 12
                        + r2
                                * (-1.0 / 120
                                        + r2
                                                * (1.0 / 252
                                                        + r2
                                                                * (-1.0 / 240
                                                                        + r2
                                                                                * (1.0 / 132
                                                                                        + r2
                                                                                                * (-691.0 / 32760
                                                                                                        + r2
                                                                                                                * (1.0
                                                                                                                                / 12
                                                                                                                        + r2
                                                                                                                                * (-3617.0
                                                                                                                                        / 8160))))))));
        return Math.log(x) - 0.5 * r - s;
    }

    /**
     * The trigamma function {@code psi'(x)}. It is positive everywhere; at its poles (the
     * non-positive integers) it gives {@code +Infinity}; {@code +Infinity} gives 0, {@code -Infinity}
     * NaN.
     */
    static double trigamma(double x) {
        if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (x <= 0) {
            if (x == Math.rint(x)) {
                return Double.POSITIVE_INFINITY;
            }
            if (x > -1e-8) {
                return 1 / (x * x) + trigamma(1 + x);
            }
            // reflection: psi'(x) + psi'(1 - x) = pi^2 / sin^2(pi x)
            double s = sinPi(x);
            return Math.PI * Math.PI / (s * s) - trigamma(1 - x);
        }
        double sum = 0;
        double z = x;
        while (z < 10) {
            sum += 1 / (z * z);
            z += 1;
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double r = 1 / z;
        double r2 = r * r;
        // psi'(z) ~ 1/z + 1/(2z^2) + sum B_2k / z^(2k+1)
        double tail = r
                + r2
                        * (0.5
                                + r
                                        * (1.0 / 6
                                                + r2
                                                        * (-1.0 / 30
                                                                + r2
                                                                        * (1.0 / 42
                                                                                + r2
                                                                                        * (-1.0 / 30
                                                                                                + r2
                                                                                                        * (5.0 / 66
                                                                                                                + r2
                                                                                                                        * (-691.0
                                                                                                                                        / 2730
                                                                                                                                + r2
                                                                                                                                        * (7.0
                                                                                                                                                        / 6
                                                                                                                                                + r2
                                                                                                                                                        * (-3617.0
                                                                                                                                                                        / 510
                                                                                                                                                                + r2
                                                                                                                                                                        * (43867.0
                                                                                                                                                                                / 798))))))))));
        return sum + tail;
    }

    // ---------------------------------------------------------------- incomplete gamma

    /**
     * The regularized lower incomplete gamma function {@code P(a, x) = gamma(a, x) / Gamma(a) =
     * (1/Gamma(a)) int_0^x t^(a-1) e^-t dt}, for {@code a > 0}, {@code x >= 0} (otherwise NaN). {@code
     * P(a, 0) = 0}, {@code P(a, +Infinity) = 1}.
     */
    static double regularizedP(double a, double x) {
        return incomplete(a, x, false);
    }

    /**
     * The regularized upper incomplete gamma function {@code Q(a, x) = 1 - P(a, x)}, computed
     * directly (never as 1 - P) so that it is accurate deep into the upper tail. Same domain as
     * {@link #regularizedP}.
     */
    static double regularizedQ(double a, double x) {
        return incomplete(a, x, true);
    }

    private static double incomplete(double a, double x, boolean upper) {
        if (!(a > 0) || !(x >= 0)) {
            return Double.NaN;
        }
        if (x == 0) {
            return upper ? 1 : 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return upper ? 0 : 1;
        }
        if (a == Double.POSITIVE_INFINITY) {
            return upper ? 1 : 0;
        }
        if (a >= TEMME_MIN_A && Math.abs(x - a) <= TEMME_MAX_REL * a) {
            return IncompleteGammaTemme.value(a, x, upper);
        }
        if (a < 1 && x < 1.1) {
            // P by its series is accurate; Q = 1 - P would cancel when a is small (P near 1)
            return upper ? smallQ(a, x) : lowerSeries(a, x);
        }
        if (x < a) {
            double p = lowerSeries(a, x);
            return upper ? 1 - p : p;
        }
        double q = upperFraction(a, x);
        return upper ? q : 1 - q;
    }

    static final double TEMME_MIN_A = 20;
    static final double TEMME_MAX_REL = 0.3;

    /**
     * {@code x^a e^-x / Gamma(a + 1)}, as {@code exp(-bd0(a, x) - se(a)) / sqrt(2 pi a)} (Loader), or
     * directly for a below 1 where Stirling's form gains nothing.
     */
    static double powExpOverGamma(double a, double x) {
        if (a < 1) {
            return Math.exp(a * Math.log(x) - x - logGamma1p(a));
        }
        return Math.exp(-Saddle.bd0(a, x) - Saddle.stirlingError(a)) / Math.sqrt(2 * Math.PI * a);
    }

    /** {@code log} of {@link #powExpOverGamma}, finite where that underflows. */
    private static double logPowExpOverGamma(double a, double x) {
        if (a < 1) {
            return a * Math.log(x) - x - logGamma1p(a);
        }
        return -Saddle.bd0(a, x) - Saddle.stirlingError(a) - 0.5 * (Constants.LN_2PI + Math.log(a));
    }

    /**
     * {@code log P(a, x)} ({@code upper} false) or {@code log Q(a, x)}: the log of the smaller of P
     * and Q directly, of the larger as {@code log1p} of the other, and where the value underflows
     * (below the mode for P, above it for Q) the log form of Temme's expansion within its range, else
     * the log of the front factor plus the log of the series or fraction (which converge fast there).
     */
    static double logRegularized(double a, double x, boolean upper) {
        double v = incomplete(a, x, upper);
        if (!(v < 1e-300) || x == 0 || x == Double.POSITIVE_INFINITY || a == Double.POSITIVE_INFINITY) {
            return v > 0.5 ? Math.log1p(-incomplete(a, x, !upper)) : Math.log(v);
        }
        if (a >= TEMME_MIN_A && Math.abs(x - a) <= TEMME_MAX_REL * a) {
            // near the transition the series and the fraction need O(sqrt(a)) terms
            return IncompleteGammaTemme.logTail(a, x, upper);
        }
        return upper
                ? Math.log(a) + logPowExpOverGamma(a, x) + Math.log(fraction(a, x))
                : logPowExpOverGamma(a, x) + Math.log(lowerSum(a, x));
    }

    /** P(a, x) = x^a e^-x / Gamma(a + 1) * sum_n x^n / ((a + 1) ... (a + n)), all terms positive. */
    private static double lowerSeries(double a, double x) {
        double front = powExpOverGamma(a, x);
        return front == 0 ? 0 : front * lowerSum(a, x);
    }

    /** The sum of {@link #lowerSeries}: {@code sum_n x^n / ((a + 1) ... (a + n))}. */
    private static double lowerSum(double a, double x) {
        double sum = 1;
        double term = 1;
        for (int n = 1; n < 1_000_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (term <= 0x1p-56 * sum) {
                break;
            }
        }
        return sum;
    }

    /**
     * Q(a, x) = a x^a e^-x / Gamma(a + 1) / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) / ...)),
     * by the modified Lentz method.
     */
    private static double upperFraction(double a, double x) {
        double front = powExpOverGamma(a, x);
        return front == 0 ? 0 : a * front * fraction(a, x);
    }

    /** The continued fraction of {@link #upperFraction}, {@code 1 / (x + 1 - a - ...)}. */
    private static double fraction(double a, double x) {
        final double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1_000_000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            // a few ulps: where b no longer moves (x above 2^53 a), d c rounds to 1 - 2^-53 on
            // every step, and a tighter test ran the loop to its bound (tens of ms)
            if (Math.abs(delta - 1) <= 0x1p-52) {
                break;
            }
        }
        return h;
    }

    /**
     * Q(a, x) for a < 1, x < 1.1: with {@code u = a log x - log Gamma(1 + a)},
     * {@code Q = -expm1(u) - e^u a sum_{n>=1} (-1)^n x^n / (n! (a + n))}, from the expansion of
     * gamma(a, x) term by term; the two parts cancel by at most a factor of about 4 here.
     */
    private static double smallQ(double a, double x) {
        double u = a * Math.log(x) - logGamma1p(a);
        double sum = 0;
        double term = 1;
        for (int n = 1; n < 200; n++) {
            term *= -x / n;
            double t = term / (a + n);
            sum += t;
            if (Math.abs(t) <= 0x1p-56 * Math.abs(sum)) {
                break;
            }
        }
        return -Math.expm1(u) - Math.exp(u) * a * sum;
    }

    // ---------------------------------------------------------------- inverses

    /**
     * The x with {@code P(a, x) = p}, for {@code a > 0} and p in [0, 1] (otherwise NaN); {@code p = 0}
     * gives 0 and {@code p = 1} gives {@code +Infinity}. Accurate for p down to the smallest
     * subnormal.
     */
    static double inverseRegularizedP(double a, double p) {
        return IncompleteGammaInverse.inverse(a, p, false);
    }

    /**
     * The x with {@code Q(a, x) = q}, for {@code a > 0} and q in [0, 1] (otherwise NaN); {@code q = 1}
     * gives 0 and {@code q = 0} gives {@code +Infinity}. Accurate for q down to the smallest subnormal.
     */
    static double inverseRegularizedQ(double a, double q) {
        return IncompleteGammaInverse.inverse(a, q, true);
    }
}

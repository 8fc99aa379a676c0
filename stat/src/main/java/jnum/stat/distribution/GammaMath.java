package jnum.stat.distribution;

import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The Gamma(shape a, scale theta) functions, shared by {@link jnum.stat.distribution.Gamma} and
 * {@link ChiSquared} (and reusable by other distributions of this package).
 *
 * <ul>
 *   <li>Density: Loader's (2000) saddle-point form, {@code y^(a-1) e^-y / Gamma(a)} written as a
 *       Poisson probability {@code exp(-stirlingError(k) - bd0(k, y)) / sqrt(2 pi k)} with
 *       {@code k = a - 1} (a >= 1) or {@code (a / y)} times that with {@code k = a} (a < 1). It has
 *       no cancellation between {@code a log y}, {@code y} and {@code log Gamma(a)}, which cost
 *       1e-10 of relative accuracy at a = 1e6 in the naive form.
 *   <li>cdf and survival: the regularized incomplete gamma functions P and Q, each computed
 *       directly; their logarithms where P or Q underflow by {@code Special.loggammainc} and
 *       {@code loggammaincc}.
 *   <li>{@code y = x / theta} is carried with its rounding error, corrected to first order through
 *       the density, so a scale that is not a power of 2 costs no accuracy in the tails.
 * </ul>
 */
final class GammaMath {
    private GammaMath() {}

    /** The rounding error of {@code y = x / theta}. */
    private static double ylo(double x, double theta, double y) {
        return Double.isFinite(y) && y != 0 ? Math.fma(-y, theta, x) / theta : 0;
    }

    /** {@code e^-lambda lambda^k / Gamma(k + 1)} for real k >= 0, lambda >= 0 (Loader 2000). */
    static double poissonRaw(double k, double lambda) {
        if (lambda == 0) {
            return k == 0 ? 1 : 0;
        }
        if (k == 0) {
            return Math.exp(-lambda);
        }
        if (lambda == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Math.exp(-Special.stirlingError(k) - Special.bd0(k, lambda)) / Math.sqrt(2 * Math.PI * k);
    }

    /** {@code log} of {@link #poissonRaw}. */
    static double logPoissonRaw(double k, double lambda) {
        if (lambda == 0) {
            return k == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        if (k == 0) {
            return -lambda;
        }
        if (lambda == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return -Special.stirlingError(k) - Special.bd0(k, lambda) - 0.5 * (Constants.LN_2PI + Math.log(k));
    }

    /** The Gamma(a, 1) density at y >= 0 (finite). */
    private static double densityUnit(double a, double y) {
        if (a >= 1) {
            return poissonRaw(a - 1, y);
        }
        if (y < 1e-280) {
            return Math.exp(Math.log(a) - Math.log(y) + logPoissonRaw(a, y)); // a / y would overflow
        }
        return a / y * poissonRaw(a, y);
    }

    static double pdf(double a, double theta, double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == 0) {
            return a < 1 ? Double.POSITIVE_INFINITY : a == 1 ? 1 / theta : 0;
        }
        double y = x / theta;
        if (y == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (y < 1e-280) {
            return Math.exp(logPdfTiny(a, theta, x)); // y may even have underflowed to 0
        }
        double f = densityUnit(a, y) / theta;
        double lo = ylo(x, theta, y);
        // d log f / dy = (a - 1)/y - 1
        return lo == 0 ? f : f * (1 + lo * ((a - 1) / y - 1));
    }

    static double logPdf(double a, double theta, double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return Math.log(pdf(a, theta, 0));
        }
        double y = x / theta;
        if (y == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (y < 1e-280) {
            return logPdfTiny(a, theta, x);
        }
        double l = a >= 1 ? logPoissonRaw(a - 1, y) : Math.log(a) - Math.log(y) + logPoissonRaw(a, y);
        double lo = ylo(x, theta, y);
        return lo == 0 ? l - Math.log(theta) : l - Math.log(theta) + lo * ((a - 1) / y - 1);
    }

    /**
     * {@code log pdf} for {@code x / theta < 1e-280}: {@code (a - 1) log y - y - log Gamma(a) - log
     * theta} with {@code log y = log x - log theta} (y itself may underflow); no cancellation there,
     * as y is negligible and {@code (a - 1) log y} dominates.
     */
    private static double logPdfTiny(double a, double theta, double x) {
        double logY = Math.log(x) - Math.log(theta);
        return (a - 1) * logY - x / theta - Special.gammaln(a) - Math.log(theta);
    }

    static double cdf(double a, double theta, double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double y = x / theta;
        double p = Special.gammainc(a, y);
        double lo = ylo(x, theta, y);
        return lo == 0 ? p : p + lo * densityUnit(a, y);
    }

    static double survival(double a, double theta, double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        double y = x / theta;
        if (y == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double q = Special.gammaincc(a, y);
        double lo = ylo(x, theta, y);
        return lo == 0 ? q : q - lo * densityUnit(a, y);
    }

    static double logCdf(double a, double theta, double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double c = cdf(a, theta, x);
        if (c >= 1e-300) {
            return c > 0.5 ? Math.log1p(-survival(a, theta, x)) : Math.log(c);
        }
        return Special.loggammainc(a, x / theta);
    }

    static double logSurvival(double a, double theta, double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double s = survival(a, theta, x);
        if (s >= 1e-300) {
            return s > 0.5 ? Math.log1p(-cdf(a, theta, x)) : Math.log(s);
        }
        double y = x / theta;
        if (y == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        return Special.loggammaincc(a, y);
    }

    static double quantile(double a, double theta, double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        return theta * Special.gammaincinv(a, p);
    }

    static double inverseSurvival(double a, double theta, double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        return theta * Special.gammainccinv(a, q);
    }

    /**
     * {@code a + log theta + log Gamma(a) + (1 - a) psi(a)}; for a >= 100 its asymptotic expansion
     * {@code log(2 pi a)/2 + 1/2 - 1/(3a) - 1/(12a^2) - ...} (terms through a^-7), which avoids the
     * cancellation of terms of size a log a.
     */
    static double entropy(double a, double theta) {
        if (a >= 100) {
            double t = 1 / a;
            double series = t
                    * (-1.0 / 3
                            + t
                                    * (-1.0 / 12
                                            + t
                                                    * (-1.0 / 90
                                                            + t
                                                                    * (1.0 / 120
                                                                            + t
                                                                                    * (1.0 / 210
                                                                                            + t
                                                                                                    * (-1.0 / 252
                                                                                                            + t
                                                                                                                    * (-1.0
                                                                                                                            / 210)))))));
            return 0.5 * (Constants.LN_2PI + Math.log(a)) + 0.5 + series + Math.log(theta);
        }
        return a + Math.log(theta) + Special.gammaln(a) + (1 - a) * Special.digamma(a);
    }
}

package jnum.stat.special;

/**
 * Saddle-point helpers of C. Loader, "Fast and accurate computation of binomial probabilities"
 * (2000), with which binomial, Poisson and related probabilities are evaluated without the
 * cancellation of {@code exp(log n! - log k! - ...)}:
 *
 * <pre>
 *   dpois(x; lambda) = exp(-stirlingError(x) - bd0(x, lambda)) / sqrt(2 pi x)
 *   dbinom(x; n, p) = exp(stirlingError(n) - stirlingError(x) - stirlingError(n - x)
 *                         - bd0(x, n p) - bd0(n - x, n (1 - p))) * sqrt(n / (2 pi x (n - x)))
 * </pre>
 *
 * Both functions are defined for real (non-integer) arguments as well.
 */
final class Saddle {

    private Saddle() {}

    /**
     * The Stirling error {@code log Gamma(n + 1) - ((n + 1/2) log n - n + log sqrt(2 pi))} for real
     * {@code n >= 0}: the exact-to-double value from a table at the half-integers up to 15, the
     * Stirling series {@code 1/(12n) - 1/(360n^3) + ...} from 15 on, and in between the upward
     * recurrence {@code se(n) = se(n + 1) + sum_k u^(2k) / (2k + 1)}, {@code u = 1/(2n + 1)}, whose
     * terms are all positive. For {@code n < 1} it is evaluated from {@link GammaFunctions#logGamma1p}.
     * {@code n = 0} gives {@code +Infinity} (the limit); {@code n < 0} gives NaN.
     */
    static double stirlingError(double n) {
        if (!(n >= 0)) {
            return Double.NaN;
        }
        if (n >= 15) {
            return n == Double.POSITIVE_INFINITY ? 0 : stirlingSeries(n);
        }
        double twice = 2 * n;
        if (twice == Math.rint(twice) && n > 0) {
            return Tables.STIRLING_HALVES[(int) twice];
        }
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (n < 1) {
            return GammaFunctions.logGamma1p(n) - (n + 0.5) * Math.log(n) + n - Constants.LN_SQRT_2PI;
        }
        // step up: se(m) - se(m + 1) = (m + 1/2) log(1 + 1/m) - 1 = sum_{k>=1} u^(2k) / (2k + 1)
        double sum = 0;
        double m = n;
        while (m < 15) {
            double u = 1 / (2 * m + 1);
            double u2 = u * u;
            double p = u2;
            double s = 0;
            for (int k = 1; k < 200; k++) {
                double term = p / (2 * k + 1);
                s += term;
                if (term < 1e-17 * s) {
                    break;
                }
                p *= u2;
            }
            sum += s;
            m += 1;
        }
        return sum + stirlingSeries(m);
    }

    /** The Stirling series of log Gamma, {@code sum B_2k / (2k (2k - 1) n^(2k - 1))}, for n >= 8. */
    static double stirlingSeries(double n) {
        double r = 1 / n;
        if (n > 1e8) {
            return r / 12;
        }
        double r2 = r * r;
        // B_2k / (2k (2k - 1)) for k = 1..10
        return r
                * (1.0 / 12
                        + r2
                                * (-1.0 / 360
                                        + r2
                                                * (1.0 / 1260
                                                        + r2
                                                                * (-1.0 / 1680
                                                                        + r2
                                                                                * (1.0 / 1188
                                                                                        + r2
                                                                                                * (-691.0 / 360360
                                                                                                        + r2
                                                                                                                * (1.0
                                                                                                                                / 156
                                                                                                                        + r2
                                                                                                                                * (-3617.0
                                                                                                                                                / 122400
                                                                                                                                        + r2
                                                                                                                                                * (43867.0
                                                                                                                                                                / 244188
                                                                                                                                                        + r2
                                                                                                                                                                * (-174611.0
                                                                                                                                                                        / 125400))))))))));
    }

    /**
     * Loader's deviance term {@code bd0(x, np) = x log(x / np) + np - x >= 0}, for {@code x >= 0},
     * {@code np > 0}. When x is within 10% of np it is summed as {@code (x - np) v + 2x sum_j
     * v^(2j+1)/(2j+1)} with {@code v = (x - np) / (x + np)}, which has no cancellation; otherwise
     * directly. {@code bd0(0, np) = np}. Arguments out of range give NaN; infinite {@code np} with
     * finite x gives {@code +Infinity}.
     */
    static double bd0(double x, double np) {
        if (!(x >= 0) || !(np >= 0) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return np;
        }
        if (np == 0 || Double.isInfinite(np)) {
            return Double.POSITIVE_INFINITY;
        }
        double d = x - np;
        double sum = x + np;
        if (Math.abs(d) < 0.1 * sum) {
            double v = d / sum;
            double v2 = v * v;
            double s = d * v;
            double ej = 2 * x * v;
            for (int j = 1; j < 1000; j++) {
                ej *= v2;
                double s1 = s + ej / (2 * j + 1);
                if (s1 == s) {
                    return s1;
                }
                s = s1;
            }
            return s;
        }
        double ratio = x / np;
        double logRatio =
                (ratio > Double.MIN_NORMAL && ratio < Double.MAX_VALUE) ? Math.log(ratio) : Math.log(x) - Math.log(np);
        return x * logRatio + np - x;
    }
}

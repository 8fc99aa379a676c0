package jnum.stat.special;

/**
 * Log-space helpers that keep full relative accuracy where the naive formulas cancel or overflow.
 *
 * <p>NaN arguments give NaN. Arguments outside a function's domain give NaN, as {@link Math#log}
 * does for negative numbers; each method says which those are.
 */
final class LogMath {

    private LogMath() {}

    /**
     * {@code log(sum_i exp(x_i))} without overflow or underflow: the largest term is factored out and
     * the rest summed with {@code log1p}. An empty array gives {@code -Infinity} (the log of an empty
     * sum); any NaN gives NaN; a {@code +Infinity} entry gives {@code +Infinity}.
     *
     * @throws NullPointerException if {@code x} is null
     */
    static double logSumExp(double[] x) {
        int n = x.length;
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int imax = 0;
        double max = x[0];
        for (int i = 1; i < n; i++) {
            double v = x[i];
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            if (v > max) {
                max = v;
                imax = i;
            }
        }
        if (Double.isNaN(max)) {
            return Double.NaN;
        }
        if (Double.isInfinite(max)) {
            return max; // +inf dominates; all -inf means the sum is 0
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (i != imax) {
                s += Math.exp(x[i] - max);
            }
        }
        return max + Math.log1p(s);
    }

    /**
     * {@code log(1 + exp(x))} (softplus) for all x, with the cutoffs of M. Maechler, "Accurately
     * computing log(1 - exp(-|a|))", Rmpfr vignette (2012): {@code exp(x)} below -37, {@code
     * x + exp(-x)} above 18, {@code x} above 33.3.
     */
    static double log1pExp(double x) {
        if (x <= -37) {
            return Math.exp(x);
        }
        if (x <= 18) {
            return Math.log1p(Math.exp(x));
        }
        if (x <= 33.3) {
            return x + Math.exp(-x);
        }
        return x;
    }

    /**
     * {@code log(1 - exp(x))} for {@code x <= 0}: {@code log(-expm1(x))} for {@code x > -ln 2} and
     * {@code log1p(-exp(x))} below (Maechler 2012), so both ends keep full relative accuracy.
     * {@code x = 0} gives {@code -Infinity}; {@code x > 0} gives NaN (the log of a negative number).
     */
    static double log1mExp(double x) {
        if (x > 0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        return x > -Constants.LN_2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    /** {@code x * log(y)}, defined as 0 when {@code x == 0} and y is not NaN (also for y = 0). */
    static double xLogY(double x, double y) {
        if (x == 0 && !Double.isNaN(y)) {
            return 0;
        }
        return x * Math.log(y);
    }

    /** {@code x * log1p(y)}, defined as 0 when {@code x == 0} and y is not NaN (also for y = -1). */
    static double xLog1pY(double x, double y) {
        if (x == 0 && !Double.isNaN(y)) {
            return 0;
        }
        return x * Math.log1p(y);
    }

    /**
     * {@code log(1 + x) - x} for {@code x >= -1}, accurate to a few ulps also near 0 where it behaves
     * like {@code -x^2/2}. Near 0 it uses {@code r = x / (2 + x)}, for which {@code log(1 + x) = 2
     * atanh(r)} and {@code x - 2r = r x}, so {@code log1pmx(x) = -r x + 2 r^3 sum_k r^(2k) / (2k + 3)}
     * with no cancellation. {@code x = -1} gives {@code -Infinity}; {@code x < -1} gives NaN.
     */
    static double log1pmx(double x) {
        if (x < -0.7 || x > 2) {
            return x < -1 ? Double.NaN : Math.log1p(x) - x;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        double r = x / (2 + x);
        double r2 = r * r;
        // sum_k r^(2k) / (2k + 3); r^2 <= 0.29 so 40 terms reach below 2^-60 of the first one
        double sum = 0;
        double p = 1;
        for (int k = 0; k < 60; k++) {
            double term = p / (2 * k + 3);
            sum += term;
            if (term < 1e-18 * sum) {
                break;
            }
            p *= r2;
        }
        return Math.fma(-r, x, 2 * r * r2 * sum);
    }
}

package jnum.stat.special;

/**
 * Modified Bessel functions of the first kind of orders 0 and 1, and their exponentially scaled
 * forms {@code i0e(x) = exp(-|x|) I0(x)}, {@code i1e(x) = exp(-|x|) I1(x)} (which neither overflow
 * nor lose accuracy for large |x|; the von Mises distribution needs them).
 *
 * <p>Method: Chebyshev fits computed with mpmath ({@code stat/tools/special_tables.py}): of
 * {@code i0e(x)} and {@code i1e(x)/x} on [0, 8], and of {@code sqrt(x) i0e(x)}, {@code sqrt(x)
 * i1e(x)} as functions of {@code t = 8/x} beyond 8 (the same split as Cephes, with our own
 * coefficients). The unscaled functions multiply by {@code exp(|x|)} in two halves, so they are
 * finite up to |x| = 713.98 and then {@code +-Infinity}. NaN in gives NaN out.
 */
final class Bessel {
    private Bessel() {}

    /** {@code I0(x)}, even, {@code >= 1}. */
    static double i0(double x) {
        return unscale(i0e(x), Math.abs(x));
    }

    /** {@code I1(x)}, odd. */
    static double i1(double x) {
        return unscale(i1e(x), Math.abs(x));
    }

    /** {@code exp(-|x|) I0(x)}; tends to {@code 1/sqrt(2 pi |x|)} for large |x|. */
    static double i0e(double x) {
        double ax = Math.abs(x);
        if (ax == 0) {
            return 1; // exact (the fit is within an ulp of it)
        }
        if (ax <= 8) {
            return Chebyshev.eval(Tables.I0E_0, ax, 0, 8);
        }
        if (ax == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return Chebyshev.eval(Tables.I0E_1, 8 / ax, 0, 1) / Math.sqrt(ax);
    }

    /** {@code exp(-|x|) I1(x)}, odd. */
    static double i1e(double x) {
        double ax = Math.abs(x);
        double r;
        if (ax <= 8) {
            r = ax * Chebyshev.eval(Tables.I1E_0, ax, 0, 8);
        } else if (ax == Double.POSITIVE_INFINITY) {
            r = 0;
        } else {
            r = Chebyshev.eval(Tables.I1E_1, 8 / ax, 0, 1) / Math.sqrt(ax);
        }
        return x < 0 ? -r : r;
    }

    private static double unscale(double scaled, double ax) {
        if (ax <= 700) {
            return scaled * Math.exp(ax);
        }
        double half = Math.exp(0.5 * ax);
        return scaled * half * half;
    }
}

package jnum.stat.special;

/**
 * Owen's T function {@code T(h, a) = (1/2pi) int_0^a exp(-h^2 (1 + x^2) / 2) / (1 + x^2) dx}, used for
 * the bivariate normal and the noncentral t distribution.
 *
 * <p>Method: T is even in h and odd in a. For {@code |a| <= 1} the integral is evaluated by adaptive
 * Gauss-Legendre quadrature (20- against 10-point rules on halved panels until they agree to
 * 2^-52 of the whole integral, at most 12 levels deep; where the 10-point rule is that close the
 * 20-point one is far closer), after factoring out {@code exp(-h^2/2)} and cutting the range where
 * {@code exp(-h^2 x^2 / 2)} falls below 2^-60; for {@code |a| > 1} by Owen's identity {@code T(h, a)
 * = (Q(h) + Q(ah))/2 - Q(h) Q(ah) - T(ah, 1/a)} (Q the standard normal upper tail, h, a >= 0).
 * M. Patefield and D. Tandy, "Fast and accurate calculation of Owen's T function", J. Stat. Soft. 5
 * (2000), discuss the same regions; this implementation trades their six series for quadrature.
 * NaN in gives NaN out; {@code T(h, +-Infinity) = +-Q(|h|)/2}.
 */
final class OwensT {
    private static final double[] X20 = new double[10];
    private static final double[] W20 = new double[10];
    private static final double[] X10 = new double[5];
    private static final double[] W10 = new double[5];

    static {
        positiveHalf(GaussLegendre.rule(20), X20, W20);
        positiveHalf(GaussLegendre.rule(10), X10, W10);
    }

    /** The positive nodes of a rule (its first half) and their weights. */
    private static void positiveHalf(double[][] rule, double[] x, double[] w) {
        System.arraycopy(rule[0], 0, x, 0, x.length);
        System.arraycopy(rule[1], 0, w, 0, w.length);
    }

    private OwensT() {}

    /** {@code T(h, a)}. */
    static double t(double h, double a) {
        if (Double.isNaN(h) || Double.isNaN(a)) {
            return Double.NaN;
        }
        double ah = Math.abs(h);
        double aa = Math.abs(a);
        double r;
        if (aa <= 1) {
            r = integral(ah, aa);
        } else if (aa == Double.POSITIVE_INFINITY) {
            r = 0.5 * upperNormal(ah);
        } else {
            double qh = upperNormal(ah);
            double qah = upperNormal(aa * ah);
            r = 0.5 * (qh + qah) - qh * qah - integral(aa * ah, 1 / aa);
        }
        return a < 0 ? -r : r;
    }

    private static double upperNormal(double z) {
        return 0.5 * Erf.erfc(z * Constants.INV_SQRT_2);
    }

    /** T(h, a) for h >= 0, 0 <= a <= 1. */
    private static double integral(double h, double a) {
        if (a == 0) {
            return 0;
        }
        double hh = h * h;
        double lo = Math.fma(h, h, -hh);
        double front = Math.exp(-0.5 * hh) * (1 - 0.5 * lo) / (2 * Math.PI);
        if (front == 0) {
            return 0;
        }
        // exp(-h^2 x^2 / 2) < 2^-60 beyond x = 9.2 / h
        double b = h > 0 ? Math.min(a, 9.2 / h) : a;
        // the integrand lies in [exp(-h^2 b^2 / 2) / 2, 1]: a global tolerance relative to the
        // first estimate of the whole integral
        double tol = 0x1p-52 * rule(h, 0, b, X20, W20);
        double total = adaptive(h, 0, b, tol, 0);
        return front * total;
    }

    private static double adaptive(double h, double x0, double x1, double tol, int depth) {
        double coarse = rule(h, x0, x1, X10, W10);
        double fine = rule(h, x0, x1, X20, W20);
        if (Math.abs(fine - coarse) <= tol || depth >= 12) {
            return fine;
        }
        double mid = 0.5 * (x0 + x1);
        return adaptive(h, x0, mid, tol, depth + 1) + adaptive(h, mid, x1, tol, depth + 1);
    }

    private static double rule(double h, double x0, double x1, double[] nodes, double[] weights) {
        double half = 0.5 * (x1 - x0);
        double mid = 0.5 * (x1 + x0);
        double s = 0;
        double hh = -0.5 * h * h;
        for (int i = 0; i < nodes.length; i++) {
            double u = half * nodes[i];
            double xp = mid + u;
            double xm = mid - u;
            s += weights[i] * (Math.exp(hh * xp * xp) / (1 + xp * xp) + Math.exp(hh * xm * xm) / (1 + xm * xm));
        }
        return half * s;
    }
}

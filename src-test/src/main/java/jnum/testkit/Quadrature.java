package jnum.testkit;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss-Kronrod quadrature (7-point Gauss embedded in the 15-point Kronrod rule, as in
 * QUADPACK's QAG: Piessens et al., <i>QUADPACK</i>, Springer 1983), with global bisection of the
 * interval of largest error estimate. For test oracles: bounded work, an honest error estimate.
 *
 * <p>The library has the same rule for its own integrals ({@code jnum.stat.distribution.GaussKronrod},
 * package-private). This second, independent copy is deliberate: an oracle that called the code
 * it checks would hide that code's bugs (the distributions that integrate with GaussKronrod, such
 * as the noncentral chi-squared, are checked against this one), and it also returns the error
 * estimate and interval count that the checks report.
 */
public final class Quadrature {
    private Quadrature() {}

    /** An integral and its estimated absolute error. */
    public record Result(double value, double error, int intervals) {}

    // Kronrod abscissae (positive half, descending, ending at 0) and weights; odd indices are the
    // 7-point Gauss abscissae, whose weights are WG.
    private static final double[] XK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0
    };
    private static final double[] WK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714
    };
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327
    };

    /**
     * The integral of {@code f} over the finite interval {@code [a, b]}, subdividing until the summed
     * error estimate is at most {@code max(absTol, relTol * |integral|)} or {@code maxIntervals} is
     * reached (then the returned error says how far it got).
     */
    public static Result integrate(
            DoubleUnaryOperator f, double a, double b, double absTol, double relTol, int maxIntervals) {
        if (!(Double.isFinite(a) && Double.isFinite(b))) {
            throw new IllegalArgumentException("integrate: interval [" + a + ", " + b + "] not finite");
        }
        if (maxIntervals < 1) {
            throw new IllegalArgumentException("integrate: maxIntervals = " + maxIntervals);
        }
        double[] lo = new double[maxIntervals];
        double[] hi = new double[maxIntervals];
        double[] val = new double[maxIntervals];
        double[] err = new double[maxIntervals];
        double[] r = rule(f, a, b);
        lo[0] = a;
        hi[0] = b;
        val[0] = r[0];
        err[0] = r[1];
        int n = 1;
        while (true) {
            double total = 0;
            double totalErr = 0;
            int worst = 0;
            for (int i = 0; i < n; i++) {
                total += val[i];
                totalErr += err[i];
                if (err[i] > err[worst]) {
                    worst = i;
                }
            }
            if (totalErr <= Math.max(absTol, relTol * Math.abs(total)) || n == maxIntervals) {
                return new Result(total, totalErr, n);
            }
            double mid = 0.5 * (lo[worst] + hi[worst]);
            if (mid <= lo[worst] || mid >= hi[worst]) {
                return new Result(total, totalErr, n); // cannot split further in double
            }
            double[] left = rule(f, lo[worst], mid);
            double[] right = rule(f, mid, hi[worst]);
            lo[n] = mid;
            hi[n] = hi[worst];
            val[n] = right[0];
            err[n] = right[1];
            hi[worst] = mid;
            val[worst] = left[0];
            err[worst] = left[1];
            n++;
        }
    }

    /** The 15-point Kronrod value on [a, b] and |Kronrod - Gauss| plus a rounding allowance. */
    private static double[] rule(DoubleUnaryOperator f, double a, double b) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double fc = f.applyAsDouble(c);
        double kronrod = WK[7] * fc;
        double gauss = WG[3] * fc;
        double absSum = Math.abs(kronrod);
        for (int j = 0; j < 7; j++) {
            double f1 = f.applyAsDouble(c - h * XK[j]);
            double f2 = f.applyAsDouble(c + h * XK[j]);
            kronrod += WK[j] * (f1 + f2);
            absSum += WK[j] * (Math.abs(f1) + Math.abs(f2));
            if ((j & 1) == 1) {
                gauss += WG[j >> 1] * (f1 + f2);
            }
        }
        double value = kronrod * h;
        double error = Math.abs((kronrod - gauss) * h) + 50 * Tolerance.EPS * Math.abs(h) * absSum;
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("integrate: non-finite integrand on [" + a + ", " + b + "]");
        }
        return new double[] {value, error};
    }
}

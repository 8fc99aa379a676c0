package jnum.testkit;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The one-sample Kolmogorov-Smirnov test against a continuous cdf, with the asymptotic p-value of
 * Kolmogorov's distribution and Stephens' small-sample correction
 * {@code lambda = (sqrt(n) + 0.12 + 0.11 / sqrt(n)) D} (Stephens 1970, JRSS B 32, 115-122).
 */
public final class KolmogorovSmirnov {
    private KolmogorovSmirnov() {}

    /** The statistic D, the corrected lambda and the p-value {@code P(K > lambda)}. */
    public record Result(double statistic, double lambda, double pValue) {}

    /**
     * Tests {@code sample} against {@code cdf}. Samples are doubles: a value x stands for the
     * interval of reals that round to it, so the upper deviation is measured with
     * {@code cdf(nextUp(x))} and the lower with {@code cdf(nextDown(x))}. This matters when many
     * draws round to the same double (e.g. to 0 for a Gamma of shape 1e-3) and is negligible otherwise.
     */
    public static Result test(double[] sample, DoubleUnaryOperator cdf) {
        int n = sample.length;
        if (n < 1) {
            throw new IllegalArgumentException("Kolmogorov-Smirnov: empty sample");
        }
        double[] x = sample.clone();
        Arrays.sort(x);
        if (Double.isNaN(x[n - 1])) {
            throw new IllegalArgumentException("Kolmogorov-Smirnov: sample contains NaN");
        }
        double d = 0;
        for (int i = 0; i < n; i++) {
            double above = cdf.applyAsDouble(Math.nextUp(x[i]));
            double below = cdf.applyAsDouble(Math.nextDown(x[i]));
            d = Math.max(d, Math.max((i + 1.0) / n - above, below - (double) i / n));
        }
        double sn = Math.sqrt(n);
        double lambda = (sn + 0.12 + 0.11 / sn) * d;
        return new Result(d, lambda, kolmogorovSurvival(lambda));
    }

    /**
     * {@code P(K > lambda)} for Kolmogorov's limiting distribution: the alternating series
     * {@code 2 sum (-1)^(k-1) exp(-2 k^2 lambda^2)} for lambda >= 1 and, for small lambda, one minus
     * the theta-function form {@code sqrt(2 pi)/lambda sum exp(-(2k-1)^2 pi^2 / (8 lambda^2))}; both
     * converge fast in their ranges.
     */
    public static double kolmogorovSurvival(double lambda) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("kolmogorovSurvival: lambda = " + lambda);
        }
        if (lambda < 0.2) {
            return 1.0; // the cdf is below 1e-20 there
        }
        if (lambda < 1) {
            double s = 0;
            for (int k = 1; k <= 20; k++) {
                double t = (2 * k - 1) * Math.PI / lambda;
                s += Math.exp(-t * t / 8);
            }
            return 1 - Math.sqrt(2 * Math.PI) / lambda * s;
        }
        double s = 0;
        for (int k = 1; k <= 100; k++) {
            double term = Math.exp(-2.0 * k * k * lambda * lambda);
            s += (k % 2 == 1) ? term : -term;
            if (term < 1e-300) {
                break;
            }
        }
        return Math.min(1, 2 * s);
    }
}

package jnum.testkit;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The mean, variance and covariance of given doubles in exact decimal arithmetic (60 significant
 * digits for the divisions), rounded once to double: the reference for accuracy tests on data
 * whose statistics are ill-conditioned (a huge mean and a tiny spread).
 */
public final class ExactMoments {
    private static final MathContext MC = new MathContext(60);

    private ExactMoments() {}

    /** The exact mean of x (x not empty). */
    public static BigDecimal mean(double[] x) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.divide(BigDecimal.valueOf(x.length), MC);
    }

    /** The sample variance of x (divisor n - 1, n at least 2), rounded once. */
    public static double variance(double[] x) {
        return covariance(x, x);
    }

    /** The sample covariance of x and y (same length n, at least 2; divisor n - 1), rounded once. */
    public static double covariance(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException(
                    "ExactMoments.covariance: lengths " + x.length + " and " + y.length + ", need equal and >= 2");
        }
        BigDecimal mx = mean(x), my = mean(y);
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            s = s.add(new BigDecimal(x[i]).subtract(mx).multiply(new BigDecimal(y[i]).subtract(my), MC));
        }
        return s.divide(BigDecimal.valueOf(x.length - 1L), MC).doubleValue();
    }

    /**
     * The relative error bound of a co-moment (in units of {@code sqrt(S_jj S_kk)}) that stat's
     * mergeable accumulators reach on any data: blocks of {@code blockTerms} summands summed four
     * ways ({@code (b/4 + 6) eps}), merged m times with double-double means (the merge term at most
     * {@code 6 eps} off, two roundings per merge): {@code (b/4 + 12 + 4 m) eps}, independent of the
     * condition number {@code |mean| / sd}.
     */
    public static double mergeBound(int blockTerms, long merges) {
        return ((blockTerms + 3) / 4 + 12 + 4.0 * merges) * Math.ulp(1.0);
    }
}

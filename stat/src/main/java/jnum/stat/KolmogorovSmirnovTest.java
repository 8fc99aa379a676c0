package jnum.stat;

import java.util.Arrays;
import java.util.Objects;
import jnum.stat.distribution.ContinuousDistribution;

/**
 * Kolmogorov-Smirnov tests: of a sample against a continuous distribution, and of two samples
 * against each other. Statistics and p-values as SciPy's {@code ks_1samp} and {@code ks_2samp}.
 *
 * <ul>
 *   <li>One sample: {@code D+ = max(i/n - F(x_(i)))}, {@code D- = max(F(x_(i)) - (i-1)/n)}; the
 *       alternative LESS tests D-, GREATER tests D+ (the sample's cdf lies below / above F), both
 *       with the exact one-sided distribution; TWO_SIDED tests max(D+, D-) with the exact two-sided
 *       distribution ({@link TestMethod#EXACT}, the default up to n = 10000) or the limiting
 *       Kolmogorov distribution ({@link TestMethod#ASYMPTOTIC}).
 *   <li>Two samples: D = max |F1 - F2| over the pooled values (GREATER: max(F1 - F2), LESS:
 *       max(F2 - F1)). Exact p-values count the lattice paths that reach the statistic's boundary,
 *       as probabilities (no cancellation, so small p-values keep their digits), in O(n1 n2); the
 *       default uses them when max(n1, n2) &lt;= 10000. Asymptotic: the two-sided Kolmogorov
 *       distribution of n1 n2 / (n1 + n2) observations, one-sided Hodges' approximation. Ties
 *       between the samples are allowed in the statistic; the exact p-value assumes none (as SciPy).
 * </ul>
 *
 * <p>Errors: {@link IllegalArgumentException} for an empty sample or NaN in the data.
 */
public final class KolmogorovSmirnovTest {
    private static final int MAX_AUTO_N = 10000;

    private KolmogorovSmirnovTest() {}

    /** Two-sided one-sample test against {@code dist}. */
    public static TestResult oneSample(double[] x, ContinuousDistribution dist) {
        return oneSample(x, dist, Alternative.TWO_SIDED, TestMethod.AUTO);
    }

    /** One-sample test against {@code dist}; see the class comment for the statistics and methods. */
    public static TestResult oneSample(
            double[] x, ContinuousDistribution dist, Alternative alternative, TestMethod method) {
        Samples.nonNull("ksTest", "x", x);
        Objects.requireNonNull(dist, "ksTest: dist is null");
        Objects.requireNonNull(alternative, "ksTest: alternative is null");
        Objects.requireNonNull(method, "ksTest: method is null");
        int n = x.length;
        Samples.atLeast("ksTest", "x", n, 1);
        Samples.noNaN("ksTest", "x", x, 0, n);
        double[] s = x.clone();
        Arrays.sort(s);
        double dPlus = 0, dMinus = 0;
        for (int i = 0; i < n; i++) {
            double f = dist.cdf(s[i]);
            dPlus = Math.max(dPlus, (i + 1.0) / n - f);
            dMinus = Math.max(dMinus, f - (double) i / n);
        }
        String name = "one-sample Kolmogorov-Smirnov test";
        return switch (alternative) {
            case GREATER ->
                new TestResult(name, dPlus, Double.NaN, KolmogorovDistribution.oneSidedSurvival(n, dPlus), alternative);
            case LESS ->
                new TestResult(
                        name, dMinus, Double.NaN, KolmogorovDistribution.oneSidedSurvival(n, dMinus), alternative);
            case TWO_SIDED -> {
                double d = Math.max(dPlus, dMinus);
                boolean exact = method == TestMethod.EXACT || (method == TestMethod.AUTO && n <= MAX_AUTO_N);
                double p = exact
                        ? KolmogorovDistribution.twoSidedSurvival(n, d)
                        : KolmogorovDistribution.limitingSurvival(d * Math.sqrt(n));
                yield new TestResult(name, d, Double.NaN, Math.min(1, Math.max(0, p)), alternative);
            }
        };
    }

    /** Two-sided two-sample test. */
    public static TestResult twoSample(double[] x, double[] y) {
        return twoSample(x, y, Alternative.TWO_SIDED, TestMethod.AUTO);
    }

    /** Two-sample test; see the class comment. */
    public static TestResult twoSample(double[] x, double[] y, Alternative alternative, TestMethod method) {
        Samples.nonNull("ksTest", "x", x);
        Samples.nonNull("ksTest", "y", y);
        Objects.requireNonNull(alternative, "ksTest: alternative is null");
        Objects.requireNonNull(method, "ksTest: method is null");
        int n1 = x.length, n2 = y.length;
        Samples.atLeast("ksTest", "x", n1, 1);
        Samples.atLeast("ksTest", "y", n2, 1);
        Samples.noNaN("ksTest", "x", x, 0, n1);
        Samples.noNaN("ksTest", "y", y, 0, n2);
        double[] a = x.clone(), b = y.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        // statistic in integer units of 1 / (n1 n2): F1 - F2 = (i n2 - j n1) / (n1 n2)
        long up = 0, down = 0;
        int i = 0, j = 0;
        while (i < n1 || j < n2) {
            double v = Math.min(i < n1 ? a[i] : Double.POSITIVE_INFINITY, j < n2 ? b[j] : Double.POSITIVE_INFINITY);
            while (i < n1 && a[i] == v) {
                i++;
            }
            while (j < n2 && b[j] == v) {
                j++;
            }
            long diff = (long) i * n2 - (long) j * n1;
            up = Math.max(up, diff);
            down = Math.max(down, -diff);
        }
        long stat = switch (alternative) {
            case GREATER -> up;
            case LESS -> down;
            case TWO_SIDED -> Math.max(up, down);
        };
        double d = (double) stat / ((double) n1 * n2);
        boolean exact = method == TestMethod.EXACT || (method == TestMethod.AUTO && Math.max(n1, n2) <= MAX_AUTO_N);
        double p;
        if (exact) {
            p = LatticePaths.probabilityReaching(n1, n2, stat, alternative);
        } else {
            double m = Math.max(n1, n2), n = Math.min(n1, n2);
            double en = m * n / (m + n);
            if (alternative == Alternative.TWO_SIDED) {
                p = KolmogorovDistribution.twoSidedSurvival((int) Math.round(en), d);
            } else {
                double z = Math.sqrt(en) * d;
                p = Math.exp(-2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3.0);
            }
        }
        return new TestResult(
                "two-sample Kolmogorov-Smirnov test", d, Double.NaN, Math.min(1, Math.max(0, p)), alternative);
    }

    /** Exact null probabilities of the two-sample statistics by counting lattice paths. */
    static final class LatticePaths {
        private LatticePaths() {}

        /**
         * The probability that a uniformly random path from (0, 0) to (n1, n2) (one step right per
         * value of the first sample in pooled order, one step up per value of the second) reaches
         * {@code i n2 - j n1 >= stat} (GREATER), {@code j n1 - i n2 >= stat} (LESS) or either
         * (TWO_SIDED). Each path's mass flows along the lattice with the step probabilities of
         * sampling without replacement and is absorbed where it first reaches the boundary.
         */
        static double probabilityReaching(int n1, int n2, long stat, Alternative alt) {
            if (stat <= 0) {
                return 1;
            }
            double[] u = new double[n2 + 1];
            double p = 0;
            for (int i = 0; i <= n1; i++) {
                for (int j = 0; j <= n2; j++) {
                    double v;
                    if (i == 0 && j == 0) {
                        v = 1;
                    } else {
                        v = 0;
                        if (i > 0) { // from (i - 1, j) by a step right
                            v += u[j] * (double) (n1 - i + 1) / (n1 - i + 1 + n2 - j);
                        }
                        if (j > 0) { // from (i, j - 1) by a step up
                            v += u[j - 1] * (double) (n2 - j + 1) / (n1 - i + n2 - j + 1);
                        }
                    }
                    long diff = (long) i * n2 - (long) j * n1;
                    boolean hit = switch (alt) {
                        case GREATER -> diff >= stat;
                        case LESS -> -diff >= stat;
                        case TWO_SIDED -> Math.abs(diff) >= stat;
                    };
                    if (hit) {
                        p += v;
                        v = 0;
                    }
                    u[j] = v;
                }
            }
            return p;
        }
    }
}

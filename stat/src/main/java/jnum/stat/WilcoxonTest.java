package jnum.stat;

import java.util.Objects;
import jnum.stat.distribution.Normal;

/**
 * The Wilcoxon signed-rank test that a sample of differences is symmetric about 0, as SciPy's
 * {@code wilcoxon} with {@code zero_method='wilcox'}: zeros are dropped, the absolute differences
 * ranked (average ranks for ties), {@code T+} the sum of the ranks of the positive ones. The
 * statistic reported is {@code min(T+, T-)} for TWO_SIDED and T+ otherwise (GREATER: the
 * differences tend to be positive).
 *
 * <ul>
 *   <li>Exact: the distribution of T+ over the 2^n sign patterns, by the subset-sum recurrence in
 *       probabilities; TWO_SIDED doubles the smaller tail. Valid without ties and zeros;
 *       {@link TestMethod#AUTO} uses it then when n &lt;= 50.
 *   <li>Asymptotic: {@code z = (T+ - n (n + 1) / 4 -/+ 0.5) / sigma},
 *       {@code sigma^2 = (n (n + 1)(2n + 1) - sum (t^3 - t) / 2) / 24} (tie correction) with the
 *       continuity correction toward the mean. Where SciPy's default would run a permutation test
 *       (ties or zeros with n &lt;= 13), this class uses the asymptotic formula.
 * </ul>
 *
 * <p>Errors: {@link IllegalArgumentException} for an empty sample, NaN, all differences zero, or
 * EXACT with ties or zeros; {@link jnum.mat.DimensionMismatchException} for paired samples of
 * different lengths.
 */
public final class WilcoxonTest {
    private WilcoxonTest() {}

    /** The two-sided test of the differences d, method chosen automatically. */
    public static TestResult signedRank(double[] d) {
        return signedRank(d, Alternative.TWO_SIDED, TestMethod.AUTO);
    }

    /** The paired test of x - y. */
    public static TestResult signedRank(double[] x, double[] y, Alternative alternative, TestMethod method) {
        Samples.nonNull("wilcoxon", "x", x);
        Samples.nonNull("wilcoxon", "y", y);
        Samples.sameLength("wilcoxon", "x", x.length, "y", y.length);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return signedRank(d, alternative, method);
    }

    /** The test of the differences d; see the class comment. */
    public static TestResult signedRank(double[] d, Alternative alternative, TestMethod method) {
        Samples.nonNull("wilcoxon", "d", d);
        Objects.requireNonNull(alternative, "wilcoxon: alternative is null");
        Objects.requireNonNull(method, "wilcoxon: method is null");
        Samples.atLeast("wilcoxon", "d", d.length, 1);
        Samples.noNaN("wilcoxon", "d", d, 0, d.length);
        int zeros = 0;
        for (double v : d) {
            zeros += v == 0 ? 1 : 0;
        }
        int n = d.length - zeros;
        if (n == 0) {
            throw new IllegalArgumentException("wilcoxon: every difference is zero");
        }
        double[] abs = new double[n];
        double[] sign = new double[n];
        for (int i = 0, k = 0; i < d.length; i++) {
            if (d[i] != 0) {
                abs[k] = Math.abs(d[i]);
                sign[k++] = Math.signum(d[i]);
            }
        }
        double[] ranks = Ranks.average(abs, 0, n);
        double tPlus = 0, tMinus = 0;
        for (int i = 0; i < n; i++) {
            if (sign[i] > 0) {
                tPlus += ranks[i];
            } else {
                tMinus += ranks[i];
            }
        }
        double[] sorted = Ranks.sorted(abs, 0, n);
        boolean ties = Ranks.hasTies(sorted);
        if (method == TestMethod.EXACT && (ties || zeros > 0)) {
            throw new IllegalArgumentException("wilcoxon: the exact test needs differences without ties or zeros");
        }
        boolean exact = method == TestMethod.EXACT || (method == TestMethod.AUTO && !ties && zeros == 0 && n <= 50);
        double p;
        if (exact) {
            double[] dist = signedRankDistribution(n);
            int t = (int) Math.round(tPlus);
            double cdf = 0, sf = 0;
            for (int k = 0; k < dist.length; k++) {
                if (k <= t) {
                    cdf += dist[k];
                }
                if (k >= t) {
                    sf += dist[k];
                }
            }
            p = switch (alternative) {
                case LESS -> cdf;
                case GREATER -> sf;
                case TWO_SIDED -> 2 * Math.min(cdf, sf);
            };
        } else {
            double mean = n * (n + 1.0) / 4;
            double sigma = Math.sqrt((n * (n + 1.0) * (2.0 * n + 1) - Ranks.tieCubes(sorted) / 2) / 24);
            double z = (tPlus - mean) / sigma;
            double correction = switch (alternative) {
                case GREATER -> 1;
                case LESS -> -1;
                case TWO_SIDED -> Math.signum(z);
            };
            z -= correction * 0.5 / sigma;
            p = alternative.pValue(Normal.standard(), z);
        }
        double statistic = alternative == Alternative.TWO_SIDED ? Math.min(tPlus, tMinus) : tPlus;
        return new TestResult(
                "Wilcoxon signed-rank test", statistic, Double.NaN, Math.min(1, Math.max(0, p)), alternative);
    }

    /** {@code P(T+ = k)}, k = 0 .. n (n + 1) / 2: each rank joins the positive set with probability 1/2. */
    static double[] signedRankDistribution(int n) {
        int max = n * (n + 1) / 2;
        double[] p = new double[max + 1];
        p[0] = 1;
        int top = 0;
        for (int r = 1; r <= n; r++) {
            for (int k = top; k >= 0; k--) {
                p[k + r] += 0.5 * p[k];
                p[k] *= 0.5;
            }
            top += r;
        }
        return p;
    }
}

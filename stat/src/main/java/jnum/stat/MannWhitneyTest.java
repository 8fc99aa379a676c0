package jnum.stat;

import java.util.Objects;
import jnum.stat.distribution.Normal;

/**
 * The Mann-Whitney U (Wilcoxon rank-sum) test of two independent samples, as SciPy's
 * {@code mannwhitneyu}. The statistic is {@code U1 = R1 - n1 (n1 + 1) / 2}, R1 the sum of the
 * first sample's average ranks in the pooled sample. GREATER: the first sample tends to be larger.
 *
 * <ul>
 *   <li>Exact: the null distribution of U by the recurrence
 *       {@code P(u; m, n) = m/(m+n) P(u - n; m - 1, n) + n/(m+n) P(u; m, n - 1)} in probabilities
 *       (no large counts, no cancellation): O(m^2 n^2) time and O(m^2 n) memory for sample sizes
 *       m &lt;= n; valid without ties. {@link TestMethod#AUTO} uses it when there are no ties and the
 *       smaller sample has at most 8 values (SciPy's rule).
 *   <li>Asymptotic: {@code z = (U - n1 n2 / 2 - 0.5) / sigma} with the tie-corrected
 *       {@code sigma^2 = n1 n2 / 12 ((n + 1) - sum (t^3 - t) / (n (n - 1)))} and the continuity
 *       correction; U is U1 (GREATER), U2 = n1 n2 - U1 (LESS) or the larger of both (TWO_SIDED,
 *       p doubled).
 * </ul>
 *
 * <p>Errors: {@link IllegalArgumentException} for an empty sample or NaN in the data, or for
 * EXACT with ties.
 */
public final class MannWhitneyTest {
    private MannWhitneyTest() {}

    /** The two-sided test, method chosen automatically. */
    public static TestResult test(double[] x, double[] y) {
        return test(x, y, Alternative.TWO_SIDED, TestMethod.AUTO);
    }

    /** The test; see the class comment. */
    public static TestResult test(double[] x, double[] y, Alternative alternative, TestMethod method) {
        Samples.nonNull("mannWhitney", "x", x);
        Samples.nonNull("mannWhitney", "y", y);
        Objects.requireNonNull(alternative, "mannWhitney: alternative is null");
        Objects.requireNonNull(method, "mannWhitney: method is null");
        int n1 = x.length, n2 = y.length;
        Samples.atLeast("mannWhitney", "x", n1, 1);
        Samples.atLeast("mannWhitney", "y", n2, 1);
        Samples.noNaN("mannWhitney", "x", x, 0, n1);
        Samples.noNaN("mannWhitney", "y", y, 0, n2);
        double[] pooled = new double[n1 + n2];
        System.arraycopy(x, 0, pooled, 0, n1);
        System.arraycopy(y, 0, pooled, n1, n2);
        double[] ranks = Ranks.average(pooled, 0, pooled.length);
        double r1 = 0;
        for (int i = 0; i < n1; i++) {
            r1 += ranks[i];
        }
        double u1 = r1 - n1 * (n1 + 1.0) / 2;
        double u2 = (double) n1 * n2 - u1;
        double[] sorted = Ranks.sorted(pooled, 0, pooled.length);
        boolean ties = Ranks.hasTies(sorted);
        if (method == TestMethod.EXACT && ties) {
            throw new IllegalArgumentException("mannWhitney: the exact test needs samples without ties");
        }
        boolean exact = method == TestMethod.EXACT || (method == TestMethod.AUTO && !ties && Math.min(n1, n2) <= 8);
        double u = switch (alternative) {
            case GREATER -> u1;
            case LESS -> u2;
            case TWO_SIDED -> Math.max(u1, u2);
        };
        double factor = alternative == Alternative.TWO_SIDED ? 2 : 1;
        double p;
        if (exact) {
            p = factor * exactSurvival(n1, n2, (int) Math.round(u));
        } else {
            double n = n1 + n2;
            double sigma = Math.sqrt(n1 * (double) n2 / 12 * ((n + 1) - Ranks.tieCubes(sorted) / (n * (n - 1))));
            double z = (u - n1 * (double) n2 / 2 - 0.5) / sigma;
            p = factor * Normal.standard().survival(z);
        }
        return new TestResult("Mann-Whitney U test", u1, Double.NaN, Math.min(1, Math.max(0, p)), alternative);
    }

    /** {@code P(U >= u)} for samples of n1 and n2 without ties. */
    static double exactSurvival(int n1, int n2, int u) {
        int m = Math.min(n1, n2), n = Math.max(n1, n2);
        // dist[i] = distribution of U for (i, j) at the current j, length i j + 1
        double[][] dist = new double[m + 1][];
        for (int i = 0; i <= m; i++) {
            dist[i] = new double[] {1}; // j = 0: U = 0 surely
        }
        for (int j = 1; j <= n; j++) {
            double[][] next = new double[m + 1][];
            next[0] = new double[] {1};
            for (int i = 1; i <= m; i++) {
                double[] d = new double[i * j + 1];
                double pi = (double) i / (i + j), pj = (double) j / (i + j);
                // the largest value belongs to the first sample (prob i/(i+j)): it beats all j of the second
                double[] a = next[i - 1];
                for (int k = 0; k < a.length; k++) {
                    d[k + j] += pi * a[k];
                }
                double[] b = dist[i];
                for (int k = 0; k < b.length; k++) {
                    d[k] += pj * b[k];
                }
                next[i] = d;
            }
            dist = next;
        }
        double[] d = dist[m];
        // U of the smaller sample has the same (symmetric) distribution as U of the larger
        double s = 0;
        for (int k = Math.max(0, u); k < d.length; k++) {
            s += d[k];
        }
        return s;
    }
}

package jnum.stat;

import java.util.Objects;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.StudentT;

/**
 * Tests of zero correlation, as SciPy's {@code pearsonr}, {@code spearmanr} and
 * {@code kendalltau(method='asymptotic')}. The statistic is the correlation coefficient; GREATER
 * means positive correlation.
 *
 * <ul>
 *   <li>Pearson: exact under bivariate normality, {@code t = r sqrt((n - 2) / (1 - r^2))} with
 *       n - 2 degrees of freedom (the same distribution as SciPy's beta form); |r| = 1 gives p = 0
 *       (two-sided, or the matching one-sided test).
 *   <li>Spearman: the same t approximation applied to rho, n - 2 degrees of freedom.
 *   <li>Kendall tau-b: the normal approximation with the tie-corrected variance of
 *       {@code S = concordant - discordant}.
 * </ul>
 *
 * <p>Errors: as {@link Correlation}; n >= 3 for Pearson and Spearman (one degree of freedom).
 */
public final class CorrelationTest {
    private CorrelationTest() {}

    /** Pearson's test, two-sided. */
    public static TestResult pearson(double[] x, double[] y) {
        return pearson(x, y, Alternative.TWO_SIDED);
    }

    /** Pearson's test. */
    public static TestResult pearson(double[] x, double[] y, Alternative alternative) {
        return tTest("Pearson correlation test", Correlation.pearson(x, y), x.length, alternative);
    }

    /** Spearman's test, two-sided. */
    public static TestResult spearman(double[] x, double[] y) {
        return spearman(x, y, Alternative.TWO_SIDED);
    }

    /** Spearman's test. */
    public static TestResult spearman(double[] x, double[] y, Alternative alternative) {
        return tTest("Spearman correlation test", Correlation.spearman(x, y), x.length, alternative);
    }

    /** Kendall's tau-b test (normal approximation), two-sided. */
    public static TestResult kendall(double[] x, double[] y) {
        return kendall(x, y, Alternative.TWO_SIDED);
    }

    /** Kendall's tau-b test (normal approximation with tie corrections). */
    public static TestResult kendall(double[] x, double[] y, Alternative alternative) {
        Objects.requireNonNull(alternative, "kendall: alternative is null");
        KendallTau k = Correlation.Pair.of("kendall", x, y).kendall();
        double n = k.n;
        double m = n * (n - 1);
        double var = (m * (2 * n + 5) - k.x1 - k.y1) / 18
                + 2 * k.xTie * k.yTie / m
                + (n > 2 ? k.x0 * k.y0 / (9 * m * (n - 2)) : 0);
        double z = k.s / Math.sqrt(var);
        return new TestResult(
                "Kendall tau-b test", k.tau, Double.NaN, alternative.pValue(Normal.standard(), z), alternative);
    }

    private static TestResult tTest(String name, double r, int n, Alternative alternative) {
        Objects.requireNonNull(alternative, name + ": alternative is null");
        if (n < 3) {
            throw new IllegalArgumentException(name + ": needs at least 3 pairs, got " + n);
        }
        double df = n - 2;
        double p;
        if (Math.abs(r) == 1) {
            boolean agrees = alternative == Alternative.TWO_SIDED || (alternative == Alternative.GREATER) == (r > 0);
            p = agrees ? 0 : 1;
        } else {
            double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
            p = alternative.pValue(new StudentT(df), t);
        }
        return new TestResult(name, r, df, p, alternative);
    }
}

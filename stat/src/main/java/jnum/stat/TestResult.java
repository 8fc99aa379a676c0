package jnum.stat;

import java.util.Locale;

/**
 * The result of a hypothesis test.
 *
 * @param method the test's name, e.g. {@code "Welch two-sample t-test"}
 * @param statistic the test statistic, as the method's documentation defines it
 * @param df the degrees of freedom of the null distribution, or NaN for tests without one (rank
 *     and Kolmogorov-Smirnov tests); the F test of {@link Anova} reports its two in its own result
 * @param pValue the probability under the null hypothesis of a statistic at least as extreme
 * @param alternative the alternative hypothesis the p-value refers to
 */
public record TestResult(String method, double statistic, double df, double pValue, Alternative alternative) {
    /** True if the p-value is below {@code alpha}. */
    public boolean rejects(double alpha) {
        return pValue < alpha;
    }

    /** One line: method, statistic, df where it applies, p-value and alternative. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%s: statistic = %.6g%s, p = %.6g (%s)",
                method,
                statistic,
                Double.isNaN(df) ? "" : String.format(Locale.ROOT, ", df = %.6g", df),
                pValue,
                alternative.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

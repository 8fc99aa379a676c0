package jnum.stat;

import java.util.Locale;
import jnum.mat.Dense;
import jnum.mat.Vec;

/** The text forms of {@link LinearRegression}: statsmodels' summary layout, 78 columns wide. */
final class RegressionText {
    private static final String RULE = "=".repeat(78) + "\n";

    private RegressionText() {}

    static String summary(LinearRegression f) {
        StringBuilder sb = new StringBuilder();
        String title = "Linear regression (" + (f.hasIntercept() ? "with" : "no") + " intercept)";
        sb.append(" ".repeat((78 - title.length()) / 2))
                .append(title)
                .append('\n')
                .append(RULE);
        pair(sb, "No. Observations:", Long.toString(f.observations()), "R-squared:", g(f.rSquared()));
        pair(sb, "Df Residuals:", g(f.dfResidual()), "Adj. R-squared:", g(f.adjustedRSquared()));
        pair(sb, "Df Model:", g(f.dfModel()), "F-statistic:", g(f.fStatistic()));
        pair(sb, "Rank:", f.rank() + " of " + f.columns(), "Prob (F-statistic):", g(f.fPValue()));
        pair(sb, "Residual SD:", g(f.residualStandardDeviation()), "Log-Likelihood:", g(f.logLikelihood()));
        pair(sb, "RSS:", g(f.residualSumOfSquares()), "AIC:", g(f.aic()));
        pair(sb, "TSS:", g(f.totalSumOfSquares()), "BIC:", g(f.bic()));
        sb.append(RULE);
        sb.append(String.format(
                Locale.ROOT,
                "%-10s %11s %11s %9s %8s %12s %12s%n",
                "",
                "coef",
                "std err",
                "t",
                "P>|t|",
                "[0.025",
                "0.975]"));
        sb.append("-".repeat(78)).append('\n');
        Vec b = f.coefficients(), se = f.standardErrors(), t = f.tStatistics(), p = f.pValues();
        Dense ci = f.confidenceIntervals(0.95);
        int[] aliased = f.aliased();
        for (int j = 0; j < f.columns(); j++) {
            String name = f.hasIntercept() ? (j == 0 ? "const" : "x" + j) : "x" + (j + 1);
            if (java.util.Arrays.binarySearch(aliased, j) >= 0) {
                sb.append(String.format(
                        Locale.ROOT, "%-10s %11s   (aliased: in the span of the columns before it)%n", name, "NaN"));
                continue;
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "%-10s %11s %11s %9s %8.3f %12s %12s%n",
                    name,
                    g(b.get(j)),
                    g(se.get(j)),
                    String.format(Locale.ROOT, "%.3f", t.get(j)),
                    p.get(j),
                    g(ci.get(j, 0)),
                    g(ci.get(j, 1))));
        }
        sb.append(RULE.strip());
        return sb.toString();
    }

    static String anova(LinearRegression.AnovaTable a) {
        return String.format(
                        Locale.ROOT, "%-10s %8s %14s %14s %12s %10s%n", "", "df", "sum sq", "mean sq", "F", "PR(>F)")
                + String.format(
                        Locale.ROOT,
                        "%-10s %8s %14s %14s %12s %10s%n",
                        "Regression",
                        g(a.dfModel()),
                        g(a.ssModel()),
                        g(a.msModel()),
                        g(a.f()),
                        g(a.pValue()))
                + String.format(
                        Locale.ROOT,
                        "%-10s %8s %14s %14s%n",
                        "Residual",
                        g(a.dfResidual()),
                        g(a.ssResidual()),
                        g(a.msResidual()))
                + String.format(Locale.ROOT, "%-10s %8s %14s", "Total", g(a.dfTotal()), g(a.ssTotal()));
    }

    private static void pair(StringBuilder sb, String l1, String v1, String l2, String v2) {
        sb.append(String.format(Locale.ROOT, "%-20s%18s   %-20s%17s%n", l1, v1, l2, v2));
    }

    /** Six significant digits, without trailing zeros; integers without a point. */
    static String g(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%.6g", x);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return stripZeros(parts[0]) + "e" + parts[1];
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

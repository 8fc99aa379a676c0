package jnum.stat;

import java.util.Objects;
import jnum.stat.distribution.ChiSquared;

/**
 * Pearson's chi-square tests: goodness of fit of observed counts to expected ones, and
 * independence of the two factors of a contingency table. {@code X^2 = sum (o - e)^2 / e}; the
 * p-value is the chi-square survival function. As SciPy's {@code chisquare} and
 * {@code chi2_contingency}.
 *
 * <p>Errors: {@link IllegalArgumentException} for fewer than 2 cells, a negative, NaN or infinite
 * count, a non-positive expected count, observed and expected totals that differ by more than
 * 1e-8 relative, or a table with a zero row or column total (its expected counts vanish);
 * {@link jnum.mat.DimensionMismatchException} for lengths that differ or a ragged table.
 */
public final class ChiSquareTest {
    private ChiSquareTest() {}

    /** Goodness of fit to equal expected counts (the uniform distribution over the cells). */
    public static TestResult goodnessOfFit(double[] observed) {
        Samples.nonNull("chiSquare", "observed", observed);
        double[] e = new double[observed.length];
        java.util.Arrays.fill(e, counts("chiSquare", "observed", observed) / observed.length);
        return goodnessOfFit(observed, e);
    }

    /**
     * Goodness of fit of {@code observed} to {@code expected} (same total), df = cells - 1.
     */
    public static TestResult goodnessOfFit(double[] observed, double[] expected) {
        Samples.nonNull("chiSquare", "observed", observed);
        Samples.nonNull("chiSquare", "expected", expected);
        Samples.sameLength("chiSquare", "observed", observed.length, "expected", expected.length);
        Samples.atLeast("chiSquare", "observed", observed.length, 2);
        double to = counts("chiSquare", "observed", observed);
        double te = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!(expected[i] > 0) || expected[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "chiSquare: expected[" + i + "] = " + expected[i] + " is not positive and finite");
            }
            te += expected[i];
        }
        if (Math.abs(to - te) > 1e-8 * Math.max(to, te)) {
            throw new IllegalArgumentException(
                    "chiSquare: observed counts sum to " + to + " but expected counts to " + te);
        }
        double x2 = 0;
        for (int i = 0; i < observed.length; i++) {
            double d = observed[i] - expected[i];
            x2 += d * d / expected[i];
        }
        double df = observed.length - 1;
        return new TestResult(
                "chi-square goodness-of-fit test", x2, df, new ChiSquared(df).survival(x2), Alternative.GREATER);
    }

    /**
     * Test of independence of the rows and columns of a contingency table of counts, with Yates'
     * continuity correction when df = 1 (a 2x2 table), as SciPy and R do by default.
     */
    public static TestResult independence(double[][] table) {
        return independence(table, true);
    }

    /**
     * Test of independence, expected counts {@code row total * column total / total},
     * df = (rows - 1)(cols - 1); with {@code yates} and df = 1, each |o - e| is reduced by
     * min(0.5, |o - e|).
     */
    public static TestResult independence(double[][] table, boolean yates) {
        Objects.requireNonNull(table, "chiSquare: table is null");
        int r = table.length;
        if (r < 2) {
            throw new IllegalArgumentException("chiSquare: table needs at least 2 rows, got " + r);
        }
        int c = Samples.nonNull("chiSquare", "table[0]", table[0]).length;
        if (c < 2) {
            throw new IllegalArgumentException("chiSquare: table needs at least 2 columns, got " + c);
        }
        double[] rows = new double[r];
        double[] cols = new double[c];
        double total = 0;
        for (int i = 0; i < r; i++) {
            Samples.nonNull("chiSquare", "table[" + i + "]", table[i]);
            Samples.sameLength("chiSquare", "table[0]", c, "table[" + i + "]", table[i].length);
            rows[i] = counts("chiSquare", "table[" + i + "]", table[i]);
            for (int j = 0; j < c; j++) {
                cols[j] += table[i][j];
            }
            total += rows[i];
        }
        for (int i = 0; i < r; i++) {
            zeroTotal(rows[i], "row", i);
        }
        for (int j = 0; j < c; j++) {
            zeroTotal(cols[j], "column", j);
        }
        double df = (double) (r - 1) * (c - 1);
        boolean correct = yates && df == 1;
        double x2 = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double e = rows[i] * cols[j] / total;
                double d = Math.abs(table[i][j] - e);
                if (correct) {
                    d -= Math.min(0.5, d);
                }
                x2 += d * d / e;
            }
        }
        String name = "chi-square test of independence" + (correct ? " (Yates' correction)" : "");
        return new TestResult(name, x2, df, new ChiSquared(df).survival(x2), Alternative.GREATER);
    }

    private static void zeroTotal(double t, String what, int i) {
        if (t == 0) {
            throw new IllegalArgumentException("chiSquare: " + what + " " + i + " of the table sums to 0");
        }
    }

    /** The total of non-negative finite counts. */
    private static double counts(String op, String name, double[] o) {
        double t = 0;
        for (int i = 0; i < o.length; i++) {
            if (!(o[i] >= 0) || o[i] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        op + ": " + name + "[" + i + "] = " + o[i] + " is not a finite non-negative count");
            }
            t += o[i];
        }
        return t;
    }
}

package jnum.stat;

import java.util.Objects;
import jnum.stat.distribution.StudentT;

/**
 * Student's t-tests: one-sample, two-sample with pooled variance (Student) or separate variances
 * (Welch, with the Welch-Satterthwaite degrees of freedom), and paired. The p-values come from the
 * Student t distribution's cdf and survival function, so small p-values keep their relative
 * accuracy. Same definitions and results as SciPy's {@code ttest_1samp}, {@code ttest_ind} and
 * {@code ttest_rel}.
 *
 * <p>Errors: {@link NullPointerException} for null arguments; {@link IllegalArgumentException} for
 * samples with fewer than 2 values, a NaN null mean, or zero variance (the statistic is then
 * undefined); {@link jnum.mat.DimensionMismatchException} for paired samples of different lengths.
 * NaN in the data propagates to a NaN statistic and p-value.
 */
public final class TTest {
    private TTest() {}

    /** Two-sided one-sample test of mean(x) = mu. */
    public static TestResult oneSample(double[] x, double mu) {
        return oneSample(x, mu, Alternative.TWO_SIDED);
    }

    /**
     * One-sample t-test of mean(x) = mu: {@code t = (mean - mu) / (s / sqrt(n))}, df = n - 1.
     */
    public static TestResult oneSample(double[] x, double mu, Alternative alternative) {
        return oneSample("one-sample t-test", x, mu, alternative);
    }

    private static TestResult oneSample(String name, double[] x, double mu, Alternative alternative) {
        Samples.nonNull("tTest", "x", x);
        Objects.requireNonNull(alternative, "tTest: alternative is null");
        if (Double.isNaN(mu)) {
            throw new IllegalArgumentException("tTest: mu is NaN");
        }
        Samples.atLeast("tTest", "x", x.length, 2);
        double n = x.length;
        double se = Math.sqrt(nonZero(Stats.variance(x), "x") / n);
        double t = (Stats.mean(x) - mu) / se;
        return result(name, t, n - 1, alternative);
    }

    /** Two-sided two-sample Student test (equal variances). */
    public static TestResult student(double[] x, double[] y) {
        return student(x, y, Alternative.TWO_SIDED);
    }

    /**
     * Two-sample t-test assuming equal variances: pooled variance
     * {@code s^2 = ((nx - 1) sx^2 + (ny - 1) sy^2) / (nx + ny - 2)},
     * {@code t = (mean x - mean y) / (s sqrt(1/nx + 1/ny))}, df = nx + ny - 2.
     */
    public static TestResult student(double[] x, double[] y, Alternative alternative) {
        TwoSamples s = TwoSamples.of(x, y, alternative);
        double df = s.nx + s.ny - 2;
        double pooled = ((s.nx - 1) * s.vx + (s.ny - 1) * s.vy) / df;
        double t = (s.mx - s.my) / Math.sqrt(nonZero(pooled, "x and y") * (1 / s.nx + 1 / s.ny));
        return result("Student two-sample t-test", t, df, alternative);
    }

    /** Two-sided Welch test (unequal variances). */
    public static TestResult welch(double[] x, double[] y) {
        return welch(x, y, Alternative.TWO_SIDED);
    }

    /**
     * Welch's two-sample t-test: {@code t = (mean x - mean y) / sqrt(sx^2/nx + sy^2/ny)}, df by
     * Welch-Satterthwaite {@code (a + b)^2 / (a^2/(nx - 1) + b^2/(ny - 1))}, a = sx^2/nx, b = sy^2/ny.
     */
    public static TestResult welch(double[] x, double[] y, Alternative alternative) {
        TwoSamples s = TwoSamples.of(x, y, alternative);
        double a = s.vx / s.nx, b = s.vy / s.ny;
        double se2 = nonZero(a + b, "x and y");
        double df = se2 * se2 / (a * a / (s.nx - 1) + b * b / (s.ny - 1));
        return result("Welch two-sample t-test", (s.mx - s.my) / Math.sqrt(se2), df, alternative);
    }

    /** Two-sided paired test. */
    public static TestResult paired(double[] x, double[] y) {
        return paired(x, y, Alternative.TWO_SIDED);
    }

    /** Paired t-test: the one-sample test of the differences x - y against 0, df = n - 1. */
    public static TestResult paired(double[] x, double[] y, Alternative alternative) {
        Samples.nonNull("tTest", "x", x);
        Samples.nonNull("tTest", "y", y);
        Samples.sameLength("paired t-test", "x", x.length, "y", y.length);
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return oneSample("paired t-test", d, 0, alternative);
    }

    private static double nonZero(double v, String what) {
        if (v == 0) {
            throw new IllegalArgumentException("tTest: " + what + " have zero variance, t is undefined");
        }
        return v;
    }

    private static TestResult result(String name, double t, double df, Alternative alternative) {
        double p = Double.isNaN(t) ? Double.NaN : alternative.pValue(new StudentT(df), t);
        return new TestResult(name, t, df, p, alternative);
    }

    private record TwoSamples(double nx, double ny, double mx, double my, double vx, double vy) {
        static TwoSamples of(double[] x, double[] y, Alternative alternative) {
            Samples.nonNull("tTest", "x", x);
            Samples.nonNull("tTest", "y", y);
            Objects.requireNonNull(alternative, "tTest: alternative is null");
            Samples.atLeast("tTest", "x", x.length, 2);
            Samples.atLeast("tTest", "y", y.length, 2);
            return new TwoSamples(
                    x.length, y.length, Stats.mean(x), Stats.mean(y), Stats.variance(x), Stats.variance(y));
        }
    }
}

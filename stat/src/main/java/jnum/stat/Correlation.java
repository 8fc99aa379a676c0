package jnum.stat;

import static jnum.stat.Samples.contiguous;
import static jnum.stat.Samples.offset;

import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * Covariance and correlation: of two samples ({@code double[]} or {@link Vec}) and, as matrices, of
 * the columns of a data matrix (rows = observations, columns = variables).
 *
 * <ul>
 *   <li>Covariance: {@code sum (x - mean x)(y - mean y) / (n - 1)}, the means by two passes and the
 *       sums with the shift correction; the matrix form centres the columns and forms
 *       {@code Xc^T Xc} with the kernels' rank-k update.
 *   <li>Pearson's r: the covariance over the product of the standard deviations, clamped to [-1, 1].
 *   <li>Spearman's rho: Pearson's r of the average ranks (ties share the mean of their ranks).
 *   <li>Kendall's tau-b, which adjusts for ties in either variable, by Knight's O(n log n)
 *       algorithm.
 * </ul>
 *
 * <p>Errors: {@link NullPointerException} for a null argument; {@link jnum.mat.DimensionMismatchException}
 * when x and y differ in length; {@link IllegalArgumentException} with fewer than 2 observations,
 * or when a variable is constant (its correlation is undefined: 0 / 0). NaN: covariance and
 * Pearson propagate it (NaN results); Spearman and Kendall need an order and throw, naming the
 * first NaN.
 */
public final class Correlation {
    private Correlation() {}

    // ---- two samples -------------------------------------------------------------------------------

    /** The sample covariance of x and y. */
    public static double covariance(double[] x, double[] y) {
        return Pair.of("covariance", x, y).covariance();
    }

    /** The sample covariance of x and y. */
    public static double covariance(Vec x, Vec y) {
        return Pair.of("covariance", x, y).covariance();
    }

    /** Pearson's correlation coefficient r. */
    public static double pearson(double[] x, double[] y) {
        return Pair.of("pearson", x, y).pearson();
    }

    /** Pearson's correlation coefficient r. */
    public static double pearson(Vec x, Vec y) {
        return Pair.of("pearson", x, y).pearson();
    }

    /** Spearman's rank correlation rho (average ranks for ties). */
    public static double spearman(double[] x, double[] y) {
        return Pair.of("spearman", x, y).ranked().pearson();
    }

    /** Spearman's rank correlation rho (average ranks for ties). */
    public static double spearman(Vec x, Vec y) {
        return Pair.of("spearman", x, y).ranked().pearson();
    }

    /** Kendall's tau-b. */
    public static double kendall(double[] x, double[] y) {
        return Pair.of("kendall", x, y).kendall().tau;
    }

    /** Kendall's tau-b. */
    public static double kendall(Vec x, Vec y) {
        return Pair.of("kendall", x, y).kendall().tau;
    }

    // ---- matrices ------------------------------------------------------------------------------------

    /** The p x p sample covariance matrix of the columns of the n x p data (n >= 2). */
    public static Dense covariance(Dense data) {
        return accumulate("covariance", data).covariance();
    }

    /** The p x p Pearson correlation matrix of the columns of the data. */
    public static Dense pearson(Dense data) {
        CovarianceAccumulator a = accumulate("pearson", data);
        return CenteredBlock.correlationFromComoments(a.covariance(), "pearson");
    }

    /** The p x p Spearman correlation matrix (Pearson of the columns' average ranks). */
    public static Dense spearman(Dense data) {
        checkData("spearman", data);
        int n = data.rows(), p = data.cols();
        Dense ranks = Dense.zeros(n, p);
        for (int j = 0; j < p; j++) {
            Vec col = data.column(j);
            double[] a = contiguous(col);
            Samples.noNaN("spearman", "data column " + j, a, offset(col), n);
            double[] r = Ranks.average(a, offset(col), n);
            for (int i = 0; i < n; i++) {
                ranks.set(i, j, r[i]);
            }
        }
        return pearson(ranks);
    }

    /** The p x p Kendall tau-b matrix, O(p^2 n log n). */
    public static Dense kendall(Dense data) {
        checkData("kendall", data);
        int p = data.cols();
        Dense out = Dense.identity(p);
        for (int j = 0; j < p; j++) {
            for (int k = j + 1; k < p; k++) {
                double t = kendall(data.column(j), data.column(k));
                out.set(j, k, t);
                out.set(k, j, t);
            }
        }
        return out;
    }

    private static CovarianceAccumulator accumulate(String op, Dense data) {
        checkData(op, data);
        return new CovarianceAccumulator(data.cols()).addRows(data);
    }

    private static void checkData(String op, Dense data) {
        Objects.requireNonNull(data, op + ": data is null");
        if (data.cols() < 1) {
            throw new IllegalArgumentException(op + ": data has no columns");
        }
        Samples.atLeast(op, "data rows", data.rows(), 2);
    }

    // ---- a validated pair ------------------------------------------------------------------------------

    /** Two samples of equal length n >= 2, contiguous. */
    record Pair(String op, double[] x, int xOff, double[] y, int yOff, int n) {
        static Pair of(String op, double[] x, double[] y) {
            Samples.nonNull(op, "x", x);
            Samples.nonNull(op, "y", y);
            return checked(op, x, 0, x.length, y, 0, y.length);
        }

        static Pair of(String op, Vec x, Vec y) {
            Samples.nonNull(op, "x", x);
            Samples.nonNull(op, "y", y);
            return checked(op, contiguous(x), offset(x), x.length(), contiguous(y), offset(y), y.length());
        }

        private static Pair checked(String op, double[] x, int xOff, int nx, double[] y, int yOff, int ny) {
            Samples.sameLength(op, "x", nx, "y", ny);
            Samples.atLeast(op, "x", nx, 2);
            return new Pair(op, x, xOff, y, yOff, nx);
        }

        /** {sum dx^2, sum dy^2, sum dx dy} about the two means, shift-corrected. */
        double[] comoments() {
            double mx = Moments.mean(x, xOff, n);
            double my = Moments.mean(y, yOff, n);
            double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            for (int i = 0; i < n; i++) {
                double dx = x[xOff + i] - mx;
                double dy = y[yOff + i] - my;
                sx += dx;
                sy += dy;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
            return new double[] {sxx - sx * sx / n, syy - sy * sy / n, sxy - sx * sy / n};
        }

        double covariance() {
            return comoments()[2] / (n - 1);
        }

        double pearson() {
            double[] c = comoments();
            if (c[0] == 0 || c[1] == 0) {
                throw new IllegalArgumentException(
                        op + ": " + (c[0] == 0 ? "x" : "y") + " is constant, the correlation is undefined");
            }
            double r = c[2] / Math.sqrt(c[0]) / Math.sqrt(c[1]);
            return Math.max(-1, Math.min(1, r));
        }

        Pair ranked() {
            Samples.noNaN(op, "x", x, xOff, n);
            Samples.noNaN(op, "y", y, yOff, n);
            return new Pair(op, Ranks.average(x, xOff, n), 0, Ranks.average(y, yOff, n), 0, n);
        }

        KendallTau kendall() {
            Samples.noNaN(op, "x", x, xOff, n);
            Samples.noNaN(op, "y", y, yOff, n);
            KendallTau k = KendallTau.of(x, xOff, y, yOff, n);
            if (Double.isNaN(k.tau)) {
                throw new IllegalArgumentException(op + ": x or y is constant, the correlation is undefined");
            }
            return k;
        }
    }
}

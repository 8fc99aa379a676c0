package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.stat.LinearRegression;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LinearRegression} against NumPy/SciPy with statsmodels' formulas ({@code
 * reference/stat/regression.txt}, written by {@code make_regression.py}): coefficients, standard
 * errors, t, p-values, confidence intervals, R^2, adjusted R^2, F and its p-value, log-likelihood,
 * AIC, BIC, residuals, and predictions with confidence and prediction intervals.
 *
 * <p>Bound: both sides are backward-stable least-squares solutions, so each quantity agrees to
 * {@code e = 30 n kappa u} (kappa the 2-norm condition number of the column-scaled weighted design,
 * stored with the case), normwise: coefficients and their intervals in the column-scaled norm
 * {@code max_j D_j |b_j|} (D the column norms of the weighted design, Householder QR's backward
 * error being columnwise), residuals relative to {@code max |y|}, other vectors to their largest
 * element. A p-value p of |t| moves by about {@code
 * |t| pdf(t) / p} times t's relative error, bounded here by {@code (1 + t^2) e}.
 */
class RegressionScipyTest {
    record Case(
            String name,
            boolean intercept,
            double[][] x,
            double[] y,
            double[] w,
            double[][] xNew,
            int[] aliased,
            double kappa,
            Map<String, double[]> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = RegressionScipyTest.class.getResourceAsStream("/reference/stat/regression.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            String name = null;
            boolean intercept = false;
            List<double[]> x = new ArrayList<>(), xNew = new ArrayList<>();
            double[] y = null, w = null;
            int[] aliased = null;
            double kappa = 0;
            Map<String, double[]> expect = new LinkedHashMap<>();
            for (String l : lines) {
                String[] f = l.split(" ");
                switch (f[0]) {
                    case "case" -> {
                        name = f[1];
                        intercept = f[2].equals("intercept=1");
                        x = new ArrayList<>();
                        xNew = new ArrayList<>();
                        y = null;
                        w = null;
                        expect = new LinkedHashMap<>();
                    }
                    case "x" -> x.add(numbers(f, 1));
                    case "new" -> xNew.add(numbers(f, 1));
                    case "y" -> y = numbers(f, 1);
                    case "w" -> w = numbers(f, 1);
                    case "aliased" ->
                        aliased = Arrays.stream(numbers(f, 1))
                                .mapToInt(v -> (int) v)
                                .toArray();
                    case "kappa" -> kappa = Double.parseDouble(f[1]);
                    case "expect" -> expect.put(f[1], numbers(f, 2));
                    case "end" ->
                        out.add(new Case(
                                name,
                                intercept,
                                x.toArray(double[][]::new),
                                y,
                                w,
                                xNew.toArray(double[][]::new),
                                aliased,
                                kappa,
                                expect));
                    default -> throw new IllegalStateException("regression.txt: unknown line " + f[0]);
                }
            }
        }
        return out.stream();
    }

    private static double[] numbers(String[] f, int from) {
        return Arrays.stream(f, from, f.length)
                .mapToDouble(v -> v.equals("nan") ? Double.NaN : Double.parseDouble(v))
                .toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesStatsmodelsFormulas(Case c) {
        LinearRegression fit = c.w() == null
                ? LinearRegression.fit(c.x(), c.y(), c.intercept())
                : LinearRegression.fitWeighted(c.x(), c.y(), c.w(), c.intercept());
        double e = 30 * c.y().length * c.kappa() * Tolerance.U;
        assertArrayEquals(c.aliased(), fit.aliased(), c.name() + ": aliased columns");
        StringBuilder bad = new StringBuilder();
        double[] se = c.expect().get("se");
        double[] d = columnNorms(c);
        double[] yScale = new double[c.y().length];
        Arrays.fill(yScale, 1 / Arrays.stream(c.y()).map(Math::abs).max().orElseThrow());
        Dense ci = fit.confidenceIntervals(0.95);
        LinearRegression.Prediction pred = fit.predict(Dense.of(c.xNew()), 0.95);
        double[] predSe = c.expect().get("pred_se");
        compareScaled(bad, "coef", fit.coefficients().toArray(), c.expect().get("coef"), d, e);
        compareScaled(bad, "ci_lo", ci.column(0).toArray(), c.expect().get("ci_lo"), d, e);
        compareScaled(bad, "ci_hi", ci.column(1).toArray(), c.expect().get("ci_hi"), d, e);
        compareScaled(bad, "t", fit.tStatistics().toArray(), c.expect().get("t"), null, e);
        compareScaled(bad, "se", fit.standardErrors().toArray(), se, null, e);
        compareScaled(bad, "pred_mean", pred.mean().toArray(), c.expect().get("pred_mean"), null, e);
        compareScaled(bad, "pred_se", pred.standardError().toArray(), predSe, null, e);
        compareScaled(bad, "mean_lo", pred.meanLower().toArray(), c.expect().get("mean_lo"), null, e);
        compareScaled(bad, "mean_hi", pred.meanUpper().toArray(), c.expect().get("mean_hi"), null, e);
        compareScaled(
                bad, "obs_lo", pred.observationLower().toArray(), c.expect().get("obs_lo"), null, e);
        compareScaled(
                bad, "obs_hi", pred.observationUpper().toArray(), c.expect().get("obs_hi"), null, e);
        compareScaled(bad, "resid", fit.residuals().toArray(), c.expect().get("resid"), yScale, e);
        double[] t = c.expect().get("t");
        double[] p = fit.pValues().toArray();
        for (int j = 0; j < t.length; j++) {
            double want = c.expect().get("p")[j];
            if (!close(p[j], want, (1 + t[j] * t[j]) * e)) {
                bad.append("p[")
                        .append(j)
                        .append("] = ")
                        .append(p[j])
                        .append(", want ")
                        .append(want)
                        .append('\n');
            }
        }
        scalar(bad, "rsquared", fit.rSquared(), c, e);
        scalar(bad, "adj_rsquared", fit.adjustedRSquared(), c, e);
        scalar(bad, "f", fit.fStatistic(), c, e);
        double f = c.expect().get("f")[0];
        scalar(bad, "f_p", fit.fPValue(), c, (1 + f) * e);
        scalar(bad, "llf", fit.logLikelihood(), c, e);
        scalar(bad, "aic", fit.aic(), c, e);
        scalar(bad, "bic", fit.bic(), c, e);
        scalar(bad, "s", fit.residualStandardDeviation(), c, e);
        scalar(bad, "rss", fit.residualSumOfSquares(), c, e);
        assertTrue(bad.isEmpty(), c.name() + " (e = " + e + "):\n" + bad);
        assertTrue(fit.toString().contains("R-squared:"), fit.toString());
    }

    private static void scalar(StringBuilder bad, String key, double got, Case c, double tol) {
        double want = c.expect().get(key)[0];
        if (!close(got, want, tol)) {
            bad.append(key)
                    .append(" = ")
                    .append(got)
                    .append(", want ")
                    .append(want)
                    .append('\n');
        }
    }

    private static boolean close(double got, double want, double tol) {
        return Double.isNaN(want) ? Double.isNaN(got) : Math.abs(got - want) <= tol * Math.abs(want);
    }

    /** The 2-norms of the weighted design's columns (a column of ones first with an intercept). */
    private static double[] columnNorms(Case c) {
        int k = c.x()[0].length + (c.intercept() ? 1 : 0);
        double[] d = new double[k];
        for (int i = 0; i < c.y().length; i++) {
            double w = c.w() == null ? 1 : c.w()[i];
            for (int j = 0; j < k; j++) {
                double v = c.intercept() ? (j == 0 ? 1 : c.x()[i][j - 1]) : c.x()[i][j];
                d[j] += w * v * v;
            }
        }
        for (int j = 0; j < k; j++) {
            d[j] = Math.sqrt(d[j]);
        }
        return d;
    }

    /**
     * {@code max_j s_j |got_j - want_j| <= e max(max_j s_j |want_j|, 1)} for the residuals' scale
     * {@code 1/max|y|}, else {@code <= e max_j s_j |want_j|}, with s the given scales (1 if null);
     * NaN must match NaN.
     */
    private static void compareScaled(
            StringBuilder bad, String key, double[] got, double[] want, double[] s, double e) {
        double err = 0;
        double size = 0;
        for (int j = 0; j < want.length; j++) {
            if (Double.isNaN(want[j])) {
                if (!Double.isNaN(got[j])) {
                    bad.append(key)
                            .append('[')
                            .append(j)
                            .append("] = ")
                            .append(got[j])
                            .append(", want NaN\n");
                }
                continue;
            }
            double sj = s == null ? 1 : s[j];
            err = Math.max(err, Math.abs(got[j] - want[j]) * sj);
            size = Math.max(size, Math.abs(want[j]) * sj);
        }
        if (key.equals("resid")) {
            size = Math.max(size, 1);
        }
        if (!(err <= e * size)) {
            bad.append(key)
                    .append(": error ")
                    .append(err / size)
                    .append(" relative, bound ")
                    .append(e)
                    .append('\n');
        }
    }
}

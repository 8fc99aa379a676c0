package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link LinearRegression} and {@link RegressionAccumulator} over seeded random
 * designs (columns of very different scales, n from 14 to 423, up to 6 predictors): the accumulator
 * over random chunks and merges equals the batch fit; unit weights equal no weights; integer
 * precision weights give the coefficients and residual sum of squares of repeated rows; an aliased
 * column is reported and leaves the fit of the others unchanged; scaling y scales the coefficients
 * and keeps t and R^2. Bound: the designs have independent Gaussian columns (and the ones of the
 * intercept) with {@code n >= 4 p + 10} rows, so after column scaling their condition number is
 * near {@code (1 + sqrt(p/n)) / (1 - sqrt(p/n)) < 3} (Marchenko-Pastur); with cond taken as 1e3,
 * two backward-stable solutions agree to {@code 30 n cond u} relative, column-scaled (see {@link
 * RegressionScipyTest}).
 */
class RegressionProperties {
    record Data(double[][] x, double[] y, boolean intercept) {}

    static Data data(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int p = 1 + r.nextInt(6);
        int n = 4 * p + 10 + r.nextInt(390);
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            scale[j] = Math.pow(10, r.nextInt(-3, 4));
        }
        double[][] x = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextDouble(-5, 5);
            for (int j = 0; j < p; j++) {
                x[i][j] = scale[j] * r.nextGaussian();
                y[i] += x[i][j] / scale[j] * (j + 1);
            }
        }
        return new Data(x, y, r.nextInt(4) != 0);
    }

    /** Column-scaled relative difference {@code max D_j |a_j - b_j| / max D_j |b_j|}. */
    static double scaledDiff(Vec a, Vec b, double[][] x, boolean intercept) {
        double err = 0;
        double size = 0;
        for (int j = 0; j < b.length(); j++) {
            double d = 0;
            for (double[] row : x) {
                double v = intercept && j == 0 ? 1 : row[j - (intercept ? 1 : 0)];
                d += v * v;
            }
            d = Math.sqrt(d);
            err = Math.max(err, d * Math.abs(a.get(j) - b.get(j)));
            size = Math.max(size, d * Math.abs(b.get(j)));
        }
        return err / size;
    }

    private static double bound(Data d) {
        return 30 * d.y().length * 1e3 * Tolerance.U;
    }

    private static void assertClose(double want, double got, double rel, String what) {
        assertTrue(Math.abs(got - want) <= rel * Math.abs(want), what + ": " + got + " vs " + want);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void accumulatorEqualsBatch(long seed) throws Exception {
        Data d = data(seed);
        LinearRegression batch = LinearRegression.fit(d.x(), d.y(), d.intercept());
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eed);
        List<RegressionAccumulator> parts = new ArrayList<>();
        for (int start = 0; start < d.y().length; ) {
            int end = Math.min(d.y().length, start + 1 + r.nextInt(300));
            RegressionAccumulator acc = new RegressionAccumulator(d.x()[0].length, d.intercept());
            if (r.nextBoolean()) {
                acc.add(
                        Dense.of(java.util.Arrays.copyOfRange(d.x(), start, end)),
                        Vec.of(java.util.Arrays.copyOfRange(d.y(), start, end)));
            } else {
                for (int i = start; i < end; i++) {
                    acc.add(d.x()[i], d.y()[i]);
                }
            }
            parts.add(r.nextBoolean() ? roundTrip(acc) : acc);
            start = end;
        }
        while (parts.size() > 1) {
            RegressionAccumulator a = parts.remove(r.nextInt(parts.size()));
            RegressionAccumulator b = parts.remove(r.nextInt(parts.size()));
            parts.add(a.merge(b));
        }
        LinearRegression stream = parts.get(0).result();
        double e = bound(d);
        assertEquals(batch.observations(), stream.observations());
        assertEquals(batch.rank(), stream.rank());
        assertTrue(scaledDiff(stream.coefficients(), batch.coefficients(), d.x(), d.intercept()) <= e, "coefficients");
        assertTrue(
                stream.standardErrors().minus(batch.standardErrors()).normInf()
                        <= e * batch.standardErrors().normInf(),
                "standard errors");
        assertClose(batch.residualSumOfSquares(), stream.residualSumOfSquares(), e, "RSS");
        assertClose(batch.totalSumOfSquares(), stream.totalSumOfSquares(), e, "TSS");
        assertClose(batch.logLikelihood(), stream.logLikelihood(), e, "log-likelihood");
        assertThrows(IllegalStateException.class, stream::residuals);
    }

    private static RegressionAccumulator roundTrip(RegressionAccumulator acc) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RegressionAccumulator) in.readObject();
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void weights(long seed) {
        Data d = data(seed);
        int n = d.y().length;
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        LinearRegression plain = LinearRegression.fit(d.x(), d.y(), d.intercept());
        LinearRegression unit = LinearRegression.fitWeighted(d.x(), d.y(), ones, d.intercept());
        assertEquals(plain.coefficients(), unit.coefficients(), "unit weights: coefficients");
        assertEquals(plain.standardErrors(), unit.standardErrors(), "unit weights: standard errors");
        assertEquals(plain.logLikelihood(), unit.logLikelihood(), "unit weights: log-likelihood");
        // integer weights against repeated rows: the same weighted least-squares problem
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[n];
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w[i] = i < 2 ? 1 : r.nextInt(4);
            for (int k = 0; k < w[i]; k++) {
                xs.add(d.x()[i]);
                ys.add(d.y()[i]);
            }
        }
        double[][] xr = xs.toArray(double[][]::new);
        double[] yr = ys.stream().mapToDouble(Double::doubleValue).toArray();
        LinearRegression weighted = LinearRegression.fitWeighted(d.x(), d.y(), w, d.intercept());
        LinearRegression repeated = LinearRegression.fit(xr, yr, d.intercept());
        if (repeated.rank() == repeated.columns()) {
            double e = bound(d);
            assertTrue(scaledDiff(weighted.coefficients(), repeated.coefficients(), d.x(), d.intercept()) <= e);
            assertClose(repeated.residualSumOfSquares(), weighted.residualSumOfSquares(), e, "RSS");
            assertClose(repeated.rSquared(), weighted.rSquared(), e, "R^2");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void aliasedColumnIsReported(long seed) {
        Data d = data(seed);
        int p = d.x()[0].length;
        double[][] xa = new double[d.y().length][p + 1];
        for (int i = 0; i < xa.length; i++) {
            System.arraycopy(d.x()[i], 0, xa[i], 0, p);
            xa[i][p] = 3 * d.x()[i][0] - (p > 1 ? d.x()[i][p - 1] : 0);
        }
        LinearRegression full = LinearRegression.fit(d.x(), d.y(), d.intercept());
        LinearRegression aliased = LinearRegression.fit(xa, d.y(), d.intercept());
        int last = p + (d.intercept() ? 1 : 0);
        assertArrayEquals(new int[] {last}, aliased.aliased());
        assertEquals(full.rank(), aliased.rank());
        assertTrue(Double.isNaN(aliased.coefficients().get(last)));
        assertTrue(Double.isNaN(aliased.pValues().get(last)));
        double e = bound(d);
        assertTrue(scaledDiff(aliased.coefficients().slice(0, last), full.coefficients(), d.x(), d.intercept()) <= e);
        assertClose(full.residualStandardDeviation(), aliased.residualStandardDeviation(), e, "s");
        assertTrue(aliased.toString().contains("aliased"), aliased.toString());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void scalingTheResponse(long seed) {
        Data d = data(seed);
        double a = -1024; // a power of 2: y a is exact
        double[] ya = java.util.Arrays.stream(d.y()).map(v -> v * a).toArray();
        LinearRegression f = LinearRegression.fit(d.x(), d.y(), d.intercept());
        LinearRegression g = LinearRegression.fit(d.x(), ya, d.intercept());
        double e = bound(d);
        assertTrue(scaledDiff(g.coefficients(), f.coefficients().scale(a), d.x(), d.intercept()) <= e);
        assertTrue(g.tStatistics().minus(f.tStatistics().scale(-1)).normInf()
                <= e * f.tStatistics().normInf());
        assertClose(f.rSquared(), g.rSquared(), e, "R^2");
    }

    @Test
    void badInput() {
        double[][] x = {{1}, {2}, {3}};
        double[] y = {1, 2, 4};
        assertThrows(NullPointerException.class, () -> LinearRegression.fit((double[][]) null, y));
        assertThrows(DimensionMismatchException.class, () -> LinearRegression.fit(x, new double[] {1, 2}));
        var nan = assertThrows(
                IllegalArgumentException.class, () -> LinearRegression.fit(new double[][] {{1}, {Double.NaN}, {3}}, y));
        assertTrue(nan.getMessage().contains("x[1, 0]"), nan.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> LinearRegression.fitWeighted(x, y, new double[] {1, -1, 1}, true));
        assertThrows(
                IllegalArgumentException.class, () -> LinearRegression.fitWeighted(x, y, new double[] {0, 0, 0}, true));
        assertThrows(IllegalArgumentException.class, () -> LinearRegression.fit(new double[3][0], y, false));
        assertThrows(
                IllegalArgumentException.class, () -> LinearRegression.fit(x, y).confidenceIntervals(1));
        assertThrows(
                DimensionMismatchException.class,
                () -> LinearRegression.fit(x, y).predict(1, 2));
        RegressionAccumulator acc = new RegressionAccumulator(1);
        assertThrows(IllegalStateException.class, acc::result);
        assertThrows(DimensionMismatchException.class, () -> acc.add(new double[] {1, 2}, 3));
        assertThrows(IllegalArgumentException.class, () -> acc.add(new double[] {Double.POSITIVE_INFINITY}, 3));
        assertThrows(IllegalArgumentException.class, () -> acc.merge(new RegressionAccumulator(1, false)));
        assertThrows(IllegalArgumentException.class, () -> new RegressionAccumulator(0, false));
        // exactly determined: no residual degrees of freedom, so no standard errors
        LinearRegression exact = LinearRegression.fit(new double[][] {{1}, {2}}, new double[] {1, 3});
        assertEquals(0, exact.dfResidual());
        assertTrue(Double.isNaN(exact.standardErrors().get(0)) && Double.isNaN(exact.residualStandardDeviation()));
    }
}

package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.stat.BinRule;
import jnum.stat.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gives a clear exception naming the operation and the argument; NaN propagates as documented. */
class StatsErrorsTest {
    private static void throwsNaming(Class<? extends Throwable> type, Executable call, String... words) {
        Throwable t = assertThrows(type, call);
        for (String w : words) {
            assertTrue(t.getMessage().contains(w), "message '" + t.getMessage() + "' lacks '" + w + "'");
        }
    }

    @Test
    void emptyAndTooShort() {
        throwsNaming(IllegalArgumentException.class, () -> Stats.mean(new double[0]), "mean", "x is empty");
        throwsNaming(IllegalArgumentException.class, () -> Stats.mean(Vec.zeros(0)), "mean", "empty");
        throwsNaming(IllegalArgumentException.class, () -> Stats.variance(new double[] {1}), "variance", "at least 2");
        throwsNaming(
                IllegalArgumentException.class,
                () -> Stats.adjustedKurtosis(new double[] {1, 2, 3}),
                "adjustedKurtosis",
                "4");
        throwsNaming(IllegalArgumentException.class, () -> Stats.median(new double[0]), "quantile", "empty");
        throwsNaming(IllegalArgumentException.class, () -> Stats.histogram(new double[0], BinRule.SCOTT), "histogram");
    }

    @Test
    void nullArguments() {
        throwsNaming(NullPointerException.class, () -> Stats.mean((double[]) null), "mean", "x is null");
        throwsNaming(NullPointerException.class, () -> Stats.mean(new double[] {1}, null), "weights is null");
        throwsNaming(
                NullPointerException.class, () -> Stats.quantiles(new double[] {1}, (double[]) null), "ps is null");
    }

    @Test
    void badWeights() {
        double[] x = {1, 2, 3};
        throwsNaming(
                IllegalArgumentException.class, () -> Stats.mean(x, new double[] {1, -1, 1}), "weights[1]", "-1.0");
        throwsNaming(
                IllegalArgumentException.class,
                () -> Stats.variance(x, new double[] {1, Double.NaN, 1}),
                "weights[1]",
                "NaN");
        throwsNaming(IllegalArgumentException.class, () -> Stats.mean(x, new double[] {0, 0, 0}), "sum to 0");
        throwsNaming(DimensionMismatchException.class, () -> Stats.mean(x, new double[] {1, 1}), "mean", "3", "2");
        throwsNaming(
                IllegalArgumentException.class, () -> Stats.variance(x, new double[] {0.2, 0.2, 0.2}), "more than 1");
    }

    @Test
    void badParameters() {
        double[] x = {1, 2, 3, 5};
        throwsNaming(IllegalArgumentException.class, () -> Stats.quantile(x, 1.5), "p = 1.5");
        throwsNaming(IllegalArgumentException.class, () -> Stats.quantile(x, Double.NaN), "p = NaN");
        throwsNaming(IllegalArgumentException.class, () -> Stats.autocorrelation(x, 4), "lag 4");
        throwsNaming(IllegalArgumentException.class, () -> Stats.centralMoment(x, -1), "k = -1");
        throwsNaming(IllegalArgumentException.class, () -> Stats.geometricMean(new double[] {1, -2}), "x[1] = -2.0");
        throwsNaming(IllegalArgumentException.class, () -> Stats.skewness(new double[] {2, 2, 2}), "constant");
        throwsNaming(IllegalArgumentException.class, () -> Stats.zScores(new double[] {2, 2}), "constant");
        throwsNaming(
                IllegalArgumentException.class, () -> Stats.histogram(x, new double[] {0, 2, 1}), "non-decreasing");
        throwsNaming(IllegalArgumentException.class, () -> Stats.entropy(new double[] {0.5, -0.1}), "p[1]");
    }

    @Test
    void nanPolicy() {
        double[] x = {1, Double.NaN, 3};
        assertTrue(Double.isNaN(Stats.mean(x)));
        assertTrue(Double.isNaN(Stats.variance(x)));
        assertTrue(Double.isNaN(Stats.min(x)));
        assertTrue(Double.isNaN(Stats.max(x)));
        assertTrue(Double.isNaN(Stats.median(x)));
        assertTrue(Double.isNaN(Stats.quantiles(x, 0.1, 0.9)[1]));
        assertTrue(Double.isNaN(Stats.mode(x)));
        throwsNaming(IllegalArgumentException.class, () -> Stats.histogram(x, 3), "x[1] is NaN");
        throwsNaming(IllegalArgumentException.class, () -> Stats.ecdf(x), "x[1] is NaN");
    }

    @Test
    void correlationMatrixErrors() {
        jnum.mat.Dense constantColumn = jnum.mat.Dense.of(new double[][] {{1, 5}, {2, 5}, {3, 5}});
        throwsNaming(
                IllegalArgumentException.class,
                () -> jnum.stat.Correlation.pearson(constantColumn),
                "variable 1",
                "zero variance");
        throwsNaming(
                IllegalArgumentException.class,
                () -> jnum.stat.Correlation.covariance(jnum.mat.Dense.zeros(1, 2)),
                "at least 2");
        throwsNaming(
                IllegalArgumentException.class,
                () -> jnum.stat.Correlation.spearman(jnum.mat.Dense.of(new double[][] {{1, 2}, {Double.NaN, 3}})),
                "data column 0[1] is NaN");
        // ties between -0.0 and 0.0 are ties: both get rank 1.5
        assertEquals(1.0, jnum.stat.Correlation.spearman(new double[] {-0.0, 0.0, 1}, new double[] {0, 0, 1}), 1e-15);
        assertEquals(1.0, jnum.stat.Correlation.kendall(new double[] {-0.0, 0.0, 1}, new double[] {0, 0, 1}), 1e-15);
    }

    @Test
    void smallExactValues() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Stats.mean(x));
        assertEquals(4.0, Stats.populationVariance(x));
        assertEquals(2.0, Stats.populationStdDev(x));
        assertEquals(4.0, Stats.mode(x));
        assertEquals(4.5, Stats.median(x));
        assertEquals(0.75, Stats.ecdf(x).cdf(5));
        assertEquals(0.25, Stats.ecdf(x).survival(5));
        assertEquals(7.0, Stats.range(x));
        assertEquals(Math.log(2), Stats.entropy(new double[] {1, 1}), 1e-16);
        assertEquals(1.0, Stats.entropy(new double[] {1, 1}, 2), 1e-16);
        assertEquals(2.0, Stats.geometricMean(new double[] {1, 4}), 1e-15);
        assertEquals(1.6, Stats.harmonicMean(new double[] {1, 4}), 1e-15);
        assertEquals(0.0, Stats.harmonicMean(new double[] {1, 0}));
    }
}

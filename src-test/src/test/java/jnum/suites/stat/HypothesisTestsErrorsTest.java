package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.DimensionMismatchException;
import jnum.stat.Alternative;
import jnum.stat.Anova;
import jnum.stat.ChiSquareTest;
import jnum.stat.Correlation;
import jnum.stat.CorrelationTest;
import jnum.stat.KolmogorovSmirnovTest;
import jnum.stat.MannWhitneyTest;
import jnum.stat.ShapiroWilkTest;
import jnum.stat.TTest;
import jnum.stat.TestMethod;
import jnum.stat.TestResult;
import jnum.stat.WilcoxonTest;
import jnum.stat.distribution.Normal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to the tests, and properties every test must have whatever the data. */
class HypothesisTestsErrorsTest {
    private static void throwsNaming(Class<? extends Throwable> type, Executable call, String... words) {
        Throwable t = assertThrows(type, call);
        for (String w : words) {
            assertTrue(t.getMessage().contains(w), "message '" + t.getMessage() + "' lacks '" + w + "'");
        }
    }

    @Test
    void badInput() {
        double[] x = {1, 2, 3, 4};
        throwsNaming(IllegalArgumentException.class, () -> TTest.oneSample(new double[] {1}, 0), "x", "at least 2");
        throwsNaming(IllegalArgumentException.class, () -> TTest.oneSample(new double[] {2, 2, 2}, 0), "zero variance");
        throwsNaming(DimensionMismatchException.class, () -> TTest.paired(x, new double[] {1, 2}), "x", "y");
        throwsNaming(NullPointerException.class, () -> TTest.welch(x, null), "y is null");
        throwsNaming(IllegalArgumentException.class, () -> Anova.oneWay(x), "2 groups");
        throwsNaming(IllegalArgumentException.class, () -> Anova.oneWay(x, new double[0]), "groups[1] is empty");
        throwsNaming(
                IllegalArgumentException.class, () -> ChiSquareTest.goodnessOfFit(new double[] {1, -2}), "observed[1]");
        throwsNaming(
                IllegalArgumentException.class,
                () -> ChiSquareTest.goodnessOfFit(new double[] {1, 2}, new double[] {1, 1}),
                "sum");
        throwsNaming(
                IllegalArgumentException.class,
                () -> ChiSquareTest.independence(new double[][] {{1, 0}, {2, 0}}),
                "column 1");
        throwsNaming(
                DimensionMismatchException.class,
                () -> ChiSquareTest.independence(new double[][] {{1, 2}, {3}}),
                "table[1]");
        throwsNaming(
                IllegalArgumentException.class,
                () -> KolmogorovSmirnovTest.oneSample(new double[] {Double.NaN}, Normal.standard()),
                "x[0] is NaN");
        throwsNaming(
                IllegalArgumentException.class,
                () -> MannWhitneyTest.test(
                        new double[] {1, 1}, new double[] {1, 2}, Alternative.TWO_SIDED, TestMethod.EXACT),
                "ties");
        throwsNaming(IllegalArgumentException.class, () -> WilcoxonTest.signedRank(new double[] {0, 0}), "zero");
        throwsNaming(IllegalArgumentException.class, () -> ShapiroWilkTest.test(new double[] {1, 2}), "at least 3");
        throwsNaming(IllegalArgumentException.class, () -> ShapiroWilkTest.test(new double[] {5, 5, 5}), "equal");
        throwsNaming(
                IllegalArgumentException.class,
                () -> Correlation.pearson(x, new double[] {1, 1, 1, 1}),
                "y is constant");
        throwsNaming(
                IllegalArgumentException.class,
                () -> Correlation.spearman(x, new double[] {1, Double.NaN, 1, 1}),
                "y[1] is NaN");
        throwsNaming(
                IllegalArgumentException.class,
                () -> CorrelationTest.pearson(new double[] {1, 2}, new double[] {2, 1}),
                "3 pairs");
        assertTrue(
                Double.isNaN(TTest.oneSample(new double[] {1, Double.NaN, 3}, 0).pValue()), "NaN propagates");
    }

    private static double[] normal(SplittableRandom rnd, int n, double shift) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian() + shift;
        }
        return v;
    }

    /**
     * Whatever the data: p in [0, 1]; the one-sided p-values of a continuous statistic add up to 1
     * (exactly for t, up to the probability of the observed value for rank tests: at most 1 + that);
     * the two-sided p-value is twice the smaller one-sided (capped at 1).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void pValuesAreConsistentAcrossAlternatives(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = normal(rnd, 4 + rnd.nextInt(30), 0);
        double[] y = normal(rnd, 4 + rnd.nextInt(30), rnd.nextGaussian());
        TestResult less = TTest.welch(x, y, Alternative.LESS);
        TestResult greater = TTest.welch(x, y, Alternative.GREATER);
        TestResult two = TTest.welch(x, y, Alternative.TWO_SIDED);
        assertEquals(1.0, less.pValue() + greater.pValue(), 1e-13);
        assertEquals(
                Math.min(1, 2 * Math.min(less.pValue(), greater.pValue())), two.pValue(), 1e-14 + 1e-13 * two.pValue());
        for (TestMethod m : new TestMethod[] {TestMethod.EXACT, TestMethod.ASYMPTOTIC}) {
            double[] xs = java.util.Arrays.copyOf(x, Math.min(x.length, 8));
            TestResult l = MannWhitneyTest.test(xs, y, Alternative.LESS, m);
            TestResult g = MannWhitneyTest.test(xs, y, Alternative.GREATER, m);
            TestResult t = MannWhitneyTest.test(xs, y, Alternative.TWO_SIDED, m);
            for (TestResult r : new TestResult[] {l, g, t}) {
                assertTrue(r.pValue() >= 0 && r.pValue() <= 1, r.toString());
            }
            assertTrue(l.pValue() + g.pValue() >= 1 - 1e-12, m + ": " + l + " / " + g);
            assertEquals(Math.min(1, 2 * Math.min(l.pValue(), g.pValue())), t.pValue(), 1e-12, m.toString());
            TestResult ks = KolmogorovSmirnovTest.twoSample(xs, y, Alternative.TWO_SIDED, m);
            assertTrue(ks.pValue() >= 0 && ks.pValue() <= 1, ks.toString());
        }
        TestResult w = WilcoxonTest.signedRank(x, Alternative.TWO_SIDED, TestMethod.EXACT);
        assertTrue(w.pValue() > 0 && w.pValue() <= 1, w.toString());
        TestResult sw = ShapiroWilkTest.test(x);
        assertTrue(sw.statistic() > 0 && sw.statistic() <= 1 && sw.pValue() >= 0 && sw.pValue() <= 1, sw.toString());
    }
}

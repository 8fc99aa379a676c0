package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import jnum.mat.Vec;
import jnum.stat.BinRule;
import jnum.stat.Histogram;
import jnum.stat.QuantileMethod;
import jnum.stat.Stats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Descriptive statistics against NumPy/SciPy on the same samples. Bound: a sum of n terms carries
 * a relative error up to about n eps in either implementation, so moments agree to
 * {@code 4 n eps} relative (skewness, kurtosis and autocorrelation, O(1) ratios whose numerators
 * can cancel, to {@code 4 n eps} absolute); order
 * statistics and quantiles, which the two compute with the same formulas, to 2 ulps.
 */
class StatsScipyTest {
    private static final double EPS = Math.ulp(1.0);

    private static final Map<String, BiFunction<double[], ScipyReference.Row, Double>> MOMENTS = Map.ofEntries(
            Map.entry("mean", (x, r) -> Stats.mean(x)),
            Map.entry("variance", (x, r) -> Stats.variance(x)),
            Map.entry("populationVariance", (x, r) -> Stats.populationVariance(x)),
            Map.entry("stdDev", (x, r) -> Stats.stdDev(x)),
            Map.entry("standardError", (x, r) -> Stats.standardError(x)),
            Map.entry("skewness", (x, r) -> Stats.skewness(x)),
            Map.entry("adjustedSkewness", (x, r) -> Stats.adjustedSkewness(x)),
            Map.entry("kurtosis", (x, r) -> Stats.kurtosis(x)),
            Map.entry("adjustedKurtosis", (x, r) -> Stats.adjustedKurtosis(x)),
            Map.entry("centralMoment", (x, r) -> Stats.centralMoment(x, (int) r.arg(0))),
            Map.entry("autocorrelation", (x, r) -> Stats.autocorrelation(x, (int) r.arg(0))),
            Map.entry("geometricMean", (x, r) -> Stats.geometricMean(x)),
            Map.entry("harmonicMean", (x, r) -> Stats.harmonicMean(x)),
            Map.entry("entropy", (x, r) -> Stats.entropy(x)));

    private static final Map<String, BiFunction<double[], ScipyReference.Row, Double>> ORDER = Map.of(
            "median", (x, r) -> Stats.median(x),
            "mode", (x, r) -> Stats.mode(x),
            "interquartileRange", (x, r) -> Stats.interquartileRange(x),
            "medianAbsoluteDeviation", (x, r) -> Stats.medianAbsoluteDeviation(x),
            "min", (x, r) -> Stats.min(x),
            "max", (x, r) -> Stats.max(x),
            "quantile", (x, r) -> Stats.quantile(x, r.arg(1), QuantileMethod.ofType((int) r.arg(0))));

    /** Ratios of O(1) size whose numerators can cancel: their error is absolute, not relative. */
    private static final java.util.Set<String> SHAPE =
            java.util.Set.of("skewness", "adjustedSkewness", "kurtosis", "adjustedKurtosis", "autocorrelation");

    @Test
    void momentsMatchScipy() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (var e : MOMENTS.entrySet()) {
            for (ScipyReference.Row r : ScipyReference.rows(e.getKey())) {
                double[] x = ScipyReference.sample(r.samples());
                double got = e.getValue().apply(x, r);
                double scale =
                        SHAPE.contains(e.getKey()) ? Math.max(1, Math.abs(r.statistic())) : Math.abs(r.statistic());
                double tol = 4 * x.length * EPS * scale;
                if (!(Math.abs(got - r.statistic()) <= tol)) {
                    bad.add(r + ": got " + got + ", SciPy " + r.statistic());
                }
                checked++;
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " differ:\n" + String.join("\n", bad));
    }

    @Test
    void orderStatisticsMatchNumpy() {
        List<String> bad = new ArrayList<>();
        int checked = 0;
        for (var e : ORDER.entrySet()) {
            for (ScipyReference.Row r : ScipyReference.rows(e.getKey())) {
                double[] x = ScipyReference.sample(r.samples());
                double got = e.getValue().apply(x, r);
                if (!(Math.abs(got - r.statistic()) <= 2 * Math.ulp(r.statistic()))) {
                    bad.add(r + ": got " + got + ", NumPy " + r.statistic());
                }
                checked++;
            }
        }
        assertTrue(checked > 400, "rows: " + checked);
        assertTrue(bad.isEmpty(), bad.size() + " of " + checked + " differ:\n" + String.join("\n", bad));
    }

    @Test
    void quantilesAtOnceEqualOneAtATime() {
        double[] x = ScipyReference.sample("big1");
        double[] ps = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        for (QuantileMethod m : QuantileMethod.values()) {
            double[] all = Stats.quantiles(x, ps, m);
            for (int i = 0; i < ps.length; i++) {
                assertEquals(Stats.quantile(x, ps[i], m), all[i], 0.0, m + " p=" + ps[i]);
            }
        }
    }

    @Test
    void weightedMatchesNumpy() {
        double[] x = ScipyReference.sample("a");
        double[] w = ScipyReference.sample("w");
        double tol = 4 * x.length * EPS;
        double mean = ScipyReference.rows("weightedMean").get(0).statistic();
        double var = ScipyReference.rows("weightedVariance").get(0).statistic();
        double pvar = ScipyReference.rows("weightedPopulationVariance").get(0).statistic();
        assertEquals(mean, Stats.mean(x, w), tol * mean);
        assertEquals(var, Stats.variance(x, w), tol * var);
        assertEquals(pvar, Stats.populationVariance(x, w), tol * pvar);
        assertEquals(mean, Stats.mean(Vec.of(x), Vec.of(w)), tol * mean);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sturges", "scott", "fd", "sqrt", "auto"})
    void histogramBinsMatchNumpy(String rule) {
        BinRule r = switch (rule) {
            case "sturges" -> BinRule.STURGES;
            case "scott" -> BinRule.SCOTT;
            case "fd" -> BinRule.FREEDMAN_DIACONIS;
            case "sqrt" -> BinRule.SQRT;
            default -> BinRule.AUTO;
        };
        for (ScipyReference.Row bins : ScipyReference.rows("histogramBins")) {
            if (!bins.args().get(0).equals(rule)) {
                continue;
            }
            double[] x = ScipyReference.sample(bins.samples());
            Histogram h = Stats.histogram(x, r);
            assertEquals((int) bins.statistic(), h.bins(), bins.toString());
            double[] edges = h.edges();
            double[] counts = h.counts();
            for (ScipyReference.Row e : ScipyReference.rows("histogramEdge")) {
                if (e.samples().equals(bins.samples()) && e.args().get(0).equals(rule)) {
                    double want = e.statistic();
                    assertEquals(want, edges[(int) e.arg(1)], 2 * Math.ulp(want), e.toString());
                }
            }
            for (ScipyReference.Row c : ScipyReference.rows("histogramCount")) {
                if (c.samples().equals(bins.samples()) && c.args().get(0).equals(rule)) {
                    assertEquals(c.statistic(), counts[(int) c.arg(1)], 0.0, c.toString());
                }
            }
        }
    }
}

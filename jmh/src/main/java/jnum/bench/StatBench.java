package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Dense;
import jnum.stat.Correlation;
import jnum.stat.Stats;
import jnum.stat.Summary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Descriptive statistics, jnum against Commons Math 3 and Hipparchus in the same run (average time
 * per call): mean, variance and a full summary (mean, variance, skewness, kurtosis, min, max) of
 * 1e7 doubles; one quantile and all nine deciles of 1e6; the Pearson correlation matrix of a
 * 1e5 x 100 data matrix; Spearman's rho of 1e6 pairs. Data: normal values shifted by 1e3 (so that
 * one-pass formulas would lose digits), fixed seeds. The peers' Percentile selects on a copy as
 * jnum does; their DescriptiveStatistics stores the values, SummaryStatistics streams them.
 * NumPy/SciPy timings of the same operations: jmh/python/stat.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
// a fixed, pre-touched heap: the quantile rows copy 8 MB per call, and on a growing heap the first
// touch of newly committed memory (page faults) cost more than the selection itself
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class StatBench {
    private static final double[] DECILES = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private double[] big;
    private double[] mid;
    private double[] px;
    private double[] py;
    private Dense data;
    private double[][] rows;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        big = normal(rnd, 10_000_000);
        mid = normal(rnd, 1_000_000);
        px = normal(rnd, 1_000_000);
        py = new double[px.length];
        for (int i = 0; i < px.length; i++) {
            py[i] = 0.5 * px[i] + rnd.nextGaussian();
        }
        int n = 100_000, p = 100;
        data = Dense.zeros(n, p);
        rows = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = rnd.nextGaussian() + (j % 7) * 0.3 * rows[i][Math.max(0, j - 1)];
                rows[i][j] = v;
                data.set(i, j, v);
            }
        }
    }

    private static double[] normal(SplittableRandom rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1e3 + rnd.nextGaussian();
        }
        return v;
    }

    // ---- mean / variance / summary of 1e7 ---------------------------------------------------------

    @Benchmark
    public double meanJnum() {
        return Stats.mean(big);
    }

    @Benchmark
    public double meanCommonsMath() {
        return org.apache.commons.math3.stat.StatUtils.mean(big);
    }

    @Benchmark
    public double meanHipparchus() {
        return org.hipparchus.stat.StatUtils.mean(big);
    }

    @Benchmark
    public double varianceJnum() {
        return Stats.variance(big);
    }

    @Benchmark
    public double varianceCommonsMath() {
        return org.apache.commons.math3.stat.StatUtils.variance(big);
    }

    @Benchmark
    public double varianceHipparchus() {
        return org.hipparchus.stat.StatUtils.variance(big);
    }

    @Benchmark
    public double summaryJnum() {
        Summary s = Summary.of(big);
        return s.mean() + s.variance() + s.skewness() + s.kurtosis() + s.min() + s.max();
    }

    @Benchmark
    public double summaryJnumStreaming() {
        Summary s = new Summary();
        for (double v : big) {
            s.add(v);
        }
        return s.mean() + s.variance() + s.skewness() + s.kurtosis() + s.min() + s.max();
    }

    @Benchmark
    public double summaryCommonsMathDescriptive() {
        var s = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(big);
        return s.getMean() + s.getVariance() + s.getSkewness() + s.getKurtosis() + s.getMin() + s.getMax();
    }

    @Benchmark
    public double summaryHipparchusDescriptive() {
        var s = new org.hipparchus.stat.descriptive.DescriptiveStatistics(big);
        return s.getMean() + s.getVariance() + s.getSkewness() + s.getKurtosis() + s.getMin() + s.getMax();
    }

    @Benchmark
    public double summaryCommonsMathStreaming() {
        var s = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (double v : big) {
            s.addValue(v);
        }
        return s.getMean() + s.getVariance() + s.getMin() + s.getMax();
    }

    // ---- quantiles of 1e6 -------------------------------------------------------------------------

    @Benchmark
    public double quantileJnum() {
        return Stats.quantile(mid, 0.9);
    }

    @Benchmark
    public double quantileCommonsMath() {
        return new org.apache.commons.math3.stat.descriptive.rank.Percentile().evaluate(mid, 90);
    }

    @Benchmark
    public double quantileHipparchus() {
        return new org.hipparchus.stat.descriptive.rank.Percentile().evaluate(mid, 90);
    }

    @Benchmark
    public double[] decilesJnum() {
        return Stats.quantiles(mid, DECILES);
    }

    @Benchmark
    public double decilesCommonsMath() {
        var p = new org.apache.commons.math3.stat.descriptive.rank.Percentile();
        p.setData(mid);
        double s = 0;
        for (double q : DECILES) {
            s += p.evaluate(100 * q);
        }
        return s;
    }

    @Benchmark
    public double decilesHipparchus() {
        var p = new org.hipparchus.stat.descriptive.rank.Percentile();
        p.setData(mid);
        double s = 0;
        for (double q : DECILES) {
            s += p.evaluate(100 * q);
        }
        return s;
    }

    // ---- correlation ----------------------------------------------------------------------------

    @Benchmark
    public Dense correlationMatrixJnum() {
        return Correlation.pearson(data);
    }

    @Benchmark
    public Object correlationMatrixCommonsMath() {
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation(rows).getCorrelationMatrix();
    }

    @Benchmark
    public Object correlationMatrixHipparchus() {
        return new org.hipparchus.stat.correlation.PearsonsCorrelation(rows).getCorrelationMatrix();
    }

    @Benchmark
    public double spearmanJnum() {
        return Correlation.spearman(px, py);
    }

    @Benchmark
    public double spearmanCommonsMath() {
        return new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(px, py);
    }

    @Benchmark
    public double spearmanHipparchus() {
        return new org.hipparchus.stat.correlation.SpearmansCorrelation().correlation(px, py);
    }
}

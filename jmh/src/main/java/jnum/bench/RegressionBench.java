package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.LinearRegression;
import jnum.stat.RegressionAccumulator;
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
 * Ordinary least squares with an intercept on 1e5 observations of 50 predictors, jnum against
 * Commons Math 3 and Hipparchus {@code OLSMultipleLinearRegression} in the same run: each computes
 * the coefficients and their standard errors (the peers by Householder QR, then {@code (R^T R)^-1});
 * jnum's batch fit also computes everything of its summary (t, p, R^2, F, residuals, fitted values)
 * and refines the solution; the streaming accumulator adds the 1e5 rows as one block. NumPy's
 * {@code lstsq} on the same sizes: jmh/python/regression.py.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class RegressionBench {
    private Dense x;
    private Vec y;
    private double[][] rows;
    private double[] yArray;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 100_000, p = 50;
        x = Dense.zeros(n, p);
        rows = new double[n][p];
        yArray = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1;
            for (int j = 0; j < p; j++) {
                double v = rnd.nextGaussian();
                rows[i][j] = v;
                x.set(i, j, v);
                s += 0.1 * (j + 1) * v;
            }
            yArray[i] = s + rnd.nextGaussian();
        }
        y = Vec.of(yArray);
    }

    @Benchmark
    public Vec olsJnum() {
        LinearRegression f = LinearRegression.fit(x, y);
        return f.standardErrors();
    }

    @Benchmark
    public Vec olsJnumAccumulator() {
        return new RegressionAccumulator(x.cols()).add(x, y).result().standardErrors();
    }

    @Benchmark
    public double[] olsCommonsMath() {
        var r = new org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression();
        r.newSampleData(yArray, rows);
        r.estimateRegressionParameters();
        return r.estimateRegressionParametersStandardErrors();
    }

    @Benchmark
    public double[] olsHipparchus() {
        var r = new org.hipparchus.stat.regression.OLSMultipleLinearRegression();
        r.newSampleData(yArray, rows);
        r.estimateRegressionParameters();
        return r.estimateRegressionParametersStandardErrors();
    }
}

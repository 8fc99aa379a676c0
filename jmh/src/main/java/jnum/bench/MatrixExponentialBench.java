package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Dense;
import jnum.mat.Norm;
import jnum.mat.kernel.Parallelism;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matrix exponential of an n x n matrix with uniform elements scaled to a chosen 1-norm
 * ({@code norm = 1}: a Pade approximant of degree 7 or 9 and no squaring; {@code norm = 50}: degree
 * 13 and several squarings), single-threaded. The only JVM peer with a matrix exponential is
 * Hipparchus ({@code MatrixUtils.matrixExponential}, scaling and squaring with degree 13); EJML,
 * ojAlgo and Commons Math have none. Setup checks that both results agree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseParallelGC",
            "-Xms2g",
            "-Xmx4g"
        })
public class MatrixExponentialBench {
    @Param({"100", "500"})
    int n;

    @Param({"1", "50"})
    double norm;

    Dense a;
    RealMatrix hipparchusA;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        double[][] rows = new double[n][n];
        for (double[] row : rows) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextDouble(-1, 1);
            }
        }
        Dense raw = Dense.of(rows);
        a = raw.scale(norm / raw.norm(Norm.ONE));
        hipparchusA = MatrixUtils.createRealMatrix(a.toArray());
        Parallelism.setThreads(1);
        Dense x = a.exp();
        double[][] h = MatrixUtils.matrixExponential(hipparchusA).getData();
        double diff = x.minus(Dense.of(h)).norm(Norm.ONE) / x.norm(Norm.ONE);
        if (!(diff < 1e-10)) {
            throw new IllegalStateException("jnum and Hipparchus disagree: relative difference " + diff);
        }
    }

    @Benchmark
    public Dense jnum() {
        return a.exp();
    }

    @Benchmark
    public RealMatrix hipparchus() {
        return MatrixUtils.matrixExponential(hipparchusA);
    }
}

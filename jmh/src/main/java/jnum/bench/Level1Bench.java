package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Blas;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;
import org.ojalgo.array.operation.AXPY;
import org.ojalgo.array.operation.DOT;
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
 * dot and axpy at n = 1e3 (in L1), 1e6 (in L2/L3) and 1e7 (from memory): jnum scalar and vector,
 * netlib's VectorBLAS and native OpenBLAS, EJML and ojAlgo. Streamed bytes per call: dot 16n, axpy 24n
 * (read x and y, write y).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
public class Level1Bench {
    @Param({"1000", "1000000", "10000000"})
    public int n;

    private double[] x;
    private double[] y;
    private DMatrixRMaj ex;
    private DMatrixRMaj ey;
    private Blas scalar;
    private Blas vector;
    private BLAS netlibJava;
    private BLAS netlibNative;
    /** Tiny, so that repeated axpy calls neither overflow nor change the work. */
    private final double alpha = 1e-12;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * rnd.nextDouble() - 1;
            y[i] = 2 * rnd.nextDouble() - 1;
        }
        ex = DMatrixRMaj.wrap(n, 1, x);
        ey = DMatrixRMaj.wrap(n, 1, y);
        scalar = BlasPeers.jnumScalar();
        vector = BlasPeers.jnumVector();
        netlibJava = BlasPeers.netlibJava();
        netlibNative = BlasPeers.netlibNative();
    }

    @Benchmark
    public double dotJnumScalar() {
        return scalar.dot(n, x, 0, 1, y, 0, 1);
    }

    @Benchmark
    public double dotJnumVector() {
        return vector.dot(n, x, 0, 1, y, 0, 1);
    }

    @Benchmark
    public double dotNetlibVector() {
        return netlibJava.ddot(n, x, 1, y, 1);
    }

    @Benchmark
    public double dotNetlibNative() {
        return BlasPeers.require(netlibNative).ddot(n, x, 1, y, 1);
    }

    @Benchmark
    public double dotEjml() {
        return VectorVectorMult_DDRM.innerProd(ex, ey);
    }

    /** ojAlgo's array kernel behind its dense vectors. */
    @Benchmark
    public double dotOjalgo() {
        return DOT.invoke(x, y);
    }

    @Benchmark
    public double axpyJnumScalar() {
        scalar.axpy(n, alpha, x, 0, 1, y, 0, 1);
        return y[0];
    }

    @Benchmark
    public double axpyJnumVector() {
        vector.axpy(n, alpha, x, 0, 1, y, 0, 1);
        return y[0];
    }

    @Benchmark
    public double axpyNetlibVector() {
        netlibJava.daxpy(n, alpha, x, 1, y, 1);
        return y[0];
    }

    @Benchmark
    public double axpyNetlibNative() {
        BlasPeers.require(netlibNative).daxpy(n, alpha, x, 1, y, 1);
        return y[0];
    }

    /** {@code y += alpha x} with ojAlgo's array kernel (argument order y, alpha, x). */
    @Benchmark
    public double axpyOjalgo() {
        AXPY.invoke(y, alpha, x);
        return y[0];
    }

    @Benchmark
    public double axpyEjml() {
        CommonOps_DDRM.addEquals(ey, alpha, ex);
        return y[0];
    }

    // ---- reductions: sum, asum, nrm2, the compensated sum and the deviation sums ----

    private final double[] sums = new double[2];

    @Benchmark
    public double sumJnumVector() {
        return vector.sum(n, x, 0, 1);
    }

    @Benchmark
    public double sumCompensatedJnumVector() {
        return vector.sumCompensated(n, x, 0, 1);
    }

    @Benchmark
    public double deviationSumsJnumVector() {
        vector.deviationSums(n, x, 0, 1, 0.25, sums);
        return sums[1];
    }

    @Benchmark
    public double asumJnumVector() {
        return vector.asum(n, x, 0, 1);
    }

    @Benchmark
    public double asumNetlibNative() {
        return netlibNative.dasum(n, x, 1);
    }

    @Benchmark
    public double nrm2JnumVector() {
        return vector.nrm2(n, x, 0, 1);
    }

    @Benchmark
    public double nrm2NetlibNative() {
        return netlibNative.dnrm2(n, x, 1);
    }
}

package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
 * {@code y = A x} and {@code y = A^T x} for a 4096 x 4096 matrix (128 MiB, streamed from memory
 * once per call: 8 n^2 bytes): jnum scalar and vector, netlib's VectorBLAS and native OpenBLAS
 * (column-major, the same array), and EJML (row-major: its {@code mult} streams rows as jnum's
 * transposed product streams columns).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
public class GemvBench {
    @Param({"4096"})
    public int n;

    @Param({"NO", "YES"})
    public String trans;

    private double[] a;
    private double[] x;
    private double[] y;
    private DMatrixRMaj ea;
    private DMatrixRMaj ex;
    private DMatrixRMaj ey;
    private Transpose t;
    private Blas scalar;
    private Blas vector;
    private BLAS netlibJava;
    private BLAS netlibNative;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(7);
        a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = 2 * rnd.nextDouble() - 1;
        }
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * rnd.nextDouble() - 1;
        }
        y = new double[n];
        ea = DMatrixRMaj.wrap(n, n, a);
        ex = DMatrixRMaj.wrap(n, 1, x);
        ey = DMatrixRMaj.wrap(n, 1, y);
        t = Transpose.valueOf(trans);
        scalar = BlasPeers.jnumScalar();
        vector = BlasPeers.jnumVector();
        netlibJava = BlasPeers.netlibJava();
        netlibNative = BlasPeers.netlibNative();
    }

    @Benchmark
    public double jnumScalar() {
        scalar.gemv(t, n, n, 1.0, a, 0, n, x, 0, 1, 0.0, y, 0, 1);
        return y[0];
    }

    @Benchmark
    public double jnumVector() {
        vector.gemv(t, n, n, 1.0, a, 0, n, x, 0, 1, 0.0, y, 0, 1);
        return y[0];
    }

    @Benchmark
    public double netlibVector() {
        netlibJava.dgemv(t == Transpose.NO ? "N" : "T", n, n, 1.0, a, n, x, 1, 0.0, y, 1);
        return y[0];
    }

    @Benchmark
    public double netlibNative() {
        BlasPeers.require(netlibNative).dgemv(t == Transpose.NO ? "N" : "T", n, n, 1.0, a, n, x, 1, 0.0, y, 1);
        return y[0];
    }

    /** EJML is row-major: its untransposed product reads A as jnum's transposed one does. */
    @Benchmark
    public double ejml() {
        if (t == Transpose.NO) {
            CommonOps_DDRM.multTransA(ea, ex, ey);
        } else {
            CommonOps_DDRM.mult(ea, ex, ey);
        }
        return y[0];
    }
}

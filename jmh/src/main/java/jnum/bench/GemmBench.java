package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.Providers;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code C = A B} (double, no transposes) in jnum's vector provider and its peers, in one JMH run
 * so that the ratios hold on a noisy machine. {@code shape} is {@code n} (square) or
 * {@code m x k x n} (A is m x k, B is k x n); the flop count is {@code 2 m n k}.
 *
 * <p>{@code threads = 1}: jnum with {@code Parallelism.setThreads(1)}, EJML without concurrency,
 * ojAlgo limited to one thread; start the JVM with {@code OPENBLAS_NUM_THREADS=1} in the
 * environment for native OpenBLAS. {@code threads = 2}: jnum with 2 threads, EJML's
 * {@code CommonOps_MT_DDRM}, ojAlgo limited to 2 threads, {@code OPENBLAS_NUM_THREADS=2}; Commons
 * Math and netlib's Java BLAS have no threads (run them with {@code threads = 1} only). See
 * docs/benchmarks/gemm.md for the commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseParallelGC",
            "-Xms2g",
            "-Xmx6g"
        })
public class GemmBench {

    @Param({"64", "256", "512", "1024", "2048", "4096", "4096x64x4096", "64x4096x64"})
    public String shape;

    @Param({"1"})
    public int threads;

    private int m;
    private int n;
    private int k;
    private double[] a;
    private double[] b;
    private double[] c;
    private Blas jnum;
    private BLAS netlibVector;
    private BLAS netlibNative;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlB;
    private DMatrixRMaj ejmlC;
    private R064Store ojA;
    private R064Store ojB;
    private R064Store ojC;
    private BlockRealMatrix cmA;
    private BlockRealMatrix cmB;

    @Setup(Level.Trial)
    public void setUp() {
        String[] dims = shape.split("x");
        m = Integer.parseInt(dims[0]);
        k = dims.length == 3 ? Integer.parseInt(dims[1]) : m;
        n = dims.length == 3 ? Integer.parseInt(dims[2]) : m;
        SplittableRandom rnd = new SplittableRandom(42);
        a = rnd.doubles((long) m * k, -1, 1).toArray();
        b = rnd.doubles((long) k * n, -1, 1).toArray();
        c = new double[m * n];

        Parallelism.setThreads(threads);
        jnum = Providers.blas(Providers.provider("vector"));
        netlibVector = JavaBLAS.getInstance();
        if (!netlibVector.getClass().getSimpleName().equals("VectorBLAS")) {
            throw new IllegalStateException("netlib Java BLAS is " + netlibVector.getClass()
                    + ", not VectorBLAS: run with --add-modules=jdk.incubator.vector");
        }
        netlibNative = NativeBLAS.getInstance();

        EjmlConcurrency.USE_CONCURRENT = threads > 1;
        EjmlConcurrency.setMaxThreads(threads);
        OjAlgoUtils.limitThreadsTo(threads);

        // peers get the same numbers; EJML is row-major, so it multiplies the transposed layout
        ejmlA = DMatrixRMaj.wrap(m, k, rowMajor(a, m, k));
        ejmlB = DMatrixRMaj.wrap(k, n, rowMajor(b, k, n));
        ejmlC = new DMatrixRMaj(m, n);
        ojA = R064Store.FACTORY.make(m, k);
        ojB = R064Store.FACTORY.make(k, n);
        ojC = R064Store.FACTORY.make(m, n);
        fill(ojA, a, m, k);
        fill(ojB, b, k, n);
        cmA = new BlockRealMatrix(rows(a, m, k));
        cmB = new BlockRealMatrix(rows(b, k, n));
    }

    @Benchmark
    public double[] jnum() {
        jnum.gemm(Transpose.NO, Transpose.NO, m, n, k, 1, a, 0, m, b, 0, k, 0, c, 0, m);
        return c;
    }

    @Benchmark
    public double[] netlibNative() {
        netlibNative.dgemm("N", "N", m, n, k, 1, a, 0, m, b, 0, k, 0, c, 0, m);
        return c;
    }

    @Benchmark
    public double[] netlibVector() {
        netlibVector.dgemm("N", "N", m, n, k, 1, a, 0, m, b, 0, k, 0, c, 0, m);
        return c;
    }

    @Benchmark
    public DMatrixRMaj ejml() {
        if (threads > 1) {
            CommonOps_MT_DDRM.mult(ejmlA, ejmlB, ejmlC);
        } else {
            CommonOps_DDRM.mult(ejmlA, ejmlB, ejmlC);
        }
        return ejmlC;
    }

    @Benchmark
    public R064Store ojalgo() {
        ojC.fillByMultiplying(ojA, ojB);
        return ojC;
    }

    @Benchmark
    public Object commonsMath() {
        return cmA.multiply(cmB);
    }

    private static double[] rowMajor(double[] x, int rows, int cols) {
        double[] r = new double[x.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                r[i * cols + j] = x[i + j * rows];
            }
        }
        return r;
    }

    private static double[][] rows(double[] x, int rows, int cols) {
        double[][] r = new double[rows][cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                r[i][j] = x[i + j * rows];
            }
        }
        return r;
    }

    private static void fill(R064Store s, double[] x, int rows, int cols) {
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                s.set(i, j, x[i + j * rows]);
            }
        }
    }
}

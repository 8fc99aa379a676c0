package jnum.bench;

import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.netlib.util.intW;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.decomposition.QR;
import org.ojalgo.matrix.store.R064Store;
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
 * Householder QR factorization of an m x n matrix (R and the reflectors, not Q), about {@code 2 m
 * n^2 - 2 n^3 / 3} flops, single-threaded, every peer in the same run on the same matrix.
 *
 * <p>Each method copies the pristine matrix into its own layout first (the factorization works
 * in place, or the peer copies internally); the copy is O(m n) against O(m n^2) flops. jnum and
 * native LAPACK get the column-major array; EJML gets a row-major {@code DMatrixRMaj} (its column
 * Householder QR copies it into columns internally); ojAlgo a column-major {@code R064Store};
 * Commons Math and Hipparchus a {@code double[][]}, which their {@code QRDecomposition}
 * constructors copy (transposed) before factoring.
 *
 * <p>Single-threaded: jnum with {@code Parallelism.setThreads(1)}, ojAlgo limited to one thread,
 * run with {@code OPENBLAS_NUM_THREADS=1} (the default of {@code bin/jnum-bench}). The Java path
 * needs a long warm-up (its first iterations are several times slower): use at least 6 warm-up
 * iterations.
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
public class QrBench {

    /** m x n. */
    @Param({"500x500", "1000x1000", "4000x200"})
    String shape;

    int m;
    int n;
    double[] a0;
    double[] a;
    double[] tau;
    double[][] rows;
    DMatrixRMaj ejmlA;
    double[] nativeWork;

    Lapack jnumJava;
    Lapack jnumAuto;
    LAPACK netlibNative;

    @Setup
    public void setUp() {
        String[] mn = shape.split("x");
        m = Integer.parseInt(mn[0]);
        n = Integer.parseInt(mn[1]);
        SplittableRandom rnd = new SplittableRandom(42);
        a0 = new double[m * n];
        for (int i = 0; i < a0.length; i++) {
            a0[i] = rnd.nextDouble(-1, 1);
        }
        a = new double[m * n];
        tau = new double[Math.min(m, n)];
        rows = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                rows[i][j] = a0[i + j * m];
            }
        }
        ejmlA = new DMatrixRMaj(rows);
        Parallelism.setThreads(1);
        OjAlgoUtils.limitEnvironmentBy(1.0 / Runtime.getRuntime().availableProcessors()); // ojAlgo: one thread
        jnumJava = jnum.mat.kernel.spi.Providers.lapack(jnum.mat.kernel.spi.Providers.javaLapack(
                jnum.mat.kernel.spi.Providers.blas(jnum.mat.kernel.spi.Providers.provider("vector"))));
        jnumAuto = Kernels.lapack();
        netlibNative = NativeLAPACK.getInstance();
        double[] query = new double[1];
        intW info = new intW(0);
        netlibNative.dgeqrf(m, n, a, m, tau, query, -1, info);
        nativeWork = new double[(int) query[0]];
    }

    /** jnum's Java LAPACK on the vector BLAS (what {@code -Djnum.kernel=vector} runs). */
    @Benchmark
    public double[] jnumJava() {
        System.arraycopy(a0, 0, a, 0, a.length);
        jnumJava.geqrf(m, n, a, 0, m, tau, 0);
        return a;
    }

    /** jnum's automatic choice ({@code Kernels.lapack()}: native LAPACK when linalg-native is present). */
    @Benchmark
    public double[] jnumAuto() {
        System.arraycopy(a0, 0, a, 0, a.length);
        jnumAuto.geqrf(m, n, a, 0, m, tau, 0);
        return a;
    }

    /** Reference LAPACK dgeqrf of the system OpenBLAS, through dev.ludovic.netlib's NativeLAPACK. */
    @Benchmark
    public double[] nativeLapack() {
        System.arraycopy(a0, 0, a, 0, a.length);
        intW info = new intW(0);
        netlibNative.dgeqrf(m, n, a, m, tau, nativeWork, nativeWork.length, info);
        return a;
    }

    @Benchmark
    public Object ejml() {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        qr.decompose(ejmlA.copy());
        return qr;
    }

    @Benchmark
    public Object ojalgo() {
        System.arraycopy(a0, 0, a, 0, a.length);
        QR<Double> qr = QR.R064.make(m, n);
        qr.decompose(R064Store.wrap(a, m));
        return qr;
    }

    @Benchmark
    public Object commonsMath() {
        return new org.apache.commons.math3.linear.QRDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(rows, false));
    }

    @Benchmark
    public Object hipparchus() {
        return new org.hipparchus.linear.QRDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(rows, false));
    }
}

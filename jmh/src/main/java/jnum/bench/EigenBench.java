package jnum.bench;

import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.spi.Providers;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.netlib.util.intW;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.decomposition.Eigenvalue;
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
 * Eigenvalues and right eigenvectors of a general (nonsymmetric) n x n matrix with uniform
 * elements in [-1, 1) (about half its eigenvalues complex), single-threaded, every peer in the
 * same run on the same matrix: jnum's Java geev, jnum's automatic choice, native LAPACK dgeev,
 * EJML, ojAlgo, Commons Math and Hipparchus (whose general eigensolvers compute the vectors
 * anyway). {@code *Values} measure the eigenvalues alone where the peer offers that.
 *
 * <p>Single-threaded as {@link QrBench}: {@code Parallelism.setThreads(1)}, ojAlgo limited to one
 * thread, {@code OPENBLAS_NUM_THREADS=1}.
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
public class EigenBench {

    @Param({"200", "500"})
    int n;

    double[] a0;
    double[] a;
    double[] wr;
    double[] wi;
    double[] vr;
    double[][] rows;
    DMatrixRMaj ejmlA;
    double[] nativeWork;
    double[] nativeWorkValues;

    Lapack jnumJava;
    Lapack jnumAuto;
    LAPACK netlibNative;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        a0 = new double[n * n];
        for (int i = 0; i < a0.length; i++) {
            a0[i] = rnd.nextDouble(-1, 1);
        }
        a = new double[n * n];
        vr = new double[n * n];
        wr = new double[n];
        wi = new double[n];
        rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rows[i][j] = a0[i + j * n];
            }
        }
        ejmlA = new DMatrixRMaj(rows);
        Parallelism.setThreads(1);
        OjAlgoUtils.limitEnvironmentBy(1.0 / Runtime.getRuntime().availableProcessors());
        jnumJava = Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("vector"))));
        jnumAuto = Kernels.lapack();
        netlibNative = NativeLAPACK.getInstance();
        nativeWork = query("V");
        nativeWorkValues = query("N");
    }

    private double[] query(String jobvr) {
        double[] q = new double[1];
        intW info = new intW(0);
        netlibNative.dgeev("N", jobvr, n, a, n, wr, wi, new double[1], 1, vr, n, q, -1, info);
        return new double[(int) q[0]];
    }

    /** jnum's Java LAPACK geev on the vector BLAS: values and right vectors. */
    @Benchmark
    public double[] jnumJava() {
        System.arraycopy(a0, 0, a, 0, a.length);
        jnumJava.geev(true, false, true, n, a, 0, n, wr, 0, wi, 0, null, 0, 1, vr, 0, n);
        return vr;
    }

    /** jnum's Java geev, eigenvalues only. */
    @Benchmark
    public double[] jnumJavaValues() {
        System.arraycopy(a0, 0, a, 0, a.length);
        jnumJava.geev(true, false, false, n, a, 0, n, wr, 0, wi, 0, null, 0, 1, null, 0, 1);
        return wr;
    }

    /** jnum's automatic choice ({@code Kernels.lapack()}: native geev when linalg-native is present). */
    @Benchmark
    public double[] jnumAuto() {
        System.arraycopy(a0, 0, a, 0, a.length);
        jnumAuto.geev(true, false, true, n, a, 0, n, wr, 0, wi, 0, null, 0, 1, vr, 0, n);
        return vr;
    }

    /** LAPACK dgeev of the system OpenBLAS through dev.ludovic.netlib: values and right vectors. */
    @Benchmark
    public double[] nativeLapack() {
        System.arraycopy(a0, 0, a, 0, a.length);
        intW info = new intW(0);
        netlibNative.dgeev("N", "V", n, a, n, wr, wi, new double[1], 1, vr, n, nativeWork, nativeWork.length, info);
        return vr;
    }

    /** dgeev, eigenvalues only. */
    @Benchmark
    public double[] nativeLapackValues() {
        System.arraycopy(a0, 0, a, 0, a.length);
        intW info = new intW(0);
        netlibNative.dgeev(
                "N", "N", n, a, n, wr, wi, new double[1], 1, vr, n, nativeWorkValues, nativeWorkValues.length, info);
        return wr;
    }

    @Benchmark
    public Object ejml() {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, false);
        eig.decompose(ejmlA.copy());
        return eig;
    }

    @Benchmark
    public Object ejmlValues() {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, false);
        eig.decompose(ejmlA.copy());
        return eig;
    }

    @Benchmark
    public Object ojalgo() {
        System.arraycopy(a0, 0, a, 0, a.length);
        Eigenvalue<Double> eig = Eigenvalue.R064.make(n, false);
        eig.decompose(R064Store.wrap(a, n));
        return eig;
    }

    @Benchmark
    public Object commonsMath() {
        return new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(rows, false));
    }

    @Benchmark
    public Object hipparchus() {
        return new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                new org.hipparchus.linear.Array2DRowRealMatrix(rows, false));
    }
}

package jnum.bench;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.spi.Providers;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.ejml.concurrency.EjmlConcurrency;
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
 * Symmetric eigen decomposition of a random symmetric n x n matrix (uniform elements), values
 * only ({@code values*}) and with eigenvectors ({@code vectors*}), in jnum and its peers in one
 * JMH run. Every variant starts from a copy of the same matrix (the copy is timed for all).
 *
 * <ul>
 *   <li>{@code *Java}: jnum's Java LAPACK on the vector BLAS, the path {@code EigenSym} takes:
 *       values by syev (blocked sytrd, then sterf), vectors by syevd (blocked sytrd, divide and
 *       conquer stedc, blocked ormtr); {@code vectorsJavaQl}: syev with vectors (orgtr and the
 *       implicit QL/QR steqr), the path below the crossover; {@code *Native}: dev.ludovic.netlib's
 *       NativeLAPACK dsyevd (divide and conquer) called directly, the ceiling; {@code *Auto}:
 *       {@code Kernels.lapack()}'s automatic choice (native dsyevd above the crossover when
 *       linalg-native is present).
 *   <li>Peers: EJML ({@code DecompositionFactory_DDRM.eig(n, vectors, true)}), ojAlgo
 *       ({@code Eigenvalue.R064.make(true)}), Commons Math {@code EigenDecomposition} and
 *       Hipparchus {@code EigenDecompositionSymmetric} (both always compute vectors, so they
 *       appear among {@code vectors*} only).
 * </ul>
 *
 * <p>{@code threads = 1}: jnum with {@code Parallelism.setThreads(1)}, EJML without concurrency,
 * ojAlgo limited to one thread, {@code OPENBLAS_NUM_THREADS=1} (bin/jnum-bench's default).
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
            "-Xss16m",
            "-Xms2g",
            "-Xmx6g"
        })
public class EigenSymBench {

    @Param({"500", "1000"})
    public int n;

    @Param({"1"})
    public int threads;

    private double[] a;
    private double[] work;
    private double[] w;
    private Lapack java;
    private Lapack auto;
    private NativeLAPACK nativeLapack;
    private double[][] rows;
    private DMatrixRMaj ejmlA;
    private R064Store ojA;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double v = rnd.nextDouble(-1, 1);
                a[i + j * n] = v;
                a[j + i * n] = v;
            }
        }
        work = new double[n * n];
        w = new double[n];
        Parallelism.setThreads(threads);
        java = Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("vector"))));
        auto = Kernels.lapack();
        nativeLapack = NativeLAPACK.getInstance();
        EjmlConcurrency.USE_CONCURRENT = threads > 1;
        EjmlConcurrency.setMaxThreads(threads);
        OjAlgoUtils.limitThreadsTo(threads);
        rows = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                rows[i][j] = a[i + j * n];
            }
        }
        ejmlA = new DMatrixRMaj(rows);
        ojA = R064Store.FACTORY.copy(org.ojalgo.matrix.store.RawStore.wrap(rows));
    }

    private double[] syev(Lapack lapack, boolean vectors) {
        System.arraycopy(a, 0, work, 0, a.length);
        lapack.syev(vectors, n, work, 0, n, w, 0);
        return w;
    }

    private double[] syevd(Lapack lapack) {
        System.arraycopy(a, 0, work, 0, a.length);
        lapack.syevd(true, n, work, 0, n, w, 0);
        return w;
    }

    private double[] dsyevd(String jobz) {
        System.arraycopy(a, 0, work, 0, a.length);
        intW info = new intW(0);
        double[] lw = new double[1];
        int[] liw = new int[1];
        nativeLapack.dsyevd(jobz, "L", n, work, 0, n, w, 0, lw, 0, -1, liw, 0, -1, info);
        int lwork = (int) lw[0];
        nativeLapack.dsyevd(
                jobz, "L", n, work, 0, n, w, 0, new double[lwork], 0, lwork, new int[liw[0]], 0, liw[0], info);
        return w;
    }

    private Object ejml(boolean vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
        eig.decompose(ejmlA.copy());
        return eig.getEigenvalue(0);
    }

    private Object ojalgo(boolean vectors) {
        Eigenvalue<Double> eig = Eigenvalue.R064.make(ojA, true);
        if (vectors) {
            eig.decompose(ojA);
            return eig.getV();
        }
        eig.computeValuesOnly(ojA);
        return eig.getEigenvalues();
    }

    @Benchmark
    public double[] valuesJava() {
        return syev(java, false);
    }

    @Benchmark
    public double[] vectorsJava() {
        return syevd(java);
    }

    @Benchmark
    public double[] vectorsJavaQl() {
        return syev(java, true);
    }

    /**
     * jnum's automatic choice ({@code Kernels.lapack()}: native dsyevd above the crossover when
     * linalg-native is present), values only, to set against {@link #valuesNative}.
     */
    @Benchmark
    public double[] valuesAuto() {
        return syev(auto, false);
    }

    /** The automatic choice with vectors, to set against {@link #vectorsNative}. */
    @Benchmark
    public double[] vectorsAuto() {
        return syevd(auto);
    }

    @Benchmark
    public double[] valuesNative() {
        return dsyevd("N");
    }

    @Benchmark
    public double[] vectorsNative() {
        return dsyevd("V");
    }

    @Benchmark
    public Object valuesEjml() {
        return ejml(false);
    }

    @Benchmark
    public Object vectorsEjml() {
        return ejml(true);
    }

    @Benchmark
    public Object valuesOjalgo() {
        return ojalgo(false);
    }

    @Benchmark
    public Object vectorsOjalgo() {
        return ojalgo(true);
    }

    @Benchmark
    public Object vectorsCommonsMath() {
        return new org.apache.commons.math3.linear.EigenDecomposition(new Array2DRowRealMatrix(rows)).getV();
    }

    @Benchmark
    public Object vectorsHipparchus() {
        return new org.hipparchus.linear.EigenDecompositionSymmetric(
                        new org.hipparchus.linear.Array2DRowRealMatrix(rows))
                .getV();
    }
}

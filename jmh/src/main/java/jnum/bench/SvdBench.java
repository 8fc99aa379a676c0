package jnum.bench;

import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.spi.Providers;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.netlib.util.intW;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.decomposition.SingularValue;
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
 * Singular value decomposition of a square n x n matrix with uniform elements, the singular values
 * only ({@code vectors = false}) or with the thin U and V ({@code true}), single-threaded, every
 * peer in the same run on the same matrix.
 *
 * <p>jnum's Java LAPACK ({@code gesvd}: blocked bidiagonal reduction, then dqds for values only,
 * and for vectors from order 100 the bidiagonal divide and conquer), native LAPACK's dgesdd (divide
 * and conquer; its values-only path runs dqds) and {@code jnumAuto}, jnum's automatic choice
 * between the two, get a copy of the column-major array; EJML a row-major {@code DMatrixRMaj}
 * (compact, U and V only when asked); ojAlgo an {@code R064Store} (values only through
 * {@code computeValuesOnly}). Commons Math and Hipparchus always compute U and V: their values-only
 * rows are the full decomposition.
 *
 * <p>Single-threaded: jnum with {@code Parallelism.setThreads(1)}, ojAlgo limited to one thread,
 * {@code OPENBLAS_NUM_THREADS=1} (the default of {@code bin/jnum-bench}).
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
public class SvdBench {

    /** The order n. */
    @Param({"200", "500", "1000"})
    int n;

    /** Whether U and V are computed. */
    @Param({"false", "true"})
    boolean vectors;

    double[] a0;
    double[] a;
    double[] s;
    double[] u;
    double[] vt;
    double[][] rows;
    DMatrixRMaj ejmlA;
    double[] nativeWork;
    int[] nativeIwork;

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
        s = new double[n];
        u = new double[n * n];
        vt = new double[n * n];
        rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rows[i][j] = a0[i + j * n];
            }
        }
        ejmlA = new DMatrixRMaj(rows);
        Parallelism.setThreads(1);
        OjAlgoUtils.limitEnvironmentBy(1.0 / Runtime.getRuntime().availableProcessors()); // ojAlgo: one thread
        jnumJava = Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("vector"))));
        jnumAuto = Kernels.lapack();
        netlibNative = NativeLAPACK.getInstance();
        nativeIwork = new int[8 * n];
        double[] query = new double[1];
        intW info = new intW(0);
        netlibNative.dgesdd(jobz(), n, n, a, n, s, u, n, vt, n, query, -1, nativeIwork, info);
        nativeWork = new double[(int) query[0]];
    }

    private String jobz() {
        return vectors ? "S" : "N";
    }

    /** jnum's Java LAPACK on the vector BLAS. */
    @Benchmark
    public double[] jnumJava() {
        return gesvd(jnumJava);
    }

    /**
     * jnum's automatic choice ({@code Kernels.lapack()}: native dgesdd above the crossover when
     * linalg-native is present), to set against {@link #nativeLapack} called directly.
     */
    @Benchmark
    public double[] jnumAuto() {
        return gesvd(jnumAuto);
    }

    private double[] gesvd(Lapack lapack) {
        System.arraycopy(a0, 0, a, 0, a.length);
        if (vectors) {
            lapack.gesvd(SvdJob.THIN, n, n, a, 0, n, s, 0, u, 0, n, vt, 0, n);
        } else {
            lapack.gesvd(SvdJob.VALUES, n, n, a, 0, n, s, 0, null, 0, 1, null, 0, 1);
        }
        return s;
    }

    /** dgesdd of the system OpenBLAS, through dev.ludovic.netlib's NativeLAPACK. */
    @Benchmark
    public double[] nativeLapack() {
        System.arraycopy(a0, 0, a, 0, a.length);
        intW info = new intW(0);
        netlibNative.dgesdd(jobz(), n, n, a, n, s, u, n, vt, n, nativeWork, nativeWork.length, nativeIwork, info);
        return s;
    }

    @Benchmark
    public Object ejml() {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, vectors, vectors, true);
        svd.decompose(ejmlA.copy());
        return svd;
    }

    @Benchmark
    public Object ojalgo() {
        System.arraycopy(a0, 0, a, 0, a.length);
        SingularValue<Double> svd = SingularValue.R064.make(n, n);
        if (vectors) {
            svd.decompose(R064Store.wrap(a, n));
        } else {
            svd.computeValuesOnly(R064Store.wrap(a, n));
        }
        return svd;
    }

    @Benchmark
    public Object commonsMath() {
        return new org.apache.commons.math3.linear.SingularValueDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(rows, false));
    }

    @Benchmark
    public Object hipparchus() {
        return new org.hipparchus.linear.SingularValueDecomposition(
                new org.hipparchus.linear.Array2DRowRealMatrix(rows, false));
    }
}

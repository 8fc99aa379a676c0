package jnum.bench;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.netlib.util.intW;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.decomposition.LU;
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
 * Factor and solve one right-hand side: LU with partial pivoting ({@code lu*}) of a random n x n
 * matrix, Cholesky ({@code chol*}) of an SPD one, in jnum and its peers in one JMH run. Every
 * variant starts from a copy of the same matrix (the copy is part of the timed work for all).
 *
 * <ul>
 *   <li>{@code *Java}: jnum's Java LAPACK on the vector BLAS (what {@code -Djnum.kernel=vector}
 *       gives); {@code *Auto}: {@link Kernels#lapack()} (native LAPACK above its crossover when
 *       linalg-native is present); {@code *Native}: dev.ludovic.netlib's NativeLAPACK called
 *       directly, the ceiling.
 *   <li>Peers: EJML ({@code LinearSolverFactory_DDRM}), ojAlgo ({@code LU.R064},
 *       {@code Cholesky.R064}), Commons Math and Hipparchus ({@code LUDecomposition},
 *       {@code CholeskyDecomposition}).
 * </ul>
 *
 * <p>{@code threads = 1}: jnum with {@code Parallelism.setThreads(1)}, EJML without concurrency,
 * ojAlgo limited to one thread, and {@code OPENBLAS_NUM_THREADS=1} in the environment (the
 * default of bin/jnum-bench). See docs/benchmarks/factorizations.md for the commands.
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
public class FactorizationBench {

    @Param({"100", "500", "1000", "2000"})
    public int n;

    @Param({"1"})
    public int threads;

    private double[] a;
    private double[] spd;
    private double[] b;
    private double[] work;
    private double[] x;
    private int[] ipiv;
    private Lapack java;
    private Lapack auto;
    private NativeLAPACK nativeLapack;
    private double[][] aRows;
    private double[][] spdRows;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlSpd;
    private DMatrixRMaj ejmlB;
    private DMatrixRMaj ejmlX;
    private R064Store ojA;
    private R064Store ojSpd;
    private R064Store ojB;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        a = rnd.doubles((long) n * n, -1, 1).toArray();
        b = rnd.doubles(n, -1, 1).toArray();
        // SPD: G G^T / n + I, G uniform
        double[] g = rnd.doubles((long) n * n, -1, 1).toArray();
        spd = new double[n * n];
        Kernels.blas().gemm(Transpose.NO, Transpose.YES, n, n, n, 1.0 / n, g, 0, n, g, 0, n, 0, spd, 0, n);
        for (int i = 0; i < n; i++) {
            spd[i + i * n] += 1;
        }
        work = new double[n * n];
        x = new double[n];
        ipiv = new int[n];

        Parallelism.setThreads(threads);
        java = jnum.mat.kernel.spi.Providers.lapack(jnum.mat.kernel.spi.Providers.javaLapack(
                jnum.mat.kernel.spi.Providers.blas(jnum.mat.kernel.spi.Providers.provider("vector"))));
        auto = Kernels.lapack();
        nativeLapack = NativeLAPACK.getInstance();
        EjmlConcurrency.USE_CONCURRENT = threads > 1;
        EjmlConcurrency.setMaxThreads(threads);
        OjAlgoUtils.limitThreadsTo(threads);

        aRows = rows(a);
        spdRows = rows(spd);
        ejmlA = new DMatrixRMaj(aRows);
        ejmlSpd = new DMatrixRMaj(spdRows);
        ejmlB = new DMatrixRMaj(n, 1, true, b);
        ejmlX = new DMatrixRMaj(n, 1);
        ojA = R064Store.FACTORY.copy(org.ojalgo.matrix.store.RawStore.wrap(aRows));
        ojSpd = R064Store.FACTORY.copy(org.ojalgo.matrix.store.RawStore.wrap(spdRows));
        ojB = R064Store.FACTORY.column(b);
    }

    private double[][] rows(double[] x) {
        double[][] r = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                r[i][j] = x[i + j * n];
            }
        }
        return r;
    }

    // ---- LU ------------------------------------------------------------------------------------

    private double[] lu(Lapack lapack) {
        System.arraycopy(a, 0, work, 0, a.length);
        System.arraycopy(b, 0, x, 0, n);
        lapack.getrf(n, n, work, 0, n, ipiv, 0);
        lapack.getrs(Transpose.NO, n, 1, work, 0, n, ipiv, 0, x, 0, n);
        return x;
    }

    @Benchmark
    public double[] luJava() {
        return lu(java);
    }

    @Benchmark
    public double[] luAuto() {
        return lu(auto);
    }

    @Benchmark
    public double[] luNative() {
        System.arraycopy(a, 0, work, 0, a.length);
        System.arraycopy(b, 0, x, 0, n);
        intW info = new intW(0);
        nativeLapack.dgetrf(n, n, work, 0, n, ipiv, 0, info);
        nativeLapack.dgetrs("N", n, 1, work, 0, n, ipiv, 0, x, 0, n, info);
        return x;
    }

    @Benchmark
    public DMatrixRMaj luEjml() {
        LinearSolverDense<DMatrixRMaj> s = LinearSolverFactory_DDRM.lu(n);
        s.setA(ejmlA.copy());
        s.solve(ejmlB, ejmlX);
        return ejmlX;
    }

    @Benchmark
    public Object luOjalgo() {
        LU<Double> lu = LU.R064.make(ojA);
        lu.decompose(ojA);
        return lu.getSolution(ojB);
    }

    @Benchmark
    public Object luCommonsMath() {
        return new org.apache.commons.math3.linear.LUDecomposition(new Array2DRowRealMatrix(aRows))
                .getSolver()
                .solve(new ArrayRealVector(b));
    }

    @Benchmark
    public Object luHipparchus() {
        return new org.hipparchus.linear.LUDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(aRows))
                .getSolver()
                .solve(new org.hipparchus.linear.ArrayRealVector(b));
    }

    // ---- Cholesky ------------------------------------------------------------------------------

    private double[] chol(Lapack lapack) {
        System.arraycopy(spd, 0, work, 0, spd.length);
        System.arraycopy(b, 0, x, 0, n);
        lapack.potrf(Uplo.LOWER, n, work, 0, n);
        lapack.potrs(Uplo.LOWER, n, 1, work, 0, n, x, 0, n);
        return x;
    }

    @Benchmark
    public double[] cholJava() {
        return chol(java);
    }

    @Benchmark
    public double[] cholAuto() {
        return chol(auto);
    }

    @Benchmark
    public double[] cholNative() {
        System.arraycopy(spd, 0, work, 0, spd.length);
        System.arraycopy(b, 0, x, 0, n);
        intW info = new intW(0);
        nativeLapack.dpotrf("L", n, work, 0, n, info);
        nativeLapack.dpotrs("L", n, 1, work, 0, n, x, 0, n, info);
        return x;
    }

    @Benchmark
    public DMatrixRMaj cholEjml() {
        LinearSolverDense<DMatrixRMaj> s = LinearSolverFactory_DDRM.chol(n);
        s.setA(ejmlSpd.copy());
        s.solve(ejmlB, ejmlX);
        return ejmlX;
    }

    @Benchmark
    public Object cholOjalgo() {
        Cholesky<Double> c = Cholesky.R064.make(ojSpd);
        c.decompose(ojSpd);
        return c.getSolution(ojB);
    }

    @Benchmark
    public Object cholCommonsMath() {
        return new org.apache.commons.math3.linear.CholeskyDecomposition(new Array2DRowRealMatrix(spdRows))
                .getSolver()
                .solve(new ArrayRealVector(b));
    }

    @Benchmark
    public Object cholHipparchus() {
        return new org.hipparchus.linear.CholeskyDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(spdRows))
                .getSolver()
                .solve(new org.hipparchus.linear.ArrayRealVector(b));
    }
}

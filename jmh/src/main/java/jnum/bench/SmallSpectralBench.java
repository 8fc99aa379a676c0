package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Dense;
import jnum.mat.Eigen;
import jnum.mat.EigenSym;
import jnum.mat.SVD;
import jnum.mat.kernel.Parallelism;
import org.ejml.concurrency.EjmlConcurrency;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.decomposition.Eigenvalue;
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
 * The three dense spectral decompositions at small and medium orders (n = 2 to 100), where call
 * overhead, workspace allocation and the choice of algorithm weigh more than the flops: jnum's
 * public calls ({@link SVD#of(Dense, SVD.Kind)}, {@link EigenSym#of}/{@link EigenSym#valuesOf},
 * {@link Eigen#of(Dense, Eigen.Options)}) against the pure-Java peers' public calls, each building
 * its own result objects, on the same random matrices (uniform in [-1, 1), seed 42; the symmetric
 * one mirrors its lower triangle).
 *
 * <ul>
 *   <li>{@code svdValues*}: singular values only; {@code svdVectors*}: with the thin U and V.
 *       Commons Math and Hipparchus always compute U and V, so they appear among the vectors rows.
 *   <li>{@code symValues*}, {@code symVectors*}: symmetric eigenvalues, and with eigenvectors
 *       (Commons Math and Hipparchus compute vectors always).
 *   <li>{@code eigValues*}, {@code eigVectors*}: general eigenvalues, and with right eigenvectors;
 *       {@code eigVectorsJnumUnbalanced} without jnum's default balancing, which no peer does.
 * </ul>
 *
 * <p>Every body copies its input where the library would otherwise overwrite it, as jnum's calls
 * copy theirs. jnum runs its Java LAPACK ({@code -Djnum.kernel=vector}: no native provider) on one
 * thread; EJML without concurrency, ojAlgo limited to one thread. Five warm-up seconds: jnum's
 * layered calls take longer to compile than the peers' flat loops, and its first call also
 * discovers the kernel providers. {@link SmallSpectralInterleaved} gives thread CPU times of the
 * same calls for a loaded machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "--add-modules=jdk.incubator.vector",
            "-Djnum.kernel=vector",
            "-XX:+UseParallelGC",
            "-Xms1g",
            "-Xmx2g"
        })
public class SmallSpectralBench {
    private static final Eigen.Options UNBALANCED = Eigen.Options.defaults().withBalance(false);

    /** The order n. */
    @Param({"2", "3", "4", "5", "8", "10", "16", "20", "32", "50", "100"})
    int n;

    /**
     * Seed of the random matrices. Each order's time depends on how many QR sweeps its one matrix
     * happens to need; several seeds give the spread.
     */
    @Param({"42"})
    long seed;

    /** General matrix: jnum's view, row arrays, EJML's, and a column-major copy for ojAlgo. */
    Dense general;

    double[][] generalRows;
    DMatrixRMaj generalEjml;
    double[] generalColumns;

    /** Symmetric matrix, likewise. */
    Dense symmetric;

    double[][] symmetricRows;
    DMatrixRMaj symmetricEjml;
    double[] symmetricColumns;

    /** ojAlgo's working copy (its decompositions read their input only once it is copied in). */
    double[] scratch;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(seed);
        generalRows = new double[n][n];
        symmetricRows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                generalRows[i][j] = rnd.nextDouble(-1, 1);
            }
            for (int j = 0; j <= i; j++) {
                double v = rnd.nextDouble(-1, 1);
                symmetricRows[i][j] = v;
                symmetricRows[j][i] = v;
            }
        }
        general = Dense.of(generalRows);
        symmetric = Dense.of(symmetricRows);
        generalEjml = new DMatrixRMaj(generalRows);
        symmetricEjml = new DMatrixRMaj(symmetricRows);
        generalColumns = columns(generalRows);
        symmetricColumns = columns(symmetricRows);
        scratch = new double[n * n];
        Parallelism.setThreads(1);
        EjmlConcurrency.USE_CONCURRENT = false;
        OjAlgoUtils.limitThreadsTo(1);
    }

    private static double[] columns(double[][] rows) {
        int n = rows.length;
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i + j * n] = rows[i][j];
            }
        }
        return c;
    }

    private R064Store ojalgoCopy(double[] columns) {
        System.arraycopy(columns, 0, scratch, 0, scratch.length);
        return R064Store.wrap(scratch, n);
    }

    // ---- SVD --------------------------------------------------------------------------------

    @Benchmark
    public Object svdValuesJnum() {
        return SVD.of(general, SVD.Kind.VALUES);
    }

    @Benchmark
    public Object svdValuesEjml() {
        return ejmlSvd(false);
    }

    @Benchmark
    public Object svdValuesOjalgo() {
        SingularValue<Double> svd = SingularValue.R064.make(n, n);
        svd.computeValuesOnly(ojalgoCopy(generalColumns));
        return svd;
    }

    @Benchmark
    public Object svdVectorsJnum() {
        return SVD.of(general, SVD.Kind.THIN);
    }

    @Benchmark
    public Object svdVectorsEjml() {
        return ejmlSvd(true);
    }

    @Benchmark
    public Object svdVectorsOjalgo() {
        SingularValue<Double> svd = SingularValue.R064.make(n, n);
        svd.decompose(ojalgoCopy(generalColumns));
        return svd;
    }

    @Benchmark
    public Object svdVectorsCommonsMath() {
        return new org.apache.commons.math3.linear.SingularValueDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(generalRows, false));
    }

    @Benchmark
    public Object svdVectorsHipparchus() {
        return new org.hipparchus.linear.SingularValueDecomposition(
                new org.hipparchus.linear.Array2DRowRealMatrix(generalRows, false));
    }

    private Object ejmlSvd(boolean vectors) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, vectors, vectors, true);
        svd.decompose(generalEjml.copy());
        return svd;
    }

    // ---- symmetric eigenproblem -------------------------------------------------------------

    @Benchmark
    public Object symValuesJnum() {
        return EigenSym.valuesOf(symmetric);
    }

    @Benchmark
    public Object symValuesEjml() {
        return ejmlEig(symmetricEjml, false, true);
    }

    @Benchmark
    public Object symValuesOjalgo() {
        Eigenvalue<Double> eig = Eigenvalue.R064.make(n, true);
        eig.computeValuesOnly(ojalgoCopy(symmetricColumns));
        return eig;
    }

    @Benchmark
    public Object symVectorsJnum() {
        return EigenSym.of(symmetric);
    }

    @Benchmark
    public Object symVectorsEjml() {
        return ejmlEig(symmetricEjml, true, true);
    }

    @Benchmark
    public Object symVectorsOjalgo() {
        Eigenvalue<Double> eig = Eigenvalue.R064.make(n, true);
        eig.decompose(ojalgoCopy(symmetricColumns));
        return eig;
    }

    @Benchmark
    public Object symVectorsCommonsMath() {
        return new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(symmetricRows, false));
    }

    @Benchmark
    public Object symVectorsHipparchus() {
        return new org.hipparchus.linear.EigenDecompositionSymmetric(
                new org.hipparchus.linear.Array2DRowRealMatrix(symmetricRows, false));
    }

    // ---- general eigenproblem ---------------------------------------------------------------

    @Benchmark
    public Object eigValuesJnum() {
        return Eigen.of(general, Eigen.Options.valuesOnly());
    }

    @Benchmark
    public Object eigValuesEjml() {
        return ejmlEig(generalEjml, false, false);
    }

    @Benchmark
    public Object eigValuesOjalgo() {
        Eigenvalue<Double> eig = Eigenvalue.R064.make(n, false);
        eig.computeValuesOnly(ojalgoCopy(generalColumns));
        return eig;
    }

    @Benchmark
    public Object eigVectorsJnum() {
        return Eigen.of(general);
    }

    /** Without balancing: the work the peers' calls do (none of them balances). */
    @Benchmark
    public Object eigVectorsJnumUnbalanced() {
        return Eigen.of(general, UNBALANCED);
    }

    @Benchmark
    public Object eigVectorsEjml() {
        return ejmlEig(generalEjml, true, false);
    }

    @Benchmark
    public Object eigVectorsOjalgo() {
        Eigenvalue<Double> eig = Eigenvalue.R064.make(n, false);
        eig.decompose(ojalgoCopy(generalColumns));
        return eig;
    }

    @Benchmark
    public Object eigVectorsCommonsMath() {
        return new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(generalRows, false));
    }

    @Benchmark
    public Object eigVectorsHipparchus() {
        return new org.hipparchus.linear.EigenDecompositionNonSymmetric(
                new org.hipparchus.linear.Array2DRowRealMatrix(generalRows, false));
    }

    private Object ejmlEig(DMatrixRMaj a, boolean vectors, boolean symmetric) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, symmetric);
        eig.decompose(a.copy());
        return eig;
    }
}

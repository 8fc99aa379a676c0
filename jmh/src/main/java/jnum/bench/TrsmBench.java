package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
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
 * Triangular solve with n right-hand sides, {@code L X = B} with L lower triangular n x n, no
 * transpose, non-unit diagonal (n^3 flops), single-threaded, all peers in the same run.
 *
 * <p>Every benchmark method first copies the pristine B into the work array (the solve is in
 * place, and repeating it on its own output would drift towards subnormal numbers); the copy is
 * the same for every peer and costs n^2 doubles against n^3 flops. EJML works on row-major
 * arrays, so it gets the same L and B stored row-major (prepared once, outside the timing).
 *
 * <p>Single-threaded: jnum with {@code Parallelism.setThreads(1)}; run with
 * {@code OPENBLAS_NUM_THREADS=1}. The native peer needs the system
 * OpenBLAS (Debian {@code libopenblas0-pthread}).
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
public class TrsmBench {

    @Param({"64", "256", "1024"})
    int n;

    double[] a; // column-major lower triangle, well conditioned
    double[] b0; // column-major right-hand sides
    double[] b; // work array
    double[] aRowMajor;
    double[] b0RowMajor;
    double[] bRowMajor;

    Blas vector;
    Blas scalar;
    BLAS netlibJava;
    BLAS netlibNative;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(42);
        a = new double[n * n];
        for (int j = 0; j < n; j++) {
            a[j + j * n] = 1 + rnd.nextDouble();
            for (int i = j + 1; i < n; i++) {
                a[i + j * n] = rnd.nextDouble(-1, 1) / n;
            }
        }
        b0 = new double[n * n];
        for (int i = 0; i < b0.length; i++) {
            b0[i] = rnd.nextDouble(-1, 1);
        }
        b = new double[n * n];
        aRowMajor = new double[n * n];
        b0RowMajor = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                aRowMajor[i * n + j] = a[i + j * n];
                b0RowMajor[i * n + j] = b0[i + j * n];
            }
        }
        bRowMajor = new double[n * n];
        Parallelism.setThreads(1);
        vector = Providers.blas(Providers.provider("vector"));
        scalar = Providers.blas(Providers.scalar());
        netlibJava = JavaBLAS.getInstance();
        netlibNative = NativeBLAS.getInstance();
    }

    @Benchmark
    public double[] jnumVector() {
        System.arraycopy(b0, 0, b, 0, b.length);
        vector.trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, n, 1.0, a, 0, n, b, 0, n);
        return b;
    }

    @Benchmark
    public double[] jnumScalar() {
        System.arraycopy(b0, 0, b, 0, b.length);
        scalar.trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, n, 1.0, a, 0, n, b, 0, n);
        return b;
    }

    /** dev.ludovic.netlib's JavaBLAS: VectorBLAS on JDK 25 (its dtrsm is the inherited Java loop). */
    @Benchmark
    public double[] netlibVectorBlas() {
        System.arraycopy(b0, 0, b, 0, b.length);
        netlibJava.dtrsm("L", "L", "N", "N", n, n, 1.0, a, n, b, n);
        return b;
    }

    @Benchmark
    public double[] nativeOpenBlas() {
        System.arraycopy(b0, 0, b, 0, b.length);
        netlibNative.dtrsm("L", "L", "N", "N", n, n, 1.0, a, n, b, n);
        return b;
    }

    /** EJML's forward substitution for m x n right-hand sides, row-major. */
    @Benchmark
    public double[] ejml() {
        System.arraycopy(b0RowMajor, 0, bRowMajor, 0, bRowMajor.length);
        TriangularSolver_DDRM.solveL(aRowMajor, bRowMajor, n, n);
        return bRowMajor;
    }
}

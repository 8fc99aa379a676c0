package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
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
 * Where the native provider overtakes the vector provider, per level-3 routine: square n x n
 * operands, one call through the facade bound to one provider ({@link Providers#blas}), the same
 * data for both. The crossovers set the per-routine thresholds of
 * {@code jnum.linalg.netlib.NativeKernels#accepts}.
 *
 * <p>Flags: gemm N N; trsm and trmm left, lower, no transpose, non-unit; syrk lower, no transpose;
 * symm left, lower. trsm and trmm work in place: each call first restores B (n^2 doubles, the same
 * for both providers). Single-threaded: {@code Parallelism.setThreads(1)}; run with
 * {@code OPENBLAS_NUM_THREADS=1} (bin/jnum-bench sets it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class NativeCrossoverBench {

    @Param({"gemm", "trsm", "trmm", "syrk", "symm"})
    String routine;

    @Param({"8", "16", "24", "32", "48", "64", "96", "128", "256", "512"})
    int n;

    @Param({"vector", "native"})
    String provider;

    Blas blas;
    double[] a;
    double[] b;
    double[] b0;
    double[] c;

    @Setup
    public void setUp() {
        Parallelism.setThreads(1);
        blas = Providers.blas(Providers.provider(provider));
        SplittableRandom rnd = new SplittableRandom(42);
        a = rnd.doubles((long) n * n, -1, 1).toArray();
        for (int i = 0; i < n; i++) {
            a[i + i * n] = 2 + rnd.nextDouble(); // a well-conditioned triangle for trsm
            for (int j = 0; j < i; j++) {
                a[i + j * n] /= n;
            }
        }
        b0 = rnd.doubles((long) n * n, -1, 1).toArray();
        b = b0.clone();
        c = rnd.doubles((long) n * n, -1, 1).toArray();
    }

    @Benchmark
    public double[] call() {
        switch (routine) {
            case "gemm" -> blas.gemm(Transpose.NO, Transpose.NO, n, n, n, 1, a, 0, n, b0, 0, n, 0, c, 0, n);
            case "trsm" -> {
                System.arraycopy(b0, 0, b, 0, b.length);
                blas.trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, n, 1, a, 0, n, b, 0, n);
                return b;
            }
            case "trmm" -> {
                System.arraycopy(b0, 0, b, 0, b.length);
                blas.trmm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, n, 1, a, 0, n, b, 0, n);
                return b;
            }
            case "syrk" -> blas.syrk(Uplo.LOWER, Transpose.NO, n, n, 1, a, 0, n, 0, c, 0, n);
            case "symm" -> blas.symm(Side.LEFT, Uplo.LOWER, n, n, 1, a, 0, n, b0, 0, n, 0, c, 0, n);
            default -> throw new IllegalArgumentException("routine " + routine);
        }
        return c;
    }
}

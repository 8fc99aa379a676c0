package jnum.bench;

import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Parallelism;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.EigenResult;
import jnum.mat.sparse.linalg.Eigensolvers;
import jnum.mat.sparse.linalg.Which;
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
 * {@code eigsh} with k = 6 on the 2-D Poisson matrix (5-point Laplacian on a side x side grid,
 * n = side^2), one thread: the six eigenvalues of largest magnitude at machine-precision tolerance
 * (ARPACK's default), and the six nearest 0 in shift-invert mode (sparse LU of A); the same two
 * at n = 99,856 in {@link EigshLargeBench}. scipy's {@code eigsh} on the same matrices and
 * settings is timed by {@code jmh/python/eigsh_peers.py}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class EigshBench {

    /** Grid side: n = side^2 unknowns. */
    @Param({"100", "200"})
    public int side;

    private Csr a;

    @Setup(Level.Trial)
    public void setup() {
        a = poisson(side);
        Parallelism.setThreads(1);
    }

    /** The 5-point Laplacian on a side x side grid. */
    static Csr poisson(int side) {
        int n = side * side;
        Coo coo = new Coo(n, n);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int i = r * side + c;
                coo.add(i, i, 4);
                if (c > 0) {
                    coo.add(i, i - 1, -1);
                }
                if (c < side - 1) {
                    coo.add(i, i + 1, -1);
                }
                if (r > 0) {
                    coo.add(i, i - side, -1);
                }
                if (r < side - 1) {
                    coo.add(i, i + side, -1);
                }
            }
        }
        return coo.toCsr();
    }

    @Benchmark
    public EigenResult largestMagnitude() {
        return Eigensolvers.eigsh(a, 6, Which.LARGEST_MAGNITUDE).requireConverged();
    }

    @Benchmark
    public EigenResult shiftInvertNearZero() {
        return Eigensolvers.eigsh(a, 6, 0.0).requireConverged();
    }
}

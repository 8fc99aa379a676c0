package jnum.bench;

import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Parallelism;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Eigensolvers;
import jnum.mat.sparse.linalg.SvdResult;
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
 * {@code svds} with k = 6 at machine-precision tolerance, one thread, on the discrete gradient of
 * a {@code rows x (rows + 50)} grid: the edge-node incidence matrix ({@code +-1} per edge, about
 * {@code 2 N} edges by {@code N} nodes), whose squared singular values are the grid Laplacian's
 * eigenvalues (distinct, the grid not being square). scipy's {@code svds} (ARPACK on the normal
 * equations, and PROPACK) on the same matrix: {@code jmh/python/svds_peers.py}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class SvdsBench {

    /** Grid rows; the grid has rows + 50 columns. */
    @Param({"100"})
    public int rows;

    private Csr a;

    @Setup(Level.Trial)
    public void setup() {
        a = gradient(rows, rows + 50);
        Parallelism.setThreads(1);
    }

    /**
     * The incidence matrix of the {@code r x c} grid graph, nodes numbered row by row: first the
     * horizontal edges ({@code kron(I_r, D_c)}), then the vertical ones ({@code kron(D_r, I_c)}),
     * {@code D_m} the {@code (m - 1) x m} forward difference.
     */
    static Csr gradient(int r, int c) {
        int edges = r * (c - 1) + (r - 1) * c;
        Coo coo = new Coo(edges, r * c);
        int e = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c - 1; j++, e++) {
                coo.add(e, i * c + j, -1);
                coo.add(e, i * c + j + 1, 1);
            }
        }
        for (int i = 0; i < r - 1; i++) {
            for (int j = 0; j < c; j++, e++) {
                coo.add(e, i * c + j, -1);
                coo.add(e, (i + 1) * c + j, 1);
            }
        }
        return coo.toCsr();
    }

    @Benchmark
    public SvdResult largest6() {
        return Eigensolvers.svds(a, 6).requireConverged();
    }
}

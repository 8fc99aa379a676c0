package jnum.bench;

import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Parallelism;
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
 * {@link EigshBench}'s two operations at about 1e5 unknowns (the 2-D Poisson matrix on a 316 x 316
 * grid, n = 99,856), one thread: k = 6 of largest magnitude at machine-precision tolerance, and
 * the six nearest 0 in shift-invert mode (sparse LU of A). One call takes seconds, so an
 * iteration is one call. scipy: {@code python3 jmh/python/eigsh_peers.py 316}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class EigshLargeBench {

    /** Grid side: n = side^2 unknowns. */
    @Param({"316"})
    public int side;

    private Csr a;

    @Setup(Level.Trial)
    public void setup() {
        a = EigshBench.poisson(side);
        Parallelism.setThreads(1);
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

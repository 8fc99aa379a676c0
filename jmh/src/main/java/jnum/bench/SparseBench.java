package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.mat.Vec;
import jnum.mat.kernel.Parallelism;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SolverSettings;
import jnum.mat.sparse.linalg.Solvers;
import jnum.mat.sparse.linalg.SparseCholesky;
import jnum.mat.sparse.linalg.SparseLU;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
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
 * Sparse kernels on the 2-D Poisson matrix (5-point Laplacian on a k x k grid, n = k^2): SpMV
 * (jnum CSR on one thread and on all, EJML's CSC), 20 iterations of CG, and sparse Cholesky and LU
 * factor + solve (jnum with AMD, and for LU also with COLAMD; EJML with no fill-reducing order, its
 * only deterministic choice).
 * scipy's timings of the same operations come from {@code jmh/python/sparse_peers.py}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx6g"})
public class SparseBench {

    /** Grid side: n = k^2 unknowns (1000: one million). */
    @Param({"1000"})
    public int k;

    private Csr a;
    private DMatrixSparseCSC ejml;
    private double[] x;
    private double[] y;
    private DMatrixRMaj ex;
    private DMatrixRMaj ey;
    private Vec b;

    @Setup(Level.Trial)
    public void setup() {
        int n = k * k;
        Coo coo = new Coo(n, n);
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, 5 * n);
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int i = r * k + c;
                add(coo, t, i, i, 4);
                if (c > 0) {
                    add(coo, t, i, i - 1, -1);
                }
                if (c < k - 1) {
                    add(coo, t, i, i + 1, -1);
                }
                if (r > 0) {
                    add(coo, t, i, i - k, -1);
                }
                if (r < k - 1) {
                    add(coo, t, i, i + k, -1);
                }
            }
        }
        a = coo.toCsr();
        ejml = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
        SplittableRandom rnd = new SplittableRandom(1);
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(-1, 1);
        }
        y = new double[n];
        ex = new DMatrixRMaj(n, 1);
        System.arraycopy(x, 0, ex.data, 0, n);
        ey = new DMatrixRMaj(n, 1);
        b = Vec.of(x);
    }

    private static void add(Coo coo, DMatrixSparseTriplet t, int i, int j, double v) {
        coo.add(i, j, v);
        t.addItem(i, j, v);
    }

    @Benchmark
    public double[] spmvJnumOneThread() {
        int before = Parallelism.threads();
        Parallelism.setThreads(1);
        try {
            a.apply(x, y);
        } finally {
            Parallelism.setThreads(before);
        }
        return y;
    }

    @Benchmark
    public double[] spmvJnumAllThreads() {
        a.apply(x, y);
        return y;
    }

    @Benchmark
    public DMatrixRMaj spmvEjml() {
        CommonOps_DSCC.mult(ejml, ex, ey);
        return ey;
    }

    /** 20 CG iterations without preconditioning: 20 products and the vector updates. */
    @Benchmark
    public Object cg20Iterations() {
        int before = Parallelism.threads();
        Parallelism.setThreads(1);
        try {
            return Solvers.cg(
                    a,
                    b,
                    null,
                    null,
                    SolverSettings.defaults().withMaxIterations(20).withRelativeTolerance(1e-300));
        } finally {
            Parallelism.setThreads(before);
        }
    }

    /** Factorizations on a smaller grid (k = 100, n = 1e4), where they take milliseconds. */
    @State(Scope.Benchmark)
    public static class Small {
        @Param({"100"})
        public int side;

        Csr a;
        DMatrixSparseCSC ejml;
        Vec b;
        DMatrixRMaj eb;

        @Setup(Level.Trial)
        public void setup() {
            SparseBench big = new SparseBench();
            big.k = side;
            big.setup();
            a = big.a;
            ejml = big.ejml;
            b = big.b;
            eb = big.ex;
        }
    }

    @Benchmark
    public Vec choleskyJnumAmd(Small s) {
        return SparseCholesky.of(s.a).solve(s.b);
    }

    @Benchmark
    public DMatrixRMaj choleskyEjmlNoOrdering(Small s) {
        var solver = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
        solver.setA(s.ejml.copy());
        DMatrixRMaj out = new DMatrixRMaj(s.eb.numRows, 1);
        solver.solve(s.eb, out);
        return out;
    }

    @Benchmark
    public Vec luJnumAmd(Small s) {
        return SparseLU.of(s.a, Ordering.AMD, 1.0).solve(s.b);
    }

    /** The default column order of SparseLU, as scipy's splu uses by default. */
    @Benchmark
    public Vec luJnumColamd(Small s) {
        return SparseLU.of(s.a, Ordering.COLAMD, 1.0).solve(s.b);
    }

    @Benchmark
    public DMatrixRMaj luEjmlNoOrdering(Small s) {
        var solver = LinearSolverFactory_DSCC.lu(FillReducing.NONE);
        solver.setA(s.ejml.copy());
        DMatrixRMaj out = new DMatrixRMaj(s.eb.numRows, 1);
        solver.solve(s.eb, out);
        return out;
    }
}

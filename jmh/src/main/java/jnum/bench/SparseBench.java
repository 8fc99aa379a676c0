package jnum.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jnum.mat.Vec;
import jnum.mat.io.MatrixMarket;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Parallelism;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SolverSettings;
import jnum.mat.sparse.linalg.Solvers;
import jnum.mat.sparse.linalg.SparseCholesky;
import jnum.mat.sparse.linalg.SparseLU;
import no.uib.cipr.matrix.DenseVector;
import no.uib.cipr.matrix.sparse.CG;
import no.uib.cipr.matrix.sparse.CompRowMatrix;
import no.uib.cipr.matrix.sparse.DefaultIterationMonitor;
import no.uib.cipr.matrix.sparse.IterativeSolverNotConvergedException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
import org.ojalgo.equation.Equation;
import org.ojalgo.matrix.store.R064CSR;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.matrix.task.iterative.ConjugateGradientSolver;
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
 * (jnum CSR on one thread and on all, EJML's CSC, MTJ's {@code CompRowMatrix}, ojAlgo's
 * {@code R064CSR}), 20 iterations of CG (jnum, MTJ's {@code CG}, ojAlgo's
 * {@code ConjugateGradientSolver} on its sparse equation rows), and sparse Cholesky and LU factor +
 * solve (jnum with AMD, and for LU also with COLAMD; EJML with no fill-reducing order, its only deterministic choice); and
 * sparse Cholesky factor + solve on larger SPD matrices ({@link Spd}: bcsstk13 of the SuiteSparse
 * collection, a copy of the test suite's file in this module's resources, and the Poisson matrix
 * with k = 300), against EJML's sparse Cholesky. The peers' matrices hold the same entries as
 * jnum's, built once per trial in their own states.
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
    private double[] updP;
    private double[] updQ;
    private double[] updX;
    private double[] updR;

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
        updP = x.clone();
        updQ = x.clone();
        updX = new double[n];
        updR = x.clone();
    }

    private static void add(Coo coo, DMatrixSparseTriplet t, int i, int j, double v) {
        coo.add(i, j, v);
        t.addItem(i, j, v);
    }

    @Benchmark
    public double[] spmvJnumOneThread() {
        return oneThread(() -> {
            a.apply(x, y);
            return y;
        });
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

    /**
     * The vector work of 20 unpreconditioned CG iterations without the products, as the solver
     * does it: {@code p . q}, {@code x += alpha p}, {@code r -= alpha q}, {@code r . r} and
     * {@code p = r + beta p} over vectors of n: with 20 one-thread products, the budget a CG
     * iteration is measured against.
     */
    @Benchmark
    public double cg20VectorUpdatesOnly() {
        return oneThread(() -> {
            Blas blas = Kernels.blas();
            int n = x.length;
            double check = 0;
            for (int it = 0; it < 20; it++) {
                double pq = blas.dot(n, updP, 0, 1, updQ, 0, 1);
                double alpha = 1e-3 / (1 + Math.abs(pq));
                blas.axpy(n, alpha, updP, 0, 1, updX, 0, 1);
                blas.axpy(n, -alpha, updQ, 0, 1, updR, 0, 1);
                double rr = blas.dot(n, updR, 0, 1, updR, 0, 1);
                double beta = 1e-3 / (1 + rr);
                for (int i = 0; i < n; i++) {
                    updP[i] = updR[i] + beta * updP[i];
                }
                check += rr;
            }
            return check;
        });
    }

    /**
     * 20 CG iterations without preconditioning: 20 products and the vector updates, plus what a
     * solve costs once (the initial and the final true residual, each a product, and the vectors'
     * allocation).
     */
    @Benchmark
    public Object cg20Iterations() {
        return cgIterations(20);
    }

    /** As {@link #cg20Iterations} with 40: the difference of the two is the cost of 20 iterations alone. */
    @Benchmark
    public Object cg40Iterations() {
        return cgIterations(40);
    }

    private Object cgIterations(int iterations) {
        return oneThread(() -> Solvers.cg(
                a,
                b,
                null,
                null,
                SolverSettings.defaults().withMaxIterations(iterations).withRelativeTolerance(1e-300)));
    }

    /** Calls {@code entry(i, j, value)} for every stored entry of the k x k grid's Laplacian, row by row. */
    interface Entries {
        void entry(int i, int j, double value);
    }

    static void poisson(int k, Entries out) {
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                int i = r * k + c;
                if (r > 0) {
                    out.entry(i, i - k, -1);
                }
                if (c > 0) {
                    out.entry(i, i - 1, -1);
                }
                out.entry(i, i, 4);
                if (c < k - 1) {
                    out.entry(i, i + 1, -1);
                }
                if (r < k - 1) {
                    out.entry(i, i + k, -1);
                }
            }
        }
    }

    /** MTJ 1.0.4: the matrix as {@code CompRowMatrix}, x and y as {@code DenseVector}. */
    @State(Scope.Benchmark)
    public static class Mtj {
        CompRowMatrix a;
        DenseVector x;
        DenseVector y;

        @Setup(Level.Trial)
        public void setup(SparseBench bench) {
            int k = bench.k;
            int n = k * k;
            int[][] pattern = new int[n][];
            int[] count = new int[n];
            poisson(k, (i, j, v) -> count[i]++);
            for (int i = 0; i < n; i++) {
                pattern[i] = new int[count[i]];
                count[i] = 0;
            }
            poisson(k, (i, j, v) -> pattern[i][count[i]++] = j);
            a = new CompRowMatrix(n, n, pattern);
            poisson(k, a::set);
            x = new DenseVector(bench.x.clone());
            y = new DenseVector(n);
        }
    }

    @Benchmark
    public DenseVector spmvMtj(Mtj m) {
        m.a.mult(m.x, m.y);
        return m.y;
    }

    /** 20 iterations of MTJ's unpreconditioned CG from 0 (it throws when the limit is reached). */
    @Benchmark
    public DenseVector cg20IterationsMtj(Mtj m) {
        DenseVector solution = new DenseVector(m.x.size());
        CG cg = new CG(solution);
        cg.setIterationMonitor(new DefaultIterationMonitor(20, 1e-300, 1e-300, 1e300));
        try {
            cg.solve(m.a, m.x, solution);
        } catch (IterativeSolverNotConvergedException expected) {
            // the iteration limit, as asked
        }
        return solution;
    }

    /**
     * ojAlgo 57.1: the matrix as {@code R064CSR} for the product, and as the list of sparse
     * equation rows its iterative solvers take.
     */
    @State(Scope.Benchmark)
    public static class Ojalgo {
        R064CSR a;
        List<Equation> rows;
        R064Store x;
        R064Store y;
        R064Store solution;

        @Setup(Level.Trial)
        public void setup(SparseBench bench) {
            int k = bench.k;
            int n = k * k;
            R064CSR.Builder builder = R064CSR.newBuilder(n, n);
            poisson(k, builder::set);
            a = builder.build();
            x = R064Store.FACTORY.make(n, 1);
            for (int i = 0; i < n; i++) {
                x.set(i, bench.x[i]);
            }
            y = R064Store.FACTORY.make(n, 1);
            rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Equation e = Equation.sparse(i, n, 5);
                e.setRHS(bench.x[i]);
                rows.add(e);
            }
            poisson(k, (i, j, v) -> rows.get(i).set(j, v));
            solution = R064Store.FACTORY.make(n, 1);
        }
    }

    @Benchmark
    public R064Store spmvOjalgo(Ojalgo o) {
        o.a.multiply(o.x, o.y);
        return o.y;
    }

    /** 20 iterations of ojAlgo's unpreconditioned CG from 0. */
    @Benchmark
    public R064Store cg20IterationsOjalgo(Ojalgo o) {
        o.solution.fillAll(0.0);
        ConjugateGradientSolver cg = new ConjugateGradientSolver();
        cg.configurator().iterations(20);
        cg.resolve(o.rows, o.solution);
        return o.solution;
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
        return ejmlCholesky(s.ejml, s.eb);
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

    /**
     * The SPD matrices of the supernodal Cholesky comparison: bcsstk13 (n = 2003, 83,883 stored
     * entries, read from this module's resources) and the Poisson matrix on a 300 x 300 grid
     * (n = 90,000), as jnum's CSR and EJML's CSC with the same entries, and a right-hand side.
     */
    @State(Scope.Benchmark)
    public static class Spd {
        @Param({"bcsstk13", "poisson300"})
        public String matrix;

        Csr a;
        DMatrixSparseCSC ejml;
        Vec b;
        DMatrixRMaj eb;
        double[] x;
        double[] y;
        DMatrixRMaj ey;

        @Setup(Level.Trial)
        public void setup() {
            a = matrix.equals("bcsstk13") ? resource("bcsstk13.mtx") : poissonCsr(300);
            int n = a.rows();
            DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, a.values().length);
            int[] rp = a.rowPointers();
            int[] ci = a.columnIndices();
            double[] v = a.values();
            for (int i = 0; i < n; i++) {
                for (int p = rp[i]; p < rp[i + 1]; p++) {
                    t.addItem(i, ci[p], v[p]);
                }
            }
            ejml = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
            double[] x = new SplittableRandom(1).doubles(n, -1, 1).toArray();
            b = Vec.of(x);
            eb = new DMatrixRMaj(n, 1);
            System.arraycopy(x, 0, eb.data, 0, n);
            this.x = x;
            y = new double[n];
            ey = new DMatrixRMaj(n, 1);
        }

        private static Csr poissonCsr(int k) {
            Coo coo = new Coo(k * k, k * k);
            poisson(k, coo::add);
            return coo.toCsr();
        }

        /** A Matrix Market file of this module's resources, through a temporary copy. */
        private static Csr resource(String name) {
            try (InputStream in = SparseBench.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("SparseBench: resource " + name + " is missing");
                }
                Path tmp = Files.createTempFile("jnum-bench", ".mtx");
                try {
                    Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return MatrixMarket.readSparse(tmp);
                } finally {
                    Files.delete(tmp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code A x} on the Matrix Market example (and the k = 300 grid), one thread. */
    @Benchmark
    public double[] spmvSpdJnum(Spd s) {
        return oneThread(() -> {
            s.a.apply(s.x, s.y);
            return s.y;
        });
    }

    /** EJML's CSC product on the same matrices. */
    @Benchmark
    public DMatrixRMaj spmvSpdEjml(Spd s) {
        CommonOps_DSCC.mult(s.ejml, s.eb, s.ey);
        return s.ey;
    }

    /** 20 unpreconditioned CG iterations on the same matrices, one thread, as {@link #cg20Iterations}. */
    @Benchmark
    public Object cg20SpdJnum(Spd s) {
        return oneThread(() -> Solvers.cg(
                s.a,
                s.b,
                null,
                null,
                SolverSettings.defaults().withMaxIterations(20).withRelativeTolerance(1e-300)));
    }

    /** Analysis (AMD), supernodal numeric factorization and one solve, on one thread. */
    @Benchmark
    public Vec choleskySpdJnum(Spd s) {
        return oneThread(() -> SparseCholesky.of(s.a).solve(s.b));
    }

    /**
     * Sparse LU with partial pivoting and COLAMD (factor and one solve, one thread) on the same
     * matrices, against scipy's {@code splu} with its default COLAMD.
     */
    @Benchmark
    public Vec luSpdJnumColamd(Spd s) {
        return oneThread(() -> SparseLU.of(s.a).solve(s.b));
    }

    /** The analysis alone: AMD ordering, elimination tree, column counts and supernodes. */
    @Benchmark
    public SparseCholesky.Symbolic choleskySpdAnalyzeJnum(Spd s) {
        return SparseCholesky.analyze(s.a, Ordering.AMD);
    }

    /** EJML's sparse Cholesky with no fill-reducing order, as {@link #choleskyEjmlNoOrdering}. */
    @Benchmark
    public DMatrixRMaj choleskySpdEjml(Spd s) {
        return ejmlCholesky(s.ejml, s.eb);
    }

    /** Runs {@code body} with the kernels limited to the calling thread, then restores the count. */
    private static <T> T oneThread(Supplier<T> body) {
        int before = Parallelism.threads();
        Parallelism.setThreads(1);
        try {
            return body.get();
        } finally {
            Parallelism.setThreads(before);
        }
    }

    /** EJML's sparse Cholesky with no fill-reducing order (it offers none here) and one solve. */
    private static DMatrixRMaj ejmlCholesky(DMatrixSparseCSC a, DMatrixRMaj b) {
        var solver = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
        solver.setA(a.copy());
        DMatrixRMaj out = new DMatrixRMaj(b.numRows, 1);
        solver.solve(b, out);
        return out;
    }
}

package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.sparse.LinearOperator;

/**
 * The part every Krylov solver shares: validation, the stopping test, the iteration count, the
 * residual history and progress calls, and the outer loop that checks the true residual.
 *
 * <p>A method's recurrence updates its residual cheaply and drifts from {@code b - A x} in
 * floating point. So each method runs in cycles ({@link Cycle}): a cycle returns when its own
 * residual passes the test (or it breaks down, or the budget ends), the driver recomputes the true
 * residual, and a new cycle starts from the current iterate when the true residual still fails.
 * GMRES's restart cycles fit the same loop.
 */
final class Krylov {

    /** How a cycle ended. */
    enum Outcome {
        /** The method's residual estimate passed the test. */
        CLAIMS_CONVERGED,
        /** The iteration budget ran out. */
        EXHAUSTED,
        /** A restart cycle ended (GMRES). */
        RESTART,
        BREAKDOWN,
        INDEFINITE,
        NOT_FINITE
    }

    /** One cycle of a method from the iterate {@code x} with true residual {@code r}. */
    @FunctionalInterface
    interface Cycle {
        Outcome run(Krylov k, double[] x, double[] r, double rNorm);
    }

    static final Blas BLAS = Kernels.blas();

    final LinearOperator a;
    final Preconditioner m;
    final int n;
    final double[] b;
    final double tolerance;
    private final int limit;
    private final SolverSettings settings;
    private int iterations;
    private double[] history = new double[16];
    private int historySize;

    private Krylov(LinearOperator a, Preconditioner m, double[] b, SolverSettings s) {
        this.a = a;
        this.m = m;
        this.n = b.length;
        this.b = b;
        this.settings = s;
        this.limit = s.iterationLimit(n);
        this.tolerance = Math.max(s.relativeTolerance() * norm(b), s.absoluteTolerance());
    }

    /** Validates the arguments and runs the cycles of one method until the true residual passes. */
    static SolverResult solve(
            String op, LinearOperator a, Vec b, Vec x0, Preconditioner m, SolverSettings s, Cycle cycle) {
        Objects.requireNonNull(a, op + ": operator is null");
        Objects.requireNonNull(b, op + ": b is null");
        Objects.requireNonNull(s, op + ": settings is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": operator is " + a.rows() + "x" + a.cols() + ", not square");
        }
        if (b.length() != a.rows()) {
            throw DimensionMismatchException.of(op, a.rows(), a.cols(), "\\", b.length(), 1);
        }
        if (x0 != null && x0.length() != a.cols()) {
            throw new DimensionMismatchException(
                    op + ": x0 has " + x0.length() + " elements, operator is " + a.rows() + "x" + a.cols());
        }
        Krylov k = new Krylov(a, m == null ? Preconditioner.identity() : m, b.toArray(), s);
        double[] x = x0 == null ? new double[k.n] : x0.toArray();
        double[] r = new double[k.n];
        double rNorm = k.residual(x, r);
        k.record(rNorm);
        int stalls = 0;
        while (true) {
            if (rNorm <= k.tolerance) {
                return k.result(x, SolverStatus.CONVERGED, rNorm);
            }
            if (!Double.isFinite(rNorm)) {
                return k.result(x, SolverStatus.NOT_FINITE, rNorm);
            }
            if (k.exhausted()) {
                return k.result(x, SolverStatus.MAX_ITERATIONS, rNorm);
            }
            Outcome outcome = cycle.run(k, x, r, rNorm);
            double before = rNorm;
            rNorm = k.residual(x, r);
            if (rNorm <= k.tolerance) {
                return k.result(x, SolverStatus.CONVERGED, rNorm);
            }
            switch (outcome) {
                case BREAKDOWN -> {
                    if (!(rNorm < 0.5 * before)) {
                        return k.result(x, SolverStatus.BREAKDOWN, rNorm);
                    }
                }
                case INDEFINITE -> {
                    return k.result(x, SolverStatus.INDEFINITE, rNorm);
                }
                case NOT_FINITE -> {
                    return k.result(x, SolverStatus.NOT_FINITE, rNorm);
                }
                case CLAIMS_CONVERGED -> {
                    stalls = rNorm < 0.5 * before ? 0 : stalls + 1;
                    if (stalls >= 3) {
                        return k.result(x, SolverStatus.STAGNATED, rNorm);
                    }
                }
                case EXHAUSTED, RESTART -> {
                    // the loop head reports the limit, or starts the next cycle
                }
            }
        }
    }

    /** {@code r = b - A x}; returns {@code ||r||}. */
    double residual(double[] x, double[] r) {
        a.apply(x, r);
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    /**
     * Counts one iteration with the method's residual estimate {@code rNorm}; returns whether the
     * estimate passes the tolerance.
     */
    boolean step(double rNorm) {
        iterations++;
        record(rNorm);
        return rNorm <= tolerance;
    }

    /** Whether the iteration budget is spent. */
    boolean exhausted() {
        return iterations >= limit;
    }

    private void record(double rNorm) {
        if (settings.keepHistory()) {
            if (historySize == history.length) {
                history = Arrays.copyOf(history, 2 * historySize);
            }
            history[historySize++] = rNorm;
        }
        if (settings.progress() != null) {
            settings.progress().iteration(iterations, rNorm);
        }
    }

    private SolverResult result(double[] x, SolverStatus status, double rNorm) {
        return new SolverResult(Vec.of(x), status, iterations, rNorm, norm(b), Arrays.copyOf(history, historySize));
    }

    static double dot(double[] x, double[] y) {
        return BLAS.dot(x.length, x, 0, 1, y, 0, 1);
    }

    static double norm(double[] x) {
        return BLAS.nrm2(x.length, x, 0, 1);
    }

    /** {@code y += alpha x}. */
    static void axpy(double alpha, double[] x, double[] y) {
        BLAS.axpy(x.length, alpha, x, 0, 1, y, 0, 1);
    }
}

package jnum.optimize;

import java.time.Duration;
import jnum.optimize.fd.FiniteDifferences;
import jnum.optimize.fd.Formula;

/**
 * One run's bookkeeping, shared by every method: counts evaluations, enforces the limits (by
 * throwing {@link Stop}), stands in finite differences for a missing gradient or Hessian, applies the
 * convergence tests to each accepted iterate, calls the recorder, and builds the {@link Result} from
 * the last accepted iterate.
 */
final class Evaluator {
    /** Unwinds a method from any depth when a limit is reached; the driver turns it into a Result. */
    static final class Stop extends RuntimeException {
        final Status status;

        Stop(Status status) {
            super(status.name(), null, false, false);
            this.status = status;
        }
    }

    final Problem problem;
    final Settings settings;
    final String method;
    final int n;
    final double[] lower;
    final double[] upper;
    private final long startNanos;
    private final long deadlineNanos;
    private int fEvals;
    private int gEvals;
    private int hEvals;
    private boolean usedFd;
    private int iterations;
    private int stalled;

    /** Iterations in a row without a decrease of the objective after which a run stops. */
    static final int STALL_LIMIT = 10;

    // the last accepted iterate
    private double[] x;
    private double f;
    private double[] g;

    private final Objective counted;

    Evaluator(Problem problem, double[] x0, Settings settings, String method) {
        this.problem = java.util.Objects.requireNonNull(problem, "problem");
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        java.util.Objects.requireNonNull(x0, "x0");
        this.method = method;
        this.n = x0.length;
        if (n == 0) {
            throw new IllegalArgumentException(method + ": x0 is empty");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException(method + ": x0[" + i + "] = " + x0[i] + " is not finite");
            }
        }
        this.lower = problem.lowerRef();
        this.upper = problem.upperRef();
        if (lower != null && lower.length != n) {
            throw new IllegalArgumentException(
                    method + ": x0 has length " + n + " but the bounds have length " + lower.length);
        }
        this.startNanos = System.nanoTime();
        Duration t = settings.maxTime();
        this.deadlineNanos = t == null ? Long.MAX_VALUE : startNanos + Math.min(t.toNanos(), Long.MAX_VALUE / 4);
        this.counted = this::countedValue;
        this.x = x0.clone();
        this.f = Double.NaN;
    }

    private double countedValue(double[] at) {
        if (fEvals >= settings.maxEvaluations()) {
            throw new Stop(Status.EVALUATION_LIMIT);
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos) {
            throw new Stop(Status.TIME_LIMIT);
        }
        fEvals++;
        return problem.objective().value(at);
    }

    /** {@code f(at)}, counted and limited. */
    double value(double[] at) {
        return counted.value(at);
    }

    /** {@code f(at)} and its gradient into {@code grad}; finite differences if the problem has none. */
    double valueAndGradient(double[] at, double[] grad) {
        double v = value(at);
        gradient(at, v, grad);
        return v;
    }

    /** The gradient at {@code at} (where the objective is {@code fAt}) into {@code grad}. */
    void gradient(double[] at, double fAt, double[] grad) {
        gEvals++;
        if (problem.hasGradient()) {
            problem.gradient().gradient(at, grad);
        } else {
            usedFd = true;
            FiniteDifferences.gradient(counted, at, fAt, Formula.CENTRAL, lower, upper, grad);
        }
    }

    /** A Hessian at one point, as a linear operator. */
    interface HessianOperator {
        /** Writes {@code H v} into {@code out}. */
        void apply(double[] v, double[] out);
    }

    /**
     * The Hessian at {@code at} (gradient {@code gAt}, both kept by reference and not to be modified
     * while the operator is used): the problem's Hessian-vector product, else its dense Hessian
     * (evaluated once here), else differences of the gradient (one gradient evaluation per product).
     */
    HessianOperator hessianAt(double[] at, double[] gAt) {
        if (problem.hessianVector() != null) {
            HessianVector hv = problem.hessianVector();
            return (v, out) -> {
                hEvals++;
                hv.multiply(at, v, out);
            };
        }
        if (problem.hessian() != null) {
            double[] h = new double[n * n];
            hEvals++;
            problem.hessian().hessian(at, h);
            return (v, out) -> {
                java.util.Arrays.fill(out, 0);
                for (int j = 0; j < n; j++) {
                    double vj = v[j];
                    int col = j * n;
                    for (int i = 0; i < n; i++) {
                        out[i] += h[col + i] * vj;
                    }
                }
            };
        }
        usedFd = true;
        Gradient grad = (p, gr) -> gradient(p, problem.hasGradient() ? Double.NaN : value(p), gr);
        return (v, out) -> {
            hEvals++;
            FiniteDifferences.hessianVector(grad, at, gAt, v, out);
        };
    }

    /**
     * The dense Hessian at {@code at} (gradient {@code gAt}) into {@code out} (n x n,
     * column-major), symmetrized as {@code (H + H^T) / 2}: the problem's Hessian, else its
     * Hessian-vector products with the unit vectors, else forward differences of the gradient with a
     * step scaled to each coordinate (n gradient evaluations).
     */
    void denseHessian(double[] at, double[] gAt, double[] out) {
        if (problem.hessian() != null) {
            hEvals++;
            problem.hessian().hessian(at, out);
        } else if (problem.hessianVector() == null) {
            usedFd = true;
            hEvals += n;
            Gradient grad = (p, gr) -> gradient(p, problem.hasGradient() ? Double.NaN : value(p), gr);
            FiniteDifferences.hessianFromGradient(grad, at, gAt, Formula.FORWARD, out);
        } else {
            HessianOperator h = hessianAt(at, gAt);
            double[] e = new double[n];
            double[] col = new double[n];
            for (int j = 0; j < n; j++) {
                e[j] = 1;
                h.apply(e, col);
                e[j] = 0;
                System.arraycopy(col, 0, out, j * n, n);
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                double m = 0.5 * (out[i + j * n] + out[j + i * n]);
                out[i + j * n] = m;
                out[j + i * n] = m;
            }
        }
    }

    /**
     * Sets the starting iterate and checks it.
     *
     * @throws IllegalArgumentException if the objective or the gradient is not finite there
     */
    void start(double[] x0, double f0, double[] g0) {
        if (!Double.isFinite(f0)) {
            throw new IllegalArgumentException(method + ": the objective is " + f0 + " at the starting point");
        }
        if (g0 != null) {
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(g0[i])) {
                    throw new IllegalArgumentException(
                            method + ": gradient component " + i + " is " + g0[i] + " at the starting point");
                }
            }
        }
        x = x0.clone();
        f = f0;
        g = g0 == null ? null : g0.clone();
    }

    /** Whether the starting gradient already meets the threshold. */
    Status startStatus(double gradNorm) {
        return gradNorm <= settings.gradientThreshold() ? Status.GRADIENT_THRESHOLD : null;
    }

    /**
     * Accepts a new iterate (copied), applies the convergence tests, calls the recorder and enforces
     * the iteration limit.
     *
     * @param gradNorm the infinity norm of the (projected) gradient at {@code xNew}, NaN if none
     * @return the status to stop with, or null to continue
     */
    Status accept(double[] xNew, double fNew, double[] gNew, double gradNorm) {
        iterations++;
        double fPrev = f;
        double step = 0;
        double xNorm = 0;
        for (int i = 0; i < n; i++) {
            step = Math.max(step, Math.abs(xNew[i] - x[i]));
            xNorm = Math.max(xNorm, Math.abs(xNew[i]));
        }
        System.arraycopy(xNew, 0, x, 0, n);
        f = fNew;
        if (gNew != null) {
            if (g == null) {
                g = new double[n];
            }
            System.arraycopy(gNew, 0, g, 0, n);
        }
        stalled = fNew < fPrev ? 0 : stalled + 1;
        double ftol = settings.functionTolerance();
        double xtol = settings.stepTolerance();
        Status s = null;
        if (gradNorm <= settings.gradientThreshold()) {
            s = Status.GRADIENT_THRESHOLD;
        } else if (ftol > 0 && fPrev - fNew <= ftol * Math.max(Math.abs(fPrev), Math.abs(fNew))) {
            s = Status.FUNCTION_CONVERGENCE;
        } else if (xtol > 0 && step <= xtol * Math.max(1, xNorm)) {
            s = Status.STEP_CONVERGENCE;
        } else if (stalled >= STALL_LIMIT) {
            s = Status.NO_PROGRESS;
        }
        return afterIteration(s, gradNorm);
    }

    /**
     * Counts an iteration whose convergence test the method made itself (Nelder-Mead, trust region
     * steps that were rejected), calls the recorder and enforces the limits.
     */
    Status iterate(Status converged, double[] xBest, double fBest, double[] gBest, double gradNorm) {
        iterations++;
        System.arraycopy(xBest, 0, x, 0, n);
        f = fBest;
        if (gBest != null) {
            if (g == null) {
                g = new double[n];
            }
            System.arraycopy(gBest, 0, g, 0, n);
        }
        return afterIteration(converged, gradNorm);
    }

    private Status afterIteration(Status s, double gradNorm) {
        Recorder r = settings.recorder();
        if (r != null) {
            boolean go = r.record(new Recorder.Progress(method, iterations, f, gradNorm, fEvals, gEvals, seconds()));
            if (s == null && !go) {
                s = Status.STOPPED_BY_RECORDER;
            }
        }
        if (s == null && iterations >= settings.maxIterations()) {
            s = Status.ITERATION_LIMIT;
        }
        if (s == null && deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos) {
            s = Status.TIME_LIMIT;
        }
        return s;
    }

    int iterations() {
        return iterations;
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    /** Runs a method's body, turning a {@link Stop} into its status, and builds the result. */
    Result run(java.util.function.Supplier<Status> body) {
        Status s;
        try {
            s = body.get();
        } catch (Stop stop) {
            s = stop.status;
        }
        return result(s);
    }

    /** The result from the last accepted iterate. */
    Result result(Status status) {
        return new Result(
                x.clone(),
                f,
                g == null ? null : g.clone(),
                status,
                method,
                iterations,
                fEvals,
                gEvals,
                hEvals,
                Duration.ofNanos(System.nanoTime() - startNanos),
                usedFd);
    }

    static double normInf(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return Double.isNaN(sumNaN(v)) ? Double.NaN : m;
    }

    private static double sumNaN(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * 0;
        }
        return s;
    }

    static boolean allFinite(double[] v) {
        for (double e : v) {
            if (!Double.isFinite(e)) {
                return false;
            }
        }
        return true;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}

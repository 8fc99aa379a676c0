package jnum.optimize;

import java.time.Duration;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.optimize.fd.FiniteDifferences;
import jnum.optimize.fd.Formula;

/**
 * The Levenberg-Marquardt method in More's scaled trust-region form, as MINPACK's lmder (More,
 * "The Levenberg-Marquardt algorithm: implementation and theory", 1978; More, Garbow and Hillstrom,
 * MINPACK-1, 1980). Each iteration factors the Jacobian by Householder QR with column pivoting,
 * scales the variables by {@code D = diag(max column norms of J seen so far)}, and takes the step
 * {@code -x} where {@code x} solves {@code min ||J x - r||} subject to {@code ||D x|| <= delta}
 * (through the Levenberg-Marquardt parameter, lmpar); the radius {@code delta} follows the ratio of
 * actual to predicted reduction. The initial radius is {@code factor ||D p0||} (factor 100, or 100
 * itself if {@code p0 = 0}).
 *
 * <p>Stopping, with MINPACK's tests and the tolerances of {@link Settings}:
 *
 * <ul>
 *   <li>{@link Status#FUNCTION_CONVERGENCE}: actual and predicted relative reductions of the sum of
 *       squares both at most {@code functionTolerance} (MINPACK's ftol), or at most {@code eps};
 *   <li>{@link Status#STEP_CONVERGENCE}: {@code delta <= stepTolerance ||D p||} (xtol), or {@code eps
 *       ||D p||};
 *   <li>{@link Status#GRADIENT_THRESHOLD}: the largest cosine between the residual vector and a column
 *       of the Jacobian at most {@code gradientThreshold} (gtol), or {@code eps} (so a zero residual
 *       always stops);
 *   <li>the evaluation, iteration and time limits of {@link Settings} (evaluations count residual
 *       vectors, including those of finite differences);
 *   <li>{@link Status#NOT_FINITE}: the radius collapsed because the residuals were NaN or infinite at
 *       every trial point.
 * </ul>
 *
 * <p>A {@link Recorder} in the settings sees, after each outer iteration, the residual sum of squares
 * as the value and the largest cosine above as the gradient norm.
 *
 * <p>At the solution the Jacobian is evaluated once more and factored to give the covariance {@code
 * (J^T J)^-1 = P R^-1 R^-T P^T} ({@link LeastSquaresResult#unscaledCovariance()}); columns with
 * {@code |R_kk| <= max(m, n) eps |R_00|} are treated as rank deficient.
 */
public final class LevenbergMarquardt {
    private static final double EPS = Math.ulp(1.0);

    private final double factor;

    /** With the initial step bound factor 100 (MINPACK's recommended value). */
    public LevenbergMarquardt() {
        this(100);
    }

    /**
     * With the given initial step bound factor (MINPACK's {@code factor}, in {@code [0.1, 100]}
     * usually).
     *
     * @throws IllegalArgumentException if {@code factor} is not positive and finite
     */
    public LevenbergMarquardt(double factor) {
        if (!(factor > 0 && factor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("LevenbergMarquardt: factor must be positive, got " + factor);
        }
        this.factor = factor;
    }

    /** Fits with the default settings. */
    public LeastSquaresResult fit(LeastSquares problem, double[] p0) {
        return fit(problem, p0, Settings.defaults());
    }

    /**
     * Minimizes {@code ||r(p)||^2} from {@code p0} (not modified).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code p0} is empty or not finite, {@code m < n}, or the
     *     residuals (or the Jacobian) are not finite at {@code p0}
     */
    public LeastSquaresResult fit(LeastSquares problem, double[] p0, Settings settings) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(p0, "p0");
        Objects.requireNonNull(settings, "settings");
        return new Run(problem, p0, settings).run();
    }

    /** Signals a limit reached inside an evaluation. */
    private static final class Stop extends RuntimeException {
        final Status status;

        Stop(Status status) {
            super(status.name(), null, false, false);
            this.status = status;
        }
    }

    private final class Run {
        final LeastSquares problem;
        final Settings settings;
        final int m;
        final int n;
        final long start = System.nanoTime();
        final long deadline;
        int rEvals;
        int jEvals;
        int iterations;
        double[] x;
        double[] fvec;
        double fnorm;

        Run(LeastSquares problem, double[] p0, Settings settings) {
            this.problem = problem;
            this.settings = settings;
            this.m = problem.m();
            this.n = p0.length;
            if (n == 0) {
                throw new IllegalArgumentException("LevenbergMarquardt: p0 is empty");
            }
            if (m < n) {
                throw new IllegalArgumentException(
                        "LevenbergMarquardt: " + m + " residuals for " + n + " parameters (need m >= n)");
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(p0[i])) {
                    throw new IllegalArgumentException(
                            "LevenbergMarquardt: p0[" + i + "] = " + p0[i] + " is not finite");
                }
            }
            this.x = p0.clone();
            this.deadline = settings.maxTime() == null
                    ? Long.MAX_VALUE
                    : start + settings.maxTime().toNanos();
        }

        void residuals(double[] p, double[] out) {
            if (rEvals >= settings.maxEvaluations()) {
                throw new Stop(Status.EVALUATION_LIMIT);
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                throw new Stop(Status.TIME_LIMIT);
            }
            rEvals++;
            problem.residuals().residuals(p, out);
        }

        void jacobian(double[] p, double[] r, double[] jac) {
            jEvals++;
            if (problem.jacobian() != null) {
                problem.jacobian().jacobian(p, jac);
            } else {
                FiniteDifferences.jacobian(this::residuals, p, r, Formula.FORWARD, jac);
            }
        }

        LeastSquaresResult run() {
            fvec = new double[m];
            residuals(x, fvec);
            fnorm = JacobianQr.norm(fvec);
            if (!Double.isFinite(fnorm)) {
                throw new IllegalArgumentException("LevenbergMarquardt: the residuals are not finite at p0");
            }
            Status status;
            try {
                status = iterate();
            } catch (Stop stop) {
                status = stop.status;
            }
            return finish(status);
        }

        Status iterate() {
            double ftol = settings.functionTolerance();
            double xtol = settings.stepTolerance();
            double gtol = settings.gradientThreshold();
            JacobianQr qr = new JacobianQr(n);
            double[] fjac = new double[m * n];
            double[] diag = new double[n];
            double[] qtf = new double[n];
            double[] rdiag = new double[n];
            double[] acnorm = new double[n];
            int[] ipvt = new int[n];
            double[] tau = new double[Math.min(m, n)];
            double[] step = new double[n];
            double[] sdiag = new double[n];
            double[] trial = new double[n];
            double[] wa3 = new double[n];
            double[] fTrial = new double[m];
            double[] work = new double[m];
            double par = 0;
            double delta = 0;
            double xnorm = 0;
            boolean lastNonFinite = false;
            while (true) {
                jacobian(x, fvec, fjac);
                if (iterations == 0) {
                    for (double v : fjac) {
                        if (!Double.isFinite(v)) {
                            throw new IllegalArgumentException("LevenbergMarquardt: the Jacobian is not finite at p0");
                        }
                    }
                }
                JacobianQr.factor(fjac, m, n, ipvt, rdiag, acnorm, tau);
                if (iterations == 0) {
                    for (int j = 0; j < n; j++) {
                        diag[j] = acnorm[j] == 0 ? 1 : acnorm[j];
                        wa3[j] = diag[j] * x[j];
                    }
                    xnorm = JacobianQr.norm(wa3);
                    delta = factor * xnorm;
                    if (delta == 0) {
                        delta = factor;
                    }
                }
                System.arraycopy(fvec, 0, work, 0, m);
                JacobianQr.applyQt(fjac, m, n, tau, work);
                for (int j = 0; j < n; j++) {
                    fjac[j + j * m] = rdiag[j];
                    qtf[j] = work[j];
                }
                // the scaled gradient: the largest cosine between f and a column of J
                double gnorm = 0;
                if (fnorm != 0) {
                    for (int j = 0; j < n; j++) {
                        int l = ipvt[j];
                        if (acnorm[l] != 0) {
                            double sum = 0;
                            for (int i = 0; i <= j; i++) {
                                sum += fjac[i + j * m] * (qtf[i] / fnorm);
                            }
                            gnorm = Math.max(gnorm, Math.abs(sum / acnorm[l]));
                        }
                    }
                }
                iterations++;
                if (gnorm <= gtol || gnorm <= EPS) {
                    return record(Status.GRADIENT_THRESHOLD, gnorm);
                }
                for (int j = 0; j < n; j++) {
                    diag[j] = Math.max(diag[j], acnorm[j]);
                }
                while (true) {
                    par = qr.lmpar(fjac, m, n, ipvt, diag, qtf, delta, par, step, sdiag);
                    for (int j = 0; j < n; j++) {
                        step[j] = -step[j];
                        trial[j] = x[j] + step[j];
                        wa3[j] = diag[j] * step[j];
                    }
                    double pnorm = JacobianQr.norm(wa3);
                    if (iterations == 1) {
                        delta = Math.min(delta, pnorm);
                    }
                    residuals(trial, fTrial);
                    double fnorm1 = JacobianQr.norm(fTrial);
                    lastNonFinite = !Double.isFinite(fnorm1);
                    double actred = -1;
                    if (0.1 * fnorm1 < fnorm) {
                        double q = fnorm1 / fnorm;
                        actred = 1 - q * q;
                    }
                    for (int j = 0; j < n; j++) {
                        wa3[j] = 0;
                        double t = step[ipvt[j]];
                        for (int i = 0; i <= j; i++) {
                            wa3[i] += fjac[i + j * m] * t;
                        }
                    }
                    double t1 = JacobianQr.norm(wa3) / fnorm;
                    double t2 = Math.sqrt(par) * pnorm / fnorm;
                    double prered = t1 * t1 + t2 * t2 / 0.5;
                    double dirder = -(t1 * t1 + t2 * t2);
                    double ratio = prered != 0 ? actred / prered : 0;
                    if (ratio <= 0.25) {
                        double t = actred >= 0 ? 0.5 : 0.5 * dirder / (dirder + 0.5 * actred);
                        if (!(0.1 * fnorm1 < fnorm) || t < 0.1) {
                            t = 0.1;
                        }
                        delta = t * Math.min(delta, pnorm / 0.1);
                        par /= t;
                    } else if (par == 0 || ratio >= 0.75) {
                        delta = pnorm / 0.5;
                        par *= 0.5;
                    }
                    boolean success = ratio >= 1e-4;
                    if (success) {
                        System.arraycopy(trial, 0, x, 0, n);
                        for (int j = 0; j < n; j++) {
                            wa3[j] = diag[j] * x[j];
                        }
                        double[] swap = fvec;
                        fvec = fTrial;
                        fTrial = swap;
                        xnorm = JacobianQr.norm(wa3);
                        fnorm = fnorm1;
                    }
                    boolean fConv = Math.abs(actred) <= ftol && prered <= ftol && 0.5 * ratio <= 1;
                    boolean xConv = delta <= xtol * xnorm;
                    if (xConv) {
                        return record(Status.STEP_CONVERGENCE, gnorm);
                    }
                    if (fConv) {
                        return record(Status.FUNCTION_CONVERGENCE, gnorm);
                    }
                    if (Math.abs(actred) <= EPS && prered <= EPS && 0.5 * ratio <= 1) {
                        return record(Status.FUNCTION_CONVERGENCE, gnorm);
                    }
                    if (delta <= EPS * xnorm || delta == 0) {
                        return record(lastNonFinite ? Status.NOT_FINITE : Status.STEP_CONVERGENCE, gnorm);
                    }
                    if (success) {
                        break;
                    }
                }
                Status s = record(null, gnorm);
                if (s != null) {
                    return s;
                }
            }
        }

        /** Calls the recorder and applies the iteration and time limits; returns the status to stop with. */
        Status record(Status s, double gnorm) {
            Recorder r = settings.recorder();
            if (r != null) {
                boolean go = r.record(new Recorder.Progress(
                        "LevenbergMarquardt", iterations, fnorm * fnorm, gnorm, rEvals, jEvals, seconds()));
                if (s == null && !go) {
                    s = Status.STOPPED_BY_RECORDER;
                }
            }
            if (s == null && iterations >= settings.maxIterations()) {
                s = Status.ITERATION_LIMIT;
            }
            if (s == null && deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                s = Status.TIME_LIMIT;
            }
            return s;
        }

        double seconds() {
            return (System.nanoTime() - start) * 1e-9;
        }

        LeastSquaresResult finish(Status status) {
            double[] jac = new double[m * n];
            double[] cov = new double[n * n];
            int rank = 0;
            boolean fd = problem.jacobian() == null;
            try {
                jEvals++;
                if (fd) {
                    // the covariance deserves the more accurate central differences (not counted as a limit)
                    FiniteDifferences.jacobian(problem.residuals(), x, fvec, Formula.CENTRAL, jac);
                    rEvals += 2 * n;
                } else {
                    problem.jacobian().jacobian(x, jac);
                }
                double[] rdiag = new double[n];
                double[] acnorm = new double[n];
                int[] ipvt = new int[n];
                JacobianQr.factor(jac, m, n, ipvt, rdiag, acnorm, new double[Math.min(m, n)]);
                rank = JacobianQr.covariance(jac, m, n, rdiag, ipvt, Math.max(m, n) * EPS, cov);
            } catch (RuntimeException e) {
                java.util.Arrays.fill(cov, Double.NaN);
            }
            return new LeastSquaresResult(
                    x.clone(),
                    fvec.clone(),
                    fnorm * fnorm,
                    status,
                    iterations,
                    rEvals,
                    jEvals,
                    Duration.ofNanos(System.nanoTime() - start),
                    fd,
                    rank,
                    Dense.wrap(cov, 0, n, n, n));
        }
    }
}

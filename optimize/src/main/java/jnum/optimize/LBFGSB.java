package jnum.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * L-BFGS-B: limited-memory BFGS for box bounds {@code lower <= x <= upper}, each bound possibly
 * infinite (Byrd, Lu, Nocedal and Zhu, "A limited memory algorithm for bound constrained
 * optimization", SIAM J. Sci. Comput. 16, 1995; with the subspace step of Morales and Nocedal,
 * "Remark on Algorithm 778", ACM TOMS 38, 2011).
 *
 * <p>Each iteration works on the quadratic model {@code m(x) = f + g.(x - x_k) + (x - x_k).B(x -
 * x_k)/2} with the compact limited-memory matrix {@code B = theta I - W M W^T}, {@code W = [Y, theta
 * S]}:
 *
 * <ol>
 *   <li>the generalized Cauchy point: the first local minimizer of {@code m} along the projected
 *       steepest-descent path {@code P(x - t g)}, found by scanning the breakpoints in order;
 *   <li>subspace minimization: the Newton step of {@code m} in the variables that are free at the
 *       Cauchy point (by the Sherman-Morrison-Woodbury form of the reduced {@code B}), projected onto
 *       the box, or, if that projection is not a descent direction, truncated to stay inside it
 *       (when no variable is fixed, the step is computed by the two-loop recursion of {@link LBFGS},
 *       the same matrix in a better conditioned form);
 *   <li>a More-Thuente line search ({@code ftol = 1e-3}, {@code gtol = 0.9}) along the resulting
 *       direction, never stepping out of the box.
 * </ol>
 *
 * <p>A starting point outside the box is projected onto it. The gradient test of {@link Settings} uses
 * the projected gradient {@code ||P(x - g) - x||_inf}, which vanishes exactly at the points satisfying
 * the first-order (KKT) conditions. Pairs with {@code s^T y <= eps y^T y} are not stored. Without
 * bounds the method is L-BFGS with a different line search and initial step.
 */
public final class LBFGSB implements Method {
    private final int memory;
    private final LineSearch lineSearch;

    /** Memory 10, as in the reference code and SciPy. */
    public LBFGSB() {
        this(10);
    }

    /**
     * With the given memory.
     *
     * @throws IllegalArgumentException if {@code memory < 1}
     */
    public LBFGSB(int memory) {
        if (memory < 1) {
            throw new IllegalArgumentException("LBFGSB: memory must be at least 1, got " + memory);
        }
        this.memory = memory;
        this.lineSearch = new MoreThuente(1e-3, 0.9, 1e-14, 40);
    }

    /** The number of correction pairs kept. */
    public int memory() {
        return memory;
    }

    @Override
    public String name() {
        return "LBFGSB(m=" + memory + ")";
    }

    @Override
    public boolean usesGradient() {
        return true;
    }

    @Override
    public boolean handlesBounds() {
        return true;
    }

    @Override
    public Result minimize(Problem problem, double[] x0, Settings settings) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(x0, "x0");
        Evaluator ev = new Evaluator(problem, x0, settings, name());
        return ev.run(() -> new Run(ev).run(x0));
    }

    /** One run: the bounds, the correction pairs and the work arrays. */
    private final class Run {
        final Evaluator ev;
        final int n;
        final double[] lo;
        final double[] hi;
        final double[][] s;
        final double[][] y;
        int count;
        int newest = -1;
        double theta = 1;
        // the middle matrix M (2k x 2k) of the current pairs, oldest first
        double[] mid;
        int k;
        // work
        final double[] t;
        final double[] d;
        final double[] xc;
        final Integer[] order;

        Run(Evaluator ev) {
            this.ev = ev;
            this.n = ev.n;
            this.lo = ev.lower != null ? ev.lower : filled(Double.NEGATIVE_INFINITY);
            this.hi = ev.upper != null ? ev.upper : filled(Double.POSITIVE_INFINITY);
            this.s = new double[memory][n];
            this.y = new double[memory][n];
            this.t = new double[n];
            this.d = new double[n];
            this.xc = new double[n];
            this.order = new Integer[n];
        }

        private double[] filled(double v) {
            double[] a = new double[n];
            Arrays.fill(a, v);
            return a;
        }

        Status run(double[] x0) {
            double[] x = x0.clone();
            for (int i = 0; i < n; i++) {
                x[i] = Math.max(lo[i], Math.min(hi[i], x[i]));
            }
            double[] g = new double[n];
            double f = ev.valueAndGradient(x, g);
            ev.start(x, f, g);
            Status st = ev.startStatus(projectedGradientNorm(x, g));
            if (st != null) {
                return st;
            }
            double[] dir = new double[n];
            double[] step = new double[n];
            double[] dg = new double[n];
            Ray ray = new Ray(ev);
            while (true) {
                if (!prepare()) {
                    reset();
                    prepare();
                }
                double[] c = cauchy(x, g);
                double[] xbar = subspace(x, g, c);
                double slope = 0;
                for (int i = 0; i < n; i++) {
                    dir[i] = xbar[i] - x[i];
                    slope += g[i] * dir[i];
                }
                double maxStep = maxStep(x, dir);
                LineSample ls = null;
                if (slope < 0 && maxStep > 0) {
                    double dNorm = Math.sqrt(Evaluator.dot(dir, dir));
                    double a0 = count == 0 ? Math.min(1 / dNorm, maxStep) : Math.min(1, maxStep);
                    ray.reset(x, dir);
                    ls = lineSearch.search(ray, f, slope, a0, maxStep);
                }
                double fNew = ls == null ? Double.NaN : ray.settle(ls);
                if (!(fNew <= f) || !Evaluator.allFinite(ray.gt)) {
                    if (count > 0) {
                        reset();
                        continue;
                    }
                    return ray.sawNonFinite ? Status.NOT_FINITE : Status.NO_PROGRESS;
                }
                for (int i = 0; i < n; i++) {
                    step[i] = ray.xt[i] - x[i];
                    dg[i] = ray.gt[i] - g[i];
                }
                store(step, dg);
                System.arraycopy(ray.xt, 0, x, 0, n);
                System.arraycopy(ray.gt, 0, g, 0, n);
                f = fNew;
                st = ev.accept(x, f, g, projectedGradientNorm(x, g));
                if (st != null) {
                    return st;
                }
            }
        }

        double projectedGradientNorm(double[] x, double[] g) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                double p = Math.max(lo[i], Math.min(hi[i], x[i] - g[i])) - x[i];
                m = Math.max(m, Math.abs(p));
            }
            return m;
        }

        /** The largest {@code a} (possibly infinite) with {@code x + a d} inside the box. */
        double maxStep(double[] x, double[] dir) {
            double a = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (dir[i] < 0 && lo[i] > Double.NEGATIVE_INFINITY) {
                    a = Math.min(a, (lo[i] - x[i]) / dir[i]);
                } else if (dir[i] > 0 && hi[i] < Double.POSITIVE_INFINITY) {
                    a = Math.min(a, (hi[i] - x[i]) / dir[i]);
                }
            }
            return Math.max(a, 0);
        }

        void reset() {
            count = 0;
            newest = -1;
            theta = 1;
        }

        void store(double[] step, double[] dg) {
            double sy = Evaluator.dot(step, dg);
            double yy = Evaluator.dot(dg, dg);
            if (!(sy > Math.ulp(1.0) * yy)) {
                return;
            }
            newest = newest == memory - 1 ? 0 : newest + 1;
            System.arraycopy(step, 0, s[newest], 0, n);
            System.arraycopy(dg, 0, y[newest], 0, n);
            count = Math.min(count + 1, memory);
            theta = yy / sy;
        }

        /** The slot of the {@code j}-th pair, oldest first. */
        int slot(int j) {
            return (newest - count + 1 + j + memory) % memory;
        }

        /** Builds {@code M = [[-D, L^T], [L, theta S^T S]]^-1}. @return false if it is singular */
        boolean prepare() {
            k = count;
            int k2 = 2 * k;
            double[] a = new double[k2 * k2];
            for (int i = 0; i < k; i++) {
                double[] si = s[slot(i)];
                for (int j = 0; j < k; j++) {
                    double[] sj = s[slot(j)];
                    double[] yj = y[slot(j)];
                    if (i == j) {
                        a[i + j * k2] = -Evaluator.dot(si, yj);
                    } else if (i > j) {
                        double l = Evaluator.dot(si, yj);
                        a[(k + i) + j * k2] = l; // L
                        a[j + (k + i) * k2] = l; // L^T
                    }
                    a[(k + i) + (k + j) * k2] = theta * Evaluator.dot(si, sj);
                }
            }
            double[] inv = new double[k2 * k2];
            for (int i = 0; i < k2; i++) {
                inv[i + i * k2] = 1;
            }
            if (!SmallLinear.solve(a, k2, inv, k2)) {
                return false;
            }
            mid = inv;
            return true;
        }

        /** {@code v = B^-1 v} by the two-loop recursion with {@code H0 = I / theta}. */
        void applyInverse(double[] v) {
            double[] alpha = new double[k];
            for (int j = k - 1; j >= 0; j--) {
                int sl = slot(j);
                alpha[j] = Evaluator.dot(s[sl], v) / Evaluator.dot(s[sl], y[sl]);
                LBFGS.axpy(-alpha[j], y[sl], v);
            }
            for (int i = 0; i < n; i++) {
                v[i] /= theta;
            }
            for (int j = 0; j < k; j++) {
                int sl = slot(j);
                double beta = Evaluator.dot(y[sl], v) / Evaluator.dot(s[sl], y[sl]);
                LBFGS.axpy(alpha[j] - beta, s[sl], v);
            }
        }

        /** {@code w_i}: row {@code i} of {@code W = [Y, theta S]}. */
        void row(int i, double[] w) {
            for (int j = 0; j < k; j++) {
                int sl = slot(j);
                w[j] = y[sl][i];
                w[k + j] = theta * s[sl][i];
            }
        }

        double[] mul(double[] v) {
            int k2 = 2 * k;
            double[] out = new double[k2];
            for (int j = 0; j < k2; j++) {
                double vj = v[j];
                for (int i = 0; i < k2; i++) {
                    out[i] += mid[i + j * k2] * vj;
                }
            }
            return out;
        }

        /**
         * The generalized Cauchy point into {@link #xc}; returns {@code c = W^T (xc - x)} (in the
         * paper's notation), needed by the subspace step.
         */
        double[] cauchy(double[] x, double[] g) {
            int k2 = 2 * k;
            double[] p = new double[k2];
            double[] c = new double[k2];
            double[] w = new double[k2];
            int nb = 0;
            double fp = 0;
            for (int i = 0; i < n; i++) {
                double ti;
                if (g[i] < 0) {
                    ti = hi[i] < Double.POSITIVE_INFINITY ? (x[i] - hi[i]) / g[i] : Double.POSITIVE_INFINITY;
                } else if (g[i] > 0) {
                    ti = lo[i] > Double.NEGATIVE_INFINITY ? (x[i] - lo[i]) / g[i] : Double.POSITIVE_INFINITY;
                } else {
                    ti = Double.POSITIVE_INFINITY;
                }
                t[i] = ti;
                d[i] = ti == 0 || g[i] == 0 ? 0 : -g[i];
                xc[i] = x[i];
                if (d[i] != 0) {
                    fp -= d[i] * d[i];
                    row(i, w);
                    LBFGS.axpy(d[i], w, p);
                    if (ti < Double.POSITIVE_INFINITY) {
                        order[nb++] = i;
                    }
                }
            }
            if (fp == 0) {
                return c; // x is a Cauchy point: no variable can move downhill
            }
            double fpp = -theta * fp - Evaluator.dot(p, mul(p));
            double fppMin = Math.ulp(1.0) * fpp;
            double dtMin = -fp / fpp;
            double tOld = 0;
            Arrays.sort(order, 0, nb, (a, b) -> Double.compare(t[a], t[b]));
            for (int q = 0; q < nb; q++) {
                int b = order[q];
                double dt = t[b] - tOld;
                if (dtMin < dt) {
                    break;
                }
                xc[b] = d[b] > 0 ? hi[b] : lo[b];
                double zb = xc[b] - x[b];
                LBFGS.axpy(dt, p, c);
                double gb = g[b];
                row(b, w);
                double[] mw = mul(w);
                fp += dt * fpp + gb * gb + theta * gb * zb - gb * Evaluator.dot(mw, c);
                fpp -= theta * gb * gb + 2 * gb * Evaluator.dot(mw, p) + gb * gb * Evaluator.dot(mw, w);
                fpp = Math.max(fppMin, fpp);
                LBFGS.axpy(gb, w, p);
                d[b] = 0;
                tOld = t[b];
                dtMin = fp >= 0 ? 0 : -fp / fpp;
                if (fp >= 0) {
                    break;
                }
            }
            dtMin = Math.max(dtMin, 0);
            tOld += dtMin;
            for (int i = 0; i < n; i++) {
                if (d[i] != 0) {
                    xc[i] = Math.max(lo[i], Math.min(hi[i], x[i] + tOld * d[i]));
                }
            }
            LBFGS.axpy(dtMin, p, c);
            return c;
        }

        /** The subspace minimizer from the Cauchy point (a new array, inside the box). */
        double[] subspace(double[] x, double[] g, double[] c) {
            int k2 = 2 * k;
            int nf = 0;
            int[] free = new int[n];
            for (int i = 0; i < n; i++) {
                if (xc[i] != lo[i] && xc[i] != hi[i]) {
                    free[nf++] = i;
                }
            }
            double[] xbar = xc.clone();
            if (nf == 0) {
                return xbar;
            }
            double[] du = new double[nf];
            if (nf == n) {
                // nothing fixed: the subspace minimizer is the model's minimizer x - B^-1 g, computed by
                // the two-loop recursion, free of the cancellation in g + B (xc - x) on badly scaled
                // problems
                double[] h = g.clone();
                applyInverse(h);
                for (int i = 0; i < n; i++) {
                    du[i] = (x[i] - h[i]) - xc[i];
                }
            } else {
                double[] mc = mul(c);
                double[] w = new double[k2];
                double[] r = new double[nf];
                double[] v = new double[k2];
                double[] a = new double[k2 * k2];
                for (int q = 0; q < nf; q++) {
                    int i = free[q];
                    row(i, w);
                    r[q] = g[i] + theta * (xc[i] - x[i]) - Evaluator.dot(w, mc);
                    LBFGS.axpy(r[q], w, v);
                    for (int jj = 0; jj < k2; jj++) {
                        double wj = w[jj];
                        for (int ii = 0; ii < k2; ii++) {
                            a[ii + jj * k2] += w[ii] * wj;
                        }
                    }
                }
                double[] u = mul(v);
                if (k2 > 0) {
                    // N = I - M A / theta;  solve N u = M v
                    double[] nmat = new double[k2 * k2];
                    for (int jj = 0; jj < k2; jj++) {
                        for (int ii = 0; ii < k2; ii++) {
                            double s2 = 0;
                            for (int l = 0; l < k2; l++) {
                                s2 += mid[ii + l * k2] * a[l + jj * k2];
                            }
                            nmat[ii + jj * k2] = (ii == jj ? 1 : 0) - s2 / theta;
                        }
                    }
                    if (!SmallLinear.solve(nmat, k2, u, 1)) {
                        Arrays.fill(u, 0);
                    }
                }
                for (int q = 0; q < nf; q++) {
                    row(free[q], w);
                    du[q] = -r[q] / theta - Evaluator.dot(w, u) / (theta * theta);
                }
            }
            // Morales-Nocedal: the projection of the subspace minimizer, if it is a descent direction
            double slope = 0;
            for (int q = 0; q < nf; q++) {
                int i = free[q];
                xbar[i] = Math.max(lo[i], Math.min(hi[i], xc[i] + du[q]));
            }
            for (int i = 0; i < n; i++) {
                slope += g[i] * (xbar[i] - x[i]);
            }
            if (slope < 0) {
                return xbar;
            }
            double alpha = 1;
            for (int q = 0; q < nf; q++) {
                int i = free[q];
                if (du[q] < 0 && lo[i] > Double.NEGATIVE_INFINITY) {
                    alpha = Math.min(alpha, (lo[i] - xc[i]) / du[q]);
                } else if (du[q] > 0 && hi[i] < Double.POSITIVE_INFINITY) {
                    alpha = Math.min(alpha, (hi[i] - xc[i]) / du[q]);
                }
            }
            for (int q = 0; q < nf; q++) {
                int i = free[q];
                xbar[i] = Math.max(lo[i], Math.min(hi[i], xc[i] + alpha * du[q]));
            }
            return xbar;
        }
    }
}

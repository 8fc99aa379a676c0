package jnum.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * The Nelder-Mead simplex method (Nelder and Mead, Computer Journal 7, 1965, in the form of Lagarias
 * et al., SIAM J. Optim. 9, 1998), derivative-free. With adaptive parameters (the default; Gao and
 * Han, "Implementing the Nelder-Mead simplex algorithm with adaptive parameters", Comput. Optim.
 * Appl. 51, 2012) the reflection, expansion, contraction and shrink coefficients are {@code 1, 1 +
 * 2/n, 3/4 - 1/(2n), 1 - 1/n}, which keeps the method effective in higher dimension; for {@code n =
 * 2} they equal the standard {@code 1, 2, 1/2, 1/2}.
 *
 * <p>The initial simplex is {@code x0} and the {@code n} points that change one coordinate of {@code
 * x0} by 5% (or set it to 0.00025 if it is 0), as in SciPy. A NaN objective value counts as {@code
 * +inf}: the simplex moves away from it. The run stops when the spread of the values {@code max_i
 * |f_i - f_best| <= functionTolerance * max(1, |f_best|)} ({@link Status#FUNCTION_CONVERGENCE}) or
 * the diameter {@code max_i ||x_i - x_best||_inf <= stepTolerance * max(1, ||x_best||_inf)} ({@link
 * Status#STEP_CONVERGENCE}). No gradient is used; {@link Result#gradient()} is null.
 */
public final class NelderMead implements Method {
    private final boolean adaptive;

    /** With adaptive parameters. */
    public NelderMead() {
        this(true);
    }

    /** With adaptive (Gao-Han) or standard ({@code 1, 2, 1/2, 1/2}) parameters. */
    public NelderMead(boolean adaptive) {
        this.adaptive = adaptive;
    }

    @Override
    public String name() {
        return adaptive ? "NelderMead(adaptive)" : "NelderMead";
    }

    @Override
    public boolean usesGradient() {
        return false;
    }

    @Override
    public Result minimize(Problem problem, double[] x0, Settings settings) {
        Objects.requireNonNull(problem, "problem");
        if (problem.hasBounds()) {
            throw new IllegalArgumentException(name() + ": this method does not handle bounds (use LBFGSB)");
        }
        Evaluator ev = new Evaluator(problem, x0, settings, name());
        return ev.run(() -> run(ev, x0));
    }

    private Status run(Evaluator ev, double[] x0) {
        int n = ev.n;
        double alpha = 1;
        double beta = adaptive ? 1 + 2.0 / n : 2;
        double gamma = adaptive ? 0.75 - 0.5 / n : 0.5;
        double delta = adaptive ? 1 - 1.0 / n : 0.5;
        double[][] xs = new double[n + 1][];
        double[] fs = new double[n + 1];
        xs[0] = x0.clone();
        fs[0] = ev.value(xs[0]);
        ev.start(xs[0], fs[0], null);
        for (int k = 1; k <= n; k++) {
            double[] v = x0.clone();
            v[k - 1] = v[k - 1] != 0 ? 1.05 * v[k - 1] : 0.00025;
            xs[k] = v;
            fs[k] = clean(ev.value(v));
        }
        Integer[] order = new Integer[n + 1];
        double[] c = new double[n];
        double[] xr = new double[n];
        double[] xe = new double[n];
        double[] xc = new double[n];
        Settings st = ev.settings;
        while (true) {
            sort(xs, fs, order);
            Status s = converged(xs, fs, st);
            if (s == null) {
                Arrays.fill(c, 0);
                for (int k = 0; k < n; k++) {
                    LBFGS.axpy(1.0 / n, xs[k], c);
                }
                double[] worst = xs[n];
                combine(c, worst, -alpha, xr); // reflection
                double fr = clean(ev.value(xr));
                if (fr < fs[0]) {
                    combine(c, worst, -alpha * beta, xe);
                    double fe = clean(ev.value(xe));
                    if (fe < fr) {
                        replace(xs, fs, xe, fe);
                    } else {
                        replace(xs, fs, xr, fr);
                    }
                } else if (fr < fs[n - 1]) {
                    replace(xs, fs, xr, fr);
                } else {
                    boolean outside = fr < fs[n];
                    combine(c, worst, outside ? -alpha * gamma : gamma, xc);
                    double fc = clean(ev.value(xc));
                    if (outside ? fc <= fr : fc < fs[n]) {
                        replace(xs, fs, xc, fc);
                    } else {
                        for (int k = 1; k <= n; k++) {
                            for (int i = 0; i < n; i++) {
                                xs[k][i] = xs[0][i] + delta * (xs[k][i] - xs[0][i]);
                            }
                            fs[k] = clean(ev.value(xs[k]));
                        }
                    }
                }
                sort(xs, fs, order);
            }
            Status t = ev.iterate(s, xs[0], fs[0], null, Double.NaN);
            if (t != null) {
                return t;
            }
        }
    }

    private static double clean(double f) {
        return Double.isNaN(f) ? Double.POSITIVE_INFINITY : f;
    }

    /** {@code out = c + t (w - c)}: a point on the line through the centroid and the worst vertex. */
    private static void combine(double[] c, double[] w, double t, double[] out) {
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] + t * (w[i] - c[i]);
        }
    }

    private static void replace(double[][] xs, double[] fs, double[] x, double f) {
        int n = fs.length - 1;
        System.arraycopy(x, 0, xs[n], 0, x.length);
        fs[n] = f;
    }

    private static void sort(double[][] xs, double[] fs, Integer[] order) {
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(fs[a], fs[b]));
        double[][] x2 = new double[xs.length][];
        double[] f2 = new double[fs.length];
        for (int k = 0; k < order.length; k++) {
            x2[k] = xs[order[k]];
            f2[k] = fs[order[k]];
        }
        System.arraycopy(x2, 0, xs, 0, xs.length);
        System.arraycopy(f2, 0, fs, 0, fs.length);
    }

    private static Status converged(double[][] xs, double[] fs, Settings st) {
        int n = fs.length - 1;
        double spread = 0;
        double diameter = 0;
        double xNorm = Evaluator.normInf(xs[0]);
        for (int k = 1; k <= n; k++) {
            spread = Math.max(spread, Math.abs(fs[k] - fs[0]));
            for (int i = 0; i < n; i++) {
                diameter = Math.max(diameter, Math.abs(xs[k][i] - xs[0][i]));
            }
        }
        if (spread <= st.functionTolerance() * Math.max(1, Math.abs(fs[0]))) {
            return Status.FUNCTION_CONVERGENCE;
        }
        if (diameter <= st.stepTolerance() * Math.max(1, xNorm)) {
            return Status.STEP_CONVERGENCE;
        }
        return null;
    }
}

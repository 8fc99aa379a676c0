package jnum.optimize;

import java.util.Objects;

/**
 * The loop shared by the line-search methods: a search direction from the method's {@link
 * Direction}, a line search along it, the update of the direction's state, the convergence tests.
 * When the direction is not a descent direction, or the line search fails, the direction is reset to
 * steepest descent once; a second failure in a row stops the run with {@link Status#NO_PROGRESS}
 * (or {@link Status#NOT_FINITE} if the failure came from NaN or infinite values).
 */
abstract class LineSearchMethod implements Method {
    final LineSearch lineSearch;

    LineSearchMethod(LineSearch lineSearch) {
        this.lineSearch = Objects.requireNonNull(lineSearch, "lineSearch");
    }

    /** The line search used. */
    public LineSearch lineSearch() {
        return lineSearch;
    }

    /** A method's per-run state. */
    interface Direction {
        /** Writes the search direction at gradient {@code g} into {@code d} (which holds the previous one). */
        void direction(double[] g, double[] d);

        /** Forgets all curvature information: the next direction is steepest descent. */
        void reset();

        /** Whether the state is as after {@link #reset} (no curvature information yet). */
        boolean isFresh();

        /**
         * Learns from a step: {@code s = x+ - x}, {@code y = g+ - g}.
         *
         * @param d the direction that was searched
         */
        void update(double[] s, double[] y, double[] gNew, double[] gOld, double[] d);

        /** The first trial step along {@code d}; {@code previous} is the last accepted step and slope. */
        default double initialStep(double[] g, double slope, double previousStep, double previousSlope) {
            if (isFresh() || !(previousStep > 0)) {
                return Math.min(1, 1 / Evaluator.normInf(g));
            }
            return 1;
        }
    }

    abstract Direction begin(int n);

    @Override
    public boolean usesGradient() {
        return true;
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
        double[] x = x0.clone();
        double[] g = new double[n];
        double f = ev.valueAndGradient(x, g);
        ev.start(x, f, g);
        Status s = ev.startStatus(Evaluator.normInf(g));
        if (s != null) {
            return s;
        }
        Direction dir = begin(n);
        double[] d = new double[n];
        double[] step = new double[n];
        double[] dg = new double[n];
        Ray ray = new Ray(ev);
        double previousStep = Double.NaN;
        double previousSlope = Double.NaN;
        while (true) {
            dir.direction(g, d);
            double slope = Evaluator.dot(g, d);
            if (!(slope < 0)) {
                dir.reset();
                dir.direction(g, d);
                slope = Evaluator.dot(g, d);
            }
            double a0 = dir.initialStep(g, slope, previousStep, previousSlope);
            ray.reset(x, d);
            LineSample ls = lineSearch.search(ray, f, slope, a0, Double.POSITIVE_INFINITY);
            double fNew = ls == null ? Double.NaN : ray.settle(ls);
            if (!(fNew <= f) || !Evaluator.allFinite(ray.gt)) {
                if (!dir.isFresh()) {
                    dir.reset();
                    previousStep = Double.NaN;
                    continue;
                }
                return ray.sawNonFinite ? Status.NOT_FINITE : Status.NO_PROGRESS;
            }
            for (int i = 0; i < n; i++) {
                step[i] = ray.xt[i] - x[i];
                dg[i] = ray.gt[i] - g[i];
            }
            dir.update(step, dg, ray.gt, g, d);
            previousStep = ls.step();
            previousSlope = slope;
            System.arraycopy(ray.xt, 0, x, 0, n);
            System.arraycopy(ray.gt, 0, g, 0, n);
            f = fNew;
            s = ev.accept(x, f, g, Evaluator.normInf(g));
            if (s != null) {
                return s;
            }
        }
    }

    @Override
    public String toString() {
        return name() + " with " + lineSearch;
    }
}

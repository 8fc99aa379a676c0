package jnum.optimize;

/**
 * Steepest descent, {@code d = -g}, with a line search (default {@link Backtracking}). The first
 * trial step of each search is the previous step scaled by the ratio of the previous and current
 * slopes, {@code a_prev phi'_prev(0) / phi'(0)} (Nocedal and Wright, eq. 3.60). Converges linearly,
 * slowly on ill-conditioned problems: a baseline, not a workhorse.
 */
public final class GradientDescent extends LineSearchMethod {
    /** With a backtracking Armijo line search. */
    public GradientDescent() {
        this(new Backtracking());
    }

    /** With the given line search. @throws NullPointerException if it is null */
    public GradientDescent(LineSearch lineSearch) {
        super(lineSearch);
    }

    @Override
    public String name() {
        return "GradientDescent";
    }

    @Override
    Direction begin(int n) {
        return new ScaledStepDirection() {
            @Override
            public void direction(double[] g, double[] d) {
                for (int i = 0; i < g.length; i++) {
                    d[i] = -g[i];
                }
            }

            @Override
            public void update(double[] s, double[] y, double[] gNew, double[] gOld, double[] d) {
                fresh = false;
            }
        };
    }

    /** A direction whose first trial step follows the slope ratio of Nocedal and Wright (3.60). */
    abstract static class ScaledStepDirection implements Direction {
        boolean fresh = true;

        @Override
        public void reset() {
            fresh = true;
        }

        @Override
        public boolean isFresh() {
            return fresh;
        }

        @Override
        public double initialStep(double[] g, double slope, double previousStep, double previousSlope) {
            if (fresh || !(previousStep > 0)) {
                return Math.min(1, 1 / Evaluator.normInf(g));
            }
            double a = previousStep * previousSlope / slope;
            return a > 0 && Double.isFinite(a) ? a : 1;
        }
    }
}

package jnum.optimize;

/**
 * Backtracking line search with the Armijo (sufficient decrease) condition {@code phi(a) <= phi(0) +
 * c1 a phi'(0)}: starting from the initial step, each rejected step is replaced by the minimizer of
 * the quadratic through {@code phi(0)}, {@code phi'(0)} and {@code phi(a)}, kept within {@code [0.1 a,
 * 0.5 a]} (Nocedal and Wright, Numerical Optimization, 2nd ed., section 3.5). A NaN or infinite value
 * shrinks the step tenfold. Uses function values only.
 *
 * @param c1 the sufficient decrease constant, in {@code (0, 1)} (default 1e-4)
 * @param maxTrials the most trial steps per search (default 60)
 */
public record Backtracking(double c1, int maxTrials) implements LineSearch {
    /** @throws IllegalArgumentException if {@code c1} is not in (0, 1) or maxTrials is not positive */
    public Backtracking {
        if (!(c1 > 0 && c1 < 1)) {
            throw new IllegalArgumentException("Backtracking: c1 must be in (0, 1), got " + c1);
        }
        if (maxTrials <= 0) {
            throw new IllegalArgumentException("Backtracking: maxTrials must be positive, got " + maxTrials);
        }
    }

    /** With {@code c1 = 1e-4} and 60 trials. */
    public Backtracking() {
        this(1e-4, 60);
    }

    @Override
    public LineSample search(LineFunction phi, double value0, double slope0, double initialStep, double maxStep) {
        double a = Math.min(initialStep, maxStep);
        for (int k = 0; k < maxTrials; k++) {
            double fa = phi.value(a);
            if (fa <= value0 + c1 * a * slope0) {
                return new LineSample(a, fa, Double.NaN);
            }
            double next;
            if (fa == Double.POSITIVE_INFINITY) {
                next = 0.1 * a;
            } else {
                double q = -slope0 * a * a / (2 * (fa - value0 - slope0 * a));
                next = Math.min(0.5 * a, Math.max(0.1 * a, q));
            }
            a = next;
        }
        return null;
    }

    @Override
    public boolean usesSlope() {
        return false;
    }
}

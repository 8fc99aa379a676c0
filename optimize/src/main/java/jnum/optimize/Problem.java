package jnum.optimize;

import java.util.Arrays;
import java.util.Objects;

/**
 * A minimization problem: the objective, and optionally its gradient, its Hessian (dense, or as
 * Hessian-vector products) and box bounds {@code lower <= x <= upper}. Immutable: the {@code with}
 * methods return new problems.
 *
 * <pre>{@code
 * Problem p = Problem.of(f).withGradient(g).withBounds(lower, upper);
 * }</pre>
 *
 * <p>A method that needs a derivative the problem lacks uses finite differences of what it has
 * ({@link jnum.optimize.fd.FiniteDifferences}) and says so in {@link Result#finiteDifferences()}.
 */
public final class Problem {
    private final Objective objective;
    private final Gradient gradient;
    private final Hessian hessian;
    private final HessianVector hessianVector;
    private final double[] lower;
    private final double[] upper;

    private Problem(Objective f, Gradient g, Hessian h, HessianVector hv, double[] lower, double[] upper) {
        this.objective = f;
        this.gradient = g;
        this.hessian = h;
        this.hessianVector = hv;
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * A problem with an objective only.
     *
     * @throws NullPointerException if {@code objective} is null
     */
    public static Problem of(Objective objective) {
        return new Problem(Objects.requireNonNull(objective, "objective"), null, null, null, null, null);
    }

    /**
     * A problem with an objective and its gradient.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Problem of(Objective objective, Gradient gradient) {
        return of(objective).withGradient(gradient);
    }

    /** This problem with the given gradient. @throws NullPointerException if it is null */
    public Problem withGradient(Gradient g) {
        return new Problem(objective, Objects.requireNonNull(g, "gradient"), hessian, hessianVector, lower, upper);
    }

    /** This problem with the given dense Hessian. @throws NullPointerException if it is null */
    public Problem withHessian(Hessian h) {
        return new Problem(objective, gradient, Objects.requireNonNull(h, "hessian"), hessianVector, lower, upper);
    }

    /**
     * This problem with Hessian-vector products (used by {@link NewtonTrustRegion} in preference to a
     * dense Hessian). @throws NullPointerException if it is null
     */
    public Problem withHessianVector(HessianVector hv) {
        return new Problem(objective, gradient, hessian, Objects.requireNonNull(hv, "hessianVector"), lower, upper);
    }

    /**
     * This problem with box bounds {@code lower[i] <= x[i] <= upper[i]}; a bound may be infinite
     * (unbounded on that side). The arrays are copied.
     *
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ, a bound is NaN, {@code lower[i] >
     *     upper[i]}, {@code lower[i] = +inf} or {@code upper[i] = -inf}
     */
    public Problem withBounds(double[] lower, double[] upper) {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException(
                    "withBounds: lower has length " + lower.length + ", upper " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] <= upper[i])
                    || lower[i] == Double.POSITIVE_INFINITY
                    || upper[i] == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "withBounds: invalid bounds [" + lower[i] + ", " + upper[i] + "] for x[" + i + "]");
            }
        }
        return new Problem(objective, gradient, hessian, hessianVector, lower.clone(), upper.clone());
    }

    /** The objective. */
    public Objective objective() {
        return objective;
    }

    /** The gradient, or null if none was given. */
    public Gradient gradient() {
        return gradient;
    }

    /** The dense Hessian, or null if none was given. */
    public Hessian hessian() {
        return hessian;
    }

    /** The Hessian-vector product, or null if none was given. */
    public HessianVector hessianVector() {
        return hessianVector;
    }

    /** Whether a gradient was given. */
    public boolean hasGradient() {
        return gradient != null;
    }

    /** Whether box bounds were given. */
    public boolean hasBounds() {
        return lower != null;
    }

    /** A copy of the lower bounds, or null if the problem is unbounded. */
    public double[] lower() {
        return lower == null ? null : lower.clone();
    }

    /** A copy of the upper bounds, or null if the problem is unbounded. */
    public double[] upper() {
        return upper == null ? null : upper.clone();
    }

    double[] lowerRef() {
        return lower;
    }

    double[] upperRef() {
        return upper;
    }

    @Override
    public String toString() {
        return "Problem[gradient=" + hasGradient() + ", hessian=" + (hessian != null || hessianVector != null)
                + (lower == null ? "" : ", lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper))
                + "]";
    }
}

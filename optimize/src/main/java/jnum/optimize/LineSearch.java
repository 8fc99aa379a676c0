package jnum.optimize;

/**
 * A line search: given {@code phi(a) = f(x + a d)} with {@code phi'(0) < 0}, finds a step that
 * decreases the objective enough. Implementations are immutable.
 *
 * <p>Implementations: {@link MoreThuente} (strong Wolfe conditions), {@link HagerZhangLineSearch}
 * (approximate Wolfe conditions) and {@link Backtracking} (Armijo condition only).
 */
public interface LineSearch {
    /**
     * Searches along {@code phi}.
     *
     * @param phi the objective along the ray
     * @param value0 {@code phi(0)}
     * @param slope0 {@code phi'(0)}, negative
     * @param initialStep the first trial step, positive
     * @param maxStep the largest step allowed ({@code +inf} if none), at least {@code initialStep}
     * @return the accepted point (its slope may be NaN if the search did not compute it), or null if
     *     no step with a sufficient decrease was found
     */
    LineSample search(LineFunction phi, double value0, double slope0, double initialStep, double maxStep);

    /** Whether {@link #search} uses slopes (so the gradient at each trial point is needed). */
    boolean usesSlope();
}

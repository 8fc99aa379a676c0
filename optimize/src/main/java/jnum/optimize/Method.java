package jnum.optimize;

/**
 * A minimization method. Implementations are immutable and may be shared between threads; each
 * call of {@link #minimize} is independent.
 */
public interface Method {
    /**
     * Minimizes {@code problem} from {@code x0} (not modified).
     *
     * @throws IllegalArgumentException if {@code x0} has the wrong length for the bounds, is not
     *     finite, or the objective (or gradient) is not finite at the start, or the method cannot
     *     handle the problem's bounds
     */
    Result minimize(Problem problem, double[] x0, Settings settings);

    /** A short name (shown by recorders and in results). */
    String name();

    /** Whether the method uses the gradient (finite differences stand in when the problem lacks it). */
    boolean usesGradient();

    /** Whether the method handles box bounds. */
    default boolean handlesBounds() {
        return false;
    }
}

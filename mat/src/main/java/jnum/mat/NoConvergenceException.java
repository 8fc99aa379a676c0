package jnum.mat;

/**
 * An iterative method ran out of its bounded number of iterations before converging. It never
 * returns a partial result instead; {@link #iterations()} tells how many it was allowed.
 */
public class NoConvergenceException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The iteration budget that was exhausted. */
    private final int iterations;

    /** A failure described by {@code message} after {@code iterations} iterations. */
    public NoConvergenceException(String message, int iterations) {
        super(message);
        this.iterations = iterations;
    }

    /** How many iterations were done (the method's bound) before giving up. */
    public int iterations() {
        return iterations;
    }
}

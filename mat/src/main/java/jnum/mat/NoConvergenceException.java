package jnum.mat;

/**
 * An iterative algorithm stopped at its iteration limit without converging (the QR algorithm of
 * {@link Eigen} and {@link Schur}, say). Iterations are always bounded: this exception, never a
 * hang or a silently wrong result, reports the rare input on which the bound is reached.
 */
public class NoConvergenceException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int iterations;

    /**
     * @param message what did not converge, naming the operation
     * @param iterations the number of iterations performed (the limit that was reached)
     */
    public NoConvergenceException(String message, int iterations) {
        super(message);
        this.iterations = iterations;
    }

    /** The number of iterations performed before giving up. */
    public int iterations() {
        return iterations;
    }
}

package jnum.mat.sparse.linalg;

/** Why an iterative solver stopped. */
public enum SolverStatus {
    /** The true residual {@code ||b - A x||} is within the requested tolerance. */
    CONVERGED,
    /** The iteration limit was reached first. */
    MAX_ITERATIONS,
    /**
     * The method's recurrence broke down (a zero denominator: BiCGSTAB's {@code rhat . r = 0} or
     * {@code t . t = 0}); restarting from the current iterate did not help.
     */
    BREAKDOWN,
    /**
     * CG met a direction with {@code p . A p <= 0}, or MINRES a preconditioner with
     * {@code r . M r < 0}: the operator (or the preconditioner) is not positive definite.
     */
    INDEFINITE,
    /** The recurrence claimed convergence three times in a row but the true residual did not fall. */
    STAGNATED,
    /** A residual became NaN or infinite (NaN or infinity in the operator, b or x0). */
    NOT_FINITE
}

package jnum.mat.sparse.linalg;

import jnum.mat.Vec;

/**
 * The outcome of an iterative solve.
 *
 * @param x the last iterate
 * @param status why the solver stopped
 * @param iterations the number of iterations (matrix-vector products of the method's main loop)
 * @param residualNorm the true residual {@code ||b - A x||} of {@code x}
 * @param rhsNorm {@code ||b||}
 * @param residualHistory the residual norm after each iteration, index 0 the initial residual
 *     (empty when the settings asked for no history)
 */
public record SolverResult(
        Vec x, SolverStatus status, int iterations, double residualNorm, double rhsNorm, double[] residualHistory) {

    /** {@code ||b - A x|| / ||b||} (the residual norm itself when {@code b = 0}). */
    public double relativeResidual() {
        return rhsNorm == 0 ? residualNorm : residualNorm / rhsNorm;
    }

    /** Whether the status is {@link SolverStatus#CONVERGED}. */
    public boolean converged() {
        return status == SolverStatus.CONVERGED;
    }

    /** One line: status, iterations and relative residual. */
    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "SolverResult %s after %d iterations, relative residual %.3e",
                status,
                iterations,
                relativeResidual());
    }
}

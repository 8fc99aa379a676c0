package jnum.mat.sparse.linalg;

import java.util.Locale;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * Eigenpairs {@code A x = lambda x} of a symmetric operator found by {@link Eigensolvers#eigsh}.
 *
 * @param values the k eigenvalues, in ascending order
 * @param vectors the {@code n x k} orthonormal eigenvectors, column j for {@code values[j]}, each
 *     signed so that its element of largest magnitude is positive
 * @param residualNorms {@code ||A x_j - lambda_j x_j||} of each pair, computed with {@code A}
 *     itself (also in shift-invert mode)
 * @param status why the solver stopped
 * @param converged how many of the k pairs passed the convergence test; when the status is not
 *     {@link EigenStatus#CONVERGED} the others are the best approximations found, not eigenpairs
 * @param restarts the number of thick restarts
 * @param operatorApplications the number of products with the operator (with the inverse in
 *     shift-invert mode), the final residual checks not included
 */
public record EigenResult(
        Vec values,
        Dense vectors,
        Vec residualNorms,
        EigenStatus status,
        int converged,
        int restarts,
        int operatorApplications) {

    /** Whether the status is {@link EigenStatus#CONVERGED}. */
    public boolean isConverged() {
        return status == EigenStatus.CONVERGED;
    }

    /**
     * This result if it converged.
     *
     * @throws IllegalStateException naming the status, how many pairs converged and the largest
     *     residual, if it did not
     */
    public EigenResult requireConverged() {
        if (!isConverged()) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "eigsh: %s, %d of %d eigenpairs converged after %d restarts (largest residual %.3e)",
                    status,
                    converged,
                    values.length(),
                    restarts,
                    residualNorms.length() == 0 ? 0.0 : residualNorms.normInf()));
        }
        return this;
    }

    /** One line: status, values, restarts. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "EigenResult %s (%d of %d) after %d restarts, %d products: %s",
                status,
                converged,
                values.length(),
                restarts,
                operatorApplications,
                java.util.Arrays.toString(values.toArray()));
    }
}

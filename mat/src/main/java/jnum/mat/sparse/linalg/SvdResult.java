package jnum.mat.sparse.linalg;

import java.util.Locale;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * The k largest singular triplets {@code A v = s u}, {@code A^T u = s v} found by
 * {@link Eigensolvers#svds}.
 *
 * @param values the k singular values, in descending order
 * @param u the {@code m x k} left singular vectors, orthonormal
 * @param v the {@code n x k} right singular vectors, orthonormal
 * @param residualNorms {@code sqrt(||A v_j - s_j u_j||^2 + ||A^T u_j - s_j v_j||^2)} of each
 *     triplet
 * @param status why the solver stopped
 * @param converged how many of the k triplets passed the convergence test
 * @param restarts the number of thick restarts
 * @param operatorApplications the number of products with {@code A} and with {@code A^T}
 *     together, the final residual checks not included
 */
public record SvdResult(
        Vec values,
        Dense u,
        Dense v,
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
     * @throws IllegalStateException naming the status and how many triplets converged, if it did
     *     not
     */
    public SvdResult requireConverged() {
        if (!isConverged()) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "svds: %s, %d of %d singular triplets converged after %d restarts",
                    status,
                    converged,
                    values.length(),
                    restarts));
        }
        return this;
    }

    /** One line: status, values, restarts. */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "SvdResult %s (%d of %d) after %d restarts, %d products: %s",
                status,
                converged,
                values.length(),
                restarts,
                operatorApplications,
                java.util.Arrays.toString(values.toArray()));
    }
}

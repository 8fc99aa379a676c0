package jnum.mat.sparse.linalg;

/** Why a sparse eigensolver stopped. */
public enum EigenStatus {
    /** All requested pairs passed the convergence test. */
    CONVERGED,
    /** The restart limit was reached first; the result holds the pairs that converged. */
    MAX_RESTARTS,
    /** A product of the operator had a NaN or infinite element. */
    NOT_FINITE
}

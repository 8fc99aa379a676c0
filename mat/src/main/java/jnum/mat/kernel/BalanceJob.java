package jnum.mat.kernel;

/**
 * What {@link Lapack#gebal} does to a general matrix before its eigenvalues are computed (LAPACK's
 * {@code job} of dgebal and dgebak).
 */
public enum BalanceJob {
    /** Nothing: the whole matrix is the active block and every scale factor is 1. */
    NONE,
    /** Permute rows and columns only, isolating eigenvalues found in triangular parts. */
    PERMUTE,
    /** Scale only, by powers of 2, so that rows and columns have about the same norm. */
    SCALE,
    /** Permute, then scale the remaining active block. */
    BOTH
}

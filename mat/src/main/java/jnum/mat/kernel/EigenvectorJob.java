package jnum.mat.kernel;

/**
 * What a symmetric tridiagonal eigensolver does with eigenvectors (LAPACK's {@code compz}): none,
 * accumulate its rotations into a given orthogonal matrix, or start from the identity.
 */
public enum EigenvectorJob {
    /** Eigenvalues only; Z is not referenced. */
    NONE,
    /**
     * Z holds on entry the orthogonal matrix Q that reduced a symmetric matrix to the tridiagonal
     * T ({@code A = Q T Q^T}); on return the eigenvectors of A.
     */
    UPDATE,
    /** Z is set to the identity first: on return it holds the eigenvectors of T. */
    IDENTITY
}

package jnum.mat.kernel;

/** Which orthogonal factor of the bidiagonal reduction {@code A = Q B P^T} is meant (LAPACK's vect). */
public enum BidiagonalFactor {
    /** Q, the left factor (vect = 'Q'). */
    Q,
    /** P, the right factor; {@link Lapack#orgbr} forms rows of P^T (vect = 'P'). */
    P
}

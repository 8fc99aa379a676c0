package jnum.mat.kernel;

/** Which triangle of a symmetric or triangular matrix is referenced. */
public enum Uplo {
    UPPER,
    LOWER
}

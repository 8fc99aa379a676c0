package jnum.mat.kernel;

/** Whether a triangular matrix has an implicit unit diagonal. */
public enum Diag {
    NON_UNIT,
    UNIT
}

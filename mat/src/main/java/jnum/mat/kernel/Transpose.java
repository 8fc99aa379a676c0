package jnum.mat.kernel;

/** Whether a matrix operand is used as stored or transposed. */
public enum Transpose {
    NO,
    YES
}

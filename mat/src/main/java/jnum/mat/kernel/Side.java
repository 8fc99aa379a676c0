package jnum.mat.kernel;

/** Whether a matrix operand multiplies from the left or from the right. */
public enum Side {
    LEFT,
    RIGHT
}

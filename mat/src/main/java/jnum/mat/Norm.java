package jnum.mat;

/** Matrix norms. */
public enum Norm {
    /** Maximum absolute column sum. */
    ONE,
    /** Maximum absolute row sum. */
    INF,
    /** Square root of the sum of squares, computed without undue overflow or underflow. */
    FROBENIUS,
    /** Largest absolute element (not a consistent matrix norm). */
    MAX
}

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
    MAX,
    /**
     * The spectral norm {@code max ||A x||_2 / ||x||_2}, the largest singular value (by the
     * {@link SVD}; not the Frobenius norm, which some libraries call the 2-norm of a matrix).
     */
    TWO
}

package jnum.mat.kernel;

/** Which matrix norm a LAPACK-level routine computes or assumes ({@code lange}, {@code gecon}). */
public enum MatrixNorm {
    /** Maximum absolute column sum, {@code max_j sum_i |a_ij|}. */
    ONE,
    /** Maximum absolute row sum, {@code max_i sum_j |a_ij|}. */
    INF,
    /** {@code sqrt(sum a_ij^2)}, without undue overflow or underflow. */
    FROBENIUS,
    /** Largest absolute element (not a consistent matrix norm). */
    MAX
}

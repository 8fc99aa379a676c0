package jnum.optimize;

/** The Jacobian of a residual vector, written into a caller array in column-major order. */
@FunctionalInterface
public interface Jacobian {
    /**
     * Writes {@code d r_i / d p_j} into {@code jac[i + j * m]}.
     *
     * @param p the parameters, of length {@code n}
     * @param jac the destination, of length {@code m * n}, column-major
     */
    void jacobian(double[] p, double[] jac);
}

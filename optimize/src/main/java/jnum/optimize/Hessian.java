package jnum.optimize;

/** The Hessian of the objective, written into a caller array in column-major order. */
@FunctionalInterface
public interface Hessian {
    /**
     * Writes the Hessian of {@code f} at {@code x} into {@code hess}: element {@code (i, j)} at {@code
     * hess[i + j * n]} (the matrix is symmetric, so both triangles must be written).
     *
     * @param x the point, of length {@code n}
     * @param hess the destination, of length {@code n * n}
     */
    void hessian(double[] x, double[] hess);
}

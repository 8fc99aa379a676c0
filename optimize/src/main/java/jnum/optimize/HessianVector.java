package jnum.optimize;

/**
 * The product of the Hessian at a point with a vector, written into a caller array: what matrix-free
 * Newton methods need when the Hessian is too large to form.
 */
@FunctionalInterface
public interface HessianVector {
    /**
     * Writes {@code H(x) v} into {@code out}.
     *
     * @param x the point, of length {@code n}
     * @param v the vector, of length {@code n}
     * @param out the destination, of length {@code n}; never aliases {@code x} or {@code v}
     */
    void multiply(double[] x, double[] v, double[] out);
}

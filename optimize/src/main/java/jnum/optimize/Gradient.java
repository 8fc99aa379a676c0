package jnum.optimize;

/** The gradient of the objective, written into a caller array. */
@FunctionalInterface
public interface Gradient {
    /**
     * Writes {@code grad f(x)} into {@code grad}. Neither array may be retained; {@code x} must not be
     * modified.
     *
     * @param x the point, of length {@code n}
     * @param grad the destination, of length {@code n}
     */
    void gradient(double[] x, double[] grad);
}

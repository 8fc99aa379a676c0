package jnum.optimize;

/** The function to minimize, {@code f: R^n -> R}. */
@FunctionalInterface
public interface Objective {
    /**
     * Returns {@code f(x)}. The array must not be modified or retained.
     *
     * @param x the point, of length {@code n}
     */
    double value(double[] x);
}

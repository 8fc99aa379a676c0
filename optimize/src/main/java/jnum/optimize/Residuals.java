package jnum.optimize;

/** The residual vector of a least-squares problem, {@code r: R^n -> R^m}, written into a caller array. */
@FunctionalInterface
public interface Residuals {
    /**
     * Writes {@code r(p)} into {@code r}. Neither array may be retained; {@code p} must not be
     * modified.
     *
     * @param p the parameters, of length {@code n}
     * @param r the destination, of length {@code m}
     */
    void residuals(double[] p, double[] r);
}

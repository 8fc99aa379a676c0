package jnum.optimize.fd;

/** A finite-difference formula. */
public enum Formula {
    /**
     * {@code (f(x + h e_i) - f(x)) / h}, error {@code O(h)}: one evaluation per coordinate; step
     * {@code h = sqrt(eps) |x_i|} (1 at 0).
     */
    FORWARD,
    /**
     * {@code (f(x + h e_i) - f(x - h e_i)) / (2h)}, error {@code O(h^2)}: two evaluations per
     * coordinate; step {@code h = cbrt(eps) |x_i|} (1 at 0).
     */
    CENTRAL
}

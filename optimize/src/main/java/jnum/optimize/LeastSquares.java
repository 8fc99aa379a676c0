package jnum.optimize;

import java.util.Objects;

/**
 * A nonlinear least-squares problem: minimize {@code ||r(p)||^2 = sum_i r_i(p)^2} over {@code p} in
 * {@code R^n}, with {@code m >= n} residuals and optionally their Jacobian. Without a Jacobian,
 * {@link LevenbergMarquardt} uses forward differences (as MINPACK's lmdif) and says so in the result.
 *
 * @param m the number of residuals, positive
 * @param residuals the residual function
 * @param jacobian the Jacobian, or null
 */
public record LeastSquares(int m, Residuals residuals, Jacobian jacobian) {
    /**
     * @throws NullPointerException if {@code residuals} is null
     * @throws IllegalArgumentException if {@code m <= 0}
     */
    public LeastSquares {
        Objects.requireNonNull(residuals, "residuals");
        if (m <= 0) {
            throw new IllegalArgumentException("LeastSquares: m must be positive, got " + m);
        }
    }

    /** A problem with {@code m} residuals and no Jacobian. */
    public static LeastSquares of(int m, Residuals residuals) {
        return new LeastSquares(m, residuals, null);
    }

    /** A problem with {@code m} residuals and their Jacobian. */
    public static LeastSquares of(int m, Residuals residuals, Jacobian jacobian) {
        return new LeastSquares(m, residuals, Objects.requireNonNull(jacobian, "jacobian"));
    }
}

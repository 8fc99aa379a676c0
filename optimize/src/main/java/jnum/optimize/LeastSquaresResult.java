package jnum.optimize;

import java.time.Duration;
import java.util.Locale;
import jnum.mat.Dense;

/**
 * The outcome of a least-squares fit.
 *
 * @param parameters the final parameters {@code p}
 * @param residuals {@code r(p)}
 * @param residualSumOfSquares {@code ||r(p)||^2}
 * @param status why the method stopped
 * @param iterations outer iterations (Jacobian evaluations of the iteration)
 * @param residualEvaluations residual evaluations, including those made for finite differences
 * @param jacobianEvaluations Jacobian evaluations (each finite-difference Jacobian counts one),
 *     including the one at the solution for the covariance
 * @param wallTime the time from start to stop
 * @param finiteDifferences whether the Jacobian was approximated by finite differences
 * @param rank the numerical rank of the Jacobian at the solution
 * @param unscaledCovariance {@code (J^T J)^-1} at the solution, {@code n x n}; rows and columns of
 *     parameters that the Jacobian does not determine (rank deficiency) are {@code +inf}
 */
public record LeastSquaresResult(
        double[] parameters,
        double[] residuals,
        double residualSumOfSquares,
        Status status,
        int iterations,
        int residualEvaluations,
        int jacobianEvaluations,
        Duration wallTime,
        boolean finiteDifferences,
        int rank,
        Dense unscaledCovariance) {

    /** {@code (J^T J)^-1} at the solution (a copy). */
    @Override
    public Dense unscaledCovariance() {
        return unscaledCovariance.copy();
    }

    /** {@code m - n}. */
    public int degreesOfFreedom() {
        return residuals.length - parameters.length;
    }

    /**
     * The residual variance {@code s^2 = ||r||^2 / (m - n)}, NaN if {@code m = n}.
     */
    public double residualVariance() {
        int dof = degreesOfFreedom();
        return dof > 0 ? residualSumOfSquares / dof : Double.NaN;
    }

    /**
     * The estimated covariance of the parameters, {@code s^2 (J^T J)^-1} (as SciPy's {@code curve_fit}
     * with {@code absolute_sigma=False}, and NIST's certified standard errors).
     */
    public Dense covariance() {
        Dense c = unscaledCovariance.copy();
        double s2 = residualVariance();
        int n = parameters.length;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                c.set(i, j, c.get(i, j) * s2);
            }
        }
        return c;
    }

    /** The standard errors {@code sqrt(diag(covariance()))}. */
    public double[] standardErrors() {
        Dense c = covariance();
        double[] e = new double[parameters.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.sqrt(c.get(i, i));
        }
        return e;
    }

    /** The readable summary: status, each parameter with its standard error, the residual sum of squares. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("LeastSquaresResult: ")
                .append(status)
                .append(" after ")
                .append(iterations)
                .append(" iterations (")
                .append(residualEvaluations)
                .append(" r, ")
                .append(jacobianEvaluations)
                .append(" J")
                .append(finiteDifferences ? ", finite differences" : "")
                .append(")\n");
        double[] se = standardErrors();
        for (int i = 0; i < parameters.length; i++) {
            b.append(String.format(Locale.ROOT, "  p[%d] = %.10g +- %.4g%n", i, parameters[i], se[i]));
        }
        return b.append("  residual sum of squares = ")
                .append(residualSumOfSquares)
                .toString();
    }
}

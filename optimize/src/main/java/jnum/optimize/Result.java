package jnum.optimize;

import java.time.Duration;
import java.util.Arrays;

/**
 * The outcome of a minimization: the best point found and why the method stopped.
 *
 * @param x the final iterate (the best point the method accepted; feasible under bounds)
 * @param value {@code f(x)}
 * @param gradient the gradient at {@code x}, or null if the method never computed one (Nelder-Mead)
 * @param status why it stopped; {@link Status#isConverged()} says whether this is a success
 * @param method the method's name
 * @param iterations iterations made
 * @param functionEvaluations objective evaluations, including those made for finite differences
 * @param gradientEvaluations gradient evaluations (each finite-difference gradient counts one)
 * @param hessianEvaluations Hessian evaluations or Hessian-vector products
 * @param wallTime the time from start to stop
 * @param finiteDifferences whether a derivative the problem lacked was approximated by finite
 *     differences
 */
public record Result(
        double[] x,
        double value,
        double[] gradient,
        Status status,
        String method,
        int iterations,
        int functionEvaluations,
        int gradientEvaluations,
        int hessianEvaluations,
        Duration wallTime,
        boolean finiteDifferences) {

    /** A short readable summary (jshell shows this). */
    @Override
    public String toString() {
        return "Result " + method + ": " + status + " after " + iterations + " iterations (" + functionEvaluations
                + " f, " + gradientEvaluations + " g" + (hessianEvaluations > 0 ? ", " + hessianEvaluations + " H" : "")
                + (finiteDifferences ? ", finite differences" : "") + ")\n  f = " + value + "\n  x = "
                + Arrays.toString(x);
    }
}

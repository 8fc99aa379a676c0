package jnum.optimize;

import java.util.Objects;

/**
 * The entry point: {@code Minimize.minimize(problem, x0, settings, method)}, with defaults when the
 * settings ({@link Settings#defaults()}) or the method are omitted:
 *
 * <ul>
 *   <li>bounds given: {@link LBFGSB} (finite differences if there is no gradient);
 *   <li>a gradient given: {@link BFGS} for {@code n <= 1000}, {@link LBFGS} above (BFGS stores an
 *       {@code n x n} matrix);
 *   <li>otherwise {@link NelderMead} with adaptive parameters.
 * </ul>
 *
 * <pre>{@code
 * Problem p = Problem.of(x -> Math.pow(1 - x[0], 2) + 100 * Math.pow(x[1] - x[0] * x[0], 2),
 *                        (x, g) -> { ... });
 * Result r = Minimize.minimize(p, new double[] {-1.2, 1});
 * }</pre>
 *
 * <p>Non-convergence is reported in {@link Result#status()}, never as an exception.
 */
public final class Minimize {
    private Minimize() {}

    /** Minimizes with the default settings and method. */
    public static Result minimize(Problem problem, double[] x0) {
        return minimize(problem, x0, Settings.defaults(), null);
    }

    /** Minimizes with the given settings and the default method. */
    public static Result minimize(Problem problem, double[] x0, Settings settings) {
        return minimize(problem, x0, settings, null);
    }

    /** Minimizes with the default settings and the given method. */
    public static Result minimize(Problem problem, double[] x0, Method method) {
        return minimize(problem, x0, Settings.defaults(), method);
    }

    /**
     * Minimizes {@code problem} from {@code x0} (not modified).
     *
     * @param method the method, or null for the default described in the class comment
     * @throws NullPointerException if {@code problem}, {@code x0} or {@code settings} is null
     * @throws IllegalArgumentException if {@code x0} is empty, not finite or of the wrong length, the
     *     objective or gradient is not finite at {@code x0}, the bounds do not match {@code x0} in
     *     length, or the method does not handle the problem's bounds (a start outside the bounds is
     *     projected onto them by {@link LBFGSB})
     */
    public static Result minimize(Problem problem, double[] x0, Settings settings, Method method) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(x0, "x0");
        Objects.requireNonNull(settings, "settings");
        Method m = method != null ? method : defaultMethod(problem, x0.length);
        return m.minimize(problem, x0, settings);
    }

    /** The method {@link #minimize(Problem, double[])} uses for this problem and dimension. */
    public static Method defaultMethod(Problem problem, int n) {
        if (problem.hasBounds()) {
            return new LBFGSB();
        }
        if (problem.hasGradient()) {
            return n <= 1000 ? new BFGS() : new LBFGS();
        }
        return new NelderMead();
    }
}

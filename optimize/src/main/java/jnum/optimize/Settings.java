package jnum.optimize;

import java.time.Duration;

/**
 * When a minimization stops, and who hears of its progress. Immutable; start from {@link
 * #defaults()} and change fields with the {@code with} methods:
 *
 * <pre>{@code
 * Settings s = Settings.defaults().withGradientThreshold(1e-10).withMaxIterations(500);
 * }</pre>
 *
 * <table class="striped">
 *   <caption>Fields and defaults</caption>
 *   <tr><th>field</th><th>default</th><th>stops with</th><th>test</th></tr>
 *   <tr><td>gradientThreshold</td><td>1e-8</td><td>{@link Status#GRADIENT_THRESHOLD}</td>
 *       <td>{@code ||g||_inf <= gradientThreshold} (the projected gradient under bounds)</td></tr>
 *   <tr><td>functionTolerance</td><td>1e-12</td><td>{@link Status#FUNCTION_CONVERGENCE}</td>
 *       <td>{@code f_prev - f <= functionTolerance * max(|f_prev|, |f|)} after an iteration
 *       (Nelder-Mead: the spread of the simplex values, {@code <= functionTolerance * max(1,
 *       |f_best|)})</td></tr>
 *   <tr><td>stepTolerance</td><td>0 (off)</td><td>{@link Status#STEP_CONVERGENCE}</td>
 *       <td>{@code ||x - x_prev||_inf <= stepTolerance * max(1, ||x||_inf)} (Nelder-Mead: the
 *       simplex diameter). Off by default: on badly scaled problems a short step is no sign of
 *       convergence (Powell's badly scaled function stops far from its minimum with 1e-12)</td></tr>
 *   <tr><td>maxIterations</td><td>100 000</td><td>{@link Status#ITERATION_LIMIT}</td><td></td></tr>
 *   <tr><td>maxEvaluations</td><td>1 000 000</td><td>{@link Status#EVALUATION_LIMIT}</td>
 *       <td>objective evaluations, including those of finite differences</td></tr>
 *   <tr><td>maxTime</td><td>none (null)</td><td>{@link Status#TIME_LIMIT}</td><td>wall time</td></tr>
 *   <tr><td>recorder</td><td>none (null)</td><td></td><td>called once per iteration</td></tr>
 * </table>
 *
 * <p>A tolerance of 0 disables its test. Levenberg-Marquardt reads the three tolerances as MINPACK's
 * {@code gtol}, {@code ftol} and {@code xtol} (see {@link LevenbergMarquardt}).
 *
 * @param gradientThreshold non-negative
 * @param functionTolerance non-negative
 * @param stepTolerance non-negative
 * @param maxIterations positive
 * @param maxEvaluations positive
 * @param maxTime positive, or null for no limit
 * @param recorder the progress callback, or null
 */
public record Settings(
        double gradientThreshold,
        double functionTolerance,
        double stepTolerance,
        int maxIterations,
        int maxEvaluations,
        Duration maxTime,
        Recorder recorder) {

    private static final Settings DEFAULTS = new Settings(1e-8, 1e-12, 0, 100_000, 1_000_000, null, null);

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if a tolerance is negative or NaN, a limit is not positive
     */
    public Settings {
        nonNegative("gradientThreshold", gradientThreshold);
        nonNegative("functionTolerance", functionTolerance);
        nonNegative("stepTolerance", stepTolerance);
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("Settings: maxIterations must be positive, got " + maxIterations);
        }
        if (maxEvaluations <= 0) {
            throw new IllegalArgumentException("Settings: maxEvaluations must be positive, got " + maxEvaluations);
        }
        if (maxTime != null && (maxTime.isNegative() || maxTime.isZero())) {
            throw new IllegalArgumentException("Settings: maxTime must be positive, got " + maxTime);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException("Settings: " + name + " must be >= 0, got " + v);
        }
    }

    /** The defaults listed in the class comment. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** These settings with another gradient threshold. */
    public Settings withGradientThreshold(double v) {
        return new Settings(v, functionTolerance, stepTolerance, maxIterations, maxEvaluations, maxTime, recorder);
    }

    /** These settings with another function tolerance. */
    public Settings withFunctionTolerance(double v) {
        return new Settings(gradientThreshold, v, stepTolerance, maxIterations, maxEvaluations, maxTime, recorder);
    }

    /** These settings with another step tolerance. */
    public Settings withStepTolerance(double v) {
        return new Settings(gradientThreshold, functionTolerance, v, maxIterations, maxEvaluations, maxTime, recorder);
    }

    /** These settings with another iteration limit. */
    public Settings withMaxIterations(int v) {
        return new Settings(gradientThreshold, functionTolerance, stepTolerance, v, maxEvaluations, maxTime, recorder);
    }

    /** These settings with another evaluation limit. */
    public Settings withMaxEvaluations(int v) {
        return new Settings(gradientThreshold, functionTolerance, stepTolerance, maxIterations, v, maxTime, recorder);
    }

    /** These settings with a wall-time limit (null: none). */
    public Settings withMaxTime(Duration v) {
        return new Settings(
                gradientThreshold, functionTolerance, stepTolerance, maxIterations, maxEvaluations, v, recorder);
    }

    /** These settings with a progress recorder (null: none). */
    public Settings withRecorder(Recorder v) {
        return new Settings(
                gradientThreshold, functionTolerance, stepTolerance, maxIterations, maxEvaluations, maxTime, v);
    }
}

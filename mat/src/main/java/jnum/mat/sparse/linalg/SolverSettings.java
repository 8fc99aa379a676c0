package jnum.mat.sparse.linalg;

/**
 * When an iterative solver stops, and what it reports. A solve stops with
 * {@link SolverStatus#CONVERGED} when the true residual satisfies
 * {@code ||b - A x|| <= max(relativeTolerance * ||b||, absoluteTolerance)}.
 *
 * @param relativeTolerance tolerance relative to {@code ||b||}; default {@code 1e-8}
 * @param absoluteTolerance absolute tolerance on the residual norm; default 0
 * @param maxIterations iteration limit; 0 (the default) means {@code max(100, 10 n)} for an
 *     {@code n x n} operator
 * @param keepHistory whether the result holds the residual norm of every iteration; default true
 * @param progress called after every iteration, or null for none (the default)
 */
public record SolverSettings(
        double relativeTolerance, double absoluteTolerance, int maxIterations, boolean keepHistory, Progress progress) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if a tolerance is negative or NaN, both are zero, or
     *     {@code maxIterations < 0}
     */
    public SolverSettings {
        if (!(relativeTolerance >= 0) || !(absoluteTolerance >= 0)) {
            throw new IllegalArgumentException("SolverSettings: tolerances must be >= 0, got relative "
                    + relativeTolerance + ", absolute " + absoluteTolerance);
        }
        if (relativeTolerance == 0 && absoluteTolerance == 0) {
            throw new IllegalArgumentException("SolverSettings: relative and absolute tolerance are both 0");
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("SolverSettings: maxIterations = " + maxIterations + " < 0");
        }
    }

    /** The defaults: relative tolerance 1e-8, no absolute tolerance, {@code max(100, 10 n)} iterations. */
    public static SolverSettings defaults() {
        return new SolverSettings(1e-8, 0.0, 0, true, null);
    }

    /** These settings with another relative tolerance. */
    public SolverSettings withRelativeTolerance(double tol) {
        return new SolverSettings(tol, absoluteTolerance, maxIterations, keepHistory, progress);
    }

    /** These settings with another absolute tolerance. */
    public SolverSettings withAbsoluteTolerance(double tol) {
        return new SolverSettings(relativeTolerance, tol, maxIterations, keepHistory, progress);
    }

    /** These settings with another iteration limit. */
    public SolverSettings withMaxIterations(int n) {
        return new SolverSettings(relativeTolerance, absoluteTolerance, n, keepHistory, progress);
    }

    /** These settings with or without the residual history. */
    public SolverSettings withHistory(boolean keep) {
        return new SolverSettings(relativeTolerance, absoluteTolerance, maxIterations, keep, progress);
    }

    /** These settings with a progress listener (null for none). */
    public SolverSettings withProgress(Progress listener) {
        return new SolverSettings(relativeTolerance, absoluteTolerance, maxIterations, keepHistory, listener);
    }

    /** The iteration limit for an operator of dimension {@code n}. */
    int iterationLimit(int n) {
        return maxIterations > 0 ? maxIterations : (int) Math.min(Integer.MAX_VALUE, Math.max(100L, 10L * n));
    }
}

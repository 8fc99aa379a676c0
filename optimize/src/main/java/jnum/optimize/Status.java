package jnum.optimize;

/** Why a minimization stopped. */
public enum Status {
    /** The (projected) gradient's infinity norm fell to {@link Settings#gradientThreshold()}. */
    GRADIENT_THRESHOLD(true),
    /** The relative decrease of the objective fell to {@link Settings#functionTolerance()}. */
    FUNCTION_CONVERGENCE(true),
    /** The step fell to {@link Settings#stepTolerance()} relative to the point. */
    STEP_CONVERGENCE(true),
    /** {@link Settings#maxIterations()} iterations were made. */
    ITERATION_LIMIT(false),
    /** The next evaluation would have exceeded {@link Settings#maxEvaluations()}. */
    EVALUATION_LIMIT(false),
    /** {@link Settings#maxTime()} elapsed. */
    TIME_LIMIT(false),
    /**
     * The line search (or trust region) found no point that decreases the objective enough, even
     * after a restart along the steepest descent direction: usually the limit of the floating-point
     * precision of the objective, or a gradient inconsistent with the objective. Also when the
     * objective has not decreased over 10 consecutive iterations (steps that only reduce the slope).
     */
    NO_PROGRESS(false),
    /**
     * The objective or gradient became NaN or infinite at every trial point the method backed off
     * to; the result holds the last finite iterate.
     */
    NOT_FINITE(false),
    /** The {@link Recorder} asked to stop. */
    STOPPED_BY_RECORDER(false);

    private final boolean converged;

    Status(boolean converged) {
        this.converged = converged;
    }

    /** Whether this status is one of the convergence criteria (as opposed to a limit or a failure). */
    public boolean isConverged() {
        return converged;
    }
}

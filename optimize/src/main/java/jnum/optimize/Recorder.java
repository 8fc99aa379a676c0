package jnum.optimize;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Hears of a minimization's progress: called once per iteration, after the convergence tests. A
 * recorder may stop the run by returning false ({@link Status#STOPPED_BY_RECORDER}).
 */
@FunctionalInterface
public interface Recorder {
    /**
     * Called after iteration {@code progress.iteration()}.
     *
     * @return true to continue, false to stop
     */
    boolean record(Progress progress);

    /**
     * What a recorder sees after an iteration.
     *
     * @param method the method's name
     * @param iteration the number of iterations made so far (1 after the first)
     * @param value the objective at the current iterate
     * @param gradientNorm the infinity norm of the (projected) gradient, NaN if the method has none
     * @param functionEvaluations objective evaluations so far
     * @param gradientEvaluations gradient evaluations so far
     * @param seconds wall time since the start
     */
    record Progress(
            String method,
            int iteration,
            double value,
            double gradientNorm,
            int functionEvaluations,
            int gradientEvaluations,
            double seconds) {}

    /**
     * A recorder printing a header and then one line per iteration to {@code out}: iteration, f,
     * gradient norm, evaluations of f and g, seconds.
     *
     * @throws NullPointerException if {@code out} is null
     */
    static Recorder printing(PrintStream out) {
        return printing(out, true);
    }

    /**
     * As {@link #printing(PrintStream)}; without the seconds column if {@code wallTime} is false, so
     * that the output is the same on every run (for documentation and tests).
     *
     * @throws NullPointerException if {@code out} is null
     */
    static Recorder printing(PrintStream out, boolean wallTime) {
        Objects.requireNonNull(out, "out");
        return new Recorder() {
            private boolean headed;

            @Override
            public boolean record(Progress p) {
                if (!headed) {
                    headed = true;
                    out.println(p.method());
                    out.printf(
                            Locale.ROOT,
                            "%6s %23s %10s %7s %7s%s%n",
                            "iter",
                            "f",
                            "|g|",
                            "f-evals",
                            "g-evals",
                            wallTime ? String.format(Locale.ROOT, " %9s", "seconds") : "");
                }
                out.printf(
                        Locale.ROOT,
                        "%6d %23.16e %10.3e %7d %7d%s%n",
                        p.iteration(),
                        p.value(),
                        p.gradientNorm(),
                        p.functionEvaluations(),
                        p.gradientEvaluations(),
                        wallTime ? String.format(Locale.ROOT, " %9.3f", p.seconds()) : "");
                return true;
            }
        };
    }
}

package jnum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Thread CPU time of several calls taken in turn, for guidance on a loaded machine where JMH's
 * wall-clock times are not comparable: each round runs every call once, starting one further on
 * than the round before, and the result is each call's best time over the second half of the
 * rounds (the first half warms up).
 */
final class RotatingTimer {

    private RotatingTimer() {}

    /** Milliseconds per call, best of the second half of {@code rounds}, in the order of {@code calls}. */
    static double[] bestMillis(List<? extends Runnable> calls, int rounds) {
        double[] best = bestNanos(calls, rounds, 1);
        for (int i = 0; i < best.length; i++) {
            best[i] /= 1e6;
        }
        return best;
    }

    /**
     * Nanoseconds per call, each timing taken over {@code reps} calls in a row (for calls too short
     * for the CPU clock to time one by one), best of the second half of {@code rounds}.
     */
    static double[] bestNanos(List<? extends Runnable> calls, int rounds, int reps) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] best = new double[calls.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < calls.size(); k++) {
                int i = (k + r) % calls.size();
                Runnable call = calls.get(i);
                long t0 = mx.getCurrentThreadCpuTime();
                for (int q = 0; q < reps; q++) {
                    call.run();
                }
                double ns = (double) (mx.getCurrentThreadCpuTime() - t0) / reps;
                if (r >= rounds / 2) {
                    best[i] = Math.min(best[i], ns);
                }
            }
        }
        return best;
    }
}

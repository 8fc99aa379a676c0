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
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] best = new double[calls.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < calls.size(); k++) {
                int i = (k + r) % calls.size();
                long t0 = mx.getCurrentThreadCpuTime();
                calls.get(i).run();
                double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6;
                if (r >= rounds / 2) {
                    best[i] = Math.min(best[i], ms);
                }
            }
        }
        return best;
    }
}

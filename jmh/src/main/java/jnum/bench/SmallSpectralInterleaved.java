package jnum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A companion to {@link SmallSpectralBench} for a busy, shared machine: for each order and each
 * decomposition, the same calls as the JMH benchmark taken in turn by {@link RotatingTimer}, timed
 * by the calling thread's CPU time over enough calls in a row to last about half a millisecond,
 * best of the second half of the rounds; then jnum's time over the fastest peer's.
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector -Djnum.kernel=vector -cp
 * jmh/target/benchmarks.jar jnum.bench.SmallSpectralInterleaved [rounds [n ...]]}.
 */
public final class SmallSpectralInterleaved {
    private SmallSpectralInterleaved() {}

    private static final String[] LIBRARIES = {"Jnum", "Ejml", "Ojalgo", "CommonsMath", "Hipparchus"};

    /** Each decomposition with the group whose Commons Math and Hipparchus rows stand in for it. */
    private static final String[][] GROUPS = {
        {"svdValues", "svdVectors"},
        {"svdVectors", "svdVectors"},
        {"symValues", "symVectors"},
        {"symVectors", "symVectors"},
        {"eigValues", "eigVectors"},
        {"eigVectors", "eigVectors"}
    };

    public static void main(String[] args) throws ReflectiveOperationException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int[] orders = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {2, 3, 4, 5, 8, 10, 16, 20, 32, 50, 100};
        for (int n : orders) {
            SmallSpectralBench b = new SmallSpectralBench();
            b.n = n;
            b.seed = 42;
            b.setUp();
            for (String[] group : GROUPS) {
                List<String> names = new ArrayList<>();
                List<Runnable> calls = new ArrayList<>();
                for (String library : LIBRARIES) {
                    String own = group[0] + library;
                    String name = hasMethod(own) ? own : group[1] + library;
                    if (!hasMethod(name)) {
                        continue;
                    }
                    java.lang.reflect.Method m = SmallSpectralBench.class.getMethod(name);
                    Supplier<Object> call = () -> invoke(m, b);
                    names.add(name);
                    calls.add(call::get);
                }
                for (Runnable call : calls) {
                    warmUp(call);
                }
                double oneCall = RotatingTimer.bestNanos(calls, 4, 200)[0];
                int reps = (int) Math.max(1, Math.min(100_000, 500_000 / oneCall));
                double[] ns = RotatingTimer.bestNanos(calls, rounds, reps);
                double fastestPeer = Double.MAX_VALUE;
                for (int i = 1; i < ns.length; i++) {
                    fastestPeer = Math.min(fastestPeer, ns[i]);
                }
                StringBuilder line = new StringBuilder(String.format("n=%d %-11s", n, group[0]));
                for (int i = 0; i < ns.length; i++) {
                    line.append(String.format(" %s %.3g", names.get(i), ns[i] / 1e3));
                }
                line.append(String.format("  jnum/fastest %.2f", ns[0] / fastestPeer));
                System.out.println(line);
            }
        }
    }

    /**
     * Runs the call for {@value #WARM_UP_NANOS} ns of thread CPU time, so that the JIT has compiled
     * it (jnum's layered calls take longer to compile than the peers' flat loops, more so on a
     * machine whose compiler threads compete for the cores).
     */
    private static void warmUp(Runnable call) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = mx.getCurrentThreadCpuTime() + WARM_UP_NANOS;
        while (mx.getCurrentThreadCpuTime() < end) {
            for (int q = 0; q < 50; q++) {
                call.run();
            }
        }
    }

    private static final long WARM_UP_NANOS = 400_000_000L;

    private static boolean hasMethod(String name) {
        try {
            SmallSpectralBench.class.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object invoke(java.lang.reflect.Method m, SmallSpectralBench b) {
        try {
            return m.invoke(b);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m.getName(), e);
        }
    }
}

package jnum.bench;

import java.util.List;

/**
 * A companion to {@link EigenSymBench} for a busy, shared machine: every round calls each
 * implementation once, in a rotating order, timed by the calling thread's CPU time (so that
 * descheduling does not count), and the best time of the second half of the rounds is kept.
 * Commons Math and Hipparchus are left to the JMH run (tens of seconds per call at n = 1000).
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED
 * -Xss16m -Xmx4g -cp jmh/target/benchmarks.jar jnum.bench.EigenSymInterleaved n rounds}, with
 * {@code OPENBLAS_NUM_THREADS=1}.
 */
public final class EigenSymInterleaved {
    private EigenSymInterleaved() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        EigenSymBench b = new EigenSymBench();
        b.n = n;
        b.threads = 1;
        b.setUp();
        String[] names = {
            "valuesJava",
            "valuesNative",
            "valuesEjml",
            "valuesOjalgo",
            "vectorsJava",
            "vectorsJavaQl",
            "vectorsNative",
            "vectorsEjml",
            "vectorsOjalgo"
        };
        List<Runnable> calls = List.of(
                b::valuesJava,
                b::valuesNative,
                b::valuesEjml,
                b::valuesOjalgo,
                b::vectorsJava,
                b::vectorsJavaQl,
                b::vectorsNative,
                b::vectorsEjml,
                b::vectorsOjalgo);
        double[] best = RotatingTimer.bestMillis(calls, rounds);
        for (int i = 0; i < calls.size(); i++) {
            System.out.printf("n=%d %-14s %9.1f ms%n", n, names[i], best[i]);
        }
    }
}

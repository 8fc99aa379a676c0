package jnum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jnum.mat.kernel.Parallelism;

/**
 * An interleaved companion to {@link GemmBench} for a shared, noisy machine: per shape, every
 * library is warmed up, then timed in rounds, one call each per round in rotating order, so that
 * load changes hit all libraries of a round alike. Reports, per library, the median GF/s over the
 * rounds by wall time and by the calling thread's CPU time (which excludes time the thread was
 * descheduled; meaningful for single-threaded runs only), and the median over rounds of the
 * per-round ratio jnum / library. In runs with more than one thread, {@code jnum1t} is jnum on one
 * thread, interleaved with the threaded calls, so that jnum / jnum1t is the speed-up. The system
 * property {@code libs} (comma-separated) selects libraries.
 *
 * <p>Usage: {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp
 * benchmarks.jar jnum.bench.GemmInterleaved threads rounds shape...} with
 * {@code OPENBLAS_NUM_THREADS} set to the same thread count.
 */
public final class GemmInterleaved {
    private static final String[] LIBS = {
        "jnum", "jnum1t", "netlibNative", "netlibVector", "ejml", "ojalgo", "commonsMath"
    };

    private GemmInterleaved() {}

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "threads=%d rounds=%d load=%s%n", threads, rounds, load());
        for (int s = 2; s < args.length; s++) {
            GemmBench bench = new GemmBench();
            bench.shape = args[s];
            bench.threads = threads;
            bench.setUp();
            String[] dims = args[s].split("x");
            double m = Double.parseDouble(dims[0]);
            double flops = dims.length == 3
                    ? 2 * m * Double.parseDouble(dims[1]) * Double.parseDouble(dims[2])
                    : 2 * m * m * m;
            List<String> libs = new ArrayList<>();
            List<String> wanted = Arrays.asList(
                    System.getProperty("libs", String.join(",", LIBS)).split(","));
            for (String lib : LIBS) {
                if (!wanted.contains(lib) || (lib.equals("jnum1t") && threads == 1)) {
                    continue;
                }
                // the pure-Java peers take 5-50 s per call above n = 2048: leave them out there
                boolean slowPeer = !lib.equals("jnum") && !lib.equals("netlibNative");
                if (!(slowPeer && flops > 2.0 * 2048 * 2048 * 2048)
                        && !(threads > 1 && (lib.equals("commonsMath") || lib.equals("netlibVector")))) {
                    libs.add(lib);
                }
            }
            int n = libs.size();
            int reps = (int) Math.max(1, Math.min(200, 2e8 / flops)); // calls per timed sample
            for (String lib : libs) { // warm-up: at least 1.5 s or 3 samples per library
                long end = System.nanoTime() + 1_500_000_000L;
                for (int w = 0; w < 3 || System.nanoTime() < end; w++) {
                    call(bench, lib, reps);
                }
            }
            double[][] wall = new double[n][rounds];
            double[][] cpu = new double[n][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < n; q++) {
                    int i = (q + r) % n;
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    call(bench, libs.get(i), reps);
                    long t1 = System.nanoTime();
                    long c1 = mx.getCurrentThreadCpuTime();
                    wall[i][r] = flops * reps / (t1 - t0);
                    cpu[i][r] = flops * reps / Math.max(1, c1 - c0);
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", args[s]));
            for (int i = 0; i < n; i++) {
                double[] ratio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratio[r] = wall[0][r] / wall[i][r];
                }
                line.append(String.format(
                        Locale.ROOT,
                        " | %s wall %.1f cpu %.1f ratio %.2f",
                        libs.get(i),
                        median(wall[i]),
                        median(cpu[i]),
                        median(ratio)));
            }
            System.out.println(line + " | load " + load());
        }
    }

    private static void call(GemmBench b, String lib, int reps) {
        for (int r = 0; r < reps; r++) {
            switch (lib) {
                case "jnum" -> b.jnum();
                case "jnum1t" -> {
                    int t = Parallelism.threads();
                    Parallelism.setThreads(1);
                    b.jnum();
                    Parallelism.setThreads(t);
                }
                case "netlibNative" -> b.netlibNative();
                case "netlibVector" -> b.netlibVector();
                case "ejml" -> b.ejml();
                case "ojalgo" -> b.ojalgo();
                case "commonsMath" -> b.commonsMath();
                default -> throw new IllegalArgumentException(lib);
            }
        }
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}

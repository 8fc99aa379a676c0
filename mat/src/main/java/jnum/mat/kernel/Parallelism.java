package jnum.mat.kernel;

import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * How many threads jnum's kernels may use, and the {@link ForkJoinPool} they run on.
 *
 * <p>Large level-3 kernels (GEMM and what is built on it) split their work into tasks and run them
 * with {@link java.util.concurrent.ForkJoinTask#invokeAll}: the calling thread executes tasks
 * itself and the pool's workers take the others. Small problems never use threads (each kernel
 * measures its own threshold), and a thread count of 1 disables threading entirely.
 *
 * <ul>
 *   <li>System property {@value #THREADS_PROPERTY}{@code =N} (read once, when this class is
 *       initialised) sets the thread count; {@link #setThreads(int)} changes it at run time.
 *   <li>The default is {@link Runtime#availableProcessors()}.
 *   <li>The pool defaults to {@link ForkJoinPool#commonPool()}; {@link #setPool(ForkJoinPool)}
 *       chooses another. When a kernel is called from a worker of some ForkJoinPool, its tasks are
 *       forked into that pool (the usual ForkJoin rule), so nested parallel code does not
 *       oversubscribe the machine.
 * </ul>
 *
 * <p>Results do not depend on the thread count: the kernels partition only the output, never a
 * sum, so every element of a result is computed by the same operations in the same order whatever
 * the number of threads (bitwise reproducible). Kernels whose algorithm does not allow this say so
 * in their docs.
 */
public final class Parallelism {

    /** System property that sets the thread count: {@value}. */
    public static final String THREADS_PROPERTY = "jnum.threads";

    /** The largest thread count: {@value}, the parallelism limit of a {@link ForkJoinPool}. */
    public static final int MAX_THREADS = 0x7fff;

    private static volatile int threads = initialThreads();
    private static volatile ForkJoinPool pool = ForkJoinPool.commonPool();

    private Parallelism() {}

    /** The number of threads a kernel may use, at least 1. */
    public static int threads() {
        return threads;
    }

    /**
     * Sets the number of threads a kernel may use; 1 runs every kernel on the calling thread only.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code n > MAX_THREADS}
     */
    public static void setThreads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw new IllegalArgumentException(
                    "Parallelism.setThreads: n = " + n + " is not in [1, " + MAX_THREADS + "]");
        }
        threads = n;
    }

    /** The pool that kernel tasks run on (unless the caller is itself a ForkJoin worker). */
    public static ForkJoinPool pool() {
        return pool;
    }

    /**
     * Sets the pool that kernel tasks run on.
     *
     * @throws NullPointerException if {@code p} is null
     */
    public static void setPool(ForkJoinPool p) {
        pool = Objects.requireNonNull(p, "Parallelism.setPool: pool is null");
    }

    /** The default thread count: the property {@value #THREADS_PROPERTY}, else the core count. */
    static int initialThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null || value.isBlank()) {
            return cores;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_THREADS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the warning below
        }
        System.getLogger("jnum.mat.kernel")
                .log(
                        System.Logger.Level.WARNING,
                        "-D" + THREADS_PROPERTY + "=" + value + " is not an integer in [1, " + MAX_THREADS + "]; using "
                                + cores);
        return cores;
    }
}

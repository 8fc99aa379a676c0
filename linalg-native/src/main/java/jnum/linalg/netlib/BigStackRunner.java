package jnum.linalg.netlib;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs native LAPACK calls on threads of this provider, created with a large stack.
 *
 * <p>Why: multi-threaded OpenBLAS's dgetrf (and other blocked LAPACK routines) put large
 * work arrays on the calling thread's stack; called from a Java thread with the default stack it
 * overflowed it and killed the JVM with SIGSEGV and no error file, and {@code -Xss16m} cured it.
 * A library cannot choose its callers' stacks, so every native LAPACK call is handed to a thread
 * with {@link #STACK_BYTES} of stack and the caller waits for it. The hand-over costs some
 * microseconds, small against the problems native LAPACK is chosen for.
 *
 * <p>The pool grows with concurrent callers and its idle threads end after a minute; they are
 * daemons. The caller waits uninterruptibly (the native code writes into the caller's arrays, so
 * it must not return early) and its interrupt status is restored afterwards.
 */
final class BigStackRunner {
    /** Stack of the provider's threads: four times what cured the crash. */
    static final long STACK_BYTES = 64L << 20;

    private static final ExecutorService POOL =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), new Factory());

    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private BigStackRunner() {}

    /** Returns {@code task.call()}, run on a large-stack thread (directly if already on one). */
    static <T> T call(Callable<T> task) {
        if (INSIDE.get()) {
            return direct(task);
        }
        Future<T> f = POOL.submit(task);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** As {@link #call}, for a task without a result. */
    static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    private static <T> T direct(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Daemon threads named {@code jnum-native-lapack-N} with {@link #STACK_BYTES} of stack. */
    private static final class Factory implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Runnable marked = () -> {
                INSIDE.set(true);
                r.run();
            };
            Thread t = new Thread(null, marked, "jnum-native-lapack-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        }
    }
}

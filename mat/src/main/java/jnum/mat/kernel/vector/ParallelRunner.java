package jnum.mat.kernel.vector;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;
import jnum.mat.kernel.Parallelism;

/** Runs {@code body(0) .. body(tasks-1)} as ForkJoin tasks and waits for all of them. */
final class ParallelRunner {
    private ParallelRunner() {}

    /**
     * Runs the tasks on {@link Parallelism#pool()} (or on the caller's pool when the caller is a
     * ForkJoin worker). The calling thread runs tasks itself rather than idling; an exception thrown
     * by a task is rethrown here after all tasks have ended.
     */
    static void run(int tasks, IntConsumer body) {
        if (tasks == 1) {
            body.accept(0);
            return;
        }
        ForkJoinTask<?>[] all = new ForkJoinTask<?>[tasks];
        for (int t = 0; t < tasks; t++) {
            int id = t;
            all[t] = ForkJoinTask.adapt(() -> body.accept(id));
        }
        ForkJoinPool pool = Parallelism.pool();
        if (ForkJoinTask.inForkJoinPool() || pool == ForkJoinPool.commonPool()) {
            ForkJoinTask.invokeAll(all); // outside a pool, forked tasks go to the common pool
        } else {
            pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(all)));
        }
    }
}

package jnum.testkit;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes allocated by the calling thread, for tests that a routine does not copy its operands.
 */
public final class Allocations {
    private Allocations() {}

    /**
     * Bytes the calling thread allocates while {@code r} runs; {@code r} runs once before, so that
     * class loading and linking are not counted.
     *
     * @throws UnsupportedOperationException if this JVM does not measure thread allocation
     */
    public static long bytesAllocatedBy(Runnable r) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported()) {
            throw new UnsupportedOperationException("this JVM does not measure thread allocation");
        }
        threads.setThreadAllocatedMemoryEnabled(true);
        long id = Thread.currentThread().threadId();
        r.run();
        long before = threads.getThreadAllocatedBytes(id);
        r.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }
}

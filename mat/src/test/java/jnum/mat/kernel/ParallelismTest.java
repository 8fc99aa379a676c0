package jnum.mat.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The thread count read from {@code -Djnum.threads}. */
class ParallelismTest {

    private static int withProperty(String value) {
        String saved = System.getProperty(Parallelism.THREADS_PROPERTY);
        try {
            if (value == null) {
                System.clearProperty(Parallelism.THREADS_PROPERTY);
            } else {
                System.setProperty(Parallelism.THREADS_PROPERTY, value);
            }
            return Parallelism.initialThreads();
        } finally {
            if (saved == null) {
                System.clearProperty(Parallelism.THREADS_PROPERTY);
            } else {
                System.setProperty(Parallelism.THREADS_PROPERTY, saved);
            }
        }
    }

    @Test
    void propertySetsTheThreadCount() {
        assertEquals(1, withProperty("1"));
        assertEquals(7, withProperty(" 7 "));
    }

    @Test
    void missingOrInvalidPropertyMeansOneThreadPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(cores, withProperty(null));
        assertEquals(cores, withProperty(""));
        assertEquals(cores, withProperty("0"));
        assertEquals(cores, withProperty("-3"));
        assertEquals(cores, withProperty("many"));
        assertEquals(cores, withProperty(Integer.toString(1 << 30)));
        assertEquals(Parallelism.MAX_THREADS, withProperty(Integer.toString(Parallelism.MAX_THREADS)));
    }
}

package jnum.mat.kernel.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jnum.mat.kernel.Transpose;
import org.junit.jupiter.api.Test;

/**
 * The GEMM's packing buffers are pooled: borrowed and given back, never shared by two callers at
 * once, and the memory kept between calls stays bounded however many (virtual) threads multiply.
 */
class PackBuffersTest {

    @Test
    void aBorrowedBufferIsNeverHandedOutTwice() {
        PackBuffers first = PackBuffers.takeA();
        PackBuffers nested = PackBuffers.takeA();
        assertNotSame(first, nested);
        PackBuffers.giveBackA(nested);
        PackBuffers.giveBackA(first);
        PackBuffers again = PackBuffers.takeA();
        assertTrue(again == first || again == nested, "a given-back buffer is reused");
        PackBuffers.giveBackA(again);
    }

    @Test
    void buffersBeyondTheCapAreNotKept() {
        PackBuffers big = PackBuffers.takeA();
        double[] data = big.array(PackBuffers.A_CAP + 1);
        PackBuffers.giveBackA(big);
        // drain the pool: the oversized buffer must not come back
        List<PackBuffers> taken = new ArrayList<>();
        for (int i = 0; i < PackBuffers.A_SLOTS + 1; i++) {
            PackBuffers b = PackBuffers.takeA();
            taken.add(b);
            assertTrue(b.array(0) != data, "the oversized array was pooled");
        }
        taken.forEach(PackBuffers::giveBackA);
    }

    @Test
    void poolsKeepAtMostTheirSlots() {
        List<PackBuffers> taken = new ArrayList<>();
        for (int i = 0; i < 3 * PackBuffers.A_SLOTS; i++) {
            PackBuffers b = PackBuffers.takeA();
            b.array(PackBuffers.A_CAP);
            taken.add(b);
        }
        taken.forEach(PackBuffers::giveBackA);
        assertTrue(PackBuffers.retainedCount() <= PackBuffers.A_SLOTS + PackBuffers.B_SLOTS);
        assertTrue(PackBuffers.retainedBytes() <= PackBuffers.MAX_RETAINED_BYTES);
        PackBuffers b = PackBuffers.takeB();
        assertSame(b.array(10), b.array(5), "a buffer grows only when asked for more");
        PackBuffers.giveBackB(b);
    }

    /**
     * Many virtual threads run blocked (packed, multithreaded) and small GEMMs at once: every result
     * is bitwise the one computed alone, and afterwards the pools hold at most their bound.
     */
    @Test
    void manyVirtualThreadsShareBoundedBuffers() throws Exception {
        int n = 136; // n^3 > SMALL_WORK: the packed path
        int small = 40;
        SplittableRandom rnd = new SplittableRandom(20261203);
        double[] a = rnd.doubles(n * n, -1, 1).toArray();
        double[] b = rnd.doubles(n * n, -1, 1).toArray();
        double[] want = new double[n * n];
        VectorGemm.gemm(Transpose.NO, Transpose.YES, n, n, n, 1.5, a, 0, n, b, 0, n, 0, want, 0, n);
        double[] wantSmall = new double[small * small];
        VectorGemm.gemm(Transpose.YES, Transpose.NO, small, small, small, 1, a, 0, n, b, 0, n, 0, wantSmall, 0, small);

        int tasks = 96;
        List<Future<double[]>> results = new ArrayList<>();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < tasks; t++) {
                boolean large = t % 3 == 0;
                results.add(virtual.submit(() -> {
                    if (large) {
                        double[] c = new double[n * n];
                        VectorGemm.gemm(Transpose.NO, Transpose.YES, n, n, n, 1.5, a, 0, n, b, 0, n, 0, c, 0, n);
                        return c;
                    }
                    double[] c = new double[small * small];
                    VectorGemm.gemm(
                            Transpose.YES, Transpose.NO, small, small, small, 1, a, 0, n, b, 0, n, 0, c, 0, small);
                    return c;
                }));
            }
            for (int t = 0; t < tasks; t++) {
                assertArrayEquals(
                        t % 3 == 0 ? want : wantSmall, results.get(t).get(120, TimeUnit.SECONDS), "task " + t);
            }
        }
        assertTrue(PackBuffers.retainedCount() <= PackBuffers.A_SLOTS + PackBuffers.B_SLOTS);
        long kept = PackBuffers.retainedBytes();
        assertTrue(kept <= PackBuffers.MAX_RETAINED_BYTES, kept + " > " + PackBuffers.MAX_RETAINED_BYTES);
        assertTrue(kept > 0, "the pools keep buffers for the next call");
    }
}

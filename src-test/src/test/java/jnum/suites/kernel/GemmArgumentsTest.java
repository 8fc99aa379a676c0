package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;

/** Bad GEMM arguments are rejected by the facade with a message naming the problem; Parallelism. */
class GemmArgumentsTest {
    private static final Transpose N = Transpose.NO;
    private static final Transpose T = Transpose.YES;
    private final Blas blas = Providers.blas(Providers.provider("vector"));
    private final double[] a = new double[12];
    private final double[] b = new double[12];
    private final double[] c = new double[12];

    @Test
    void negativeSizes() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> blas.gemm(N, N, -1, 2, 2, 1, a, 0, 1, b, 0, 2, 0, c, 0, 1));
        assertTrue(e.getMessage().contains("gemm") && e.getMessage().contains("m = -1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> blas.gemm(N, N, 2, -1, 2, 1, a, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> blas.gemm(N, N, 2, 2, -3, 1, a, 0, 2, b, 0, 2, 0, c, 0, 2));
    }

    @Test
    void leadingDimensionsTooSmall() {
        // A is 3x2: lda must be >= 3; with transA it is 2x3: lda >= 2 is enough
        var e = assertThrows(
                IllegalArgumentException.class, () -> blas.gemm(N, N, 3, 2, 2, 1, a, 0, 2, b, 0, 2, 0, c, 0, 3));
        assertTrue(e.getMessage().contains("leading dimension of A"), e.getMessage());
        blas.gemm(T, N, 3, 2, 2, 1, a, 0, 2, b, 0, 2, 0, c, 0, 3);
        assertThrows(IllegalArgumentException.class, () -> blas.gemm(N, T, 2, 3, 2, 1, a, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> blas.gemm(N, N, 3, 2, 2, 1, a, 0, 3, b, 0, 2, 0, c, 0, 2));
    }

    @Test
    void operandsOutsideTheirArrays() {
        var e = assertThrows(
                IndexOutOfBoundsException.class, () -> blas.gemm(N, N, 3, 3, 3, 1, a, 4, 3, b, 0, 3, 0, c, 0, 3));
        assertTrue(e.getMessage().contains("A 3x3"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> blas.gemm(N, N, 3, 3, 3, 1, a, 0, 3, b, 0, 5, 0, c, 0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> blas.gemm(N, N, 3, 3, 3, 1, a, 0, 3, b, 0, 3, 0, c, -1, 3));
    }

    @Test
    void nulls() {
        assertThrows(NullPointerException.class, () -> blas.gemm(null, N, 2, 2, 2, 1, a, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertThrows(NullPointerException.class, () -> blas.gemm(N, N, 2, 2, 2, 1, null, 0, 2, b, 0, 2, 0, c, 0, 2));
        assertThrows(NullPointerException.class, () -> blas.gemm(N, N, 2, 2, 2, 1, a, 0, 2, b, 0, 2, 0, null, 0, 2));
    }

    @Test
    void emptyProblemsTouchNothing() {
        double[] cc = {Double.NaN, 5};
        blas.gemm(N, N, 0, 2, 3, 1, a, 0, 1, b, 0, 3, 0, cc, 0, 1);
        blas.gemm(N, N, 2, 0, 3, 1, a, 0, 2, b, 0, 3, 0, cc, 0, 2);
        assertTrue(Double.isNaN(cc[0]));
        assertEquals(5, cc[1]);
    }

    @Test
    void parallelismSettings() {
        int saved = Parallelism.threads();
        ForkJoinPool savedPool = Parallelism.pool();
        try {
            assertTrue(saved >= 1);
            assertSame(ForkJoinPool.commonPool(), savedPool);
            Parallelism.setThreads(1);
            assertEquals(1, Parallelism.threads());
            var e = assertThrows(IllegalArgumentException.class, () -> Parallelism.setThreads(0));
            assertTrue(e.getMessage().contains("n = 0"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Parallelism.setThreads(-2));
            assertThrows(NullPointerException.class, () -> Parallelism.setPool(null));
            assertEquals(1, Parallelism.threads());
        } finally {
            Parallelism.setThreads(saved);
            Parallelism.setPool(savedPool);
        }
    }
}

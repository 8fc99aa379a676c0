package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.LapackRoutine;
import org.junit.jupiter.api.Test;

/**
 * The automatic LAPACK choice: the Java implementation for small problems and for the O(n^2)
 * routines, the native one for large factorizations when it is usable (LU only below n = 1000);
 * the Java one is always last.
 */
class LapackDispatchTest {
    @Test
    void javaIsAlwaysThereAndLast() {
        var names = Kernels.lapackProviders();
        assertEquals("java", names.get(names.size() - 1), names.toString());
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GETRF, 8L * 8 * 8));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GECON, 1L << 40));
        assertTrue(Kernels.describe().contains("; LAPACK: "), Kernels.describe());
    }

    @Test
    void nativeTakesLargeFactorizations() {
        NativeLapack.get();
        long n = 1000;
        // with OpenBLAS kernels narrower than the JIT's vectors Cholesky and QR stay in Java from
        // order 256 (the start-up line says so)
        boolean narrow = Kernels.describe().contains("narrower than the JIT's");
        String middle = narrow ? "java" : "native";
        assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.GETRF, 200L * 200 * 200));
        // LU keeps its native window below n = 1000 either way (measured on both machines)
        assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.GETRF, 512L * 512 * 512), Kernels.describe());
        // from n = 1000 the Java LU is as fast as OpenBLAS's single-threaded dgetrf, then faster
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GETRF, 2000L * 2000 * 2000));
        // Cholesky and QR go native in a middle window; from n = 1000 (QR: 500 x 500) the Java
        // factorizations were the faster ones single-threaded
        assertEquals(middle, Kernels.lapackProviderFor(LapackRoutine.POTRF, 512L * 512 * 512 / 3));
        assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.POTRF, 200L * 200 * 200 / 3));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.POTRF, n * n * n / 3));
        assertEquals(middle, Kernels.lapackProviderFor(LapackRoutine.GEQRF, 2L * 300 * 300 * 300));
        assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.GEQRF, 2L * 200 * 200 * 200));
        // the spectral drivers win natively by algorithm (divide and conquer, multishift QR) either way
        assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.SYEVD, 9L * 500 * 500 * 500));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GEQRF, 2 * n * n * n));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.POTRF, 16L * 16 * 16 / 3));
    }
}

package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;
import org.junit.jupiter.api.Test;

/** Thread counts are validated, and the largest one still multiplies correctly. */
class ThreadCountTest {

    @Test
    void threadCountsOutsideTheRangeAreRejectedByName() {
        for (int bad : new int[] {0, -1, Parallelism.MAX_THREADS + 1, 1 << 30, Integer.MAX_VALUE}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Parallelism.setThreads(bad));
            assertEquals(
                    "Parallelism.setThreads: n = " + bad + " is not in [1, " + Parallelism.MAX_THREADS + "]",
                    e.getMessage());
        }
    }

    /** A large GEMM at the largest thread count gives the single-threaded bits (no / by zero). */
    @Test
    void theLargestThreadCountStillMultiplies() {
        int m = 200;
        int n = 150;
        int k = 120;
        SplittableRandom rnd = new SplittableRandom(11);
        double[] a = rnd.doubles(m * k, -1, 1).toArray();
        double[] b = rnd.doubles(k * n, -1, 1).toArray();
        Blas blas = Kernels.blas();
        int saved = Parallelism.threads();
        try {
            Parallelism.setThreads(1);
            double[] one = new double[m * n];
            blas.gemm(Transpose.NO, Transpose.NO, m, n, k, 1, a, 0, m, b, 0, k, 0, one, 0, m);
            Parallelism.setThreads(Parallelism.MAX_THREADS);
            double[] many = new double[m * n];
            blas.gemm(Transpose.NO, Transpose.NO, m, n, k, 1, a, 0, m, b, 0, k, 0, many, 0, m);
            assertArrayEquals(one, many);
        } finally {
            Parallelism.setThreads(saved);
        }
    }
}

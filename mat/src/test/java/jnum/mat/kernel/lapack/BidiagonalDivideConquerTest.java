package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.NoConvergenceException;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Uplo;
import org.junit.jupiter.api.Test;

/**
 * The failure path of the bidiagonal divide and conquer: with the secular iteration capped at one
 * step (a cap only reachable from this package) a merge cannot converge, and the exception names
 * the secular equation and carries the cap; the production cap converges on the same input.
 */
class BidiagonalDivideConquerTest {

    @Test
    void secularEquationOutOfIterationsRaisesNoConvergence() {
        int n = 80;
        SplittableRandom rnd = new SplittableRandom(7);
        double[] d0 = new double[n];
        double[] e0 = new double[n - 1];
        for (int i = 0; i < n; i++) {
            d0[i] = rnd.nextDouble(-1, 1);
            if (i < n - 1) {
                e0[i] = rnd.nextDouble(-1, 1);
            }
        }
        NoConvergenceException thrown = assertThrows(
                NoConvergenceException.class,
                () -> run(new BidiagonalDivideConquer(Kernels.blas(), 1), n, d0.clone(), e0.clone()));
        assertEquals(1, thrown.iterations());
        assertTrue(
                thrown.getMessage().startsWith("secular equation of order ")
                        && thrown.getMessage().endsWith("did not converge within 1 iterations"),
                thrown.getMessage());
        assertEquals(0, run(new BidiagonalDivideConquer(Kernels.blas()), n, d0.clone(), e0.clone()));
    }

    private static int run(BidiagonalDivideConquer dc, int n, double[] d, double[] e) {
        return dc.bdsdc(Uplo.UPPER, n, d, 0, e, 0, new double[n * n], 0, n, new double[n * n], 0, n);
    }
}

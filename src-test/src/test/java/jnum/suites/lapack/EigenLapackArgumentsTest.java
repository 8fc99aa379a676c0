package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.LapackRoutine;
import jnum.mat.kernel.Side;
import org.junit.jupiter.api.Test;

/** Argument checks and dispatch of the facade's general-eigenproblem routines. */
class EigenLapackArgumentsTest {
    private final Lapack lapack = Kernels.lapack();

    @Test
    void activeBlockMustLieInsideTheMatrix() {
        double[] a = new double[9];
        double[] tau = new double[2];
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> lapack.gehrd(3, 2, 1, a, 0, 3, tau, 0));
        assertTrue(e.getMessage().startsWith("gehrd: active block"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lapack.orghr(3, 0, 3, a, 0, 3, tau, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> lapack.hseqr(false, false, 3, -1, 2, a, 0, 3, new double[3], 0, new double[3], 0, null, 0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> lapack.gebak(BalanceJob.BOTH, Side.RIGHT, 0, 0, 0, new double[0], 0, 0, a, 0, 1));
        lapack.gehrd(0, 0, -1, new double[0], 0, 1, new double[0], 0); // empty: fine
    }

    @Test
    void operandsOutsideTheirArraysAreRejected() {
        double[] a = new double[9];
        assertThrows(IndexOutOfBoundsException.class, () -> lapack.gehrd(3, 0, 2, a, 0, 3, new double[1], 0));
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> lapack.geev(
                        true,
                        false,
                        true,
                        3,
                        a,
                        0,
                        3,
                        new double[3],
                        0,
                        new double[3],
                        0,
                        null,
                        0,
                        1,
                        new double[8],
                        0,
                        3));
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> lapack.hseqr(true, true, 3, 0, 2, a, 0, 3, new double[3], 0, new double[2], 0, a, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> lapack.gebal(BalanceJob.BOTH, 3, a, 0, 2, new double[3], 0));
    }

    @Test
    void nullsAreNamed() {
        double[] a = new double[4];
        assertThrows(NullPointerException.class, () -> lapack.gebal(null, 2, a, 0, 2, new double[2], 0));
        assertThrows(
                NullPointerException.class,
                () -> lapack.gebak(BalanceJob.BOTH, null, 2, 0, 1, new double[2], 0, 2, a, 0, 2));
        assertThrows(
                NullPointerException.class,
                () -> lapack.geev(
                        true, true, false, 2, a, 0, 2, new double[2], 0, new double[2], 0, null, 0, 2, null, 0, 2));
    }

    @Test
    void balancingIsolatesTheEigenvaluesOfATriangularMatrix() {
        // upper triangular: everything is isolated, ilo = ihi
        double[] a = {1, 0, 0, 2, 3, 0, 4, 5, 6};
        BalanceRange r = lapack.gebal(BalanceJob.BOTH, 3, a, 0, 3, new double[3], 0);
        assertEquals(r.ilo(), r.ihi());
        assertEquals(new BalanceRange(0, -1), lapack.gebal(BalanceJob.BOTH, 0, new double[0], 0, 1, new double[0], 0));
    }

    @Test
    void smallProblemsStayInJava() {
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GEEV, 25L * 8 * 8 * 8));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.TREVC3, 1L << 40));
        assertEquals("java", Kernels.lapackProviderFor(LapackRoutine.GEBAL, 1L << 40));
        if (Kernels.lapackProviders().contains("native")) {
            assertEquals("native", Kernels.lapackProviderFor(LapackRoutine.GEEV, 25L * 500 * 500 * 500));
        }
    }
}

package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The symmetric eigen routines of the LAPACK facade validate as the others do: the exception's
 * type and a message starting with the routine's name; empty problems return at once.
 */
class SymmetricEigenArgumentsTest {
    private final Lapack lapack = Kernels.lapack();

    private static void rejects(Class<? extends Throwable> type, String routine, Executable call) {
        Throwable e = assertThrows(type, call);
        assertTrue(e.getMessage().startsWith(routine + ":"), e.getMessage());
    }

    @Test
    void badArgumentsAreRejectedWithTheRoutinesName() {
        double[] a = new double[16];
        double[] v = new double[4];
        rejects(NullPointerException.class, "steqr", () -> lapack.steqr(null, 4, v, 0, v, 0, a, 0, 4));
        rejects(
                IndexOutOfBoundsException.class,
                "steqr",
                () -> lapack.steqr(EigenvectorJob.IDENTITY, 4, v, 0, v, 0, a, 1, 4));
        rejects(
                IllegalArgumentException.class,
                "steqr",
                () -> lapack.steqr(EigenvectorJob.UPDATE, 4, v, 0, v, 0, a, 0, 3));
        rejects(IndexOutOfBoundsException.class, "sterf", () -> lapack.sterf(4, v, 1, v, 0));
        rejects(IllegalArgumentException.class, "sterf", () -> lapack.sterf(-1, v, 0, v, 0));
        rejects(IndexOutOfBoundsException.class, "sytrd", () -> lapack.sytrd(4, a, 0, 4, v, 0, v, 2, v, 0));
        rejects(IllegalArgumentException.class, "orgtr", () -> lapack.orgtr(4, a, 0, 2, v, 0));
        rejects(NullPointerException.class, "ormtr", () -> lapack.ormtr(Side.LEFT, null, 4, 4, a, 0, 4, v, 0, a, 0, 4));
        rejects(
                IllegalArgumentException.class,
                "ormtr",
                () -> lapack.ormtr(Side.RIGHT, Transpose.NO, 2, 5, a, 0, 4, v, 0, a, 0, 2));
        rejects(IndexOutOfBoundsException.class, "syev", () -> lapack.syev(true, 4, a, 0, 4, v, 1));
        rejects(IllegalArgumentException.class, "stebz", () -> lapack.stebz(4, v, 0, v, 0, 2, 1, v, 0));
        rejects(IllegalArgumentException.class, "stebz", () -> lapack.stebz(4, v, 0, v, 0, 0, 4, v, 0));
        rejects(IllegalArgumentException.class, "sturmCount", () -> lapack.sturmCount(4, v, 0, v, 0, Double.NaN));
        rejects(IllegalArgumentException.class, "stein", () -> lapack.stein(2, v, 0, v, 0, 3, v, 0, a, 0, 2));
    }

    @Test
    void emptyProblemsReturnAtOnce() {
        double[] none = new double[0];
        assertEquals(0, lapack.steqr(EigenvectorJob.IDENTITY, 0, none, 0, none, 0, none, 0, 1));
        assertEquals(0, lapack.sterf(0, none, 0, none, 0));
        lapack.sytrd(0, none, 0, 1, none, 0, none, 0, none, 0);
        assertEquals(0, lapack.syev(true, 0, none, 0, 1, none, 0));
        assertEquals(0, lapack.sturmCount(0, none, 0, none, 0, 1));
        assertEquals(0, lapack.stein(3, new double[3], 0, new double[2], 0, 0, none, 0, none, 0, 3));
    }

    @Test
    void nanIsReportedNotSweptForever() {
        double[] d = {1, Double.NaN, 2};
        double[] e = {1, 1};
        assertTrue(lapack.sterf(3, d.clone(), 0, e.clone(), 0) > 0);
        assertTrue(lapack.steqr(EigenvectorJob.IDENTITY, 3, d.clone(), 0, e.clone(), 0, new double[9], 0, 3) > 0);
        double[] a = {1, Double.NaN, 0, Double.NaN, 1, 0, 0, 0, 1};
        assertTrue(lapack.syev(false, 3, a, 0, 3, new double[3], 0) > 0);
    }

    // ---- divide and conquer ----

    @Test
    void divideAndConquerValidatesAndReturnsAtOnceWhenEmpty() {
        double[] a = new double[16];
        double[] v = new double[4];
        rejects(NullPointerException.class, "stedc", () -> lapack.stedc(null, 4, v, 0, v, 0, a, 0, 4));
        rejects(
                IndexOutOfBoundsException.class,
                "stedc",
                () -> lapack.stedc(EigenvectorJob.IDENTITY, 4, v, 1, v, 0, a, 0, 4));
        rejects(
                IllegalArgumentException.class,
                "stedc",
                () -> lapack.stedc(EigenvectorJob.UPDATE, 4, v, 0, v, 0, a, 0, 3));
        rejects(
                IllegalArgumentException.class,
                "stedc",
                () -> lapack.stedc(EigenvectorJob.NONE, -1, v, 0, v, 0, a, 0, 1));
        rejects(IndexOutOfBoundsException.class, "syevd", () -> lapack.syevd(true, 4, a, 0, 4, v, 1));
        rejects(IllegalArgumentException.class, "syevd", () -> lapack.syevd(true, 4, a, 0, 3, v, 0));
        double[] none = new double[0];
        assertEquals(0, lapack.stedc(EigenvectorJob.IDENTITY, 0, none, 0, none, 0, none, 0, 1));
        assertEquals(0, lapack.syevd(true, 0, none, 0, 1, none, 0));
    }

    /** A NaN in a block of the leaf size or in a block that is divided is reported, not swept. */
    @Test
    void divideAndConquerReportsNaN() {
        Lapack javaLapack =
                jnum.mat.kernel.spi.Providers.lapack(jnum.mat.kernel.spi.Providers.javaLapack(Kernels.blas()));
        for (int n : new int[] {3, 60}) {
            double[] d = new double[n];
            double[] e = new double[n - 1];
            java.util.Arrays.fill(d, 2);
            java.util.Arrays.fill(e, -1);
            d[n / 2] = Double.NaN;
            assertTrue(javaLapack.stedc(EigenvectorJob.IDENTITY, n, d, 0, e, 0, new double[n * n], 0, n) > 0, "n=" + n);
        }
        double[] a = {1, Double.NaN, 0, Double.NaN, 1, 0, 0, 0, 1};
        assertTrue(javaLapack.syevd(true, 3, a, 0, 3, new double[3], 0) > 0);
    }
}

package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The LAPACK facade validates once: negative sizes, too-small leading dimensions and inconsistent
 * sizes are IllegalArgumentException, operands outside their arrays IndexOutOfBoundsException,
 * null arrays or flags NullPointerException, each message starting with the routine's name; empty
 * problems return at once without touching their arrays.
 */
class LapackArgumentsTest {
    private final Lapack lapack = Kernels.lapack();

    private static void rejects(Class<? extends Throwable> type, String routine, Executable call) {
        Throwable e = assertThrows(type, call);
        assertTrue(e.getMessage().startsWith(routine + ":"), e.getMessage());
    }

    @Test
    void badArgumentsAreRejectedWithTheRoutinesName() {
        double[] a = new double[16];
        int[] ipiv = new int[4];
        rejects(IllegalArgumentException.class, "getrf", () -> lapack.getrf(-1, 4, a, 0, 4, ipiv, 0));
        rejects(IllegalArgumentException.class, "getrf", () -> lapack.getrf(4, 4, a, 0, 3, ipiv, 0));
        rejects(IndexOutOfBoundsException.class, "getrf", () -> lapack.getrf(4, 4, a, 1, 4, ipiv, 0));
        rejects(IndexOutOfBoundsException.class, "getrf", () -> lapack.getrf(4, 4, a, 0, 4, new int[3], 0));
        rejects(NullPointerException.class, "getrf", () -> lapack.getrf(4, 4, null, 0, 4, ipiv, 0));
        rejects(NullPointerException.class, "getrs", () -> lapack.getrs(null, 4, 1, a, 0, 4, ipiv, 0, a, 0, 4));
        rejects(
                IndexOutOfBoundsException.class,
                "getrs",
                () -> lapack.getrs(Transpose.NO, 4, 5, a, 0, 4, ipiv, 0, a, 0, 4));
        rejects(NullPointerException.class, "potrf", () -> lapack.potrf(null, 4, a, 0, 4));
        rejects(IllegalArgumentException.class, "potrs", () -> lapack.potrs(Uplo.LOWER, 4, -2, a, 0, 4, a, 0, 4));
        rejects(
                IllegalArgumentException.class,
                "trtrs",
                () -> lapack.trtrs(Uplo.LOWER, Transpose.NO, Diag.UNIT, 4, 1, a, 0, 2, a, 0, 4));
        rejects(IllegalArgumentException.class, "gecon", () -> lapack.gecon(MatrixNorm.MAX, 4, a, 0, 4, 1));
        rejects(IllegalArgumentException.class, "gecon", () -> lapack.gecon(MatrixNorm.ONE, 4, a, 0, 4, -1));
        rejects(IllegalArgumentException.class, "pocon", () -> lapack.pocon(Uplo.UPPER, 4, a, 0, 4, -1));
        rejects(NullPointerException.class, "lange", () -> lapack.lange(null, 4, 4, a, 0, 4));
        rejects(IllegalArgumentException.class, "orgqr", () -> lapack.orgqr(3, 4, 2, a, 0, 4, a, 0));
        rejects(IllegalArgumentException.class, "orgqr", () -> lapack.orgqr(4, 2, 3, a, 0, 4, a, 0));
        rejects(IllegalArgumentException.class, "orglq", () -> lapack.orglq(4, 3, 2, a, 0, 4, a, 0));
        rejects(
                IllegalArgumentException.class,
                "ormqr",
                () -> lapack.ormqr(Side.LEFT, Transpose.NO, 2, 2, 3, a, 0, 4, a, 0, a, 0, 4));
        rejects(IndexOutOfBoundsException.class, "geqrf", () -> lapack.geqrf(4, 4, a, 0, 4, new double[3], 0));
        rejects(IndexOutOfBoundsException.class, "geqp3", () -> lapack.geqp3(4, 4, a, 0, 4, new int[2], 0, a, 0));
    }

    @Test
    void emptyProblemsReturnAtOnceAndTouchNothing() {
        double[] nan = {Double.NaN};
        int[] none = new int[0];
        assertEquals(OptionalInt.empty(), lapack.getrf(0, 5, nan, 0, 1, none, 0));
        assertEquals(OptionalInt.empty(), lapack.potrf(Uplo.LOWER, 0, nan, 0, 1));
        assertEquals(
                OptionalInt.empty(),
                lapack.trtrs(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, 0, 3, nan, 0, 1, nan, 0, 1));
        assertEquals(0.0, lapack.lange(MatrixNorm.FROBENIUS, 0, 7, nan, 0, 1));
        lapack.getrs(Transpose.NO, 2, 0, new double[] {1, 0, 0, 1}, 0, 2, new int[] {0, 1}, 0, nan, 0, 2);
        lapack.geqrf(0, 3, nan, 0, 1, nan, 0);
        int[] jpvt = new int[3];
        lapack.geqp3(0, 3, nan, 0, 1, jpvt, 0, nan, 0);
        assertEquals(2, jpvt[2], "geqp3 of 0 rows: the identity permutation");
        assertTrue(Double.isNaN(nan[0]));
        // trtrs with no right-hand side still reports a zero diagonal element
        assertEquals(
                OptionalInt.of(1),
                lapack.trtrs(
                        Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, 0, new double[] {1, 0, 0, 0}, 0, 2, nan, 0, 2));
    }
}

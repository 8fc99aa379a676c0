package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Error paths of the level-3 facade methods: bad sizes, leading dimensions, ranges and nulls. */
class Level3ArgumentsTest {
    private static final Side L = Side.LEFT;
    private static final Uplo LO = Uplo.LOWER;
    private static final Transpose NO = Transpose.NO;
    private static final Diag NU = Diag.NON_UNIT;

    private final Blas blas = Kernels.blas();
    private final double[] a = new double[9];
    private final double[] b = new double[6];

    private static void assertMessage(Class<? extends Throwable> type, String op, Executable call) {
        Throwable t = assertThrows(type, call);
        assertTrue(t.getMessage() != null && t.getMessage().startsWith(op + ":"), t.getMessage());
    }

    @Test
    void trsmAndTrmmRejectBadArguments() {
        for (String op : new String[] {"trsm", "trmm"}) {
            Tri f = op.equals("trsm") ? blas::trsm : blas::trmm;
            assertMessage(IllegalArgumentException.class, op, () -> f.call(L, LO, NO, NU, -1, 2, 1, a, 0, 3, b, 0, 3));
            assertMessage(
                    IllegalArgumentException.class,
                    op, // lda < m
                    () -> f.call(L, LO, NO, NU, 3, 2, 1, a, 0, 2, b, 0, 3));
            assertMessage(
                    IllegalArgumentException.class,
                    op, // ldb < m
                    () -> f.call(L, LO, NO, NU, 3, 2, 1, a, 0, 3, b, 0, 2));
            assertMessage(
                    IndexOutOfBoundsException.class,
                    op, // B 3 x 2 from offset 1 overruns 6
                    () -> f.call(L, LO, NO, NU, 3, 2, 1, a, 0, 3, b, 1, 3));
            assertMessage(
                    IndexOutOfBoundsException.class,
                    op, // right side: A is n x n = 3 x 3
                    () -> f.call(Side.RIGHT, LO, NO, NU, 2, 3, 1, a, 1, 3, b, 0, 2));
            assertMessage(NullPointerException.class, op, () -> f.call(null, LO, NO, NU, 3, 2, 1, a, 0, 3, b, 0, 3));
            assertMessage(NullPointerException.class, op, () -> f.call(L, LO, NO, null, 3, 2, 1, a, 0, 3, b, 0, 3));
            assertMessage(NullPointerException.class, op, () -> f.call(L, LO, NO, NU, 3, 2, 1, null, 0, 3, b, 0, 3));
            // empty problems are valid and touch nothing
            assertDoesNotThrow(() -> f.call(L, LO, NO, NU, 0, 5, 1, a, 0, 1, b, 0, 1));
        }
    }

    @Test
    void syrkRejectsBadArguments() {
        double[] c = new double[9];
        assertMessage(IllegalArgumentException.class, "syrk", () -> blas.syrk(LO, NO, 3, -1, 1, a, 0, 3, 0, c, 0, 3));
        assertMessage(
                IllegalArgumentException.class,
                "syrk", // trans: A is k x n, lda >= k = 3
                () -> blas.syrk(LO, Transpose.YES, 2, 3, 1, a, 0, 2, 0, c, 0, 3));
        assertMessage(IndexOutOfBoundsException.class, "syrk", () -> blas.syrk(LO, NO, 3, 3, 1, a, 1, 3, 0, c, 0, 3));
        assertMessage(IllegalArgumentException.class, "syrk", () -> blas.syrk(LO, NO, 3, 3, 1, a, 0, 3, 0, c, 0, 2));
        assertMessage(NullPointerException.class, "syrk", () -> blas.syrk(null, NO, 3, 3, 1, a, 0, 3, 0, c, 0, 3));
    }

    @Test
    void symmRejectsBadArguments() {
        double[] c = new double[6];
        assertMessage(
                IllegalArgumentException.class, "symm", () -> blas.symm(L, LO, 3, -2, 1, a, 0, 3, b, 0, 3, 0, c, 0, 3));
        assertMessage(
                IndexOutOfBoundsException.class,
                "symm", // right: A is 3 x 3 at offset 2
                () -> blas.symm(Side.RIGHT, LO, 2, 3, 1, a, 2, 3, b, 0, 2, 0, c, 0, 2));
        assertMessage(
                IndexOutOfBoundsException.class,
                "symm", // C overruns
                () -> blas.symm(L, LO, 3, 2, 1, a, 0, 3, b, 0, 3, 0, c, 1, 3));
        assertMessage(
                NullPointerException.class, "symm", () -> blas.symm(L, null, 3, 2, 1, a, 0, 3, b, 0, 3, 0, c, 0, 3));
    }

    @FunctionalInterface
    private interface Tri {
        void call(
                Side side,
                Uplo uplo,
                Transpose t,
                Diag d,
                int m,
                int n,
                double alpha,
                double[] a,
                int aOff,
                int lda,
                double[] b,
                int bOff,
                int ldb);
    }
}

package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.testkit.ArrayGen;
import org.junit.jupiter.api.Test;

/**
 * Every native LAPACK routine at a large size, called from a thread created with a 256 KiB
 * stack: multi-threaded OpenBLAS once crashed the JVM (SIGSEGV) when dgetrf ran on a default Java
 * stack, so the provider runs its calls on threads of its own; a crash here kills the test JVM.
 */
class NativeLapackStackTest {
    private static final long SMALL_STACK = 256L << 10;
    private static final int N = 1200;

    @Test
    void everyRoutineRunsFromASmallStack() throws Exception {
        Lapack lapack = NativeLapack.get();
        List<Throwable> failures = new ArrayList<>();
        List<String> done = new ArrayList<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        callEverything(lapack, done);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                },
                "small-stack",
                SMALL_STACK);
        t.start();
        t.join();
        if (!failures.isEmpty()) {
            throw new AssertionError("a native call from a 256 KiB stack failed", failures.get(0));
        }
        assertEquals(15, done.size(), "routines called: " + done);
    }

    private static void callEverything(Lapack lapack, List<String> done) {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = N;
        double[] a = ArrayGen.matrix(rnd, n, n);
        for (int k = 0; k < n; k++) {
            a[k + k * n] += n; // diagonally dominant: nonsingular, and SPD after symmetrizing
        }
        double anorm = lapack.lange(MatrixNorm.ONE, n, n, a, 0, n);
        done.add("lange");
        double[] lu = a.clone();
        int[] ipiv = new int[n];
        assertFalse(lapack.getrf(n, n, lu, 0, n, ipiv, 0).isPresent());
        done.add("getrf");
        double[] b = ArrayGen.matrix(rnd, n, 64);
        lapack.getrs(Transpose.NO, n, 64, lu, 0, n, ipiv, 0, b, 0, n);
        done.add("getrs");
        assertTrue(lapack.gecon(MatrixNorm.ONE, n, lu, 0, n, anorm) > 0.1);
        done.add("gecon");
        assertFalse(lapack.trtrs(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, 64, lu, 0, n, b, 0, n)
                .isPresent());
        done.add("trtrs");

        double[] spd = a.clone();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                spd[i + j * n] = spd[j + i * n];
            }
        }
        assertFalse(lapack.potrf(Uplo.LOWER, n, spd, 0, n).isPresent());
        done.add("potrf");
        lapack.potrs(Uplo.LOWER, n, 64, spd, 0, n, b, 0, n);
        done.add("potrs");
        assertTrue(lapack.pocon(Uplo.LOWER, n, spd, 0, n, anorm) > 0.01);
        done.add("pocon");

        double[] qr = a.clone();
        double[] tau = new double[n];
        lapack.geqrf(n, n, qr, 0, n, tau, 0);
        done.add("geqrf");
        double[] c = ArrayGen.matrix(rnd, n, 64);
        lapack.ormqr(Side.LEFT, Transpose.YES, n, 64, n, qr, 0, n, tau, 0, c, 0, n);
        done.add("ormqr");
        lapack.orgqr(n, n, n, qr, 0, n, tau, 0);
        done.add("orgqr");
        double[] lq = a.clone();
        lapack.gelqf(n, n, lq, 0, n, tau, 0);
        done.add("gelqf");
        lapack.ormlq(Side.RIGHT, Transpose.NO, 64, n, n, lq, 0, n, tau, 0, ArrayGen.matrix(rnd, 64, n), 0, 64);
        done.add("ormlq");
        lapack.orglq(n, n, n, lq, 0, n, tau, 0);
        done.add("orglq");
        int[] jpvt = new int[n];
        lapack.geqp3(n, n, a.clone(), 0, n, jpvt, 0, tau, 0);
        done.add("geqp3");
    }
}

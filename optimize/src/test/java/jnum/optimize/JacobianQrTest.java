package jnum.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pieces of Levenberg-Marquardt that {@link JacobianQr} keeps for itself: {@code Q^T b} by the
 * loop over the reflectors must agree with the LAPACK layer's ormqr to rounding ({@code ||Q^T b|| =
 * ||b||}, error below {@code 30 m eps ||b||} as a backward-stable product of m reflectors), and lmpar,
 * whose work arrays are reused across calls, must give the same answer on a second call.
 */
class JacobianQrTest {
    static LongStream seeds() {
        return new SplittableRandom(0x4a51).longs(40, 0, Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void reflectorLoopAgreesWithOrmqr(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(12);
        int m = n + rnd.nextInt(30);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian();
        }
        double[] b = new double[m];
        for (int i = 0; i < m; i++) {
            b[i] = rnd.nextGaussian();
        }
        int[] ipvt = new int[n];
        double[] tau = new double[n];
        JacobianQr.factor(a, m, n, ipvt, new double[n], new double[n], tau);
        double[] viaLoop = b.clone();
        JacobianQr.applyQt(a, m, n, tau, viaLoop);
        double[] viaOrmqr = b.clone();
        Kernels.lapack().ormqr(Side.LEFT, Transpose.YES, m, 1, n, a, 0, m, tau, 0, viaOrmqr, 0, m);
        double bound = 30 * m * Math.ulp(1.0) * JacobianQr.norm(b);
        for (int i = 0; i < m; i++) {
            assertEquals(viaOrmqr[i], viaLoop[i], bound, "row " + i + ", seed " + seed);
        }
        assertEquals(JacobianQr.norm(b), JacobianQr.norm(viaLoop), bound, "seed " + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void lmparIsRepeatableWithReusedWorkArrays(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(8);
        int m = n + rnd.nextInt(10);
        double[] a = new double[m * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextGaussian();
        }
        int[] ipvt = new int[n];
        double[] rdiag = new double[n];
        double[] acnorm = new double[n];
        JacobianQr.factor(a, m, n, ipvt, rdiag, acnorm, new double[n]);
        double[] diag = new double[n];
        double[] qtb = new double[n];
        for (int j = 0; j < n; j++) {
            diag[j] = acnorm[j];
            qtb[j] = rnd.nextGaussian();
        }
        double delta = 0.01 + rnd.nextDouble();
        JacobianQr qr = new JacobianQr(n);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] s = new double[n];
        double par1 = qr.lmpar(a.clone(), m, n, ipvt, diag, qtb, delta, 0, x1, s);
        double par2 = qr.lmpar(a.clone(), m, n, ipvt, diag, qtb, delta, 0, x2, s);
        assertEquals(par1, par2, 0.0, "seed " + seed);
        for (int j = 0; j < n; j++) {
            assertEquals(x1[j], x2[j], 0.0, "seed " + seed);
        }
        // lmpar's contract: par = 0 with ||D x|| <= 1.1 delta, or | ||D x|| - delta | <= 0.1 delta
        double[] dx = new double[n];
        for (int j = 0; j < n; j++) {
            dx[j] = diag[j] * x1[j];
        }
        double dxNorm = JacobianQr.norm(dx);
        assertTrue(
                par1 == 0 ? dxNorm <= 1.1 * delta * (1 + 1e-12) : Math.abs(dxNorm - delta) <= 0.1 * delta * (1 + 1e-12),
                "par " + par1 + ", ||D x|| " + dxNorm + ", delta " + delta + ", seed " + seed);
    }
}

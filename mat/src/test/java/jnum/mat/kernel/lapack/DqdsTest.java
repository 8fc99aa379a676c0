package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Uplo;
import org.junit.jupiter.api.Test;

/**
 * dqds against the bidiagonal QR iteration and against closed forms. Both compute every singular
 * value to high relative accuracy: each stops when an off-diagonal element is negligible relative
 * to its neighbours, about {@code 100 eps} (eps = 2^-53) for the QR iteration's tol and for the
 * square root of dqds's 100 * 2^-52 on the squares, and Demmel and Kahan's relative perturbation
 * theorem turns relative changes of at most eta in the 2n - 1 entries into a relative change of
 * at most about {@code (2n - 1) eta} in every singular value. So each value of one method is
 * within {@code 2 (2n - 1) 100 eps} of the other's, relative to the value itself, not the largest.
 */
class DqdsTest {
    private static final double EPS = 0x1p-53;
    private static final int SEEDS = 60;

    /** The relative bound between two methods of high relative accuracy, order n. */
    private static double bound(int n) {
        return 2 * (2 * n - 1) * 100 * EPS;
    }

    @Test
    void randomBidiagonalsAgreeWithQr() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = 3 + rnd.nextInt(298);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextDouble(-1, 1) * Math.scalb(1.0, rnd.nextInt(-20, 21));
                if (i < n - 1) {
                    e[i] = rnd.nextDouble(-1, 1) * Math.scalb(1.0, rnd.nextInt(-20, 21));
                }
            }
            assertAgreesWithQr("random seed=" + seed, d, e, true);
        }
    }

    @Test
    void gradedBidiagonalsAgreeWithQr() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(1000 + seed);
            int n = 3 + rnd.nextInt(198);
            // within the range of the squares (entries down to 2^-800 of the largest): dqds keeps them
            double[][] be = graded(n, 120, seed % 2 == 0, rnd);
            assertAgreesWithQr("graded 1e+-120 seed=" + seed, be[0], be[1], true);
        }
    }

    @Test
    void widelyGradedBidiagonalsGoToQrUnchanged() {
        for (int seed = 0; seed < 10; seed++) {
            SplittableRandom rnd = new SplittableRandom(2000 + seed);
            int n = 3 + rnd.nextInt(198);
            double[][] be = graded(n, 300, seed % 2 == 0, rnd);
            double[] d = be[0].clone();
            double[] e = be[1].clone();
            assertFalse(Dqds.singularValues(n, d, 0, e, 0), "seed=" + seed);
            assertArrayEquals(be[0], d, "d untouched, seed=" + seed);
            assertArrayEquals(be[1], e, "e untouched, seed=" + seed);
            // the values-only bdsqr still answers, through the QR iteration
            double[] values = be[0].clone();
            assertEquals(0, qr().bdsqr(Uplo.UPPER, n, 0, 0, values, 0, be[1].clone(), 0, null, 0, 1, null, 0, 1));
            assertArrayEquals(qrValues(be[0], be[1]), values, "seed=" + seed);
        }
    }

    @Test
    void zerosInDOrEAgreeWithQr() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(3000 + seed);
            int n = 3 + rnd.nextInt(120);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble(-1, 1);
                if (i < n - 1) {
                    e[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextDouble(-1, 1);
                }
            }
            assertAgreesWithQr("zeros seed=" + seed, d, e, false);
        }
    }

    @Test
    void repeatedValuesAgreeWithQr() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(4000 + seed);
            int block = 2 + rnd.nextInt(20);
            int copies = 2 + rnd.nextInt(6);
            int n = block * copies;
            double[] bd = new double[block];
            double[] be = new double[block - 1];
            for (int i = 0; i < block; i++) {
                bd[i] = rnd.nextDouble(-1, 1);
                if (i < block - 1) {
                    be[i] = rnd.nextDouble(-1, 1);
                }
            }
            // copies of one block, joined by zero or by tiny off-diagonal elements
            double join = seed % 2 == 0 ? 0 : 1e-20;
            double[] d = new double[n];
            double[] e = new double[n - 1];
            for (int c = 0; c < copies; c++) {
                System.arraycopy(bd, 0, d, c * block, block);
                System.arraycopy(be, 0, e, c * block, block - 1);
                if (c < copies - 1) {
                    e[c * block + block - 1] = join;
                }
            }
            assertAgreesWithQr("repeated seed=" + seed, d, e, true);
        }
    }

    @Test
    void subnormalAndHugeEntriesKeepRelativeAccuracy() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(5000 + seed);
            int n = 3 + rnd.nextInt(100);
            boolean tiny = seed % 2 == 0;
            // subnormal entries (down to 2^-1070) or entries near overflow (up to 2^1023)
            int shift = tiny ? -1050 : 1020;
            double[] d = new double[n];
            double[] e = new double[n - 1];
            double[] ds = new double[n];
            double[] es = new double[n - 1];
            for (int i = 0; i < n; i++) {
                ds[i] = rnd.nextDouble(0.25, 1) * Math.scalb(1.0, rnd.nextInt(-20, 1));
                d[i] = Math.scalb(ds[i], shift);
                if (i < n - 1) {
                    es[i] = rnd.nextDouble(0.25, 1) * Math.scalb(1.0, rnd.nextInt(-20, 1));
                    e[i] = Math.scalb(es[i], shift);
                }
            }
            // the reference on the exactly rescaled matrix (the QR iteration's thresholds are
            // absolute near underflow), scaled back; subnormal results carry an absolute rounding
            if (tiny) {
                for (int i = 0; i < n; i++) {
                    ds[i] = Math.scalb(d[i], -shift);
                    if (i < n - 1) {
                        es[i] = Math.scalb(e[i], -shift);
                    }
                }
            }
            double[] ref = qrValues(ds, es);
            double[] got = d.clone();
            assertTrue(Dqds.singularValues(n, got, 0, e.clone(), 0), "seed=" + seed);
            for (int k = 0; k < n; k++) {
                double want = Math.scalb(ref[k], shift);
                double err = Math.abs(got[k] - want);
                assertTrue(
                        err <= bound(n) * want + Double.MIN_VALUE,
                        "seed=" + seed + " n=" + n + " k=" + k + " got " + got[k] + " want " + want);
            }
        }
    }

    @Test
    void onesBidiagonalMatchesClosedForm() {
        for (int n = 1; n <= 300; n += n < 10 ? 1 : 17) {
            double[] d = new double[n];
            double[] e = new double[Math.max(0, n - 1)];
            java.util.Arrays.fill(d, 1);
            java.util.Arrays.fill(e, 1);
            assertTrue(Dqds.singularValues(n, d, 0, e, 0));
            // 2 cos(k pi / (2n + 1)) = 2 sin((2n + 1 - 2k) pi / (2 (2n + 1))): an argument with a
            // relative error of a few ulps, at which sine's relative condition is at most 1
            for (int k = 1; k <= n; k++) {
                double want = 2 * Math.sin((2.0 * n + 1 - 2 * k) * Math.PI / (2.0 * (2 * n + 1)));
                double tol = (2 * n - 1) * 100 * EPS + 8 * EPS;
                assertTrue(
                        Math.abs(d[k - 1] - want) <= tol * want,
                        "n=" + n + " k=" + k + " got " + d[k - 1] + " want " + want);
            }
        }
    }

    @Test
    void smallAndDiagonalOrders() {
        assertTrue(Dqds.singularValues(0, new double[0], 0, new double[0], 0));
        double[] one = {-3};
        assertTrue(Dqds.singularValues(1, one, 0, new double[0], 0));
        assertEquals(3, one[0]);
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(6000 + seed);
            double[] d = {rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1) * 1e-8};
            double[] e = {rnd.nextDouble(-1, 1)};
            assertAgreesWithQr("2x2 seed=" + seed, d, e, true);
        }
        double[] diag = {1, -5, 0, 3, -2};
        assertTrue(Dqds.singularValues(5, diag, 0, new double[4], 0));
        assertArrayEquals(new double[] {5, 3, 2, 1, 0}, diag);
        double[] zero = new double[6];
        assertTrue(Dqds.singularValues(6, zero, 0, new double[5], 0));
        assertArrayEquals(new double[6], zero);
        double[] nan = {1, Double.NaN, 2};
        assertFalse(Dqds.singularValues(3, nan, 0, new double[] {1, 1}, 0));
    }

    /** d_i and e_i spanning 10^-span .. 10^span geometrically, increasing or decreasing. */
    private static double[][] graded(int n, double span, boolean increasing, SplittableRandom rnd) {
        double[] d = new double[n];
        double[] e = new double[n - 1];
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            double exp = increasing ? -span + 2 * span * t : span - 2 * span * t;
            d[i] = Math.pow(10, exp) * rnd.nextDouble(0.5, 1);
            if (i < n - 1) {
                e[i] = Math.pow(10, exp) * rnd.nextDouble(0.5, 1);
            }
        }
        return new double[][] {d, e};
    }

    private static BidiagonalQr qr() {
        return new BidiagonalQr(Kernels.blas());
    }

    /** The singular values by the QR iteration (one column of VT forces it past dqds). */
    private static double[] qrValues(double[] d, double[] e) {
        int n = d.length;
        double[] s = d.clone();
        double[] vt = new double[n];
        assertEquals(0, qr().bdsqr(Uplo.UPPER, n, 1, 0, s, 0, e.clone(), 0, vt, 0, n, null, 0, 1));
        return s;
    }

    private static void assertAgreesWithQr(String what, double[] d, double[] e, boolean mustAccept) {
        int n = d.length;
        double[] want = qrValues(d, e);
        double[] got = d.clone();
        boolean accepted = Dqds.singularValues(n, got, 0, e.clone(), 0);
        if (mustAccept) {
            assertTrue(accepted, what + ": dqds declined");
        }
        if (!accepted) {
            return;
        }
        double tol = bound(n);
        for (int k = 0; k < n; k++) {
            double err = Math.abs(got[k] - want[k]);
            assertTrue(
                    err <= tol * want[k],
                    what + " n=" + n + " k=" + k + " dqds " + got[k] + " qr " + want[k] + " rel " + err / want[k]);
        }
    }
}

package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import jnum.mat.Dense;
import jnum.mat.Eigen;
import jnum.mat.NoConvergenceException;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MultishiftQr} against the double-shift {@link FrancisQr} and against known spectra, and
 * its failure path (forced by a sweep limit of one).
 */
class MultishiftQrTest {
    private static final double EPS = 0x1p-52;
    private static final Blas BLAS = Providers.blas(Providers.scalar());

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    /**
     * A normal matrix {@code Q D Q^T} (D block diagonal with 2 x 2 rotation-scaling blocks and
     * real entries, Q random orthogonal), reduced to Hessenberg form: both algorithms must find
     * D's eigenvalues within {@code 30 n eps ||A||_F} (normal matrices have perfectly conditioned
     * eigenvalues), with and without the Schur form.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void agreesWithDoubleShiftOnKnownSpectra(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 60 + rnd.nextInt(241);
        double[] re = new double[n];
        double[] im = new double[n];
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && rnd.nextBoolean()) {
                double a = rnd.nextDouble(-2, 2);
                double b = rnd.nextDouble(0.01, 2);
                d[i + i * n] = a;
                d[i + 1 + (i + 1) * n] = a;
                d[i + (i + 1) * n] = b;
                d[i + 1 + i * n] = -b;
                re[i] = a;
                re[i + 1] = a;
                im[i] = b;
                im[i + 1] = -b;
                i++;
            } else {
                re[i] = rnd.nextDouble(-2, 2);
                d[i + i * n] = re[i];
            }
        }
        double[] h = hessenberg(n, similar(n, d, rnd));
        double tol = 30 * n * EPS * frobenius(h);
        String ctx = "seed=" + seed + " n=" + n;
        for (boolean wantT : new boolean[] {false, true}) {
            double[] h1 = h.clone();
            double[] wr1 = new double[n];
            double[] wi1 = new double[n];
            assertEquals(
                    -1, MultishiftQr.hqr(BLAS, wantT, false, n, 0, n - 1, h1, 0, n, wr1, 0, wi1, 0, 0, -1, null, 0, 1));
            double[] h2 = h.clone();
            double[] wr2 = new double[n];
            double[] wi2 = new double[n];
            assertEquals(-1, FrancisQr.lahqr(wantT, false, n, 0, n - 1, h2, 0, n, wr2, 0, wi2, 0, 0, -1, null, 0, 1));
            assertMatches(re, im, wr1, wi1, tol, ctx + " multishift wantT=" + wantT);
            assertMatches(re, im, wr2, wi2, tol, ctx + " double shift wantT=" + wantT);
            assertMatches(wr2, wi2, wr1, wi1, 2 * tol, ctx + " multishift against double shift wantT=" + wantT);
        }
    }

    /** A sweep limit too small to converge: hqr reports the unconverged rows, Eigen throws. */
    @Test
    void sweepLimitReachedIsReported() {
        int n = 200;
        SplittableRandom rnd = new SplittableRandom(5);
        double[] a = new double[n * n];
        for (int k = 0; k < a.length; k++) {
            a[k] = rnd.nextDouble(-1, 1);
        }
        double[] h = hessenberg(n, a.clone());
        MultishiftQr.sweepLimitOverride = 1;
        try {
            int info = MultishiftQr.hqr(
                    BLAS, true, false, n, 0, n - 1, h, 0, n, new double[n], 0, new double[n], 0, 0, -1, null, 0, 1);
            assertTrue(info >= MultishiftQr.NMIN - 1 && info < n, "unconverged rows 0.." + info);
            Dense m = Dense.wrap(a, 0, n, n, n);
            NoConvergenceException e = assertThrows(NoConvergenceException.class, () -> Eigen.of(m));
            assertEquals(30 * n, e.iterations(), e.getMessage());
        } finally {
            MultishiftQr.sweepLimitOverride = 0;
        }
    }

    /** {@code Q d Q^T} for a random orthogonal Q. */
    private static double[] similar(int n, double[] d, SplittableRandom rnd) {
        double[] q = new double[n * n];
        for (int k = 0; k < q.length; k++) {
            q[k] = rnd.nextGaussian();
        }
        double[] tau = new double[n];
        HouseholderQr qr = new HouseholderQr(BLAS);
        qr.geqrf(n, n, q, 0, n, tau, 0);
        qr.orgqr(n, n, n, q, 0, n, tau, 0);
        double[] qd = new double[n * n];
        BLAS.gemm(
                jnum.mat.kernel.Transpose.NO, jnum.mat.kernel.Transpose.NO, n, n, n, 1, q, 0, n, d, 0, n, 0, qd, 0, n);
        double[] a = new double[n * n];
        BLAS.gemm(
                jnum.mat.kernel.Transpose.NO, jnum.mat.kernel.Transpose.YES, n, n, n, 1, qd, 0, n, q, 0, n, 0, a, 0, n);
        return a;
    }

    /** The Hessenberg form of a (reflectors below the subdiagonal cleared). */
    private static double[] hessenberg(int n, double[] a) {
        HessenbergReduction.gehrd(BLAS, n, 0, n - 1, a, 0, n, new double[n], 0);
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                a[i + j * n] = 0;
            }
        }
        return a;
    }

    /** Every expected value matched one to one (nearest first) by a computed one within tol. */
    private static void assertMatches(double[] er, double[] ei, double[] wr, double[] wi, double tol, String ctx) {
        int n = er.length;
        boolean[] used = new boolean[n];
        for (int k = 0; k < n; k++) {
            int best = -1;
            double dist = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double dj = Math.hypot(wr[j] - er[k], wi[j] - ei[k]);
                if (!used[j] && dj < dist) {
                    dist = dj;
                    best = j;
                }
            }
            used[best] = true;
            assertTrue(dist <= tol, ctx + ": eigenvalue " + er[k] + " + " + ei[k] + "i missed by " + dist);
        }
    }

    private static double frobenius(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}

package jnum.suites.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Schur;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.EigenConformance;
import jnum.testkit.EigenConformance.Family;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real Schur form of the Java hseqr at orders on both sides of the switch from the
 * double-shift QR algorithm to the multishift one (order 75), on every matrix family and on
 * matrices with known or hard spectra: {@code ||A - Z T Z^T|| / (n eps ||A||)} and
 * {@code ||Z^T Z - I|| / (n eps)} below 30, T in standardized quasi-triangular form (checked by
 * {@link EigenConformance#schur(Lapack, double[], int, SplittableRandom, String)}), and known
 * eigenvalues recovered within first-order perturbation bounds.
 */
class MultishiftSchurProperties {
    private static final double EPS = Tolerance.EPS;
    private static final Lapack JAVA =
            Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider("scalar"))));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void schurFormOfEveryFamilyAcrossTheSwitch(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 60 + g.random().nextInt(241);
        for (Family f : Family.values()) {
            EigenConformance.schur(JAVA, g, f, n, "seed=" + seed + " " + f + " n=" + n);
        }
    }

    /**
     * Graded matrices whose neighbouring elements differ by a factor 2^200 (clamped to 2^-450 ..
     * 2^450, inside the range dgeev scales a matrix into), at orders 3 to 12: parts of the
     * double-shift bulges then fall below 2^-500, outside the range where the bulge reflector is
     * formed with one square root, so the sweeps also take the rescaling reflector (about once a
     * matrix from order 9 on). The Schur form still has backward error and orthogonality below
     * the threshold and standardized blocks.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gradedBulgesOutsideTheSafeRange(long seed) {
        SplittableRandom rnd = new MatrixGen(seed).random();
        for (int n = 3; n <= 12; n++) {
            double[] a = EigenConformance.graded(rnd, n, 200, 450);
            EigenConformance.schur(JAVA, a, n, rnd, "seed=" + seed + " graded n=" + n);
        }
    }

    /**
     * Matrices {@code D A0 D^-1} (A0 uniform, {@code D = diag(2^-300 i)}, elements clamped to
     * 2^-900 .. 2^900) at orders 3 to 12, brought down as Schur.of and dgees do (by a power of two,
     * largest element 2^457): their subdiagonal elements are tiny against the diagonal yet still
     * set the eigenvalues, so the double-shift QR's subdiagonal test rightly refuses to deflate
     * and it runs out of iterations on about two thirds of those of order 9 and 10 (dlahqr as
     * well). dhseqr's fallback, the deflation-window iteration on the rows left, converges on
     * them; the Schur form has backward error and orthogonality below the threshold.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void stronglyGradedMatricesConvergeThroughTheDeflationWindow(long seed) {
        SplittableRandom rnd = new MatrixGen(seed).random();
        for (int n = 3; n <= 12; n++) {
            double[] a = EigenConformance.graded(rnd, n, 300, 900);
            double max = 0;
            for (double x : a) {
                max = Math.max(max, Math.abs(x));
            }
            int shift = 457 - Math.getExponent(max);
            for (int k = 0; k < a.length; k++) {
                a[k] = Math.scalb(a[k], shift);
            }
            String ctx = "seed=" + seed + " strongly graded n=" + n;
            EigenConformance.schur(JAVA, a, n, rnd, ctx);
            Schur schur = Schur.of(Dense.wrap(a.clone(), 0, n, n, n));
            EigenConformance.checkDecomposition(
                    n, a, schur.z().copy().array(), schur.t().copy().array(), ctx + " Schur.of");
        }
    }

    /**
     * A symmetric matrix {@code Q D Q^T} with only three distinct eigenvalues, each repeated many
     * times: every computed value within {@code 30 n eps ||A||_F} of one of them (symmetric
     * eigenvalues are perfectly conditioned), the counts right.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void manyRepeatedEigenvalues(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 76 + rnd.nextInt(150);
        double[] distinct = {-1, 0.5, 2};
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = distinct[i % 3];
        }
        double[] q = orthogonal(n, rnd);
        double[] qd = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                qd[i + j * n] = q[i + j * n] * d[j];
            }
        }
        double[] a = EigenConformance.mul(n, qd, false, q, true);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                a[i + j * n] = a[j + i * n];
            }
        }
        String ctx = "seed=" + seed + " n=" + n;
        double[] w = EigenConformance.schur(JAVA, a.clone(), n, rnd, ctx);
        double tol = 30 * n * EPS * frobenius(a);
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (Math.abs(w[i] - distinct[k]) < Math.abs(w[i] - distinct[best])) {
                    best = k;
                }
            }
            assertTrue(
                    Math.hypot(w[i] - distinct[best], w[n + i]) <= tol,
                    ctx + ": value " + w[i] + " + " + w[n + i] + "i not within " + tol + " of a repeated one");
            counts[best]++;
        }
        assertArrayEquals(new int[] {(n + 2) / 3, (n + 1) / 3, n / 3}, counts, ctx + ": multiplicities");
    }

    /**
     * The companion matrix of {@code z^n - 1}, a permutation matrix (normal, so perfectly
     * conditioned): its eigenvalues, the n-th roots of unity, to {@code 30 n eps ||A||_F}.
     */
    @Test
    void companionOfRootsOfUnity() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int n : new int[] {74, 75, 76, 120, 200, 301}) {
            double[] a = new double[n * n];
            a[(n - 1) * n] = 1;
            for (int i = 1; i < n; i++) {
                a[i + (i - 1) * n] = 1;
            }
            String ctx = "z^" + n + " - 1";
            double[] w = EigenConformance.schur(JAVA, a.clone(), n, rnd, ctx);
            double tol = 30 * n * EPS * Math.sqrt(n);
            boolean[] used = new boolean[n];
            for (int k = 0; k < n; k++) {
                double re = Math.cos(2 * Math.PI * k / n);
                double im = Math.sin(2 * Math.PI * k / n);
                int best = -1;
                double dist = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    double dj = Math.hypot(w[j] - re, w[n + j] - im);
                    if (!used[j] && dj < dist) {
                        dist = dj;
                        best = j;
                    }
                }
                used[best] = true;
                assertTrue(dist <= tol, ctx + ": root " + k + " missed by " + dist);
            }
        }
    }

    /**
     * The Frank matrix (upper Hessenberg, its small eigenvalues very ill-conditioned): the Schur
     * decomposition is backward stable regardless, so the form and the residuals are checked,
     * plus the sum of the eigenvalues against the trace: a backward error E moves it by
     * {@code |tr E| <= sqrt(n) ||E||_F}.
     */
    @Test
    void frankMatrix() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int n : new int[] {80, 150}) {
            double[] a = new double[n * n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i <= Math.min(j + 1, n - 1); i++) {
                    a[i + j * n] = n - Math.max(i, j);
                }
            }
            double[] w = EigenConformance.schur(JAVA, a.clone(), n, rnd, "Frank n=" + n);
            double trace = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                trace += a[i + i * n];
                sum += w[i];
            }
            assertEquals(trace, sum, Math.sqrt(n) * 30 * n * EPS * frobenius(a), "Frank n=" + n + " trace");
        }
    }

    /**
     * Already upper triangular inputs, the Kahan matrix and a random one: the eigenvalues are the
     * diagonal, exactly (every subdiagonal is zero, so nothing is rotated).
     */
    @Test
    void triangularInputsKeepTheirDiagonalExactly() {
        SplittableRandom rnd = new SplittableRandom(13);
        int n = 150;
        double theta = 1.2;
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        double[] kahan = new double[n * n];
        double[] random = new double[n * n];
        for (int i = 0; i < n; i++) {
            double si = Math.pow(s, i);
            kahan[i + i * n] = si;
            for (int j = i + 1; j < n; j++) {
                kahan[i + j * n] = -c * si;
            }
            for (int j = i; j < n; j++) {
                random[i + j * n] = rnd.nextDouble(-1, 1);
            }
        }
        for (double[] a : new double[][] {kahan, random}) {
            double[] w = EigenConformance.schur(JAVA, a.clone(), n, rnd, "triangular n=" + n);
            double[] diag = new double[n];
            for (int i = 0; i < n; i++) {
                diag[i] = a[i + i * n];
                assertEquals(0.0, w[n + i], "triangular: imaginary part " + i);
            }
            double[] got = Arrays.copyOf(w, n);
            Arrays.sort(diag);
            Arrays.sort(got);
            assertArrayEquals(diag, got, "triangular: eigenvalues are the diagonal");
        }
    }

    /** The zero matrix: T = 0 and every eigenvalue exactly 0. */
    @Test
    void zeroMatrix() {
        int n = 100;
        double[] w = EigenConformance.schur(JAVA, new double[n * n], n, new SplittableRandom(3), "zero");
        assertArrayEquals(new double[2 * n], w, "zero: eigenvalues");
    }

    /** A random orthogonal n x n matrix (Householder QR of a Gaussian matrix). */
    private static double[] orthogonal(int n, SplittableRandom rnd) {
        double[] q = new double[n * n];
        for (int k = 0; k < q.length; k++) {
            q[k] = rnd.nextGaussian();
        }
        double[] tau = new double[n];
        JAVA.geqrf(n, n, q, 0, n, tau, 0);
        JAVA.orgqr(n, n, n, q, 0, n, tau, 0);
        return q;
    }

    private static double frobenius(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}

package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SchurReorder} on real Schur forms of random matrices: after every swap T is still in
 * standardized quasi-triangular form, {@code Q^T T0 Q = T} and {@code Q^T Q = I} to
 * {@code 30 n eps}, and the swapped blocks' eigenvalues have traded places; a rejected swap leaves
 * T and Q untouched.
 */
class SchurReorderTest {
    private static final double EPS = 0x1p-52;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void swapsKeepTheSchurFormAndExchangeEigenvalues(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 4 + rnd.nextInt(9);
        double[] t = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= Math.min(j + 1, n - 1); i++) {
                t[i + j * n] = rnd.nextDouble(-1, 1);
            }
        }
        double[] z = identity(n);
        assertEquals(
                -1,
                FrancisQr.lahqr(
                        true, true, n, 0, n - 1, t, 0, n, new double[n], 0, new double[n], 0, 0, n - 1, z, 0, n));
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                t[i + j * n] = 0;
            }
        }
        double[] t0 = t.clone();
        double[] q = identity(n);
        SchurReorder reorder = new SchurReorder(n, t, q);
        String ctx = "seed=" + seed + " n=" + n;
        int accepted = 0;
        for (int step = 0; step < 3 * n; step++) {
            int j1 = rnd.nextInt(n - 1);
            if (j1 > 0 && t[j1 + (j1 - 1) * n] != 0) {
                j1--; // the start of a 2 x 2 block
            }
            int n1 = size(n, t, j1);
            if (j1 + n1 >= n) {
                continue;
            }
            int n2 = size(n, t, j1 + n1);
            double[] upper = eigenvalue(n, t, j1);
            double[] lower = eigenvalue(n, t, j1 + n1);
            double[] tBefore = t.clone();
            double[] qBefore = q.clone();
            if (reorder.swap(j1, n1, n2)) {
                accepted++;
                double[] now = eigenvalue(n, t, j1);
                assertTrue(
                        distance(now, lower) <= distance(now, upper),
                        ctx + " step " + step + ": the lower block's eigenvalue did not move up");
            } else {
                assertArrayEquals(tBefore, t, ctx + ": rejected swap changed T");
                assertArrayEquals(qBefore, q, ctx + ": rejected swap changed Q");
            }
            checkForm(n, t, ctx + " step " + step);
            checkSimilar(n, t0, q, t, ctx + " step " + step);
        }
        assertTrue(accepted > 0, ctx + ": every swap was rejected");
    }

    private static int size(int n, double[] t, int j) {
        return j + 1 < n && t[j + 1 + j * n] != 0 ? 2 : 1;
    }

    /** The eigenvalue (with non-negative imaginary part) of the block starting at row j. */
    private static double[] eigenvalue(int n, double[] t, int j) {
        if (size(n, t, j) == 1) {
            return new double[] {t[j + j * n], 0};
        }
        double b = t[j + (j + 1) * n];
        double c = t[j + 1 + j * n];
        return new double[] {t[j + j * n], Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c))};
    }

    private static double distance(double[] x, double[] y) {
        return Math.hypot(x[0] - y[0], x[1] - y[1]);
    }

    /** Zeros below the subdiagonal, no two adjacent subdiagonal nonzeros, 2 x 2 blocks standardized. */
    private static void checkForm(int n, double[] t, String ctx) {
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                assertEquals(0.0, t[i + j * n], ctx + ": T(" + i + ", " + j + ")");
            }
        }
        for (int j = 0; j + 1 < n; j++) {
            if (t[j + 1 + j * n] != 0) {
                assertTrue(j + 2 >= n || t[j + 2 + (j + 1) * n] == 0, ctx + ": adjacent subdiagonals at " + j);
                assertEquals(t[j + j * n], t[j + 1 + (j + 1) * n], ctx + ": block " + j + " diagonal");
                assertTrue(t[j + (j + 1) * n] * t[j + 1 + j * n] < 0, ctx + ": block " + j + " off-diagonal signs");
                j++;
            }
        }
    }

    private static void checkSimilar(int n, double[] t0, double[] q, double[] t, String ctx) {
        double norm = 0;
        for (double v : t0) {
            norm = Math.max(norm, Math.abs(v));
        }
        double worst = 0;
        double orth = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                double o = 0;
                for (int k = 0; k < n; k++) {
                    double tq = 0;
                    for (int l = 0; l < n; l++) {
                        tq += t0[k + l * n] * q[l + j * n];
                    }
                    s += q[k + i * n] * tq;
                    o += q[k + i * n] * q[k + j * n];
                }
                worst = Math.max(worst, Math.abs(s - t[i + j * n]));
                orth = Math.max(orth, Math.abs(o - (i == j ? 1 : 0)));
            }
        }
        assertTrue(worst <= 30 * n * EPS * n * norm, ctx + ": Q^T T0 Q - T = " + worst);
        assertTrue(orth <= 30 * n * EPS, ctx + ": Q^T Q - I = " + orth);
    }

    private static double[] identity(int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i + i * n] = 1;
        }
        return a;
    }
}

package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import jnum.mat.Dense;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test kit's generators deliver what they promise: orthogonal matrices are orthogonal to
 * {@code c n eps}, prescribed singular values are reproduced (checked with an independent
 * one-sided Jacobi SVD written here), SPD matrices are symmetric with a Cholesky factor, and the
 * whole stream is reproducible from the seed.
 */
class MatrixGenProperties {

    /** ||Q^T Q - I||_F / (n eps) stays below this small constant (LAPACK's tests use 30). */
    private static final double C = 30;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void orthogonalIsOrthogonal(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(40);
        double[][] q = g.orthogonal(n).toArray();
        double err = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += q[k][i] * q[k][j];
                }
                err = Math.hypot(err, s - (i == j ? 1 : 0));
            }
        }
        assertTrue(err <= C * n * Tolerance.EPS, "||Q^T Q - I||_F = " + err + " for n = " + n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void singularValuesAreReproduced(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int m = 1 + g.size(25);
        int n = 1 + g.size(25);
        int p = Math.min(m, n);
        double cond = Math.pow(10, g.random().nextInt(16)); // up to 1e15
        double[] want = MatrixGen.geometric(p, cond);
        double[] got = jacobiSingularValues(g.withCondition(m, n, cond).toArray());
        // construction error: each entry of U S V^T is off by <= gamma_p s_max, so the matrix is off
        // by <= sqrt(mn) gamma_p s_max in 2-norm; U, V are orthonormal to c p eps. Weyl's theorem
        // bounds every singular value's change by the norm of the perturbation; Jacobi adds c n eps.
        double tol = (Math.sqrt((double) m * n) * Tolerance.gamma(p) + C * (m + n) * Tolerance.EPS);
        for (int k = 0; k < p; k++) {
            Tolerance.assertWithin(got[k], want[k], tol, "sigma_" + k + " of " + m + "x" + n + " cond " + cond);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rankDeficientHasTinyTrailingSingularValues(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int m = 2 + g.size(15);
        int n = 2 + g.size(15);
        int r = g.random().nextInt(Math.min(m, n));
        double[] s = jacobiSingularValues(g.rankDeficient(m, n, r).toArray());
        double tol = Math.sqrt((double) m * n) * Tolerance.gamma(Math.min(m, n)) + C * (m + n) * Tolerance.EPS;
        for (int k = 0; k < s.length; k++) {
            if (k < r) {
                assertTrue(s[k] >= 1e-3 - tol, "sigma_" + k + " = " + s[k] + " of a rank " + r);
            } else {
                assertTrue(s[k] <= tol, "sigma_" + k + " = " + s[k] + " should be ~0 for rank " + r);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void spdIsSymmetricAndHasACholeskyFactor(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(20);
        Dense a = g.spd(n, 1e6);
        assertEquals(a, a.t(), "exactly symmetric");
        double[][] l = a.toArray();
        for (int j = 0; j < n; j++) { // Cholesky-Crout in place: fails (sqrt of <= 0) if not PD
            for (int k = 0; k < j; k++) {
                l[j][j] -= l[j][k] * l[j][k];
            }
            assertTrue(l[j][j] > 0, "pivot " + j + " = " + l[j][j]);
            l[j][j] = Math.sqrt(l[j][j]);
            for (int i = j + 1; i < n; i++) {
                for (int k = 0; k < j; k++) {
                    l[i][j] -= l[i][k] * l[j][k];
                }
                l[i][j] /= l[j][j];
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void generatorsAreReproducibleAndScaledAsAsked(long seed) {
        assertEquals(new MatrixGen(seed).normal(4, 3), new MatrixGen(seed).normal(4, 3));
        assertEquals(new MatrixGen(seed).orthogonal(5), new MatrixGen(seed).orthogonal(5));
        MatrixGen g = new MatrixGen(seed);
        Dense huge = g.scaled(6, 5, 1e300);
        Dense tiny = g.scaled(6, 5, 1e-300);
        assertTrue(huge.norm(jnum.mat.Norm.MAX) <= 1e300 && huge.norm(jnum.mat.Norm.MAX) > 1e298);
        assertTrue(tiny.norm(jnum.mat.Norm.MAX) <= 1e-300 && tiny.norm(jnum.mat.Norm.MAX) > 1e-302);
        Dense graded = g.graded(5, 5, 1e-8);
        assertTrue(Math.abs(graded.get(4, 4)) <= 1e-16 && Math.abs(graded.get(0, 0)) <= 1);
        for (int[] s : MatrixGen.EDGE_SHAPES) {
            Dense e = g.view(g.uniform(s[0], s[1]));
            assertEquals(s[0], e.rows());
            assertEquals(s[1], e.cols());
        }
    }

    /**
     * Singular values, largest first, by one-sided Jacobi (Hestenes 1958; Demmel and Veselic,
     * "Jacobi's method is more accurate than QR", SIAM J. Matrix Anal. Appl. 13, 1992): rotate
     * column pairs until all are orthogonal; the column norms are then the singular values.
     * Works on the transpose when m < n. At most 60 sweeps.
     */
    static double[] jacobiSingularValues(double[][] a0) {
        int m = a0.length;
        int n = a0[0].length;
        double[][] a; // columns as rows: a[j] is column j, of length rows
        int cols;
        int rows;
        if (m >= n) {
            cols = n;
            rows = m;
            a = new double[n][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[j][i] = a0[i][j];
                }
            }
        } else {
            cols = m;
            rows = n;
            a = new double[m][];
            for (int i = 0; i < m; i++) {
                a[i] = a0[i].clone();
            }
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < cols - 1; p++) {
                for (int q = p + 1; q < cols; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int i = 0; i < rows; i++) {
                        alpha += a[p][i] * a[p][i];
                        beta += a[q][i] * a[q][i];
                        gamma += a[p][i] * a[q][i];
                    }
                    if (Math.abs(gamma) <= Tolerance.EPS * Math.sqrt(alpha * beta) || gamma == 0) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    for (int i = 0; i < rows; i++) {
                        double x = a[p][i];
                        double y = a[q][i];
                        a[p][i] = c * x - s * y;
                        a[q][i] = s * x + c * y;
                    }
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] sv = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (double x : a[j]) {
                s += x * x;
            }
            sv[j] = Math.sqrt(s);
        }
        Arrays.sort(sv);
        for (int i = 0; i < cols / 2; i++) {
            double t = sv[i];
            sv[i] = sv[cols - 1 - i];
            sv[cols - 1 - i] = t;
        }
        return sv;
    }
}

package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Symmetric;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Dense#sqrt()} and {@link Dense#log()} of symmetric positive (semi)definite matrices:
 * {@code ||S S - A|| / (n eps ||A||)} below 30, and the logarithm of {@code Q diag(lambda) Q^T}
 * within {@code 30 n eps ||A|| / lambda_min} of {@code Q diag(log lambda) Q^T} (the conditioning
 * of the log, by the Daleckii-Krein bound).
 */
class SymmetricMatrixFunctionProperties {

    private static double norm1(double[] a, int n) {
        double max = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.abs(a[i + j * n]);
            }
            max = Math.max(max, s);
        }
        return max;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sqrtSquaresBack(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(80);
        double[] w = new double[n];
        int rank = rnd.nextInt(n + 1);
        for (int i = 0; i < n; i++) {
            w[i] = i < rank ? Math.pow(10, -8 * rnd.nextDouble()) : 0; // semidefinite when rank < n
        }
        Symmetric s = SymmetricEigenConformance.withSpectrum(g, w);
        Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
        Dense root = a.sqrt();
        double[] r = LapackConformance.values(root);
        double[] sq = LapackConformance.values(root.times(root));
        double diff = 0;
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += Math.abs(sq[i + j * n] - s.a()[i + j * n]);
                assertEquals(r[i + j * n], r[j + i * n], "sqrt not symmetric at " + i + "," + j);
            }
            diff = Math.max(diff, col);
        }
        String ctx = "n=" + n + " rank=" + rank + " seed=" + seed;
        double anorm = norm1(s.a(), n);
        if (anorm > 0) {
            double ratio = diff / (n * Tolerance.EPS * anorm);
            assertTrue(ratio < 30, ctx + ": ||S S - A|| / (n eps ||A||) = " + ratio);
        }
        double smallest = EigenSym.valuesOf(root).values().get(0);
        assertTrue(smallest >= -30 * n * Tolerance.EPS * Math.sqrt(anorm), ctx + ": sqrt has eigenvalue " + smallest);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logOfKnownSpectrum(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(80);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.pow(10, 6 * rnd.nextDouble() - 3);
        }
        Dense q = g.orthogonal(n);
        Dense a = spectral(q, w, n, false);
        Dense log = a.log();
        double lmin = Double.POSITIVE_INFINITY;
        double lmax = 0;
        for (double v : w) {
            lmin = Math.min(lmin, v);
            lmax = Math.max(lmax, v);
        }
        double bound = 30 * n * Tolerance.EPS * n * lmax / lmin;
        Dense exact = spectral(q, w, n, true);
        assertTrue(
                log.minus(exact).norm(jnum.mat.Norm.ONE) <= bound * Math.max(1, exact.norm(jnum.mat.Norm.ONE)),
                "n=" + n + " seed=" + seed + ": ||log A - Q log(L) Q^T|| = "
                        + log.minus(exact).norm(jnum.mat.Norm.ONE));
    }

    /**
     * A semidefinite matrix (rank below n) has eigenvalues that are zero up to rounding errors of
     * about {@code n eps ||A||}, of either sign once computed: its logarithm is undetermined, and
     * log must reject it rather than return the logarithm of a rounding error. Twenty matrices
     * per seed, since the computed smallest eigenvalue is positive only now and then.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logRejectsSemidefiniteMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + g.size(12);
            int rank = 1 + rnd.nextInt(n - 1);
            double[] w = new double[n];
            for (int i = 0; i < rank; i++) {
                w[i] = Math.pow(10, 4 * rnd.nextDouble() - 2);
            }
            Symmetric s = SymmetricEigenConformance.withSpectrum(g, w);
            Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
            String ctx = "n=" + n + " rank=" + rank + " trial=" + trial + " seed=" + seed;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, a::log, ctx);
            assertTrue(e.getMessage().contains("not positive definite"), ctx + ": " + e.getMessage());
            a.sqrt(); // the same matrix is in the domain of the square root
        }
    }

    /** {@code Q diag(f(w)) Q^T}, f = log when {@code log}, else the identity; exactly symmetric. */
    private static Dense spectral(Dense q, double[] w, int n, boolean log) {
        Dense r = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q.get(i, k) * (log ? Math.log(w[k]) : w[k]) * q.get(j, k);
                }
                r.set(i, j, sum);
                r.set(j, i, sum);
            }
        }
        return r;
    }

    @Test
    void closedForms() {
        // [[5, 4], [4, 5]] = [[2, 1], [1, 2]]^2
        Dense root = Dense.of(2, 2, 5, 4, 4, 5).sqrt();
        assertTrue(root.equalsWithin(Dense.of(2, 2, 2, 1, 1, 2), 8 * Tolerance.EPS), root.toString());
        Dense zero = Dense.identity(4).scale(Math.E).log();
        assertTrue(zero.equalsWithin(Dense.identity(4), 8 * Tolerance.EPS), zero.toString());
        assertTrue(Dense.zeros(3, 3).sqrt().equalsWithin(Dense.zeros(3, 3), 0));
        assertEquals(0, Dense.zeros(0, 0).log().rows());
        Dense cube = EigenSym.of(Dense.diag(1, 8, 27)).map(Math::cbrt);
        assertTrue(cube.equalsWithin(Dense.diag(1, 2, 3), 8 * Tolerance.EPS), cube.toString());
    }

    @Test
    void outsideTheDomain() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Dense.diag(1, -1e-3).sqrt());
        assertTrue(e.getMessage().contains("not positive semidefinite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dense.diag(1, 0).log());
        assertThrows(
                IllegalStateException.class,
                () -> EigenSym.valuesOf(Dense.identity(2)).sqrt());
        assertThrows(
                IllegalStateException.class,
                () -> EigenSym.smallest(Dense.identity(3), 1).log());
    }
}

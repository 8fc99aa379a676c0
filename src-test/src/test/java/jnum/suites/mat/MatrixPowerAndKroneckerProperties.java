package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.MatrixFunctions;
import jnum.mat.Norm;
import jnum.mat.SingularMatrixException;
import jnum.testkit.MatrixGen;
import jnum.testkit.PlainMatrices;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MatrixFunctions#pow} against repeated multiplication in plain arrays, and
 * {@link MatrixFunctions#kron} against its definition and identities, over seeds.
 *
 * <p>A product of k matrices computed in any order differs from the exact one by at most
 * {@code gamma(k n) |A|^k} elementwise (Higham, Accuracy and Stability, section 3.5), so two ways
 * of computing A^k differ by at most twice that: the tolerance is {@code 30 k n u || |A|^k ||_1}.
 */
class MatrixPowerAndKroneckerProperties {
    private static final double C = 30;

    private static double[][] power(double[][] a, int n, int k) {
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            p[i][i] = 1;
        }
        for (int j = 0; j < k; j++) {
            p = PlainMatrices.multiply(p, a, n, n, n);
        }
        return p;
    }

    private static double[][] abs(double[][] a) {
        int m = a.length;
        double[][] out = new double[m][];
        for (int i = 0; i < m; i++) {
            out[i] = a[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = Math.abs(out[i][j]);
            }
        }
        return out;
    }

    private static double distance(Dense x, double[][] y) {
        int m = y.length;
        int n = m == 0 ? 0 : y[0].length;
        double[][] xr = x.toArray();
        double[][] d = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = xr[i][j] - y[i][j];
            }
        }
        return PlainMatrices.norm1(d, m, n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void powerEqualsRepeatedMultiplication(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(25);
        int k = g.random().nextInt(0, 40);
        Dense a = g.view(g.normal(n, n).scale(1.0 / Math.max(1, Math.sqrt(n))));
        double[][] before = a.toArray();
        Dense p = a.pow(k);
        assertArrayEquals(before, a.toArray(), "input modified");
        double[][] ref = power(before, n, k);
        double tol =
                C * Math.max(1, k) * Math.max(1, n) * Tolerance.U * PlainMatrices.norm1(power(abs(before), n, k), n, n);
        double err = distance(p, ref);
        assertTrue(err <= tol, "A^" + k + " n=" + n + " seed=" + seed + ": error " + err + " > " + tol);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void negativePowersArePowersOfTheInverse(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(20);
        int k = g.random().nextInt(1, 12);
        Dense a = g.withCondition(n, n, 10);
        double[][] inv = PlainMatrices.inverse(a.toArray(), n);
        double[][] ref = power(inv, n, k);
        // the inverse is off by about n u cond(A) ||A^-1||; k factors multiply that k times
        double cond = a.norm(Norm.ONE) * PlainMatrices.norm1(inv, n, n);
        double tol = C * k * n * Tolerance.U * cond * PlainMatrices.norm1(power(abs(inv), n, k), n, n);
        double err = distance(a.pow(-k), ref);
        assertTrue(err <= tol, "A^-" + k + " n=" + n + " seed=" + seed + ": error " + err + " > " + tol);
        Dense id = a.pow(k).times(a.pow(-k));
        assertTrue(id.equalsWithin(Dense.identity(n), 2 * tol * Math.pow(a.norm(Norm.ONE), k)), "A^k A^-k = I");
    }

    @Test
    void zeroFirstAndExtremePowers() {
        Dense singular = Dense.of(2, 2, 1, 2, 2, 4);
        assertEquals(Dense.identity(2), singular.pow(0), "A^0 = I even for a singular A");
        Dense one = singular.pow(1);
        assertEquals(singular, one);
        assertNotSame(singular, one);
        one.set(0, 0, 9);
        assertEquals(1.0, singular.get(0, 0), "A^1 is a copy");
        Dense swap = Dense.of(2, 2, 0, 1, 1, 0);
        assertEquals(Dense.identity(2), swap.pow(Integer.MIN_VALUE), "|Integer.MIN_VALUE| is even");
        assertEquals(swap, swap.pow(Integer.MAX_VALUE));
        Dense half = Dense.identity(3).scale(0.5);
        assertEquals(Dense.identity(3).scale(Math.scalb(1.0, 30)), half.pow(-30), "powers of 2 are exact");
        assertEquals(0, Dense.zeros(0, 0).pow(-3).rows());
    }

    @Test
    void negativePowerOfASingularMatrixNamesThePivot() {
        Dense singular = Dense.of(3, 3, 1, 2, 3, 2, 4, 6, 1, 0, 1);
        SingularMatrixException e = assertThrows(SingularMatrixException.class, () -> singular.pow(-2));
        assertTrue(
                e.getMessage().contains("pow")
                        && e.getMessage().contains("A^-2")
                        && e.getMessage().contains("3x3"),
                e.getMessage());
        assertTrue(e.index() >= 0 && e.index() < 3);
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).pow(2));
        assertThrows(NullPointerException.class, () -> MatrixFunctions.pow(null, 2));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void kroneckerMatchesItsDefinitionAndItsTranspose(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int m = g.size(6);
        int n = g.size(6);
        int p = g.size(6);
        int q = g.size(6);
        Dense a = g.view(g.normal(m, n));
        Dense b = g.view(g.normal(p, q));
        Dense k = a.kron(b);
        assertEquals(m * p, k.rows());
        assertEquals(n * q, k.cols());
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < q; c++) {
                        assertEquals(a.get(i, j) * b.get(r, c), k.get(i * p + r, j * q + c));
                    }
                }
            }
        }
        assertEquals(k.t().copy(), a.t().kron(b.t()), "(A (x) B)^T = A^T (x) B^T exactly");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void kroneckerMixedProduct(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int m = 1 + g.size(5);
        int n = 1 + g.size(5);
        int r = 1 + g.size(5);
        int p = 1 + g.size(5);
        int q = 1 + g.size(5);
        int s = 1 + g.size(5);
        Dense a = g.normal(m, n);
        Dense b = g.normal(p, q);
        Dense c = g.normal(n, r);
        Dense d = g.normal(q, s);
        Dense lhs = a.kron(b).times(c.kron(d));
        Dense rhs = a.times(c).kron(b.times(d));
        // both sides are sums of n q products of four factors, each within gamma(n q + 1) of exact
        double[][] bound =
                PlainMatrices.multiply(abs(a.kron(b).toArray()), abs(c.kron(d).toArray()), m * p, n * q, r * s);
        double tol = C * (n * q + 1) * Tolerance.U * PlainMatrices.norm1(bound, m * p, r * s);
        double err = distance(lhs, rhs.toArray());
        assertTrue(err <= tol, "mixed product seed=" + seed + ": " + err + " > " + tol);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void exponentialOfAKroneckerSumIsTheKroneckerProductOfExponentials(long seed) {
        // A (x) I and I (x) B commute, so exp(A (x) I + I (x) B) = exp(A) (x) exp(B)
        MatrixGen g = new MatrixGen(seed);
        int m = 1 + g.size(5);
        int p = 1 + g.size(5);
        Dense a = g.normal(m, m).scale(0.7);
        Dense b = g.normal(p, p).scale(0.7);
        Dense sum = a.kron(Dense.identity(p)).plus(Dense.identity(m).kron(b));
        Dense lhs = sum.exp();
        Dense rhs = a.exp().kron(b.exp());
        double tol = MatrixExponentialProperties.bound(sum)
                + 2
                        * (MatrixExponentialProperties.bound(a) * Math.exp(b.norm(Norm.ONE))
                                + MatrixExponentialProperties.bound(b) * Math.exp(a.norm(Norm.ONE)));
        MatrixExponentialProperties.assertClose(lhs, rhs.toArray(), tol, "Kronecker sum seed=" + seed);
    }

    @Test
    void kroneckerShapesAndErrors() {
        assertEquals(0, Dense.zeros(0, 3).kron(Dense.zeros(2, 2)).rows());
        assertEquals(6, Dense.zeros(0, 3).kron(Dense.zeros(2, 2)).cols());
        assertEquals(Dense.identity(6), Dense.identity(2).kron(Dense.identity(3)));
        assertThrows(NullPointerException.class, () -> Dense.identity(2).kron(null));
        IllegalArgumentException big = assertThrows(
                IllegalArgumentException.class, () -> Dense.zeros(50000, 1).kron(Dense.zeros(50000, 1)));
        assertTrue(big.getMessage().contains("kron"), big.getMessage());
    }
}

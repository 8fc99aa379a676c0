package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.MatrixFunctions;
import jnum.mat.Norm;
import jnum.testkit.MatrixGen;
import jnum.testkit.PlainMatrices;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MatrixFunctions#exp} against closed forms and identities, over seeds.
 *
 * <p>Tolerances come from the perturbation bound {@code ||exp(A + E) - exp(A)|| <= ||E|| e^||A||
 * e^||E||} (Van Loan) with a backward error {@code ||E|| <= c n u ||A||}, c = 30 as in LAPACK's
 * tests; one more u for the rounding of the result itself. References are computed in plain
 * arrays from the closed form, never by the code under test.
 */
class MatrixExponentialProperties {
    private static final double C = 30;

    /** {@code c n u (1 + ||A||_1) e^(||A||_1)}, the absolute error allowed in exp(A). */
    static double bound(Dense a) {
        double norm = a.norm(Norm.ONE);
        return C * Math.max(1, a.rows()) * Tolerance.U * (1 + norm) * Math.exp(norm);
    }

    static void assertClose(Dense actual, double[][] expected, double bound, String ctx) {
        int n = expected.length;
        double[][] x = actual.toArray();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = x[i][j] - expected[i][j];
            }
        }
        double err = PlainMatrices.norm1(d, n, n);
        assertTrue(err <= bound, ctx + ": ||exp(A) - expected||_1 = " + err + " > " + bound);
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nilpotentMatricesGiveTheFiniteTaylorSum(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.size(14);
        double scale = Math.pow(10, g.random().nextDouble(-2, 0.7));
        double[][] a = g.uniform(n, n).scale(scale).toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = 0; // strictly upper triangular: A^n = 0
            }
        }
        double[][] sum = identity(n);
        double[][] term = identity(n);
        for (int k = 1; k < n; k++) {
            term = PlainMatrices.multiply(term, a, n, n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    term[i][j] /= k;
                    sum[i][j] += term[i][j];
                }
            }
        }
        // a symmetric permutation P N P^T keeps N nilpotent but (mostly) not triangular
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        if (g.random().nextBoolean()) {
            for (int i = n - 1; i > 0; i--) {
                int j = g.random().nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
        }
        a = permute(a, perm);
        sum = permute(sum, perm);
        Dense am = Dense.of(a);
        Dense view = g.view(am);
        double[][] before = view.toArray();
        Dense x = view.exp();
        assertArrayEquals(before, view.toArray(), "input modified");
        assertClose(x, sum, bound(am), "nilpotent n=" + n + " seed=" + seed);
    }

    private static double[][] permute(double[][] x, int[] perm) {
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[perm[i]][perm[j]] = x[i][j];
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void diagonalisableMatricesExponentiateTheirEigenvalues(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.size(20);
        double cond = g.random().nextBoolean() ? 1 : 10;
        // V orthogonal (A symmetric) or with condition 10 (A non-normal); eigenvalues in [-30, 3]
        double[][] v = (cond == 1 ? g.orthogonal(n) : g.withCondition(n, n, cond)).toArray();
        double[][] vinv = PlainMatrices.inverse(v, n);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = g.random().nextDouble(-30, 3);
        }
        double[][] a = PlainMatrices.multiply(scaleColumns(v, lambda), vinv, n, n, n);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = Math.exp(lambda[i]);
        }
        double[][] expected = PlainMatrices.multiply(scaleColumns(v, e), vinv, n, n, n);
        Dense am = Dense.of(a);
        double kv = PlainMatrices.norm1(v, n, n) * PlainMatrices.norm1(vinv, n, n);
        // A is V diag(lambda) V^-1 up to rounding of the products, a perturbation of kv n u ||A||;
        // the exponential of the perturbed eigenproblem moves by kv^2 times that, times e^(max lambda)
        double maxExp = Math.exp(3);
        double normA = am.norm(Norm.ONE);
        double tol = C * n * Tolerance.U * kv * kv * (1 + normA) * maxExp;
        assertClose(am.exp(), expected, tol, "diagonalisable n=" + n + " cond(V)=" + kv + " seed=" + seed);
    }

    private static double[][] scaleColumns(double[][] v, double[] d) {
        int n = v.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = v[i][j] * d[j];
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rotationGeneratorsGiveRotations(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.size(10);
        int i = g.random().nextInt(n);
        int j = (i + 1 + g.random().nextInt(n - 1)) % n;
        // angles up to 1e3 need up to about 8 squarings; the error grows like |theta| u
        double theta = g.random().nextDouble(-1, 1) * Math.pow(10, g.random().nextDouble(-3, 3));
        Dense a = Dense.zeros(n, n);
        a.set(i, j, -theta);
        a.set(j, i, theta);
        double[][] r = identity(n);
        r[i][i] = Math.cos(theta);
        r[j][j] = Math.cos(theta);
        r[i][j] = -Math.sin(theta);
        r[j][i] = Math.sin(theta);
        // A is normal: the condition of exp at A is ||A||, so the error is about n u |theta|
        double tol = C * n * Tolerance.U * (1 + Math.abs(theta));
        assertClose(a.exp(), r, tol, "rotation theta=" + theta + " in (" + i + ", " + j + ") n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void skewSymmetricMatricesGiveOrthogonalMatricesOfDeterminantOne(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(30);
        Dense b = g.normal(n, n).scale(Math.pow(10, g.random().nextDouble(-2, 2)));
        Dense s = b.minus(b.t());
        Dense q = s.exp();
        double normS = s.norm(Norm.ONE);
        double tol = C * n * Tolerance.U * (1 + normS);
        assertClose(q.t().times(q), identity(n), tol, "Q^T Q, n=" + n + " ||S||=" + normS + " seed=" + seed);
        Tolerance.assertWithin(q.det(), 1.0, tol * n, "det exp(S), n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void expOfAAndOfMinusAAreInverses(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(40);
        Dense a = g.normal(n, n);
        if (n > 0) {
            a = a.scale(Math.pow(10, g.random().nextDouble(-3, 0.6)) / a.norm(Norm.ONE));
        }
        Dense p = a.exp().times(a.scale(-1).exp());
        // each factor is off by at most bound(A); the product by twice that times e^||A||
        double tol = 2 * bound(a) * Math.exp(a.norm(Norm.ONE)) + C * n * Tolerance.U;
        assertClose(p, identity(n), tol, "exp(A) exp(-A), n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void commutingSumsFactor(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(25);
        Dense a = g.normal(n, n);
        if (n > 0) {
            a = a.scale(g.random().nextDouble(0.1, 2.5) / a.norm(Norm.ONE));
        }
        // B = 0.5 A^2 - 0.7 A + 0.3 I is a polynomial in A, so AB = BA and exp(A + B) = exp(A) exp(B)
        Dense b =
                a.times(a).scale(0.5).minus(a.scale(0.7)).plus(Dense.identity(n).scale(0.3));
        Dense lhs = a.plus(b).exp();
        Dense rhs = a.exp().times(b.exp());
        double ea = Math.exp(a.norm(Norm.ONE));
        double eb = Math.exp(b.norm(Norm.ONE));
        double tol = bound(a.plus(b)) + (bound(a) * eb + bound(b) * ea) * 2;
        assertClose(lhs, rhs.toArray(), tol, "exp(A + B) vs exp(A) exp(B), n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void doublingAgreesWithSquaring(long seed) {
        // exp(2A) = exp(A)^2: the scaling path of 2A (norms 5 to 20) against a lower-degree path
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(30);
        Dense a = g.normal(n, n);
        if (n > 0) {
            a = a.scale(g.random().nextDouble(2.5, 10) / a.norm(Norm.ONE));
        }
        Dense e = a.exp();
        double tol = bound(a.scale(2)) + 3 * bound(a) * Math.exp(a.norm(Norm.ONE));
        assertClose(a.scale(2).exp(), e.times(e).toArray(), tol, "exp(2A) vs exp(A)^2, n=" + n + " seed=" + seed);
    }

    @Test
    void oneByOneIsTheScalarExponential() {
        for (double x : new double[] {0, -0.0, 1, -1, 1e-20, 0.5, 50, -700, 709, -745.1, 710}) {
            assertEquals(Math.exp(x), Dense.of(1, 1, x).exp().get(0, 0), "exp of 1x1 " + x);
        }
    }

    @Test
    void zeroAndEmptyMatrices() {
        assertEquals(Dense.identity(4), Dense.zeros(4, 4).exp());
        assertEquals(0, Dense.zeros(0, 0).exp().rows());
        assertEquals(Dense.identity(3), Dense.zeros(3, 3).pow(0));
    }

    @Test
    void badInputIsRejectedWithTheShapeOrTheElement() {
        DimensionMismatchException shape = assertThrows(
                DimensionMismatchException.class, () -> Dense.zeros(2, 3).exp());
        assertTrue(shape.getMessage().contains("exp") && shape.getMessage().contains("2x3"), shape.getMessage());
        Dense a = Dense.identity(3);
        a.set(1, 2, Double.NaN);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, a::exp);
        assertTrue(nan.getMessage().contains("(1, 2)") && nan.getMessage().contains("NaN"), nan.getMessage());
        a.set(1, 2, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, a::exp);
        assertThrows(NullPointerException.class, () -> MatrixFunctions.exp(null));
    }

    /**
     * A non-negative A with entries of order {@code max / n} has finite elements but a 1-norm
     * beyond the double range. Every element of {@code exp(A) >= I + A + A^2 / 2} exceeds the
     * double range (each element of {@code A^2} is at least {@code n (max / n)^2 / 4}), so the
     * exact answer rounds to +inf everywhere: neither a finite value nor a NaN may come back.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void elementsWhoseColumnSumsOverflowGiveInfinityNotGarbage(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.size(10);
        double c = Double.MAX_VALUE / n * 2;
        Dense a = g.uniform(n, n).map(u -> (0.6 + 0.4 * Math.abs(u)) * c);
        assertEquals(Double.POSITIVE_INFINITY, a.norm(Norm.ONE), "the 1-norm overflows");
        Dense e = a.exp();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(
                        Double.POSITIVE_INFINITY,
                        e.get(i, j),
                        "n=" + n + " seed=" + seed + ": exp(A)(" + i + ", " + j + ")");
            }
        }
    }

    /**
     * A diagonal matrix whose exponential overflows gives exactly {@code diag(e^a_ii)}: infinite
     * where {@code e^a_ii} overflows and exact zeros off the diagonal (no {@code 0 * inf}).
     */
    @Test
    void overflowingDiagonalKeepsZerosOffTheDiagonal() {
        Dense d = Dense.diag(Double.MAX_VALUE, 800, -3, 1e300);
        Dense e = d.exp();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? Math.exp(d.get(i, i)) : 0, e.get(i, j), "exp(D)(" + i + ", " + j + ")");
            }
        }
        Dense t = Dense.of(3, 3, Double.MAX_VALUE, 0, 0, 0, 1, 2, 0, 0, 1);
        assertEquals(0, t.exp().get(0, 1), "a zero superdiagonal element next to an overflowing one stays 0");
    }

    /**
     * {@code exp([[a, b], [0, c]])} has the superdiagonal {@code b (e^c - e^a) / (c - a)}, which
     * stays in the double range when {@code e^a} and {@code e^c} underflow (or overflow) but b is
     * correspondingly huge (or tiny). Reference: {@code sign(b) exp(log|b| + lo + log(expm1(hi -
     * lo) / (hi - lo)))} with lo, hi the smaller and larger of a and c, whose arguments near 800
     * carry rounding errors of about {@code 800 eps} relative, as do the exponentials of the
     * algorithm; the bound is 8 times the sum of the arguments' magnitudes times eps.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void superdiagonalSurvivesUnderflowingAndOverflowingDiagonals(long seed) {
        java.util.SplittableRandom rnd = new MatrixGen(seed).random();
        for (int trial = 0; trial < 20; trial++) {
            boolean under = rnd.nextBoolean();
            double a = (under ? -1 : 1) * rnd.nextDouble(650, 800);
            double c = a + rnd.nextDouble(-40, 40);
            double logB = (under ? 1 : -1) * rnd.nextDouble(200, 308) * Math.log(10);
            double b = (rnd.nextBoolean() ? 1 : -1) * Math.exp(logB);
            double lo = Math.min(a, c);
            double h = Math.max(a, c) - lo;
            double logX = Math.log(Math.abs(b)) + lo + (h == 0 ? 0 : Math.log(Math.expm1(h) / h));
            if (logX < Math.log(Double.MIN_NORMAL) + 1 || logX > Math.log(Double.MAX_VALUE) - 1) {
                continue; // the superdiagonal itself is out of the normal range
            }
            double expected = Math.copySign(Math.exp(logX), b);
            double x = Dense.of(2, 2, a, b, 0, c).exp().get(0, 1);
            double tol = 8 * Tolerance.EPS * (Math.abs(logB) + Math.abs(a) + Math.abs(c));
            String ctx = "a=" + a + " b=" + b + " c=" + c + " seed=" + seed;
            assertTrue(Math.abs(x - expected) <= tol * Math.abs(expected), ctx + ": " + x + " vs " + expected);
        }
    }

    @Test
    void hugeNormsOverflowToInfinityWithoutHanging() {
        Dense a = Dense.of(2, 2, 800, 1, 0, 800);
        assertEquals(Double.POSITIVE_INFINITY, a.exp().get(0, 0));
        Dense b = Dense.of(2, 2, -1e300, 0, 0, -1e300);
        assertEquals(Dense.zeros(2, 2), b.exp(), "exp of a huge negative diagonal underflows to 0");
    }
}

package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.LU;
import jnum.mat.LogDeterminant;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link LU} over seeds: factors, solves, determinant, inverse, rcond, singular and NaN outcomes. */
class LUProperties {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void factorsSolvesAndLeavesTheInputAlone(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(120);
        Dense a = g.view(g.withCondition(n, n, Math.pow(10, 12 * g.random().nextDouble())));
        double[][] before = a.toArray();
        LU lu = a.lu();
        assertArrayEquals(before, a.toArray(), "input modified");
        String ctx = "n=" + n + " seed=" + seed;
        FactorChecks.assertClose(FactorChecks.mul(lu.l(), lu.u()), FactorChecks.mul(lu.p(), a), ctx + " PA = LU");
        int k = g.random().nextInt(4);
        Dense b = g.view(g.uniform(n, k));
        FactorChecks.assertSolves(a, lu.solve(b), b, ctx + " solve");
        FactorChecks.assertSolves(a.t(), lu.solveTransposed(b), b, ctx + " solveTransposed");
        Vec v = g.uniformVec(n);
        Dense vb = Dense.wrap(v.toArray(), 0, Math.max(1, n), n, 1);
        FactorChecks.assertSolves(a, Dense.wrap(lu.solve(v).toArray(), 0, Math.max(1, n), n, 1), vb, ctx + " vec");
        FactorChecks.assertSolves(a, a.solve(b), b, ctx + " Dense.solve");
        FactorChecks.assertSolves(a, lu.inverse(), Dense.identity(n), ctx + " inverse");
        int[] perm = lu.pivots();
        for (int i = 0; i < n; i++) {
            assertEquals(1.0, lu.p().get(i, perm[i]));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void determinantIsTheProductOfSingularValuesUpToSign(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        double[] s = new double[n];
        double logExact = 0;
        for (int i = 0; i < n; i++) {
            s[i] = Math.exp(g.random().nextDouble(-3, 3));
            logExact += Math.log(s[i]);
        }
        Dense a = g.withSingularValues(n, n, s);
        LU lu = a.lu();
        LogDeterminant ld = lu.logDet();
        // the rounding of the generated product perturbs each singular value by about n eps
        double tol = 50 * n * n * Tolerance.EPS * Math.exp(3);
        Tolerance.assertWithin(ld.logAbs(), logExact, tol, "logDet n=" + n + " seed=" + seed);
        assertEquals(Math.abs(ld.sign()), 1.0);
        Tolerance.assertRelative(lu.det(), ld.value(), 1e-12, "det vs logDet");
        assertEquals(Math.signum(lu.det()), Math.signum(a.t().det()), "det A^T has the sign of det A");
    }

    @Test
    void determinantSignFollowsTheInterchanges() {
        Dense swap = Dense.of(new double[][] {{0, 1, 0}, {1, 0, 0}, {0, 0, 1}});
        assertEquals(-1.0, swap.det());
        assertEquals(new LogDeterminant(-1, 0), swap.logDet());
        Dense cycle = Dense.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        assertEquals(1.0, cycle.det());
        assertEquals(-6.0, Dense.of(new double[][] {{1, 2}, {4, 2}}).det(), 1e-15);
    }

    @Test
    void logDetOfALargeMatrixDoesNotOverflow() {
        MatrixGen g = new MatrixGen(42);
        int n = 1000;
        Dense a = g.uniform(n, n).scale(10);
        LU lu = a.lu();
        assertTrue(Double.isInfinite(lu.det()), "det itself overflows: " + lu.det());
        LogDeterminant ld = lu.logDet();
        assertTrue(Double.isFinite(ld.logAbs()) && ld.logAbs() > 2000 * Math.log(10), "logDet " + ld);
        // log det(A^T A) = 2 log |det A|, by the independent Cholesky path
        double viaCholesky = a.t().times(a).cholesky().logDet();
        Tolerance.assertRelative(2 * ld.logAbs(), viaCholesky, 1e-9, "2 log|det A| vs log det(A^T A)");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rcondIsWithinAFactorOfTenOfTheExactValue(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        Dense a = g.withCondition(n, n, Math.pow(10, 8 * g.random().nextDouble()));
        FactorChecks.assertRcond(a.rcond(), FactorChecks.exactRcond(a), "n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void exactlySingularMatricesReportTheZeroPivot(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(60);
        int c = g.random().nextInt(n);
        Dense a = g.uniform(n, n);
        for (int i = 0; i < n; i++) {
            a.set(i, c, 0);
        }
        LU lu = a.lu();
        assertTrue(lu.isSingular());
        assertEquals(0.0, lu.det());
        assertEquals(0.0, lu.logDet().sign());
        assertEquals(0.0, lu.rcond());
        SingularMatrixException e = assertThrows(SingularMatrixException.class, () -> lu.solve(g.uniformVec(n)));
        assertEquals(c, e.index(), e.getMessage());
        assertThrows(SingularMatrixException.class, lu::inverse);
        assertThrows(SingularMatrixException.class, () -> a.solve(Dense.zeros(n, 2)));
    }

    @Test
    void nearlySingularSystemsSolveAndRcondSaysSo() {
        Dense a = Dense.of(new double[][] {{1, 1}, {1, 1 + 1e-14}});
        LU lu = a.lu();
        assertFalse(lu.isSingular());
        assertTrue(lu.rcond() < 1e-13, "rcond " + lu.rcond());
        Vec x = lu.solve(Vec.of(2, 2 + 1e-14));
        assertTrue(Double.isFinite(x.get(0)) && Double.isFinite(x.get(1)));
    }

    @Test
    void nanPropagatesAndShapesAreChecked() {
        Dense a = Dense.of(new double[][] {{1, 2}, {Double.NaN, 4}});
        LU lu = a.lu();
        assertTrue(Double.isNaN(lu.rcond()));
        assertTrue(Double.isNaN(lu.solve(Vec.of(1, 1)).get(1)));
        assertTrue(Double.isNaN(lu.logDet().logAbs()));
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).lu());
        assertThrows(DimensionMismatchException.class, () -> lu.solve(Vec.of(1, 2, 3)));
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).det());
        assertThrows(NullPointerException.class, () -> LU.of(null));
        LU empty = Dense.zeros(0, 0).lu();
        assertEquals(1.0, empty.det());
        assertEquals(1.0, empty.rcond());
        assertEquals(0, empty.solve(Vec.zeros(0)).length());
    }
}

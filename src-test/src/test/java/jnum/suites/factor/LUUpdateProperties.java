package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.LU;
import jnum.mat.Norm;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LU#update}: the factors of {@code A + u v^T} against a fresh factorization of the same
 * matrix. Both are backward stable, so the checks are the factorization suite's: {@code ||P A' -
 * L U|| / (n eps ||A'||)} and solve residuals below 30, and the two solutions within {@code 30 n
 * eps cond(A')} of each other.
 */
class LUUpdateProperties {

    static Dense plusOuter(Dense a, Vec u, Vec v) {
        int n = a.rows();
        Dense b = a.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b.set(i, j, a.get(i, j) + u.get(i) * v.get(j));
            }
        }
        return b;
    }

    static void assertFactors(LU lu, Dense a, String ctx) {
        FactorChecks.assertClose(FactorChecks.mul(lu.l(), lu.u()), FactorChecks.mul(lu.p(), a), ctx + " PA' = LU");
    }

    static void assertAgreesWithFreshFactorization(LU updated, Dense a, MatrixGen g, String ctx) {
        int n = a.rows();
        assertFactors(updated, a, ctx);
        LU fresh = a.lu();
        Dense b = g.uniform(n, 2);
        Dense x = updated.solve(b);
        FactorChecks.assertSolves(a, x, b, ctx + " solve");
        FactorChecks.assertSolves(a.t(), updated.solveTransposed(b), b, ctx + " solveTransposed");
        Dense y = fresh.solve(b);
        double cond = 1 / FactorChecks.exactRcond(a);
        double diff = x.minus(y).norm(Norm.ONE) / y.norm(Norm.ONE);
        assertTrue(diff <= 30 * n * Tolerance.EPS * cond, ctx + ": solutions differ by " + diff + ", cond " + cond);
        assertEquals(
                fresh.logDet().logAbs(), updated.logDet().logAbs(), 30 * n * Tolerance.EPS * cond, ctx + " log|det|");
        assertEquals(fresh.logDet().sign(), updated.logDet().sign(), ctx + " sign det");
        // rcond's two estimated norms are lower bounds, each rarely off by more than 3
        double est = updated.rcond();
        assertTrue(est >= (1 - 1e-6) / cond && est <= 30 / cond, ctx + ": rcond " + est + ", exact " + 1 / cond);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void updateEqualsAFreshFactorizationOfTheUpdatedMatrix(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        Dense a = g.withCondition(n, n, Math.pow(10, 4 * g.random().nextDouble()));
        Vec u = g.uniformVec(n);
        Vec v = g.uniformVec(n);
        LU lu = a.lu();
        double[][] before = lu.u().toArray();
        LU up = lu.update(u, v);
        assertArrayEquals(before, lu.u().toArray(), "the old factorization is unchanged");
        assertAgreesWithFreshFactorization(up, plusOuter(a, u, v), g, "n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void smallUpdatesKeepThePivotOrderInQuadraticTime(long seed) {
        // multipliers of partial pivoting are at most 1; an update of relative size 1e-3 keeps them
        // far below the threshold of 10, so the O(n^2) recurrence is used and the row order kept
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        Dense a = g.withCondition(n, n, 10);
        double scale = 1e-3 * a.norm(Norm.MAX);
        Vec u = Vec.of(g.uniformVec(n).toArray()).scale(scale);
        Vec v = g.uniformVec(n);
        LU lu = a.lu();
        LU up = lu.update(u, v);
        assertArrayEquals(lu.pivots(), up.pivots(), "row order kept");
        assertAgreesWithFreshFactorization(up, plusOuter(a, u, v), g, "n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void updatesThatWouldGrowTheMultipliersFallBackToPivoting(long seed) {
        // u v^T cancels the first pivot of P A up to delta: without new interchanges the multipliers
        // of the first column would be about 1/delta
        MatrixGen g = new MatrixGen(seed);
        int n = 2 + g.size(60);
        Dense a = g.withCondition(n, n, 10);
        LU lu = a.lu();
        int r = lu.pivots()[0];
        double delta = 1e-10 * Math.abs(a.get(r, 0));
        double[] uu = new double[n];
        uu[r] = -a.get(r, 0) + delta;
        double[] vv = new double[n];
        vv[0] = 1;
        Vec u = Vec.of(uu);
        Vec v = Vec.of(vv);
        LU up = lu.update(u, v);
        double maxL = up.l().norm(Norm.MAX);
        assertTrue(maxL <= 1 + 1e-12, "re-pivoted: largest multiplier " + maxL);
        assertAgreesWithFreshFactorization(up, plusOuter(a, u, v), g, "n=" + n + " seed=" + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void repeatedUpdatesStayBackwardStable(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(40);
        Dense a = g.withCondition(n, n, 100);
        LU lu = a.lu();
        for (int k = 0; k < 10; k++) {
            Vec u = g.uniformVec(n);
            Vec v = g.uniformVec(n);
            lu = lu.update(u, v);
            a = plusOuter(a, u, v);
        }
        assertAgreesWithFreshFactorization(lu, a, g, "10 updates, n=" + n + " seed=" + seed);
    }

    @Test
    void anUpdateThatMakesTheMatrixSingularThrowsWithThePivot() {
        int n = 5;
        for (int k = 0; k < n; k++) {
            double[] e = new double[n];
            e[k] = 1;
            double[] minusE = e.clone();
            minusE[k] = -1;
            LU lu = Dense.identity(n).lu();
            int col = k;
            SingularMatrixException ex =
                    assertThrows(SingularMatrixException.class, () -> lu.update(Vec.of(minusE), Vec.of(e)));
            assertTrue(ex.getMessage().contains("update") && ex.getMessage().contains("5x5"), ex.getMessage());
            assertTrue(ex.index() >= 0 && ex.index() < n, "pivot index " + ex.index() + " for column " + col);
        }
        // a singular A made nonsingular by the update
        Dense singular = Dense.of(2, 2, 1, 2, 2, 4);
        LU fixed = singular.lu().update(Vec.of(0, 1), Vec.of(0, 1));
        assertFalse(fixed.isSingular());
        assertEquals(1.0, fixed.det(), 1e-15);
    }

    @Test
    void shapesAndNulls() {
        LU lu = Dense.identity(3).lu();
        assertThrows(DimensionMismatchException.class, () -> lu.update(Vec.of(1, 2), Vec.of(1, 2, 3)));
        assertThrows(DimensionMismatchException.class, () -> lu.update(Vec.of(1, 2, 3), Vec.of(1, 2)));
        assertThrows(NullPointerException.class, () -> lu.update(null, Vec.of(1, 2, 3)));
        assertEquals(0, Dense.zeros(0, 0).lu().update(Vec.of(), Vec.of()).order());
        assertEquals(6.0, Dense.of(1, 1, 2).lu().update(Vec.of(2), Vec.of(2)).det());
    }

    private static void assertFalse(boolean b) {
        assertTrue(!b);
    }
}

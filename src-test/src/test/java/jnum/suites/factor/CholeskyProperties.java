package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.NotPositiveDefiniteException;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Cholesky} over seeds: factor, solves, determinant, rcond, updates, failures. */
class CholeskyProperties {

    /** An SPD matrix with its upper triangle replaced by NaN (it must never be read). */
    private static Dense lowerOnly(Dense a) {
        Dense c = a.copy();
        for (int j = 1; j < a.cols(); j++) {
            for (int i = 0; i < j; i++) {
                c.set(i, j, Double.NaN);
            }
        }
        return c;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void factorsAndSolvesFromTheLowerTriangle(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(120);
        double cond = Math.pow(10, 10 * g.random().nextDouble());
        Dense a = g.spd(n, cond);
        Dense input = g.view(lowerOnly(a));
        double[][] before = input.toArray();
        Cholesky ch = Cholesky.of(input);
        assertArrayEquals(before, input.toArray(), "input modified");
        String ctx = "n=" + n + " seed=" + seed;
        Dense l = ch.l();
        for (int i = 0; i < n; i++) {
            assertTrue(l.get(i, i) > 0, ctx);
            for (int j = i + 1; j < n; j++) {
                assertEquals(0.0, l.get(i, j), ctx);
            }
        }
        FactorChecks.assertClose(FactorChecks.mul(l, l.t()), a, ctx + " A = L L^T");
        Dense b = g.uniform(n, g.random().nextInt(4));
        FactorChecks.assertSolves(a, ch.solve(b), b, ctx + " solve");
        FactorChecks.assertSolves(a, ch.inverse(), Dense.identity(n), ctx + " inverse");
        // det = prod of the eigenvalues, geometric from 1 to 1/cond
        double logExact = 0;
        for (double v : MatrixGen.geometric(n, cond)) {
            logExact += Math.log(v);
        }
        Tolerance.assertWithin(ch.logDet(), logExact, 1e-6 * Math.max(1, Math.abs(logExact)), ctx + " logDet");
        if (n > 0 && n <= 80) {
            FactorChecks.assertRcond(ch.rcond(), FactorChecks.exactRcond(a), ctx + " rcond");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void updateAndDowndateMatchRefactoring(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(60);
        Dense a = g.spd(n, 100);
        Vec x = g.uniformVec(n);
        Cholesky ch = a.cholesky();
        Cholesky up = ch.update(x);
        Dense xxt = Dense.wrap(x.toArray(), 0, n, n, 1);
        xxt = FactorChecks.mul(xxt, xxt.t());
        Dense plus = a.plus(xxt);
        String ctx = "n=" + n + " seed=" + seed;
        FactorChecks.assertClose(FactorChecks.mul(up.l(), up.l().t()), plus, ctx + " update");
        Cholesky back = up.downdate(x);
        FactorChecks.assertClose(FactorChecks.mul(back.l(), back.l().t()), a, ctx + " downdate");
        FactorChecks.assertRcond(up.rcond(), FactorChecks.exactRcond(plus), ctx + " rcond after update");
        // A - y y^T with y = 2 sqrt(lambda_max) times the top eigenvector direction is indefinite
        Vec big = x.scale(10 / Math.max(x.norm2(), 1e-300) * Math.sqrt(n));
        assertThrows(NotPositiveDefiniteException.class, () -> ch.downdate(big));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void notPositiveDefiniteNamesTheColumn(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(60);
        int c = g.random().nextInt(n);
        Dense a = Dense.identity(n).scale(2);
        a.set(c, c, g.random().nextBoolean() ? -1 : Double.NaN);
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class, a::cholesky);
        assertEquals(c, e.column(), e.getMessage());
        assertTrue(Cholesky.tryOf(a).isEmpty());
        assertTrue(Cholesky.tryOf(Dense.identity(n)).isPresent());
    }

    @Test
    void shapesAndEmpty() {
        assertThrows(DimensionMismatchException.class, () -> Dense.zeros(2, 3).cholesky());
        assertThrows(
                DimensionMismatchException.class,
                () -> Dense.identity(2).cholesky().solve(Vec.zeros(3)));
        Cholesky e = Dense.zeros(0, 0).cholesky();
        assertEquals(1.0, e.det());
        assertEquals(0.0, e.logDet());
        assertEquals(1.0, e.rcond());
        assertEquals(36.0, Dense.of(new double[][] {{4, 2}, {2, 10}}).cholesky().det(), 1e-13);
    }
}

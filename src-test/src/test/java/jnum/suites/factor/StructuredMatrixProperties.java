package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.SingularMatrixException;
import jnum.mat.SymDense;
import jnum.mat.TriDense;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link TriDense} and {@link SymDense} against the same operations on their plain Dense copies,
 * computed by the test kit's independent loops.
 */
class StructuredMatrixProperties {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void triangularSolvesAndProducts(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(150);
        Dense a = g.view(g.uniform(n, n));
        for (int k = 0; k < n; k++) {
            a.set(k, k, 2 + g.random().nextDouble()); // well conditioned triangles
        }
        int k = g.random().nextInt(4);
        Dense b = g.uniform(n, k);
        for (boolean unit : new boolean[] {false, true}) {
            for (TriDense t : new TriDense[] {TriDense.upper(a, unit), TriDense.lower(a, unit)}) {
                for (TriDense op : new TriDense[] {t, t.t()}) {
                    String ctx = (op.isUpper() ? "upper" : "lower") + " unit=" + unit + " n=" + n + " seed=" + seed;
                    Dense full = op.toDense();
                    FactorChecks.assertSolves(full, op.solve(b), b, ctx + " solve");
                    FactorChecks.assertClose(op.times(b), FactorChecks.mul(full, b), ctx + " times");
                    if (n > 0) {
                        Vec x = g.uniformVec(n);
                        Dense xd = Dense.wrap(x.toArray(), 0, n, n, 1);
                        FactorChecks.assertClose(
                                Dense.wrap(op.times(x).toArray(), 0, n, n, 1), FactorChecks.mul(full, xd), ctx);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symmetricProductsAndUpdates(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.size(150);
        int k = g.random().nextInt(5);
        Dense a = g.uniform(n, n);
        SymDense s = SymDense.of(g.view(a));
        Dense full = s.toDense();
        String ctx = "n=" + n + " seed=" + seed;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                assertEquals(a.get(i, j), full.get(i, j), ctx);
                assertEquals(a.get(i, j), full.get(j, i), ctx);
            }
        }
        Dense b = g.uniform(n, k);
        FactorChecks.assertClose(s.times(b), FactorChecks.mul(full, b), ctx + " symm");
        Dense c = g.uniform(n, k);
        FactorChecks.assertClose(
                s.rankKUpdate(-2, c).toDense(),
                full.plus(FactorChecks.mul(c, c.t()).scale(-2)),
                ctx + " syrk");
        Dense tall = g.uniform(n + 3, n);
        FactorChecks.assertClose(SymDense.gram(tall).toDense(), FactorChecks.mul(tall.t(), tall), ctx + " gram");
    }

    @Test
    void singularTrianglesAndShapes() {
        Dense a = Dense.of(new double[][] {{1, 2}, {0, 0}});
        SingularMatrixException e = assertThrows(
                SingularMatrixException.class, () -> TriDense.upper(a, false).solve(Vec.of(1, 1)));
        assertEquals(1, e.index());
        assertEquals(Vec.of(-1, 1), TriDense.upper(a, true).solve(Vec.of(1, 1)));
        assertThrows(DimensionMismatchException.class, () -> TriDense.lower(Dense.zeros(2, 3), false));
        assertThrows(DimensionMismatchException.class, () -> SymDense.of(Dense.zeros(2, 3)));
        assertEquals(0.0, TriDense.upper(a, false).det());
        assertEquals(
                6.0,
                SymDense.of(Dense.of(new double[][] {{2, 0}, {1, 3.5}}))
                        .cholesky()
                        .det(),
                1e-14);
    }
}

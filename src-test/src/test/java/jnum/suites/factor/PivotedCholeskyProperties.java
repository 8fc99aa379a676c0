package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.PivotedCholesky;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PivotedCholesky}: the rank of semidefinite matrices and {@code P^T A P = L L^T}. */
class PivotedCholeskyProperties {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void revealsTheRankOfASemidefiniteMatrix(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.size(80);
        int r = g.random().nextInt(n + 1);
        Dense f = g.withCondition(n, n, 100).slice(0, n, 0, r); // n x r, full column rank
        Dense a = FactorChecks.mul(f, f.t());
        PivotedCholesky pc = Cholesky.pivoted(g.view(a));
        String ctx = "n=" + n + " r=" + r + " seed=" + seed;
        assertEquals(r, pc.rank(), ctx);
        int[] p = pc.pivots();
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i], ctx + ": not a permutation");
        }
        Dense l = pc.l();
        for (int j = 0; j + 1 < pc.rank(); j++) {
            assertTrue(l.get(j, j) >= l.get(j + 1, j + 1), ctx + ": diagonal increases at " + j);
        }
        Dense pap = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                pap.set(i, j, a.get(p[i], p[j]));
            }
        }
        if (r > 0) {
            FactorChecks.assertClose(FactorChecks.mul(l, l.t()), pap, ctx + " P^T A P = L L^T");
        }
    }

    @Test
    void fullRankMatchesPlainCholeskyUpToThePermutation() {
        Dense a = Dense.of(new double[][] {{4, 2, 0}, {2, 10, 3}, {0, 3, 5}});
        PivotedCholesky pc = Cholesky.pivoted(a);
        assertEquals(3, pc.rank());
        assertEquals(1, pc.pivots()[0], "largest diagonal first");
        assertEquals(Math.sqrt(10), pc.l().get(0, 0), 1e-15);
        assertEquals(0, Cholesky.pivoted(Dense.zeros(3, 3)).rank());
        assertThrows(IllegalArgumentException.class, () -> Cholesky.pivoted(a, -1));
        assertThrows(IllegalArgumentException.class, () -> Cholesky.pivoted(Dense.of(1, 1, Double.NaN)));
    }
}

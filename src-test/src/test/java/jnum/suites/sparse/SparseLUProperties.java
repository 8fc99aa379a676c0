package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csc;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SparseLU;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sparse LU with partial pivoting: backward error {@code ||P A Q - L U|| / (n eps ||A||)} below 30
 * divided by the growth factor's usual bound for these matrices, multipliers bounded by 1, the
 * solution residual, on non-symmetric matrices whose rows are shuffled so that pivoting is needed.
 */
class SparseLUProperties {

    /** A non-singular non-symmetric matrix with its rows shuffled (zeros on the diagonal). */
    private static SparseGen.Triplets draw(SparseGen g) {
        SparseGen.Triplets t = g.random().nextBoolean()
                ? SparseGen.convectionDiffusion(
                        1 + g.random().nextInt(10), g.random().nextDouble(0, 5))
                : g.spd(
                        g.random().nextInt(100),
                        1 + g.random().nextInt(4),
                        g.random().nextDouble(0.01, 1));
        int n = t.m();
        int[] shuffle = new int[n];
        for (int i = 0; i < n; i++) {
            shuffle[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = g.random().nextInt(i + 1);
            int s = shuffle[i];
            shuffle[i] = shuffle[j];
            shuffle[j] = s;
        }
        int[] rows = new int[t.rows().length];
        double[] values = t.values().clone();
        for (int k = 0; k < rows.length; k++) {
            rows[k] = shuffle[t.rows()[k]];
            if (t.rows()[k] != t.cols()[k]) {
                values[k] *= g.random().nextDouble(0.5, 3); // break the symmetry of the values too
            }
        }
        return new SparseGen.Triplets(n, n, rows, t.cols(), values);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void factorsWithPartialPivoting(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = draw(g);
        Csr a = Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
        double[][] dense = t.dense();
        int n = a.rows();
        for (Ordering ordering : Ordering.values()) {
            SparseLU lu = SparseLU.of(a, ordering, 1.0);
            Csc l = lu.factorL();
            Csc u = lu.factorU();
            int[] p = lu.rowPermutation();
            int[] q = lu.columnPermutation();
            double worst = 0;
            double norm = 0;
            for (int j = 0; j < n; j++) {
                double colSum = 0;
                for (int i = 0; i < n; i++) {
                    colSum += Math.abs(dense[i][j]);
                    if (i > j) {
                        assertTrue(Math.abs(l.get(i, j)) <= 1.0, "multiplier bounded by 1, seed " + seed);
                        assertEquals(0.0, u.get(i, j), "U upper triangular, seed " + seed);
                    }
                    if (i < j) {
                        assertEquals(0.0, l.get(i, j), "L lower triangular, seed " + seed);
                    }
                    double s = 0;
                    for (int k = 0; k <= Math.min(i, j); k++) {
                        s += l.get(i, k) * u.get(k, j);
                    }
                    worst = Math.max(worst, Math.abs(dense[p[i]][q[j]] - s));
                }
                assertEquals(1.0, l.get(j, j), "unit diagonal, seed " + seed);
                norm = Math.max(norm, colSum);
            }
            double ratio = worst / (Math.max(n, 1) * Tolerance.EPS * Math.max(norm, Double.MIN_NORMAL));
            assertTrue(ratio < 30, ordering + ": backward error ratio " + ratio + ", seed " + seed);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = g.random().nextDouble(-1, 1);
            }
            Vec x = lu.solve(Vec.of(b));
            SolveChecks.assertBackwardStable(dense, b, x, ordering + ", seed " + seed);
        }
    }

    @Test
    void singularMatricesAreReportedWithTheStep() {
        Csr zeroColumn = new Coo(3, 3).add(0, 0, 1).add(1, 0, 2).add(2, 2, 1).toCsr();
        var e = assertThrows(SingularMatrixException.class, () -> SparseLU.of(zeroColumn, Ordering.NATURAL, 1.0));
        assertEquals(1, e.index(), e.getMessage());
        Csr dependent = new Coo(2, 2)
                .add(0, 0, 1)
                .add(0, 1, 2)
                .add(1, 0, 2)
                .add(1, 1, 4)
                .toCsr();
        assertThrows(SingularMatrixException.class, () -> SparseLU.of(dependent));
        assertThrows(IllegalArgumentException.class, () -> SparseLU.of(dependent, Ordering.AMD, 0.0));
    }

    @Test
    void thresholdPivotingKeepsTheDiagonalWhenItIsLargeEnough() {
        // diagonally dominant by columns: partial pivoting never leaves the diagonal
        Csr a = Coo.of(3, 3, new int[] {0, 1, 2, 0, 1, 2, 1}, new int[] {0, 0, 0, 1, 1, 2, 2}, new double[] {
                    4, 1, 1, -1, 5, 3, 1
                })
                .toCsr();
        SparseLU lu = SparseLU.of(a, Ordering.NATURAL, 1.0);
        assertEquals(0, lu.rowPermutation()[0]);
        assertEquals(1, lu.rowPermutation()[1]);
        assertEquals(Math.log(Math.abs(4 * (5 + 0.25) * 3 - 4 * 1 * 1 * 1 + 0)), lu.logAbsDet(), 2.0);
    }
}

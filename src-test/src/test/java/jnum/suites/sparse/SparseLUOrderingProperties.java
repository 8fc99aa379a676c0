package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.mat.io.MatrixMarket;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SparseLU;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sparse LU under every column order on random unsymmetric patterns (orders 1 to 300, empty rows
 * and columns, dense rows and columns, structurally singular ones): the column order is a
 * permutation; a matrix without a perfect row-column matching is reported singular; otherwise the
 * normwise backward error {@code ||A x - b|| / (||A|| ||x|| + ||b||)} of the solve is below
 * {@code 30 n eps} times the growth factor {@code max |U| / max |A|}, the bound of Gaussian
 * elimination with partial pivoting with LAPACK's test threshold. The COLAMD fill is compared with
 * SuperLU's (same order family, same pivoting) on the Matrix Market examples.
 */
class SparseLUOrderingProperties {

    /** A random pattern: a few entries per column, optionally a dense row, a dense column, empty lines. */
    private static Coo randomPattern(SplittableRandom rnd, int n) {
        Coo coo = new Coo(n, n);
        boolean diagonal = rnd.nextInt(4) != 0; // otherwise often structurally singular
        int emptyRow = rnd.nextInt(8) == 0 ? rnd.nextInt(n) : -1;
        int emptyCol = rnd.nextInt(8) == 0 ? rnd.nextInt(n) : -1;
        int denseRow = rnd.nextInt(4) == 0 ? rnd.nextInt(n) : -1;
        int denseCol = rnd.nextInt(4) == 0 ? rnd.nextInt(n) : -1;
        int perColumn = 1 + rnd.nextInt(4);
        for (int j = 0; j < n; j++) {
            if (j == emptyCol) {
                continue;
            }
            int count = rnd.nextInt(perColumn + 1);
            for (int t = 0; t < count; t++) {
                add(coo, rnd, rnd.nextInt(n), j, emptyRow);
            }
            if (diagonal) {
                add(coo, rnd, j, j, emptyRow);
            }
            if (denseRow >= 0) {
                add(coo, rnd, denseRow, j, emptyRow);
            }
        }
        if (denseCol >= 0 && denseCol != emptyCol) {
            for (int i = 0; i < n; i++) {
                add(coo, rnd, i, denseCol, emptyRow);
            }
        }
        return coo;
    }

    private static void add(Coo coo, SplittableRandom rnd, int i, int j, int emptyRow) {
        if (i != emptyRow) {
            double v = rnd.nextDouble(0.1, 1) * (rnd.nextBoolean() ? 1 : -1);
            coo.add(i, j, v);
        }
    }

    /** The size of a maximum matching of rows to columns on the stored pattern (augmenting paths). */
    private static int structuralRank(Csr a) {
        int n = a.rows();
        var c = a.toCsc();
        int[] cp = c.columnPointers();
        int[] ri = c.rowIndices();
        int[] rowMatch = new int[n];
        Arrays.fill(rowMatch, -1);
        int rank = 0;
        for (int j = 0; j < n; j++) {
            if (augment(j, cp, ri, rowMatch, new boolean[n])) {
                rank++;
            }
        }
        return rank;
    }

    private static boolean augment(int j, int[] cp, int[] ri, int[] rowMatch, boolean[] visited) {
        for (int p = cp[j]; p < cp[j + 1]; p++) {
            int r = ri[p];
            if (!visited[r]) {
                visited[r] = true;
                if (rowMatch[r] < 0 || augment(rowMatch[r], cp, ri, rowMatch, visited)) {
                    rowMatch[r] = j;
                    return true;
                }
            }
        }
        return false;
    }

    private static Csr csr(SparseGen.Triplets t) {
        return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
    }

    private static int[] sorted(int[] p) {
        int[] s = p.clone();
        Arrays.sort(s);
        return s;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void solvesOrReportsStructuralSingularity(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 6; trial++) {
            int n = trial == 0 ? 1 + rnd.nextInt(4) : 1 + rnd.nextInt(300);
            Csr a = randomPattern(rnd, n).toCsr();
            boolean singular = structuralRank(a) < n;
            double[][] dense = a.toDense().toArray();
            double normA = 0;
            double maxA = 0;
            for (double[] row : dense) {
                double s = 0;
                for (double v : row) {
                    s += Math.abs(v);
                    maxA = Math.max(maxA, Math.abs(v));
                }
                normA = Math.max(normA, s);
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = rnd.nextDouble(-1, 1);
            }
            for (Ordering ordering : Ordering.values()) {
                String what = ordering + ", n = " + n + ", seed " + seed;
                if (singular) {
                    assertThrows(SingularMatrixException.class, () -> SparseLU.of(a, ordering, 1.0), what);
                    continue;
                }
                SparseLU lu = SparseLU.of(a, ordering, 1.0);
                int[] identity = new int[n];
                Arrays.setAll(identity, i -> i);
                assertTrue(Arrays.equals(identity, sorted(lu.columnPermutation())), what + ": column order");
                assertTrue(Arrays.equals(identity, sorted(lu.rowPermutation())), what + ": row order");
                assertNormwiseBackwardStable(dense, b, lu, what);
            }
        }
    }

    /**
     * {@code ||A x - b|| / (||A|| ||x|| + ||b||)} (infinity norms) below {@code 30 n eps} times the
     * growth factor {@code max(1, max |U| / max |A|)}.
     */
    private static void assertNormwiseBackwardStable(double[][] dense, double[] b, SparseLU lu, String what) {
        int n = b.length;
        Vec x = lu.solve(Vec.of(b));
        double normA = 0;
        double maxA = 0;
        double normX = 0;
        double normB = 0;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            double r = b[i];
            double rowSum = 0;
            for (int j = 0; j < n; j++) {
                r -= dense[i][j] * x.get(j);
                rowSum += Math.abs(dense[i][j]);
                maxA = Math.max(maxA, Math.abs(dense[i][j]));
            }
            normA = Math.max(normA, rowSum);
            residual = Math.max(residual, Math.abs(r));
            normX = Math.max(normX, Math.abs(x.get(i)));
            normB = Math.max(normB, Math.abs(b[i]));
        }
        double growth = Math.max(1, maxAbs(lu.factorU().values()) / maxA);
        double ratio = residual / (normA * normX + normB) / (n * Tolerance.EPS);
        assertTrue(ratio < 30 * growth, what + ": backward error ratio " + ratio + ", growth " + growth);
    }

    /**
     * Dense and nearly dense blocks give wide supernodes (wider than the 128-column cap at the
     * largest orders), and partial pivoting exchanges rows inside them; threshold pivoting bounds
     * the multipliers by {@code 1 / threshold}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void wideSupernodesWithRowExchanges(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(260);
        double fill = rnd.nextBoolean() ? 1.0 : rnd.nextDouble(0.2, 0.9);
        Coo coo = new Coo(n, n);
        for (int j = 0; j < n; j++) {
            coo.add(j, j, rnd.nextDouble(0.01, 0.1)); // small diagonal: pivoting leaves it
            for (int i = 0; i < n; i++) {
                if (i != j && rnd.nextDouble() < fill) {
                    coo.add(i, j, rnd.nextDouble(-1, 1));
                }
            }
        }
        Csr a = coo.toCsr();
        double[][] dense = a.toDense().toArray();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextDouble(-1, 1);
        }
        for (double threshold : new double[] {1.0, 0.1, 1e-3}) {
            for (Ordering ordering : Ordering.values()) {
                String what = ordering + ", threshold " + threshold + ", n = " + n + ", seed " + seed;
                SparseLU lu = SparseLU.of(a, ordering, threshold);
                double largest = maxAbs(lu.factorL().values());
                assertTrue(largest <= 1 / threshold * (1 + 4 * Tolerance.EPS), what + ": multiplier " + largest);
                assertNormwiseBackwardStable(dense, b, lu, what);
            }
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Test
    void emptyAndOneByOneMatrices() {
        for (Ordering ordering : Ordering.values()) {
            SparseLU empty = SparseLU.of(new Coo(0, 0).toCsr(), ordering, 1.0);
            assertEquals(0, empty.solve(Vec.zeros(0)).length());
            assertEquals(0, empty.nnz());
            SparseLU one = SparseLU.of(new Coo(1, 1).add(0, 0, -4).toCsr(), ordering, 1.0);
            assertEquals(-0.5, one.solve(Vec.of(new double[] {2})).get(0));
            assertThrows(SingularMatrixException.class, () -> SparseLU.of(new Coo(1, 1).toCsr(), ordering, 1.0));
        }
    }

    @Test
    void theDefaultOrderIsColamd() {
        Csr a = csr(SparseGen.poisson(12));
        SparseLU byDefault = SparseLU.of(a);
        SparseLU colamd = SparseLU.of(a, Ordering.COLAMD, 1.0);
        assertTrue(Arrays.equals(colamd.columnPermutation(), byDefault.columnPermutation()));
        assertEquals(colamd.nnz(), byDefault.nnz());
    }

    @Test
    void colamdFillsClearlyLessThanTheNaturalOrderAndAboutAsMuchAsSuperLU() {
        // nnz(L) + nnz(U) of SuperLU with the natural order and with its COLAMD, partial pivoting
        // (resources/sparse/lu_fill.py)
        Object[][] reference = {
            {"west0067", 1003, 763}, {"west0479", 17898, 6256}, {"494_bus", 13425, 3213},
        };
        for (Object[] row : reference) {
            Csr a = MatrixMarket.readSparse(
                    Path.of("src-test/src/test/resources/sparse/matrixmarket/" + row[0] + ".mtx"));
            check((String) row[0], a, (Integer) row[1], (Integer) row[2]);
        }
        int[][] poisson = {{30, 54058, 30338}, {60, 432118, 179720}};
        for (int[] row : poisson) {
            check("Poisson k = " + row[0], csr(SparseGen.poisson(row[0])), row[1], row[2]);
        }
    }

    private static void check(String name, Csr a, long superluNatural, long superluColamd) {
        long natural = SparseLU.of(a, Ordering.NATURAL, 1.0).nnz();
        long colamd = SparseLU.of(a, Ordering.COLAMD, 1.0).nnz();
        assertTrue(colamd < 0.8 * natural, name + ": COLAMD " + colamd + " vs natural " + natural);
        assertTrue(
                colamd <= 1.15 * superluColamd,
                name + ": COLAMD " + colamd + " vs SuperLU's " + superluColamd + " (natural " + superluNatural + ")");
    }
}

package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.NotPositiveDefiniteException;
import jnum.mat.Vec;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csc;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SparseCholesky;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sparse Cholesky: backward error {@code ||P A P^T - L L^T|| / (n eps ||A||)} below 30 (LAPACK's
 * threshold) with both orderings, solution residuals, reuse of the analysis, the fill of AMD
 * against the natural order, and the failure on matrices that are not positive definite.
 */
class SparseCholeskyProperties {

    private static Csr csr(SparseGen.Triplets t) {
        return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
    }

    /** {@code max |(P A P^T - L L^T)(i, j)|} over all i, j, with plain loops on dense copies. */
    private static double backwardError(double[][] a, int[] perm, Csc l) {
        int n = a.length;
        double[][] dl = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                dl[i][j] = l.get(i, j);
            }
        }
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k <= Math.min(i, j); k++) {
                    s += dl[i][k] * dl[j][k];
                }
                worst = Math.max(worst, Math.abs(a[perm[i]][perm[j]] - s));
            }
        }
        return worst;
    }

    private static double oneNorm(double[][] a) {
        double best = 0;
        for (int j = 0; j < a.length; j++) {
            double s = 0;
            for (double[] row : a) {
                s += Math.abs(row[j]);
            }
            best = Math.max(best, s);
        }
        return best;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void factorsToBackwardErrorAndSolves(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = g.random().nextBoolean()
                ? SparseGen.poisson(1 + g.random().nextInt(12))
                : g.spd(
                        g.random().nextInt(120),
                        1 + g.random().nextInt(5),
                        g.random().nextDouble(1e-6, 1));
        Csr a = csr(t);
        double[][] dense = t.dense();
        int n = a.rows();
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = g.random().nextDouble(-1, 1);
        }
        for (Ordering ordering : Ordering.values()) {
            SparseCholesky.Symbolic s = SparseCholesky.analyze(a, ordering);
            int[] perm = s.permutation();
            int[] sorted = perm.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < n; k++) {
                assertEquals(k, sorted[k], "a permutation, seed " + seed);
            }
            SparseCholesky f = s.factor(a);
            Csc l = f.factorL();
            assertEquals(s.nnzL(), l.nnz(), "column counts predict the fill exactly, seed " + seed);
            double norm = Math.max(oneNorm(dense), Double.MIN_NORMAL);
            double ratio = backwardError(dense, perm, l) / (Math.max(n, 1) * Tolerance.EPS * norm);
            assertTrue(ratio < 30, ordering + ": backward error ratio " + ratio + ", seed " + seed);
            Vec x = f.solve(Vec.of(b));
            SolveChecks.assertBackwardStable(dense, b, x, ordering + ", seed " + seed);
            double logDet = 0;
            for (int k = 0; k < n; k++) {
                logDet += 2 * Math.log(l.get(k, k));
            }
            assertEquals(logDet, f.logDet(), 1e-12 * Math.max(1, Math.abs(logDet)), "seed " + seed);
        }
    }

    @Test
    void analysisIsReusedForNewValuesOfThePattern() {
        SparseGen.Triplets t = SparseGen.poisson(9);
        Csr a = csr(t);
        SparseCholesky.Symbolic s = SparseCholesky.analyze(a, Ordering.AMD);
        Csr doubled = (Csr) a.scale(2.0);
        Vec b = Vec.of(new SplittableRandom(5).doubles(a.rows(), -1, 1).toArray());
        Vec x1 = s.factor(a).solve(b);
        Vec x2 = s.factor(doubled).solve(b);
        assertTrue(x1.equalsWithin(x2.scale(2.0), 1e-13 * x1.normInf()), "2A x = b gives x/2");
        Csr other = csr(SparseGen.poisson(8));
        assertThrows(IllegalArgumentException.class, () -> s.factor(other));
    }

    @Test
    void approximateMinimumDegreeReducesFill() {
        // nnz(L) of SuperLU (scipy.sparse.linalg.splu, no pivoting, symmetric mode) on the k x k
        // Poisson matrix with its natural order and with multiple minimum degree on A + A^T;
        // resources/sparse/poisson_fill.py prints them
        int[][] reference = {{10, 1009, 630}, {30, 27029, 10098}, {60, 216059, 54215}};
        for (int[] row : reference) {
            Csr a = csr(SparseGen.poisson(row[0]));
            long natural = SparseCholesky.analyze(a, Ordering.NATURAL).nnzL();
            long amd = SparseCholesky.analyze(a, Ordering.AMD).nnzL();
            assertEquals(row[1], natural, "k = " + row[0] + ": the natural order fills the band");
            assertTrue(amd <= 1.25 * row[2], "k = " + row[0] + ": AMD " + amd + " vs SuperLU's MMD " + row[2]);
        }
        SparseGen g = new SparseGen(11);
        Csr r = csr(g.spd(500, 3, 0.5));
        long natural = SparseCholesky.analyze(r, Ordering.NATURAL).nnzL();
        long amd = SparseCholesky.analyze(r, Ordering.AMD).nnzL();
        assertTrue(amd < 0.5 * natural, "random pattern: AMD " + amd + " vs natural " + natural);
    }

    @Test
    void notPositiveDefiniteNamesTheColumn() {
        Csr a = new Coo(3, 3)
                .add(0, 0, 4)
                .add(1, 1, 1)
                .add(1, 2, 2)
                .add(2, 1, 2)
                .add(2, 2, 1)
                .toCsr();
        var e = assertThrows(
                NotPositiveDefiniteException.class,
                () -> SparseCholesky.analyze(a, Ordering.NATURAL).factor(a));
        assertEquals(2, e.column(), e.getMessage());
        Csr nan = new Coo(2, 2).add(0, 0, Double.NaN).add(1, 1, 1).toCsr();
        assertThrows(NotPositiveDefiniteException.class, () -> SparseCholesky.of(nan));
        assertEquals(
                0, SparseCholesky.of(new Coo(0, 0).toCsr()).solve(Vec.zeros(0)).length());
    }
}

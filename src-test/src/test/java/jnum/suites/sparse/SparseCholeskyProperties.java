package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * against the natural order, and the failure on matrices that are not positive definite; on
 * patterns that make wide supernodes (dense blocks, arrows, bands, disconnected components), with
 * relaxed amalgamation on and off.
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
        int[][] reference = {
            {10, 1009, 630}, {30, 27029, 10098}, {60, 216059, 54215}, {100, 1000099, 185673}, {200, 8000199, 976217}
        };
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

    /** The off-diagonal pairs of a pattern family that makes supernodes, named for messages. */
    private record Pattern(String kind, int n, int[] is, int[] js) {}

    private static Pattern structured(SplittableRandom rnd) {
        int n = 1 + rnd.nextInt(150);
        List<int[]> pairs = new ArrayList<>();
        String kind = switch (rnd.nextInt(5)) {
            case 0 -> {
                denseBlocks(rnd, identity(n), pairs);
                yield "dense blocks";
            }
            case 1 -> {
                // a tridiagonal spine and a few hub rows joined to every other row
                for (int i = 1; i < n; i++) {
                    pairs.add(new int[] {i - 1, i});
                }
                for (int h = 1 + rnd.nextInt(4); h > 0; h--) {
                    int hub = rnd.nextInt(n);
                    for (int i = 0; i < n; i++) {
                        if (i != hub) {
                            pairs.add(new int[] {hub, i});
                        }
                    }
                }
                yield "arrow";
            }
            case 2 -> {
                int band = 1 + rnd.nextInt(12);
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j <= Math.min(n - 1, i + band); j++) {
                        pairs.add(new int[] {i, j});
                    }
                }
                yield "band " + band;
            }
            case 3 -> {
                // components on a random split of a shuffled index set
                int[] order = identity(n);
                for (int i = n - 1; i > 0; i--) {
                    int j = rnd.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
                int from = 0;
                while (from < n) {
                    int size = 1 + rnd.nextInt(Math.min(n - from, 40));
                    denseBlocks(rnd, Arrays.copyOfRange(order, from, from + size), pairs);
                    from += size;
                }
                yield "components";
            }
            default -> {
                n = 1;
                yield "1x1";
            }
        };
        int[] is = new int[pairs.size()];
        int[] js = new int[pairs.size()];
        for (int k = 0; k < is.length; k++) {
            is[k] = pairs.get(k)[0];
            js[k] = pairs.get(k)[1];
        }
        return new Pattern(kind, n, is, js);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** A few random subsets of {@code nodes} made complete, plus a sprinkling of random pairs. */
    private static void denseBlocks(SplittableRandom rnd, int[] nodes, List<int[]> pairs) {
        int m = nodes.length;
        if (m < 2) {
            return;
        }
        for (int b = 1 + rnd.nextInt(4); b > 0; b--) {
            int size = 2 + rnd.nextInt(Math.min(m, 30) - 1);
            int[] chosen = rnd.ints(size, 0, m).distinct().toArray();
            for (int x = 0; x < chosen.length; x++) {
                for (int y = x + 1; y < chosen.length; y++) {
                    pairs.add(new int[] {nodes[chosen[x]], nodes[chosen[y]]});
                }
            }
        }
        for (int k = rnd.nextInt(2 * m); k > 0; k--) {
            int x = rnd.nextInt(m);
            int y = rnd.nextInt(m);
            if (x != y) {
                pairs.add(new int[] {nodes[x], nodes[y]});
            }
        }
    }

    /** A lower bound on the smallest eigenvalue: Gershgorin's, {@code min_i a_ii - sum_j |a_ij|}. */
    private static double gershgorin(double[][] a) {
        double low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            double off = 0;
            for (int j = 0; j < a.length; j++) {
                off += i == j ? 0 : Math.abs(a[i][j]);
            }
            low = Math.min(low, a[i][i] - off);
        }
        return low;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void supernodalFactorsOfStructuredPatterns(long seed) {
        SparseGen g = new SparseGen(seed);
        Pattern pattern = structured(g.random());
        SparseGen.Triplets t = g.spdOnPattern(
                pattern.n(), pattern.is(), pattern.js(), g.random().nextDouble(0.01, 1));
        Csr a = csr(t);
        double[][] dense = t.dense();
        int n = a.rows();
        double norm = oneNorm(dense);
        double[] b = g.random().doubles(n, -1, 1).toArray();
        String what = pattern.kind() + " n=" + n + ", seed " + seed;
        for (Ordering ordering : List.of(Ordering.AMD, Ordering.NATURAL)) {
            Csc[] factors = new Csc[2];
            int[] supernodeCounts = new int[2];
            for (int relaxed = 0; relaxed < 2; relaxed++) {
                SparseCholesky.Symbolic s = SparseCholesky.analyze(a, ordering, relaxed == 1);
                int[] first = s.supernodes();
                assertEquals(0, first[0], what);
                assertEquals(n, first[first.length - 1], what);
                for (int k = 1; k < first.length; k++) {
                    assertTrue(first[k - 1] < first[k], "supernodes are non-empty runs, " + what);
                }
                supernodeCounts[relaxed] = first.length - 1;
                assertTrue(s.panelEntries() >= s.nnzL(), what);
                SparseCholesky f = s.factor(a);
                Csc l = f.factorL();
                assertEquals(s.nnzL(), l.nnz(), "the factor holds the structure of L exactly, " + what);
                double ratio = backwardError(dense, s.permutation(), l) / (n * Tolerance.EPS * norm);
                assertTrue(
                        ratio < 30, ordering + " relaxed=" + relaxed + ": backward error ratio " + ratio + ", " + what);
                SolveChecks.assertBackwardStable(dense, b, f.solve(Vec.of(b)), ordering + ", " + what);
                factors[relaxed] = l;
            }
            assertTrue(supernodeCounts[1] <= supernodeCounts[0], "relaxing merges supernodes, " + what);
            // both factors are exact for A + E_r and A + E_f with max |E| < 30 n eps ||A||_1 (checked
            // above); to first order dL = L Phi(L^-1 (E_r - E_f) L^-T), so
            // ||dL||_F <= ||L||_2 ||E_r - E_f||_F / (sqrt 2 lambda_min), with ||L||_2^2 = ||A||_2 <= ||A||_1,
            // ||E||_F <= n max |E| and lambda_min at least Gershgorin's bound; twice that for the
            // higher-order terms
            double e = 30 * n * Tolerance.EPS * norm;
            double bound = 2 * Math.sqrt(norm) * n * 2 * e / (Math.sqrt(2) * gershgorin(dense));
            for (int j = 0; j < n; j++) {
                for (int i = j; i < n; i++) {
                    double diff = Math.abs(factors[1].get(i, j) - factors[0].get(i, j));
                    assertTrue(
                            diff <= bound,
                            ordering + ": relaxed and fundamental factors differ by " + diff + " > " + bound + " at ("
                                    + i + ", " + j + "), " + what);
                }
            }
        }
    }

    @Test
    void aDenseMatrixIsOneSupernode() {
        SparseGen g = new SparseGen(3);
        for (int m : new int[] {1, 2, 17, 60}) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    pairs.add(new int[] {i, j});
                }
            }
            SparseGen.Triplets t = g.spdOnPattern(
                    m,
                    pairs.stream().mapToInt(p -> p[0]).toArray(),
                    pairs.stream().mapToInt(p -> p[1]).toArray(),
                    0.5);
            for (Ordering ordering : Ordering.values()) {
                SparseCholesky.Symbolic s = SparseCholesky.analyze(csr(t), ordering, false);
                assertArrayEquals(new int[] {0, m}, s.supernodes(), ordering + " m=" + m);
                assertEquals((long) m * m, s.panelEntries(), "one m x m panel, m=" + m);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void notPositiveDefiniteInsideAPanelNamesTheColumn(long seed) {
        SparseGen g = new SparseGen(seed);
        Pattern pattern = structured(g.random());
        SparseGen.Triplets t = g.spdOnPattern(pattern.n(), pattern.is(), pattern.js(), 0.5);
        int n = pattern.n();
        int bad = g.random().nextInt(n);
        double[] v = t.values().clone();
        for (int k = 0; k < v.length; k++) {
            if (t.rows()[k] == bad && t.cols()[k] == bad) {
                // every column eliminated before it keeps a positive pivot (a principal submatrix
                // of an SPD matrix); its own pivot is -a_kk minus a Schur complement term >= 0
                v[k] = -v[k];
            }
        }
        Csr a = csr(new SparseGen.Triplets(n, n, t.rows(), t.cols(), v));
        String what = pattern.kind() + " n=" + n + ", seed " + seed;
        for (Ordering ordering : Ordering.values()) {
            for (boolean relaxed : new boolean[] {true, false}) {
                var e = assertThrows(
                        NotPositiveDefiniteException.class,
                        () -> SparseCholesky.analyze(a, ordering, relaxed).factor(a));
                assertEquals(bad, e.column(), ordering + " relaxed=" + relaxed + ": " + e.getMessage() + ", " + what);
                assertTrue(e.getMessage().contains("at column " + bad + ","), e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void numericFactorizationRepeatsForNewValuesOfThePattern(long seed) {
        SparseGen g = new SparseGen(seed);
        Pattern pattern = structured(g.random());
        Csr a1 = csr(g.spdOnPattern(pattern.n(), pattern.is(), pattern.js(), 0.5));
        SparseGen.Triplets t2 = g.spdOnPattern(pattern.n(), pattern.is(), pattern.js(), 0.1);
        Csr a2 = csr(t2);
        String what = pattern.kind() + " n=" + pattern.n() + ", seed " + seed;
        SparseCholesky.Symbolic s = SparseCholesky.analyze(a1, Ordering.AMD);
        SparseCholesky f1 = s.factor(a1);
        Csc l1 = f1.factorL();
        SparseCholesky f2 = s.factor(a2);
        assertEquals(l1, f1.factorL(), "a later factorization leaves an earlier one as it was, " + what);
        assertEquals(
                SparseCholesky.of(a2).factorL(),
                f2.factorL(),
                "the same pattern gives the same analysis and so the same factor, " + what);
        double[][] dense = t2.dense();
        double ratio =
                backwardError(dense, s.permutation(), f2.factorL()) / (pattern.n() * Tolerance.EPS * oneNorm(dense));
        assertTrue(ratio < 30, "backward error ratio " + ratio + ", " + what);
    }

    @Test
    void oneAnalysisServesManyThreadsAtOnce() throws Exception {
        Csr a = csr(SparseGen.poisson(30));
        SparseCholesky.Symbolic s = SparseCholesky.analyze(a, Ordering.AMD);
        Csc expected = s.factor(a).factorL();
        List<Future<Csc>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> s.factor(a).factorL()));
            }
            for (Future<Csc> r : results) {
                assertEquals(expected, r.get(), "concurrent factorizations give the same factor, bit for bit");
            }
        }
    }
}

package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Norm;
import jnum.mat.Vec;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csc;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.SparseMatrix;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversions, element access and products of the sparse formats against dense oracles computed
 * from the triplets with plain loops; random patterns with empty rows and columns, repeated
 * positions, explicit zeros and the edge shapes.
 */
class SparseFormatsProperties {

    private static SparseGen.Triplets draw(SparseGen g) {
        int[][] edge = {{0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 4}, {4, 1}};
        int pick = g.random().nextInt(8);
        if (pick < edge.length) {
            return g.triplets(edge[pick][0], edge[pick][1], 0.5);
        }
        int m = 1 + g.random().nextInt(60);
        int n = 1 + g.random().nextInt(60);
        return g.triplets(m, n, g.random().nextDouble(0.0, 0.3));
    }

    private static Coo coo(SparseGen.Triplets t) {
        return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void conversionsAgreeWithTheTriplets(long seed) {
        SparseGen.Triplets t = draw(new SparseGen(seed));
        double[][] expected = t.dense();
        Csr csr = coo(t).toCsr();
        Csc csc = coo(t).toCsc();
        for (SparseMatrix s : new SparseMatrix[] {
            csr, csc, csr.toCsc(), csc.toCsr(), csr.t().t(), csc.t().t()
        }) {
            assertEquals(t.m(), s.rows(), "seed " + seed);
            assertEquals(t.n(), s.cols(), "seed " + seed);
            for (int i = 0; i < t.m(); i++) {
                for (int j = 0; j < t.n(); j++) {
                    // the sums of repeated positions are formed in the order they were added
                    assertEquals(expected[i][j], s.get(i, j), "seed " + seed + " at " + i + "," + j);
                    assertEquals(expected[i][j], s.toDense().get(i, j), "seed " + seed);
                    assertEquals(expected[i][j], s.t().get(j, i), "seed " + seed);
                }
            }
        }
        assertEquals(csr, csc, "value equality across formats, seed " + seed);
        assertEquals(csr.hashCode(), csc.hashCode(), "seed " + seed);
        assertEquals(csr.nnz(), csc.nnz(), "seed " + seed);
        int distinct = (int) java.util.stream.IntStream.range(0, t.values().length)
                .mapToLong(k -> (long) t.rows()[k] * t.n() + t.cols()[k])
                .distinct()
                .count();
        assertEquals(distinct, csr.nnz(), "one stored entry per distinct position, seed " + seed);
        Csr back = Csr.from(csr.toDense());
        assertEquals(csr.toDense(), back.toDense(), "seed " + seed);
        assertTrue(back.nnz() <= csr.nnz(), "Csr.from stores only non-zeros, seed " + seed);
        Csr rebuilt = Csr.of(csr.rows(), csr.cols(), csr.rowPointers(), csr.columnIndices(), csr.values());
        assertEquals(csr, rebuilt, "seed " + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void productsAgreeWithTheDenseOracle(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = draw(g);
        double[][] a = t.dense();
        int m = t.m();
        int n = t.n();
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = g.random().nextDouble(-1, 1);
        }
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = g.random().nextDouble(-1, 1);
        }
        for (SparseMatrix s : new SparseMatrix[] {coo(t).toCsr(), coo(t).toCsc()}) {
            Vec ax = s.times(Vec.of(x));
            Vec aty = s.t().times(Vec.of(y));
            for (int i = 0; i < m; i++) {
                double want = 0;
                double bound = 0;
                for (int j = 0; j < n; j++) {
                    want += a[i][j] * x[j];
                    bound += Math.abs(a[i][j] * x[j]);
                }
                assertEquals(want, ax.get(i), Tolerance.gamma(n) * bound, "A x, seed " + seed);
            }
            for (int j = 0; j < n; j++) {
                double want = 0;
                double bound = 0;
                for (int i = 0; i < m; i++) {
                    want += a[i][j] * y[i];
                    bound += Math.abs(a[i][j] * y[i]);
                }
                assertEquals(want, aty.get(j), Tolerance.gamma(m) * bound, "A^T y, seed " + seed);
            }
            if (s instanceof Csr c) {
                // each element of A x is the sum of its row's products in storage order, bit for bit
                int[] rp = c.rowPointers();
                int[] ci = c.columnIndices();
                double[] cv = c.values();
                for (int i = 0; i < m; i++) {
                    double sum = 0.0;
                    for (int k = rp[i]; k < rp[i + 1]; k++) {
                        sum += cv[k] * x[ci[k]];
                    }
                    assertEquals(sum, ax.get(i), 0.0, "A x in storage order, seed " + seed);
                }
            }
            // strided x through a view of a dense matrix's row
            Dense holder = Dense.zeros(3, Math.max(n, 1));
            for (int j = 0; j < n; j++) {
                holder.set(1, j, x[j]);
            }
            if (n > 0) {
                assertEquals(ax, s.times(holder.row(1).slice(0, n)), "strided x, seed " + seed);
            }
            // A B with a dense B and with a sparse B, against the dense product
            int p = g.random().nextInt(5);
            SparseGen.Triplets tb = g.triplets(n, p, 0.3);
            double[][] b = tb.dense();
            Dense bDense = Dense.zeros(n, p);
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < p; j++) {
                    bDense.set(k, j, b[k][j]);
                }
            }
            Dense ab = s.times(bDense);
            SparseMatrix abSparse =
                    s.times(Coo.of(n, p, tb.rows(), tb.cols(), tb.values()).toCsr());
            assertEquals(s.getClass(), abSparse.getClass(), "result in the left operand's format");
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < p; j++) {
                    double want = 0;
                    double bound = 0;
                    for (int k = 0; k < n; k++) {
                        want += a[i][k] * b[k][j];
                        bound += Math.abs(a[i][k] * b[k][j]);
                    }
                    assertEquals(want, ab.get(i, j), Tolerance.gamma(n) * bound, "A B dense, seed " + seed);
                    assertEquals(want, abSparse.get(i, j), Tolerance.gamma(n) * bound, "A B sparse, seed " + seed);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sumsNormsAndDiagonal(long seed) {
        SparseGen g = new SparseGen(seed);
        SparseGen.Triplets t = draw(g);
        SparseGen.Triplets u = g.triplets(t.m(), t.n(), 0.2);
        Csr a = coo(t).toCsr();
        Csc b = Coo.of(u.m(), u.n(), u.rows(), u.cols(), u.values()).toCsc();
        double[][] da = t.dense();
        double[][] db = u.dense();
        SparseMatrix sum = a.plus(b);
        SparseMatrix diff = b.minus(a);
        SparseMatrix scaled = a.scale(-2.5);
        for (int i = 0; i < t.m(); i++) {
            for (int j = 0; j < t.n(); j++) {
                // delta 0: exact, with -0.0 equal to an unstored +0.0
                assertEquals(da[i][j] + db[i][j], sum.get(i, j), 0.0, "seed " + seed);
                assertEquals(db[i][j] - da[i][j], diff.get(i, j), 0.0, "seed " + seed);
                assertEquals(-2.5 * da[i][j], scaled.get(i, j), 0.0, "seed " + seed);
            }
        }
        Dense dense = Dense.zeros(t.m(), t.n());
        for (int i = 0; i < t.m(); i++) {
            for (int j = 0; j < t.n(); j++) {
                dense.set(i, j, da[i][j]);
            }
        }
        for (Norm kind : Norm.values()) {
            double want = dense.norm(kind);
            assertEquals(want, a.norm(kind), 4 * Tolerance.EPS * want, kind + ", seed " + seed);
            assertEquals(want, a.toCsc().norm(kind), 4 * Tolerance.EPS * want, kind + ", seed " + seed);
        }
        Vec d = a.diagonal();
        assertEquals(Math.min(t.m(), t.n()), d.length());
        for (int i = 0; i < d.length(); i++) {
            assertEquals(da[i][i], d.get(i), "seed " + seed);
        }
    }

    @Test
    void productIsTheSameForAnyThreadCount() {
        SparseGen.Triplets t = SparseGen.poisson(400); // 160000 rows, 798400 entries: above the split
        Csr a = coo(t).toCsr();
        double[] x = new double[a.cols()];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int j = 0; j < x.length; j++) {
            x[j] = rnd.nextDouble(-1, 1);
        }
        int before = jnum.mat.kernel.Parallelism.threads();
        try {
            jnum.mat.kernel.Parallelism.setThreads(1);
            Vec one = a.times(Vec.of(x));
            jnum.mat.kernel.Parallelism.setThreads(3);
            Vec three = a.times(Vec.of(x));
            assertEquals(one, three, "bitwise equal for 1 and 3 threads");
            assertEquals(one, a.toCsc().t().t().toCsr().times(Vec.of(x)));
        } finally {
            jnum.mat.kernel.Parallelism.setThreads(before);
        }
    }

    @Test
    void malformedInputIsRejectedByName() {
        assertThrows(
                IllegalArgumentException.class, () -> Csr.of(2, 2, new int[] {0, 1}, new int[] {0}, new double[] {1}));
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> Csr.of(2, 3, new int[] {0, 2, 2}, new int[] {1, 1}, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("not strictly increasing"), e.getMessage());
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> Csc.of(2, 2, new int[] {0, 1, 1}, new int[] {5}, new double[] {1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> Csr.of(2, 2, new int[] {0, 2, 1}, new int[] {0, 1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Csr.of(1, 1, new int[] {1, 1}, new int[0], new double[0]));
        assertThrows(IndexOutOfBoundsException.class, () -> new Coo(2, 2).add(2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Coo(-1, 2));
        Csr a = Csr.identity(3);
        var dm = assertThrows(DimensionMismatchException.class, () -> a.times(Vec.of(1, 2)));
        assertTrue(dm.getMessage().startsWith("times: 3x3"), dm.getMessage());
        assertThrows(DimensionMismatchException.class, () -> a.plus(Csr.identity(2)));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(3, 0));
        assertThrows(NullPointerException.class, () -> a.times((Vec) null));
    }

    @Test
    void nanAndInfinityPropagateThroughStoredEntries() {
        Csr a = new Coo(2, 2).add(0, 0, Double.POSITIVE_INFINITY).add(1, 1, 1).toCsr();
        Vec y = a.times(Vec.of(0, 2));
        assertTrue(Double.isNaN(y.get(0)), "Inf * 0 of a stored entry is NaN");
        assertEquals(2.0, y.get(1));
        Vec z = a.toCsc().times(Vec.of(0, 2));
        assertTrue(Double.isNaN(z.get(0)), "the same in CSC");
        assertTrue(Double.isNaN(new Coo(1, 1).add(0, 0, Double.NaN).toCsr().norm(Norm.FROBENIUS)));
    }

    @Test
    void toStringShowsShapeNnzAndAnExcerpt() {
        Csr a = new Coo(3, 3).add(0, 0, 2).add(2, 1, -1.5).toCsr();
        assertEquals(
                "Csr 3x3, nnz 2 (density 0.222)\n     2     0     0\n     0     0     0\n     0  -1.5     0",
                a.toString());
        assertTrue(a.t().toString().startsWith("Csc 3x3, nnz 2"), a.t().toString());
    }
}

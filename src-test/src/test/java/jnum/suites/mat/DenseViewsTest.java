package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Matrix;
import jnum.mat.Vec;
import jnum.mat.kernel.Transpose;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.api.Test;

/** Views share storage: writes through a view are read from the parent and back. */
class DenseViewsTest {
    // a_ij = 10 i + j, so every element names its position
    private static Dense numbered(int m, int n) {
        double[] v = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                v[i * n + j] = 10 * i + j;
            }
        }
        return Dense.of(m, n, v);
    }

    @Test
    void constructionFromRowsAndRowMajorValues() {
        Dense a = Dense.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(2, a.rows());
        assertEquals(3, a.cols());
        assertEquals(6, a.get(1, 2));
        assertEquals(a, Dense.of(2, 3, 1, 2, 3, 4, 5, 6));
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, a.array(), "column-major storage");
        assertEquals(2, a.ld());
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, a.toArray());
        assertEquals(Dense.of(2, 2, 1, 0, 0, 1), Dense.identity(2));
        assertEquals(Dense.of(3, 3, 2, 0, 0, 0, -1, 0, 0, 0, 5), Dense.diag(2, -1, 5));
        assertEquals(Dense.diag(2, -1, 5), Dense.diag(Vec.of(2, -1, 5)));
        assertEquals(Dense.of(2, 3, new double[6]), Dense.zeros(2, 3));
        assertEquals(0, Dense.zeros(0, 4).rows());
        assertEquals(4, Dense.zeros(0, 4).cols());
        assertEquals(3, Dense.of(new double[][] {{}, {}, {}}).rows(), "3x0 from empty rows");
        assertEquals(0, Dense.of(new double[0][]).cols());
    }

    @Test
    void randomIsUniformAndReproducibleFromTheGenerator() {
        Dense a = Dense.random(3, 4, new SplittableRandom(7));
        assertEquals(a, Dense.random(3, 4, new SplittableRandom(7)));
        SplittableRandom r = new SplittableRandom(7);
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < 3; i++) {
                assertEquals(r.nextDouble(), a.get(i, j), "column-major draw order");
            }
        }
    }

    @Test
    void wrapViewsExistingColumnMajorStorage() {
        double[] data = {9, 1, 2, 9, 3, 4, 9, 5, 6, 9};
        Dense w = Dense.wrap(data, 1, 3, 2, 3); // 2x3 at offset 1, ld 3: skips every third value
        assertEquals(Dense.of(2, 3, 1, 3, 5, 2, 4, 6), w);
        assertSame(data, w.array());
        assertEquals(1, w.offset());
        assertEquals(3, w.ld());
        w.set(1, 2, -6);
        assertEquals(-6, data[8]);
        assertEquals(Dense.of(1, 2, 4, -6), w.slice(1, 2, 1, 3));
        assertEquals(5, w.slice(1, 2, 1, 3).offset(), "offset 1 + row 1 + column 1 * ld 3");
        assertEquals(0, Dense.wrap(new double[0], 0, 1, 0, 5).rows(), "empty wrap of an empty array");
    }

    @Test
    void copyAndToArrayDoNotShareStorage() {
        Dense a = numbered(3, 3);
        Dense c = a.copy();
        double[][] arr = a.toArray();
        c.set(0, 0, -1);
        arr[1][1] = -1;
        assertEquals(0, a.get(0, 0));
        assertEquals(11, a.get(1, 1));
    }

    @Test
    void sliceIsAHalfOpenViewSharingStorage() {
        Dense a = numbered(5, 6);
        Dense s = a.slice(1, 4, 2, 5);
        assertEquals(3, s.rows());
        assertEquals(3, s.cols());
        assertEquals(12, s.get(0, 0));
        assertEquals(34, s.get(2, 2));
        assertSame(a.array(), s.array());
        s.set(1, 1, -7);
        assertEquals(-7, a.get(2, 3), "write through the slice is seen by the parent");
        a.set(3, 4, -9);
        assertEquals(-9, s.get(2, 2), "write to the parent is seen by the slice");
        Dense ss = s.slice(1, 3, 0, 2);
        assertEquals(22, ss.get(0, 0));
        ss.set(1, 1, 99);
        assertEquals(99, a.get(3, 3), "slice of a slice");
        assertEquals(0, a.slice(2, 2, 0, 6).rows(), "empty slice");
        assertEquals(6, a.slice(2, 2, 0, 6).cols());
    }

    @Test
    void rowColumnAndDiagonalAreVectorViews() {
        Dense a = numbered(3, 4);
        assertArrayEquals(new double[] {20, 21, 22, 23}, a.row(2).toArray());
        assertArrayEquals(new double[] {1, 11, 21}, a.column(1).toArray());
        assertArrayEquals(new double[] {0, 11, 22}, a.diagonal().toArray());
        a.row(1).set(3, -1);
        assertEquals(-1, a.get(1, 3));
        a.column(2).set(0, -2);
        assertEquals(-2, a.get(0, 2));
        a.diagonal().set(2, -3);
        assertEquals(-3, a.get(2, 2));
        assertArrayEquals(new double[] {0, 11, -3}, a.diagonal().toArray());
        assertEquals(0, Dense.zeros(0, 3).diagonal().length());
    }

    @Test
    void transposeIsAViewWithoutCopy() {
        Dense a = numbered(2, 3);
        Dense t = a.t();
        assertEquals(3, t.rows());
        assertEquals(2, t.cols());
        assertSame(a.array(), t.array());
        assertEquals(Transpose.YES, t.storage());
        assertEquals(Transpose.NO, t.t().storage());
        assertEquals(12, t.get(2, 1));
        t.set(0, 1, 100);
        assertEquals(100, a.get(1, 0));
        assertArrayEquals(new double[][] {{0, 100}, {1, 11}, {2, 12}}, t.toArray());
        assertArrayEquals(new double[] {1, 11}, t.row(1).toArray(), "row of a transposed view");
        assertArrayEquals(new double[] {100, 11, 12}, t.column(1).toArray(), "its column");
        assertArrayEquals(new double[] {0, 11}, t.diagonal().toArray(), "its diagonal");
        Dense ts = t.slice(1, 3, 0, 2); // rows 1..2 of the transpose = columns 1..2 of a
        assertEquals(Dense.of(2, 2, 1, 11, 2, 12), ts);
        ts.set(1, 0, -5);
        assertEquals(-5, a.get(0, 2));
        assertEquals(a, a.t().t());
    }

    @Test
    void transposedViewsInEveryOperation() {
        Dense a = Dense.of(2, 3, 1, 2, 3, 4, 5, 6);
        Dense at = Dense.of(3, 2, 1, 4, 2, 5, 3, 6); // the same values, compact
        Dense b = Dense.of(3, 2, 1, -1, 0, 2, 3, 1);
        assertEquals(at, a.t());
        assertEquals(at.plus(b), a.t().plus(b));
        assertEquals(b.plus(at), b.plus(a.t()));
        assertEquals(at.minus(b), a.t().minus(b));
        assertEquals(at.mulElem(b), a.t().mulElem(b));
        assertEquals(at.divElem(b), a.t().divElem(b));
        assertEquals(at.scale(3), a.t().scale(3));
        assertEquals(at.map(Math::sqrt), a.t().map(Math::sqrt));
        assertEquals(at.times(a), a.t().times(a));
        assertEquals(Dense.of(3, 3, 17, 22, 27, 22, 29, 36, 27, 36, 45), a.t().times(a), "A^T A");
        assertEquals(Dense.of(2, 2, 14, 32, 32, 77), a.times(a.t()), "A A^T");
        assertEquals(Vec.of(14, 32), a.times(Vec.of(1, 2, 3)));
        assertEquals(Vec.of(9, 12, 15), a.t().times(Vec.of(1, 2)));
        assertEquals(at.sum(), a.t().sum());
        assertEquals(at.copy(), a.t().copy());
        Dense into = Dense.zeros(2, 3).t(); // a transposed destination
        Dense.mul(at, Dense.identity(2), into);
        assertEquals(at, into);
        assertEquals(Dense.of(2, 3, 1, 2, 3, 4, 5, 6), into.t(), "stored as b^T a^T");
        Dense.add(at, b, into);
        assertEquals(at.plus(b), into);
    }

    @Test
    void anyMatrixImplementationIsAcceptedAsAnOperand() {
        Matrix hilbert = new Matrix() { // a Matrix that is not a Dense: read through get only
                    @Override
                    public int rows() {
                        return 2;
                    }

                    @Override
                    public int cols() {
                        return 3;
                    }

                    @Override
                    public double get(int i, int j) {
                        return 1.0 / (i + j + 1);
                    }

                    @Override
                    public Matrix t() {
                        throw new UnsupportedOperationException();
                    }
                };
        Dense h = Dense.of(2, 3, 1, 1 / 2.0, 1 / 3.0, 1 / 2.0, 1 / 3.0, 1 / 4.0);
        assertEquals(h, Dense.copyOf(hilbert));
        assertEquals(h.plus(h), h.plus(hilbert));
        assertEquals(h.t().times(h), h.t().times(hilbert));
        assertTrue(h.equalsWithin(hilbert, 0));
        assertEquals(Dense.zeros(2, 3), h.minus(hilbert));
    }

    @Test
    void nanAndInfinityPropagate() {
        Dense a = Dense.of(2, 3, 1, 2, 3, 4, Double.NaN, 6);
        for (jnum.mat.Norm kind : jnum.mat.Norm.values()) {
            assertTrue(Double.isNaN(a.norm(kind)), kind + " of a matrix holding NaN");
            assertTrue(Double.isNaN(a.t().norm(kind)), kind + " of its transpose");
        }
        assertTrue(Double.isNaN(a.sum()));
        assertTrue(Double.isNaN(a.times(Dense.identity(3)).get(1, 1)));
        assertEquals(1.0 / 0.0, Dense.of(1, 2, 1, 1.0 / 0.0).norm(jnum.mat.Norm.FROBENIUS));
        assertEquals(1.0 / 0.0, Dense.of(1, 2, -1.0 / 0.0, 1).norm(jnum.mat.Norm.ONE));
        assertTrue(Double.isNaN(Vec.of(1, Double.NaN).normInf()));
        assertTrue(Double.isNaN(Vec.of(1, Double.NaN).sum()));
        assertEquals(
                -1.0 / 0.0,
                Dense.of(1, 2, 1, 0).divElem(Dense.of(1, 2, 0, 0)).scale(-1).get(0, 0));
        assertFalse(Dense.zeros(2, 3).equalsWithin(Dense.zeros(3, 2), 1e300), "shapes differ");
        assertFalse(Vec.zeros(2).equalsWithin(Vec.zeros(3), 1e300), "lengths differ");
        assertEquals(0, Dense.zeros(0, 5).norm(jnum.mat.Norm.INF));
        assertEquals(0, Dense.zeros(4, 0).sum());
    }

    @Test
    void overlapRulesOfTheDestinationForms() {
        Dense big = numbered(6, 6);
        Dense a = big.slice(0, 3, 0, 3);
        Dense b = Dense.identity(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dense.mul(a, b, a));
        assertTrue(e.getMessage().startsWith("mul: into overlaps"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dense.mul(b, a, big.slice(2, 5, 2, 5)), "corner overlap");
        assertThrows(IllegalArgumentException.class, () -> Dense.mul(a.t(), b, a), "transposed alias");
        // disjoint views of one array are fine: a column block next to a, and rows interleaved with it
        Dense right = big.slice(0, 3, 3, 6);
        Dense.mul(a, b, right);
        assertEquals(a, right);
        Dense below = big.slice(3, 6, 0, 3);
        Dense.mul(a, b, below);
        assertEquals(a, below);
        // element-wise forms accept the very same view, reject partial overlap
        Dense.add(a, a, a);
        assertEquals(Dense.of(3, 3, 0, 2, 4, 20, 22, 24, 40, 42, 44), a);
        IllegalArgumentException p =
                assertThrows(IllegalArgumentException.class, () -> Dense.add(a, b, big.slice(1, 4, 0, 3)));
        assertTrue(p.getMessage().contains("overlaps"), p.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dense.scale(2, a, a.t()),
                "a transposed view of itself is not the same view");
        Dense sq = Dense.of(2, 2, 1, 2, 3, 4);
        assertThrows(IllegalArgumentException.class, () -> Dense.sub(sq, sq.t(), sq));
        // vectors
        Vec x = Vec.of(1, 2, 3);
        Dense m = Dense.identity(3);
        assertThrows(IllegalArgumentException.class, () -> Vec.mul(m, x, x));
        assertThrows(IllegalArgumentException.class, () -> Vec.mul(m, x, m.column(0)));
        Vec.add(x, x, x);
        assertEquals(Vec.of(2, 4, 6), x);
        Vec w = Vec.of(1, 2, 3, 4);
        assertThrows(IllegalArgumentException.class, () -> Vec.add(w.slice(0, 3), x, w.slice(1, 4)));
    }

    @Test
    void generatorViewsHaveNaNAroundThem() {
        MatrixGen g = new MatrixGen(1);
        Dense a = g.uniform(4, 5);
        for (int k = 0; k < 20; k++) {
            Dense v = g.view(a);
            assertEquals(a, v);
            assertTrue(MatrixGen.outsideIsNaN(v));
            assertTrue(v.ld() >= (v.storage() == Transpose.NO ? v.rows() : v.cols()));
        }
    }
}

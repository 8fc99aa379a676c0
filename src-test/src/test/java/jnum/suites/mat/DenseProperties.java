package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.mat.Norm;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Dense} operation against the reference loops of {@link Ref}, over seeds, with
 * operands in random layouts ({@link MatrixGen#view}: offsets, ld > rows, transposed storage,
 * NaN all around) and shapes that include empty and 1x1 ones. Element-wise operations are single
 * IEEE operations per element, so they must match the reference bit for bit; reductions and
 * products are checked against error bounds of Higham's {@code gamma_n}.
 */
class DenseProperties {

    /** A shape per seed: mostly small random, sometimes an edge shape, sometimes larger. */
    private static int[] shape(MatrixGen g) {
        int pick = g.random().nextInt(8);
        if (pick == 0) {
            return MatrixGen.EDGE_SHAPES[g.random().nextInt(MatrixGen.EDGE_SHAPES.length)];
        }
        int max = pick == 1 ? 70 : 12;
        return new int[] {g.size(max), g.size(max)};
    }

    private static Dense operand(MatrixGen g, int m, int n) {
        return g.view(g.uniform(m, n));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void elementwiseOperationsMatchTheReferenceExactly(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] s = shape(g);
        int m = s[0];
        int n = s[1];
        Dense a = operand(g, m, n);
        Dense b = operand(g, m, n);
        double[][] x = a.toArray();
        double[][] y = b.toArray();
        double alpha = g.random().nextDouble(-3, 3);
        double[][] sum = new double[m][n];
        double[][] diff = new double[m][n];
        double[][] prod = new double[m][n];
        double[][] quot = new double[m][n];
        double[][] scaled = new double[m][n];
        double[][] mapped = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                sum[i][j] = x[i][j] + y[i][j];
                diff[i][j] = x[i][j] - y[i][j];
                prod[i][j] = x[i][j] * y[i][j];
                quot[i][j] = x[i][j] / y[i][j];
                scaled[i][j] = alpha * x[i][j];
                mapped[i][j] = Math.exp(x[i][j]);
            }
        }
        Ref.assertExactly(sum, a.plus(b), "plus");
        Ref.assertExactly(diff, a.minus(b), "minus");
        Ref.assertExactly(prod, a.mulElem(b), "mulElem");
        Ref.assertExactly(quot, a.divElem(b), "divElem");
        Ref.assertExactly(scaled, a.scale(alpha), "scale");
        Ref.assertExactly(mapped, a.map(Math::exp), "map");
        Ref.assertExactly(x, a.copy(), "copy");
        if (m > 0) {
            Ref.assertExactly(x, Dense.of(x), "of");
        }

        // destination forms equal the allocating forms, and write nothing outside their target
        Dense into = g.nanView(m, n);
        Dense.add(a, b, into);
        Ref.assertExactly(sum, into, "add into");
        Dense.sub(a, b, into);
        Ref.assertExactly(diff, into, "sub into");
        Dense.mulElem(a, b, into);
        Ref.assertExactly(prod, into, "mulElem into");
        Dense.divElem(a, b, into);
        Ref.assertExactly(quot, into, "divElem into");
        Dense.scale(alpha, a, into);
        Ref.assertExactly(scaled, into, "scale into");
        assertTrue(MatrixGen.outsideIsNaN(into), "destination forms wrote outside into");

        // inputs unchanged, nothing written around them
        Ref.assertExactly(x, a, "a unchanged");
        Ref.assertExactly(y, b, "b unchanged");
        assertTrue(MatrixGen.outsideIsNaN(a) && MatrixGen.outsideIsNaN(b), "inputs' padding");

        // in place: into may be the very same view as an input
        Dense c = g.view(a.copy());
        Dense.add(c, b, c);
        Ref.assertExactly(sum, c, "add in place (into == a)");
        Dense d = g.view(b.copy());
        Dense.sub(a, d, d);
        Ref.assertExactly(diff, d, "sub in place (into == b)");
        Dense.scale(alpha, c, c);
        double[][] scaledSum = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                scaledSum[i][j] = alpha * sum[i][j];
            }
        }
        Ref.assertExactly(scaledSum, c, "scale in place");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void productsAreWithinGammaKOfTheReference(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] s = shape(g);
        int m = s[0];
        int k = s[1];
        int n = g.size(g.random().nextInt(4) == 0 ? 40 : 9);
        Dense a = operand(g, m, k);
        Dense b = operand(g, k, n);
        double[][] x = a.toArray();
        double[][] y = b.toArray();

        Dense c = a.times(b);
        Ref.assertProduct(c, x, y, "times " + m + "x" + k + " * " + k + "x" + n);
        // every transposed combination through views: (B^T A^T)^T = A B
        Dense bt = g.view(b.t().copy());
        Dense at = g.view(a.t().copy());
        Ref.assertProduct(at.t().times(bt.t()), x, y, "times on t() views");
        Ref.assertProduct(bt.times(at).t(), x, y, "B^T A^T transposed");

        Dense into = g.nanView(m, n);
        Dense.mul(a, b, into);
        Ref.assertProduct(into, x, y, "mul into");
        assertTrue(MatrixGen.outsideIsNaN(into), "mul wrote outside into");
        Ref.assertExactly(x, a, "a unchanged");
        Ref.assertExactly(y, b, "b unchanged");

        // matrix-vector product, with a strided (maybe backwards) vector
        Vec v = g.view(g.uniformVec(k));
        double[][] col = new double[k][1];
        for (int p = 0; p < k; p++) {
            col[p][0] = v.get(p);
        }
        Vec av = a.times(v);
        Ref.assertProduct(asColumn(av), x, col, "times(Vec)");
        double[] nan = new double[m];
        java.util.Arrays.fill(nan, Double.NaN); // beta = 0: the old contents must not be read
        Vec target = g.view(Vec.of(nan));
        Vec.mul(a, v, target);
        assertTrue(MatrixGen.outsideIsNaN(target), "Vec.mul wrote outside into");
        Ref.assertProduct(asColumn(target), x, col, "Vec.mul into");
    }

    private static Dense asColumn(Vec v) {
        return Dense.of(v.length(), 1, v.toArray());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void reductionsAndNormsAreWithinTheirBounds(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] s = shape(g);
        int m = s[0];
        int n = s[1];
        double scale = new double[] {1, 1, 1e300, 1e-300}[g.random().nextInt(4)];
        Dense a = g.view(g.scaled(m, n, scale));
        double[][] x = a.toArray();
        double sum = 0;
        double abs = 0;
        double max = 0;
        double one = 0;
        double inf = 0;
        double[] colSums = new double[n];
        for (int i = 0; i < m; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                sum += x[i][j];
                abs += Math.abs(x[i][j]);
                max = Math.max(max, Math.abs(x[i][j]));
                row += Math.abs(x[i][j]);
                colSums[j] += Math.abs(x[i][j]);
            }
            inf = Math.max(inf, row);
        }
        for (double c : colSums) {
            one = Math.max(one, c);
        }
        // sums of m n terms in any order: error <= gamma_{mn} sum |x|, for both sides
        Tolerance.assertWithin(a.sum(), sum, 2 * Tolerance.gamma((long) m * n) * abs, "sum");
        assertEquals(max, a.norm(Norm.MAX), "MAX norm is exact");
        Tolerance.assertRelative(a.norm(Norm.ONE), one, 2 * Tolerance.gamma(m), "ONE norm");
        Tolerance.assertRelative(a.norm(Norm.INF), inf, 2 * Tolerance.gamma(n), "INF norm");
        Tolerance.assertRelative(
                a.norm(Norm.FROBENIUS),
                Ref.frobenius(x),
                2 * Tolerance.gamma((long) m * n + 4),
                "FROBENIUS norm (entries ~" + scale + ")");
        assertTrue(a.norm(Norm.FROBENIUS) > 0 || m * n == 0 || max == 0, "no underflow to 0");

        if (m > 0) {
            Dense sq = a.slice(0, Math.min(m, n), 0, Math.min(m, n));
            double tr = 0;
            double trAbs = 0;
            for (int i = 0; i < Math.min(m, n); i++) {
                tr += x[i][i];
                trAbs += Math.abs(x[i][i]);
            }
            Tolerance.assertWithin(sq.trace(), tr, 2 * Tolerance.gamma(Math.min(m, n)) * trAbs, "trace");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void equalsWithinAndEqualityIgnoreTheLayout(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] s = shape(g);
        Dense a = g.uniform(s[0], s[1]);
        Dense v = g.view(a);
        assertEquals(a, v, "same values in another layout");
        assertEquals(a.hashCode(), v.hashCode(), "hashCode follows equals");
        assertTrue(a.equalsWithin(v, 0));
        assertEquals(a.t().t(), a);
        if (s[0] > 0 && s[1] > 0) {
            int i = g.random().nextInt(s[0]);
            int j = g.random().nextInt(s[1]);
            double old = v.get(i, j);
            v.set(i, j, old + 1e-3);
            assertFalse(a.equals(v), "one element differs");
            assertTrue(a.equalsWithin(v, 1.1e-3));
            assertFalse(a.equalsWithin(v, 0.9e-3));
            v.set(i, j, Double.NaN);
            assertFalse(v.equalsWithin(v, 1), "NaN is never within tolerance");
            assertEquals(v, v.copy(), "NaN equals NaN under equals (Double.equals semantics)");
            v.set(i, j, -0.0);
            Dense w = v.copy();
            w.set(i, j, 0.0);
            assertFalse(v.equals(w), "-0.0 and 0.0 differ under equals");
            assertTrue(v.equalsWithin(w, 0), "-0.0 and 0.0 are within 0");
        }
    }
}

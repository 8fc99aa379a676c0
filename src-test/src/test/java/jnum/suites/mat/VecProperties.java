package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Vec} operations against reference loops, on strided and backwards views with NaN around
 * them; norm2 at the ends of the exponent range.
 */
class VecProperties {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void operationsMatchTheReference(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = g.random().nextInt(6) == 0 ? g.size(300) : g.size(20);
        double scale = new double[] {1, 1, 1e300, 1e-300}[g.random().nextInt(4)];
        Vec x = g.view(g.uniformVec(n).scale(scale));
        Vec y = g.view(g.uniformVec(n).scale(scale));
        double[] a = x.toArray();
        double[] b = y.toArray();
        double alpha = g.random().nextDouble(-2, 2);
        double[] sum = new double[n];
        double[] diff = new double[n];
        double[] prod = new double[n];
        double[] quot = new double[n];
        double[] scaled = new double[n];
        double dot = 0;
        double dotAbs = 0;
        double total = 0;
        double totalAbs = 0;
        double max = 0;
        for (int k = 0; k < n; k++) {
            sum[k] = a[k] + b[k];
            diff[k] = a[k] - b[k];
            prod[k] = a[k] * b[k];
            quot[k] = a[k] / b[k];
            scaled[k] = alpha * a[k];
            dot += a[k] * b[k];
            dotAbs += Math.abs(a[k] * b[k]);
            total += a[k];
            totalAbs += Math.abs(a[k]);
            max = Math.max(max, Math.abs(a[k]));
        }
        Ref.assertExactly(sum, x.plus(y), "plus");
        Ref.assertExactly(diff, x.minus(y), "minus");
        Ref.assertExactly(prod, x.mulElem(y), "mulElem");
        Ref.assertExactly(quot, x.divElem(y), "divElem");
        Ref.assertExactly(scaled, x.scale(alpha), "scale");
        Ref.assertExactly(a, x.copy(), "copy");
        assertEquals(max, x.normInf(), "normInf is exact");
        // sums and dots of n terms in any order: error <= gamma_n sum |terms|, for both sides
        Tolerance.assertWithin(x.sum(), total, 2 * Tolerance.gamma(n) * totalAbs, "sum");
        if (scale == 1) { // products of 1e300 overflow, of 1e-300 underflow: no reference there
            Tolerance.assertWithin(x.dot(y), dot, 2 * Tolerance.gamma(n) * dotAbs, "dot");
        }
        double[][] col = new double[1][];
        col[0] = a;
        Tolerance.assertRelative(
                x.norm2(), Ref.frobenius(col), 2 * Tolerance.gamma(n + 4), "norm2 (entries ~" + scale + ")");

        Vec into = g.view(Vec.zeros(n));
        Vec.add(x, y, into);
        Ref.assertExactly(sum, into, "add into");
        Vec.sub(x, y, into);
        Ref.assertExactly(diff, into, "sub into");
        Vec.scale(alpha, x, into);
        Ref.assertExactly(scaled, into, "scale into");
        assertTrue(
                MatrixGen.outsideIsNaN(into) && MatrixGen.outsideIsNaN(x) && MatrixGen.outsideIsNaN(y),
                "nothing written outside the vectors");
        Ref.assertExactly(a, x, "x unchanged");
        Vec.sub(x, y, x);
        Ref.assertExactly(diff, x, "sub in place");
    }

    @Test
    void norm2NeitherOverflowsNorUnderflows() {
        assertRelativeUlps(5e300, Vec.of(3e300, 4e300).norm2(), 2);
        assertRelativeUlps(5e-300, Vec.of(3e-300, -4e-300).norm2(), 2);
        assertRelativeUlps(Math.sqrt(2) * 1e300, Vec.of(1e300, -1e300).norm2(), 2);
        assertRelativeUlps(Math.sqrt(2) * 1e-300, Vec.of(1e-300, 1e-300).norm2(), 2);
        assertRelativeUlps(1e300, Vec.of(1e-300, 1e300, -1e-300).norm2(), 1);
        assertRelativeUlps(1, Vec.of(1e-300, 1, 1e-300).norm2(), 1);
        double[] many = new double[1000];
        java.util.Arrays.fill(many, 1e300);
        assertRelativeUlps(Math.sqrt(1000) * 1e300, Vec.of(many).norm2(), 1000);
        java.util.Arrays.fill(many, 1e-300);
        assertRelativeUlps(Math.sqrt(1000) * 1e-300, Vec.of(many).norm2(), 1000);
        assertEquals(Double.MIN_VALUE, Vec.of(Double.MIN_VALUE).norm2(), "the smallest subnormal");
        assertEquals(Double.MAX_VALUE, Vec.of(Double.MAX_VALUE, 0).norm2());
        assertEquals(0, Vec.zeros(3).norm2());
        assertEquals(0, Vec.zeros(0).norm2());
        assertTrue(Double.isNaN(Vec.of(1, Double.NaN, 1e300).norm2()), "NaN propagates");
    }

    /** {@code |got - want| <= k ulp(want)}; k is the theoretical bound for the case at hand. */
    private static void assertRelativeUlps(double want, double got, double k) {
        assertTrue(Tolerance.ulps(got, want) <= k, "got " + got + ", want " + want);
    }

    @Test
    void viewsOfVectorsShareStorage() {
        Vec v = Vec.of(0, 1, 2, 3, 4, 5);
        Vec s = v.slice(2, 5);
        assertEquals(Vec.of(2, 3, 4), s);
        s.set(0, -2);
        assertEquals(-2, v.get(2));
        Vec back = Vec.wrap(v.array(), 5, -2, 3); // elements 5, 3, 1 of v, backwards
        assertEquals(Vec.of(5, 3, 1), back);
        assertEquals(Vec.of(5, 3, 1).hashCode(), back.hashCode());
        assertEquals(5 * 5 + 3 * 3 + 1, back.dot(back));
        assertEquals(Vec.of(10, 6, 2), back.plus(back));
        assertEquals(Vec.of(1, -2, 3), v.slice(1, 4).scale(1).map(x -> x).copy());
    }
}

package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Symmetric;
import jnum.testkit.SymmetricEigenConformance.Tridiagonal;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Subsets of {@link EigenSym} (k smallest, k largest, values in an interval, an index range of a
 * tridiagonal matrix): the values equal the full decomposition's within {@code 30 n eps ||A||},
 * the vectors have dsyt21's residual and orthonormality.
 */
class EigenSymSubsetProperties {
    private static final String[] FAMILIES = SymmetricEigenConformance.DENSE_FAMILIES.toArray(String[]::new);

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void subsetsMatchTheFullDecomposition(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        String family = FAMILIES[rnd.nextInt(FAMILIES.length)];
        int n = 1 + (rnd.nextInt(3) == 0 ? 64 + rnd.nextInt(90) : g.size(60));
        Symmetric s = SymmetricEigenConformance.symmetric(g, family, n);
        String ctx = family + " n=" + n + " seed=" + seed;
        Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
        double[] full = EigenSym.valuesOf(a).values().toArray();
        double bound = 30 * n * Tolerance.EPS * s.norm1() + 4 * Double.MIN_NORMAL;
        int k = rnd.nextInt(Math.min(n, 12) + 1);

        EigenSym small = EigenSym.smallest(a, k);
        check(s, small, full, 0, k, bound, ctx + " smallest " + k);
        EigenSym large = EigenSym.largest(a, k);
        check(s, large, full, n - k, k, bound, ctx + " largest " + k);

        int i0 = rnd.nextInt(n);
        int i1 = i0 + rnd.nextInt(Math.min(n - i0, 10));
        double lo = full[i0];
        double hi = full[i1];
        EigenSym in = EigenSym.inInterval(a, lo - 4 * bound, hi + 4 * bound);
        double[] w = in.values().toArray();
        // everything found lies in the widened interval, and every full value well inside was found
        for (double v : w) {
            assertTrue(v >= lo - 5 * bound && v <= hi + 5 * bound, ctx + ": " + v + " outside the interval");
        }
        int inside = 0;
        for (double v : full) {
            if (v >= lo - 3 * bound && v <= hi + 3 * bound) {
                inside++;
            }
        }
        assertTrue(w.length >= inside, ctx + ": interval found " + w.length + " of " + inside);
        if (w.length > 0) {
            SymmetricEigenConformance.assertDenseEigenpairs(
                    s.a(), n, w, LapackConformance.values(in.vectors()), w.length, ctx + " interval");
        }
    }

    private static void check(Symmetric s, EigenSym sub, double[] full, int first, int k, double bound, String ctx) {
        int n = s.n();
        assertEquals(k, sub.count(), ctx);
        assertEquals(n, sub.order(), ctx);
        double[] w = sub.values().toArray();
        SymmetricEigenConformance.assertAscending(w, ctx);
        for (int j = 0; j < k; j++) {
            assertTrue(
                    Math.abs(w[j] - full[first + j]) <= bound,
                    ctx + ": value " + j + " " + w[j] + " vs " + full[first + j]);
        }
        if (k > 0) {
            SymmetricEigenConformance.assertDenseEigenpairs(
                    s.a(), n, w, LapackConformance.values(sub.vectors()), k, ctx);
        }
    }

    /**
     * Matrices whose tridiagonal form splits, with eigenvalues repeated across the blocks (c I, a
     * permuted direct sum of copies of one block and a block 2^-40 smaller): inverse iteration
     * runs on each unreduced block, so it converges where the growth on the whole T says nothing.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void splitTridiagonalForms(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : new String[] {"multipleOfIdentity", "directSum"}) {
            int n = 2 + g.size(40);
            Symmetric s = SymmetricEigenConformance.symmetric(g, family, n);
            String ctx = family + " n=" + n + " seed=" + seed;
            Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
            double[] full = EigenSym.valuesOf(a).values().toArray();
            double bound = 30 * n * Tolerance.EPS * s.norm1() + 4 * Double.MIN_NORMAL;
            int k = 1 + rnd.nextInt(n);
            check(s, EigenSym.smallest(a, k), full, 0, k, bound, ctx + " smallest " + k);
            check(s, EigenSym.largest(a, k), full, n - k, k, bound, ctx + " largest " + k);
            double reach = Math.abs(full[0]) + Math.abs(full[n - 1]) + 1;
            check(s, EigenSym.inInterval(a, -reach, reach), full, 0, n, bound, ctx + " all in an interval");
            double c = rnd.nextDouble(-1, 1);
            double[] d = new double[n];
            java.util.Arrays.fill(d, c);
            EigenSym part = EigenSym.ofTridiagonal(d, new double[n - 1], 0, k);
            for (int j = 0; j < k; j++) {
                assertEquals(c, part.values().get(j), 4 * Tolerance.EPS * Math.abs(c), ctx + " tridiagonal c I");
            }
            SymmetricEigenConformance.assertSubsetEigenpairs(
                    new Tridiagonal(d, new double[n - 1]),
                    part.values().toArray(),
                    LapackConformance.values(part.vectors()),
                    k,
                    ctx + " tridiagonal c I");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tridiagonalIndexRange(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(300);
        Tridiagonal t = SymmetricEigenConformance.tridiagonal(rnd, rnd.nextBoolean() ? "uniform" : "wilkinson", n);
        int from = rnd.nextInt(n);
        int to = from + 1 + rnd.nextInt(Math.min(n - from, 8));
        EigenSym part = EigenSym.ofTridiagonal(t.d(), t.e(), from, to);
        double[] full = EigenSym.valuesOfTridiagonal(t.d(), t.e()).values().toArray();
        double[] w = part.values().toArray();
        double bound = 30 * n * Tolerance.EPS * t.norm1();
        String ctx = "n=" + n + " [" + from + ", " + to + ") seed=" + seed;
        for (int j = 0; j < w.length; j++) {
            assertTrue(Math.abs(w[j] - full[from + j]) <= bound, ctx + ": value " + j);
        }
        SymmetricEigenConformance.assertSubsetEigenpairs(t, w, LapackConformance.values(part.vectors()), w.length, ctx);
    }

    @Test
    void badArguments() {
        Dense a = Dense.identity(3);
        assertThrows(IllegalArgumentException.class, () -> EigenSym.smallest(a, 4));
        assertThrows(IllegalArgumentException.class, () -> EigenSym.largest(a, -1));
        assertThrows(IllegalArgumentException.class, () -> EigenSym.inInterval(a, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> EigenSym.inInterval(a, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> EigenSym.ofTridiagonal(new double[3], new double[2], 2, 4));
        assertEquals(0, EigenSym.inInterval(a, 2, 3).count());
        assertEquals(3, EigenSym.inInterval(a, 1, 1).count());
    }
}

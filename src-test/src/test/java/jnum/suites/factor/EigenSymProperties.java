package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.EigenSym;
import jnum.mat.SymDense;
import jnum.testkit.CsvResource;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Symmetric;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EigenSym} of dense symmetric matrices: backward error, orthogonality, known spectra, bad input. */
class EigenSymProperties {
    private static final String[] FAMILIES = SymmetricEigenConformance.DENSE_FAMILIES.toArray(String[]::new);

    private static Dense dense(double[] colMajor, int n) {
        return Dense.wrap(colMajor.clone(), 0, Math.max(1, n), n, n);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void decomposition(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        String family = FAMILIES[rnd.nextInt(FAMILIES.length)];
        int n = rnd.nextInt(3) == 0 ? 65 + rnd.nextInt(90) : g.size(60);
        check(g, family, n, seed);
    }

    /**
     * {@link #decomposition} at every order from 1 to 70, each on a family drawn from the seed:
     * both sides of the small-order path's limit (64).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void everySmallOrder(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (int n = 1; n <= 70; n++) {
            check(g, FAMILIES[rnd.nextInt(FAMILIES.length)], n, seed);
        }
    }

    /**
     * A first column whose elements below the diagonal are subnormal (about 1e-310) while the
     * others are of order 1: its reflector's norm is below the range where one can be formed
     * safely, so the column is taken as reduced; what that drops is far below {@code eps ||A||}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void subnormalColumn(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 3 + rnd.nextInt(20);
        int col = 0;
        double[] a = SymmetricEigenConformance.symmetric(g, "uniform", n).a();
        for (int i = col + 1; i < n; i++) {
            a[i + col * n] = rnd.nextDouble(-1, 1) * 1e-310;
            a[col + i * n] = a[i + col * n];
        }
        String ctx = "subnormal column " + col + " n=" + n + " seed=" + seed;
        EigenSym es = dense(a, n).eigenSym();
        double[] w = es.values().toArray();
        SymmetricEigenConformance.assertAscending(w, ctx);
        SymmetricEigenConformance.assertDenseEigenpairs(a, n, w, LapackConformance.values(es.vectors()), n, ctx);
    }

    /**
     * Symmetric matrices graded in a scrambled pattern, {@code a_ij = u 2^(-20 ((7 i + 3 j) mod 50))}
     * for i >= j (elements from 1 down to 2^-980), at orders 30 to 99, through the public call with
     * whatever providers are present: residual and orthogonality below the threshold. The two
     * construction seeds listed first are matrices whose eigenvectors from OpenBLAS 0.3.21's
     * dsyevd are orthogonal only to 47 and 122 n eps; below order 100 the Java QL/QR solves them.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void scrambledGrading(long seed) {
        long[] constructions = {81, 289, seed};
        for (long c : constructions) {
            SplittableRandom rnd = new SplittableRandom(c);
            int n = 30 + rnd.nextInt(70);
            double[] a = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double v = rnd.nextDouble(-1, 1) * Math.scalb(1.0, -20 * ((i * 7 + j * 3) % 50));
                    a[i + j * n] = v;
                    a[j + i * n] = v;
                }
            }
            String ctx = "scrambled grading n=" + n + " construction seed " + c;
            EigenSym es = dense(a, n).eigenSym();
            double[] w = es.values().toArray();
            SymmetricEigenConformance.assertAscending(w, ctx);
            SymmetricEigenConformance.assertDenseEigenpairs(a, n, w, LapackConformance.values(es.vectors()), n, ctx);
        }
    }

    /** Eigenpairs, values-only and SymDense agreement, and an untouched input, for one matrix. */
    private static void check(MatrixGen g, String family, int n, long seed) {
        Symmetric s = SymmetricEigenConformance.symmetric(g, family, n);
        String ctx = family + " n=" + n + " seed=" + seed;
        Dense a = dense(s.a(), n);
        EigenSym es = a.eigenSym();
        assertArrayEquals(s.a(), LapackConformance.values(a), ctx + ": input modified");
        assertEquals(n, es.count());
        double[] w = es.values().toArray();
        SymmetricEigenConformance.assertAscending(w, ctx);
        SymmetricEigenConformance.assertDenseEigenpairs(s.a(), n, w, LapackConformance.values(es.vectors()), n, ctx);

        double[] wv = EigenSym.valuesOf(a).values().toArray();
        double bound = 30 * Math.max(1, n) * Tolerance.EPS * s.norm1();
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(wv[i] - w[i]) <= bound, ctx + ": value " + i + ": " + wv[i] + " vs " + w[i]);
            if (s.spectrum() != null) {
                assertTrue(Math.abs(w[i] - s.spectrum()[i]) <= bound, ctx + ": value " + i + " vs exact");
            }
        }
        double[] ws = SymDense.of(a).eigenSym().values().toArray();
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(ws[i] - w[i]) <= bound, ctx + ": SymDense value " + i);
        }
    }

    /**
     * The symmetric matrices with spectra computed at 60 digits (see the resource's README):
     * every eigenvalue within {@code 30 n eps ||A||_2}, the bound a backward-stable method meets.
     */
    @Test
    void knownSpectra() {
        List<String[]> rows = CsvResource.rows("/reference/eigen/known_spectra.csv");
        assertTrue(rows.size() >= 10);
        for (String[] r : rows) {
            int n = Integer.parseInt(r[1]);
            double[] rowMajor = Arrays.stream(r[3].split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            double[] exact = Arrays.stream(r[4].split(" "))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            Dense a = Dense.of(n, n, rowMajor);
            EigenSym es = a.eigenSym();
            double[] w = es.values().toArray();
            double norm2 = Math.max(Math.abs(exact[0]), Math.abs(exact[n - 1]));
            String ctx = r[0] + " n=" + n;
            for (int i = 0; i < n; i++) {
                double err = Math.abs(w[i] - exact[i]) / (n * Tolerance.EPS * norm2);
                assertTrue(
                        err < 30, ctx + ": value " + i + " = " + w[i] + ", reference " + exact[i] + " (" + err + ")");
            }
            SymmetricEigenConformance.assertDenseEigenpairs(
                    LapackConformance.values(a), n, w, LapackConformance.values(es.vectors()), n, ctx);
        }
    }

    @Test
    void symmetryIsChecked() {
        Dense a = Dense.of(3, 3, 2, 1, 0, 1, 2, 1, 0, 1.5, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, a::eigenSym);
        assertTrue(e.getMessage().contains("not symmetric") && e.getMessage().contains("a[2][1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EigenSym.valuesOf(a));
        // rounding-level asymmetry (one ulp) is accepted
        Dense b = Dense.of(2, 2, 2, 1, Math.nextUp(1.0), 2);
        assertEquals(1, b.eigenSym().values().get(0), 1e-15);
    }

    @Test
    void badInput() {
        assertThrows(NullPointerException.class, () -> EigenSym.of(null));
        DimensionMismatchException d = assertThrows(
                DimensionMismatchException.class, () -> Dense.zeros(2, 3).eigenSym());
        assertTrue(d.getMessage().contains("not square"), d.getMessage());
        Dense nan = Dense.of(2, 2, 1, Double.NaN, Double.NaN, 1);
        assertThrows(IllegalArgumentException.class, nan::eigenSym);
        Dense inf = Dense.of(1, 1, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> EigenSym.valuesOf(inf));
    }

    @Test
    void smallAndEmpty() {
        assertEquals(0, Dense.zeros(0, 0).eigenSym().count());
        EigenSym one = Dense.of(1, 1, -4).eigenSym();
        assertEquals(-4, one.values().get(0));
        assertEquals(1, Math.abs(one.vectors().get(0, 0)));
        // [[2, 1], [1, 2]]: 1 and 3, vectors (1, -1) / sqrt 2 and (1, 1) / sqrt 2 up to sign
        EigenSym two = Dense.of(2, 2, 2, 1, 1, 2).eigenSym();
        assertEquals(1, two.values().get(0), 4 * Tolerance.EPS);
        assertEquals(3, two.values().get(1), 8 * Tolerance.EPS);
        Dense v = two.vectors();
        assertEquals(-1, v.get(0, 0) / v.get(1, 0), 4 * Tolerance.EPS);
        assertEquals(1, v.get(0, 1) / v.get(1, 1), 4 * Tolerance.EPS);
    }
}

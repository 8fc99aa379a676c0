package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Tridiagonal;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EigenSym#ofTridiagonal} and {@link EigenSym#valuesOfTridiagonal}: the public tridiagonal entry. */
class EigenSymTridiagonalProperties {
    private static final String[] FAMILIES = {
        "uniform", "graded", "wilkinson", "repeated", "scaled1e-300", "scaled1e300"
    };

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void eigenpairsAndValuesOnly(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        String family = FAMILIES[rnd.nextInt(FAMILIES.length)];
        int n = g.size(150);
        Tridiagonal t = SymmetricEigenConformance.tridiagonal(rnd, family, n);
        double[] d = t.d().clone();
        double[] e = t.e().clone();
        String ctx = family + " n=" + n + " seed=" + seed;
        EigenSym es = EigenSym.ofTridiagonal(d, e);
        assertArrayEquals(t.d(), d, ctx + ": diag modified");
        assertArrayEquals(t.e(), e, ctx + ": offDiag modified");
        assertEquals(n, es.order());
        assertEquals(n, es.count());
        assertTrue(es.hasVectors());
        double[] w = es.values().toArray();
        Dense v = es.vectors();
        SymmetricEigenConformance.assertAscending(w, ctx);
        SymmetricEigenConformance.assertEigenpairs(t, w, LapackConformance.values(v), ctx);

        EigenSym values = EigenSym.valuesOfTridiagonal(d, e);
        assertFalse(values.hasVectors());
        assertThrows(IllegalStateException.class, values::vectors);
        double bound = 30 * Math.max(1, n) * Tolerance.EPS * t.norm1();
        double[] wv = values.values().toArray();
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(wv[i] - w[i]) <= bound, ctx + ": value " + i + ": " + wv[i] + " vs " + w[i]);
        }
    }

    @Test
    void resultsAreCopies() {
        EigenSym es = EigenSym.ofTridiagonal(new double[] {2, 2, 2}, new double[] {-1, -1});
        es.vectors().set(0, 0, 99);
        es.values().set(0, 99);
        assertTrue(es.vectors().get(0, 0) != 99);
        assertTrue(es.values().get(0) != 99);
    }

    @Test
    void closedFormSpectrum() {
        int n = 50;
        double[] d = new double[n];
        double[] e = new double[n - 1];
        java.util.Arrays.fill(d, 2);
        java.util.Arrays.fill(e, -1);
        double[] w = EigenSym.valuesOfTridiagonal(d, e).values().toArray();
        double[] exact = SymmetricEigenConformance.oneTwoOneSpectrum(n);
        for (int i = 0; i < n; i++) {
            assertEquals(exact[i], w[i], 30 * n * Tolerance.EPS * 4, "value " + i);
        }
    }

    @Test
    void emptyAndOne() {
        assertEquals(0, EigenSym.ofTridiagonal(new double[0], new double[0]).count());
        EigenSym one = EigenSym.ofTridiagonal(new double[] {-3}, new double[0]);
        assertEquals(-3, one.values().get(0));
        assertEquals(1, Math.abs(one.vectors().get(0, 0)));
    }

    @Test
    void badInput() {
        assertThrows(NullPointerException.class, () -> EigenSym.ofTridiagonal(null, new double[0]));
        assertThrows(NullPointerException.class, () -> EigenSym.ofTridiagonal(new double[1], null));
        IllegalArgumentException wrong = assertThrows(
                IllegalArgumentException.class, () -> EigenSym.ofTridiagonal(new double[3], new double[3]));
        assertTrue(wrong.getMessage().contains("offDiag has 3"), wrong.getMessage());
        IllegalArgumentException nan = assertThrows(
                IllegalArgumentException.class,
                () -> EigenSym.valuesOfTridiagonal(new double[] {1, Double.NaN}, new double[] {0}));
        assertTrue(nan.getMessage().contains("diag[1]"), nan.getMessage());
    }
}

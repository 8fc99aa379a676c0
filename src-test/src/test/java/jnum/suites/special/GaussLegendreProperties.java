package jnum.suites.special;

import static jnum.testkit.Tolerance.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.special.Special;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Special#rootsLegendre}: the n-point rule integrates every polynomial of degree below 2n
 * exactly (up to rounding: {@code |p(x)| <= sum |c_k|} on [-1, 1] and the weights sum to 2), its
 * nodes are symmetric, descending and inside (-1, 1), its weights positive.
 */
class GaussLegendreProperties {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void integratesPolynomialsOfDegreeBelowTwoN(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(64);
        double[][] rule = Special.rootsLegendre(n);
        double[] x = rule[0];
        double[] w = rule[1];
        int degree = 2 * n - 1;
        double[] c = new double[degree + 1];
        double exact = 0;
        double scale = 0;
        for (int k = 0; k <= degree; k++) {
            c[k] = rnd.nextDouble(-1, 1);
            scale += Math.abs(c[k]);
            if (k % 2 == 0) {
                exact += 2 * c[k] / (k + 1);
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = 0;
            for (int k = degree; k >= 0; k--) {
                p = p * x[i] + c[k];
            }
            sum += w[i] * p;
        }
        assertEquals(exact, sum, 8 * (n + degree) * EPS * scale, "n = " + n + ", seed " + seed);
        for (int i = 0; i < n; i++) {
            assertTrue(x[i] > -1 && x[i] < 1 && w[i] > 0, "n = " + n + ": node " + x[i] + ", weight " + w[i]);
            assertEquals(-x[n - 1 - i], x[i], 4 * EPS, "n = " + n + ": symmetry of node " + i);
            if (i > 0) {
                assertTrue(x[i] < x[i - 1], "n = " + n + ": nodes not descending at " + i);
            }
        }
    }

    @Test
    void twoPointRuleIsTheClosedForm() {
        double[][] rule = Special.rootsLegendre(2);
        assertEquals(1 / Math.sqrt(3), rule[0][0], 2 * EPS);
        assertEquals(-1 / Math.sqrt(3), rule[0][1], 2 * EPS);
        assertEquals(1.0, rule[1][0], 4 * EPS);
        assertEquals(1.0, rule[1][1], 4 * EPS);
    }

    @Test
    void rejectsCountsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Special.rootsLegendre(0));
        assertThrows(IllegalArgumentException.class, () -> Special.rootsLegendre(1001));
    }
}

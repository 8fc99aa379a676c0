package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.F;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.special.Special;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Body values with one tiny shape, which once lost 1-5e-13 at condition numbers near 1: the
 * incomplete beta complement with a below 1e-4, the F survival function with d1 below 0.1, and the
 * NegativeBinomial survival at k = 0 with r below 0.05 ({@code 1 - p^r}, which cancels unless formed
 * as {@code -expm1(r log p)}). Against mpmath at random parameters
 * ({@code reference/distributions/small_shape_body.csv}), each to 10 times its condition number
 * (the row's {@code cond}, at least 1) in units of eps, the defect threshold of the accuracy notes.
 */
class SmallShapeBodyTest {
    /** The NegativeBinomial survival at 0, {@code -expm1(r log p)}. */
    @Test
    void negativeBinomialSurvivalAtZero() {
        assertTrue(check("nbinom_sf0") >= 60);
    }

    /**
     * The F survival function with d1 below 0.1: the complement of an incomplete beta function
     * with a tiny first shape, once formed as {@code 1 - I} or from the other side's continued
     * fraction (up to 4000 times its condition number), now by the small-shape series.
     */
    @Test
    void fSurvivalWithATinyNumeratorDegreesOfFreedom() {
        assertTrue(check("f_sf") >= 60);
    }

    /**
     * The incomplete beta complement with a below 1e-4, down to values of 1e-54 in the far upper
     * tail (where mpmath's own {@code betainc(a, b, x, 1)} at 50 digits is off, so the reference
     * takes the small side {@code I_{1-x}(b, a)} directly and is checked at 100 digits).
     */
    @Test
    void incompleteBetaComplementWithATinyShape() {
        assertTrue(check("betaincc") >= 60);
    }

    private static int check(String function) {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/distributions/small_shape_body.csv")) {
            if (!f[0].equals(function)) {
                continue;
            }
            double p1 = Double.parseDouble(f[1]);
            double p2 = Double.parseDouble(f[2]);
            double x = Double.parseDouble(f[3]);
            double expected = Double.parseDouble(f[4]);
            double bound = 10 * Tolerance.EPS * Math.max(1, Double.parseDouble(f[5]));
            String at = f[0] + "(" + p1 + ", " + p2 + ", " + x + ")";
            double actual = switch (f[0]) {
                case "betaincc" -> Special.betaincc(p1, p2, x);
                case "f_sf" -> new F(p1, p2).survival(x);
                case "nbinom_sf0" -> new NegativeBinomial(p1, p2).survival(0);
                default -> throw new IllegalStateException("unknown function " + f[0]);
            };
            Tolerance.assertRelative(actual, expected, bound, at);
            rows++;
        }
        return rows;
    }
}

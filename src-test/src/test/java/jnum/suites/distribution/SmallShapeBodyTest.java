package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.F;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.special.Special;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Body values with one tiny shape, which once lost 1-5e-13 at condition numbers near 1: the
 * incomplete beta complement with a below 1e-4, the F survival function with d1 below 0.1, and the
 * NegativeBinomial survival at k = 0 with r below 0.05 ({@code 1 - p^r}, which cancels unless formed
 * as {@code -expm1(r log p)}). Against mpmath at random parameters
 * ({@code reference/distributions/small_shape_body.csv}), each to 10 times its condition number
 * (the row's {@code cond}, at least 1) in units of eps, the defect threshold of the accuracy notes.
 * The first two still miss it (see the disabled test).
 */
class SmallShapeBodyTest {
    /** The NegativeBinomial survival at 0, {@code -expm1(r log p)}. */
    @Test
    void negativeBinomialSurvivalAtZero() {
        assertTrue(check("nbinom_sf0") >= 60);
    }

    /**
     * Open: with a shape below 1e-4 (F: d1 below 0.1) the complement is formed as {@code 1 - I}
     * where {@code I = 1 - O(a)} whenever neither continued fraction gives the small side directly,
     * which costs {@code eps / value} (up to 1e4 times the condition number for values near 1e-3),
     * and one row (a = 1.2e-5, b = 95, x = 0.68, value 2.6e-54) is off by 4e-6. A series for the
     * complement at small a (TOMS 708's APSER and BGRAT) is what this needs.
     */
    @Disabled("open defect: the incomplete beta complement at a < 1e-4 and the F survival at d1 < 0.1")
    @Test
    void incompleteBetaComplementAndFSurvivalWithATinyShape() {
        assertTrue(check("betaincc") >= 60);
        assertTrue(check("f_sf") >= 60);
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

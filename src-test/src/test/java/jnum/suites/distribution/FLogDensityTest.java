package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.F;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The log density of F(2, d2), which crosses 0 at x = 0 ({@code f(0) = 1}), against mpmath's
 * general formula ({@code reference/distributions/f_two_numerator.csv} and the script that wrote
 * it) at random d2 and x from 1e-300 up: {@code log f = -(1 + d2/2) log1p(2x/d2)} has condition
 * about 1 in x and d2, so the relative error allowed is {@code C eps} with C = 16 for one log1p,
 * one division and one product.
 */
class FLogDensityTest {
    @Test
    void relativeAccuracyThroughTheZeroCrossing() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/distributions/f_two_numerator.csv")) {
            F d = new F(2, Double.parseDouble(f[0]));
            double x = Double.parseDouble(f[1]);
            double expected = Double.parseDouble(f[2]);
            Tolerance.assertRelative(d.logPdf(x), expected, 16 * Tolerance.EPS, d + ".logPdf(" + x + ")");
            Tolerance.assertRelative(
                    d.pdf(x), Math.exp(expected), 16 * Tolerance.EPS * (1 + Math.abs(expected)), d + ".pdf(" + x + ")");
            rows++;
        }
        assertTrue(rows >= 100, "rows: " + rows);
    }
}

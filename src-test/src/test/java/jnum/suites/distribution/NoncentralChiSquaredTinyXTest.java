package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The noncentral chi-squared at tiny x (the smallest subnormal, the smallest normal, 1e-300,
 * 1e-200) against mpmath ({@code reference/noncentral/ncx2_tiny_x.csv}, made by {@code
 * ncx2_tiny_x.py}). Regression: the survival function was NaN there (the Poisson mixture's steps,
 * carried downward by the ratio {@code (a + 1)/y}, overflowed to infinity and met a zero step), and
 * the cdf at the smallest subnormal was 0 (y = x/2 underflowed); at k = 711356 and lambda = 0.0035
 * the log cdf was +infinity (its recurrence started at a term some 700 nats below the largest, and
 * one step multiplied by 1e305). The log cdf is a sum of a few
 * terms of size up to {@code |log cdf|}, so its error is {@code C eps (1 + |log cdf|)}; the
 * survival function is {@code 1 - cdf} to the rounding of a Poisson-weighted sum near 1, and its
 * log is {@code -cdf} to the cdf's relative error.
 */
class NoncentralChiSquaredTinyXTest {
    private static final double EPS = Tolerance.EPS;
    private static final double C = 64;

    @Test
    void tinyXAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/ncx2_tiny_x.csv")) {
            NoncentralChiSquared d = new NoncentralChiSquared(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double x = Double.parseDouble(f[2]);
            double cdf = Double.parseDouble(f[3]);
            double logCdf = Double.parseDouble(f[4]);
            double logPdf = Double.parseDouble(f[5]);
            String at = d + " at " + x;
            Tolerance.assertWithin(d.logCdf(x), logCdf, C * EPS * (1 + Math.abs(logCdf)), at + ": logCdf");
            Tolerance.assertWithin(d.logPdf(x), logPdf, C * EPS * (1 + Math.abs(logPdf)), at + ": logPdf");
            if (cdf >= Double.MIN_NORMAL) {
                Tolerance.assertRelative(d.cdf(x), cdf, C * EPS * (1 + Math.abs(logCdf)), at + ": cdf");
            }
            // a sum of about 18 sqrt(1 + lambda/2) Poisson-weighted terms near 1 (the budget of
            // NoncentralRandomParameterProperties)
            double sumBudget = 2 * 18 * Math.sqrt(1 + 0.5 * d.lambda()) * EPS + C * EPS;
            Tolerance.assertWithin(d.survival(x), 1 - cdf, sumBudget, at + ": survival");
            Tolerance.assertWithin(
                    d.logSurvival(x),
                    Math.log1p(-cdf),
                    C * EPS * (1 + Math.abs(logCdf)) * cdf + EPS * cdf * cdf,
                    at + ": logSurvival");
            double q = d.quantile(0.5);
            assertTrue(q > 0 && d.inverseSurvival(0.5) == d.inverseSurvival(0.5), at + ": median");
            rows++;
        }
        assertTrue(rows >= 24, "rows: " + rows);
    }
}

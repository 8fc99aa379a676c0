package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.NoncentralT;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The noncentral t density with very few degrees of freedom (df from 1e-3 to 0.2, where the
 * mixing chi-squared variable spreads over hundreds of e-folds and the integrand of the tail
 * integral vanishes on most of its range) against mpmath's mixture integral at random parameters
 * ({@code reference/noncentral/nct_small_df.csv} and the script that wrote it). The bound is the
 * package's stated accuracy: 1e-13 relative where the density is at least 1e-8, 1e-11 below.
 */
class NoncentralTSmallDfTest {
    @Test
    void densityAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/nct_small_df.csv")) {
            NoncentralT d = new NoncentralT(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double t = Double.parseDouble(f[2]);
            double expected = Double.parseDouble(f[3]);
            double bound = expected >= 1e-8 ? 1e-13 : 1e-11;
            Tolerance.assertRelative(d.pdf(t), expected, bound, d + ".pdf(" + t + ")");
            Tolerance.assertWithin(
                    d.logPdf(t), Math.log(expected), bound, d + ".logPdf(" + t + ")"); // relative error of f
            rows++;
        }
        assertTrue(rows >= 30, "rows: " + rows);
    }
}

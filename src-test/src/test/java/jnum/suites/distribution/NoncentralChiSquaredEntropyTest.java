package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The entropy of noncentral chi-squared distributions at large noncentrality (1e4 to 1e6, k from
 * 0.1 to 1e4), where it is a fixed rule around the mean: against mpmath at random parameters
 * (log-uniform; {@code reference/noncentral/ncx2_entropy.csv} and the script that wrote it).
 *
 * <p>The bound: an absolute error {@code delta} of the log density changes {@code -integral f log f}
 * by {@code integral f (1 + log f) delta}, at most {@code delta (1 + H + 2 |log f|min)}, and the log
 * density is a difference of terms of size {@code (x + lambda) / 2}, so {@code delta = C eps (mean +
 * lambda)}; the rule's own error is below 1e-16 relative.
 */
class NoncentralChiSquaredEntropyTest {
    private static final double C = 16;
    private static final double EPS = Tolerance.EPS;

    @Test
    void entropyAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/ncx2_entropy.csv")) {
            NoncentralChiSquared d = new NoncentralChiSquared(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double expected = Double.parseDouble(f[2]);
            double delta = C * EPS * (d.mean() + d.lambda());
            double got = d.entropy();
            Tolerance.assertWithin(got, expected, delta * (1 + expected) + 4 * EPS * expected, d + ".entropy()");
            rows++;
        }
        assertTrue(rows >= 15, "rows: " + rows);
    }
}

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

    /**
     * Below the large-noncentrality rule (lambda from 1e-3 to 1e4, k from 1e-3 to 1e3): against
     * mpmath ({@code reference/noncentral/ncx2_entropy_small_lambda.csv} and its script). For
     * k < 2 the density is singular at 0, its log there is of size {@code (1 - k/2) |log x|} down
     * to the power law's closed form at {@code eps0 = 1e-17 min(1, 2k / lambda)}, and a good part
     * of the mass can lie below the smallest double (at k = 1e-3 it gives an entropy near -2000,
     * which the quadrature down to 1e-290 alone missed by 1900), so delta also carries
     * {@code |log f(eps0)|}, at most {@code (1 - k/2) |log eps0| + |log A|}; the mass beyond 64
     * standard deviations (1e-5 at k = 1e-3, lambda = 1e-2, missed before) is integrated too.
     */
    @Test
    void entropyBelowTheLargeLambdaRuleAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/ncx2_entropy_small_lambda.csv")) {
            NoncentralChiSquared d = new NoncentralChiSquared(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double expected = Double.parseDouble(f[2]);
            double eps0 = 1e-17 * Math.min(1, 2 * d.k() / d.lambda());
            double delta = C * EPS * (d.mean() + d.lambda() + Math.abs(d.logPdf(eps0)));
            double got = d.entropy();
            Tolerance.assertWithin(
                    got, expected, delta * (1 + Math.abs(expected)) + 4 * EPS * Math.abs(expected), d + ".entropy()");
            rows++;
        }
        assertTrue(rows >= 15, "rows: " + rows);
    }
}

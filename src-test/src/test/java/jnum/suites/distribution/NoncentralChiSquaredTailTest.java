package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NoncentralChiSquared far from its body: the density and its log far above the mean against
 * mpmath's Bessel form over random parameters ({@code reference/noncentral/ncx2_far_tail.csv} and
 * the script that wrote it), the survival function where Chernoff's bound puts it below the
 * smallest double, and quantiles at probabilities next to 0 and 1 against the distribution's own
 * cdf.
 */
class NoncentralChiSquaredTailTest {
    /** Rounding budget of the density's few elementary terms and short series. */
    private static final double C = 64;

    record Row(double k, double lambda, double x, double logPdf, double logSurvivalBound) {}

    static List<Row> rows() {
        return NoncentralChiSquaredPointRows.read("/reference/noncentral/ncx2_far_tail.csv").stream()
                .map(r -> new Row(r.k(), r.lambda(), r.x(), r.logPdf(), r.extra()))
                .toList();
    }

    /**
     * log f is a sum of terms of sizes x/2, lambda/2, sqrt(lambda x), (k/4) log(x/lambda) and
     * smaller ones; each carries a few roundings and the rounding of x itself moves log f by about x
     * |d log f/dx| eps, of the same size: so the absolute error allowed is C eps times the sum of
     * their magnitudes.
     */
    @Test
    void densityFarAboveTheMeanAgainstMpmath() {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 100, "rows: " + rows.size());
        for (Row row : rows) {
            NoncentralChiSquared d = new NoncentralChiSquared(row.k, row.lambda);
            double scale = 0.5 * row.x
                    + 0.5 * row.lambda
                    + Math.sqrt(row.lambda * row.x)
                    + Math.abs(0.25 * row.k * Math.log(row.x / row.lambda))
                    + Math.abs(Math.log(row.x))
                    + 1;
            String at = d + " at x = " + row.x;
            double got = d.logPdf(row.x);
            Tolerance.assertWithin(got, row.logPdf, C * Tolerance.EPS * scale, at + ": logPdf");
            double pdf = d.pdf(row.x);
            if (row.logPdf > -700) {
                Tolerance.assertRelative(pdf, Math.exp(row.logPdf), C * Tolerance.EPS * scale, at + ": pdf (relative)");
            } else {
                assertTrue(pdf >= 0 && pdf <= Double.MIN_NORMAL, at + ": pdf " + pdf + " must underflow");
            }
        }
    }

    /**
     * Where Chernoff's bound is below half the smallest subnormal, the survival function is 0, while
     * its logarithm stays finite and below the bound (its accuracy there is checked against mpmath by
     * {@code NoncentralRandomParameterProperties}).
     */
    @Test
    void survivalUnderflowsWhereTheBoundSaysSo() {
        int checked = 0;
        for (Row row : rows()) {
            NoncentralChiSquared d = new NoncentralChiSquared(row.k, row.lambda);
            if (row.logSurvivalBound < -746) {
                checked++;
                assertEquals(0.0, d.survival(row.x), d + ".survival(" + row.x + ")");
                double log = d.logSurvival(row.x);
                assertTrue(
                        log > Double.NEGATIVE_INFINITY && log <= row.logSurvivalBound * (1 - 8 * Tolerance.EPS),
                        d + ".logSurvival(" + row.x + ") = " + log + " above Chernoff's bound " + row.logSurvivalBound);
            }
            if (row.logSurvivalBound < -40) {
                assertEquals(1.0, d.cdf(row.x), d + ".cdf(" + row.x + ")");
            }
        }
        assertTrue(checked >= 50, "rows with an underflowing survival: " + checked);
    }

    /**
     * Random parameters over the documented range: the quantile of a probability next to 0, reached
     * either way ({@code quantile(m 2^-53)} and {@code inverseSurvival(1 - m 2^-53)}, where {@code 1 -
     * q} is exact), agrees with the distribution's own cdf, or underflows to 0 only where {@code
     * cdf(MIN_NORMAL)} is already above the probability.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantilesNextToZeroAndOne(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 4; i++) {
            double k = Math.exp(r.nextDouble(Math.log(0.05), Math.log(200)));
            double lambda = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e3)));
            NoncentralChiSquared d = new NoncentralChiSquared(k, lambda);
            double p = (1 + r.nextInt(8)) * 0x1p-53;
            double fromBelow = d.quantile(p);
            double fromAbove = d.inverseSurvival(1 - p);
            String at = d + " at p = " + p + " (seed " + seed + ")";
            assertEquals(fromBelow, fromAbove, Math.ulp(fromBelow) * 64, at + ": quantile vs inverseSurvival");
            if (fromAbove == 0) {
                assertTrue(d.cdf(Double.MIN_NORMAL) >= p, at + ": 0 although cdf(MIN_NORMAL) < p");
                continue;
            }
            // cdf(x) = p to the rounding of x (x f(x) eps / p) and the cdf's own error
            double cond = fromAbove * d.pdf(fromAbove) / p;
            Tolerance.assertRelative(d.cdf(fromAbove), p, C * Tolerance.EPS * (1 + cond), at + ": cdf(isf(1 - p))");
        }
    }
}

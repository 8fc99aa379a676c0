package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.stat.special.Special;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The NoncentralChiSquared density at large degrees of freedom and noncentrality, where the index
 * of the Poisson series' largest term is in the thousands or millions and the density is the
 * Bessel form with Debye's expansion: against mpmath's Bessel form over random parameters ({@code
 * reference/noncentral/ncx2_large_density.csv} and the script that wrote it, half of its rows
 * around the switch from the series), pdf against logPdf, and the density's total mass and mean
 * by quadrature over random parameters.
 */
class NoncentralChiSquaredLargeParameterTest {
    /** Rounding budget of the log density's dozen operations. */
    private static final double C = 16;

    private static final double[][] LEGENDRE = Special.rootsLegendre(16);

    record Row(double k, double lambda, double x, double logPdf, double cond) {}

    static List<Row> rows() {
        return NoncentralChiSquaredPointRows.read("/reference/noncentral/ncx2_large_density.csv").stream()
                .map(r -> new Row(r.k(), r.lambda(), r.x(), r.logPdf(), r.extra()))
                .toList();
    }

    /**
     * The inputs' rounding alone moves log f by eps times the condition number cond (from the
     * script); the evaluation adds a few roundings of terms whose magnitudes sum to about |log f|
     * plus cond (the deviances are never negative, so they do not cancel): an absolute error of at
     * most C eps (1 + cond + |log f|). pdf is exp of it where it is normal, adding |log f| eps.
     */
    @Test
    void densityAgainstMpmath() {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 200, "rows: " + rows.size());
        for (Row row : rows) {
            NoncentralChiSquared d = new NoncentralChiSquared(row.k, row.lambda);
            String at = d + " at x = " + row.x;
            double bound = C * Tolerance.EPS * (1 + row.cond + Math.abs(row.logPdf));
            Tolerance.assertWithin(d.logPdf(row.x), row.logPdf, bound, at + ": logPdf");
            if (row.logPdf > -700) {
                Tolerance.assertRelative(d.pdf(row.x), Math.exp(row.logPdf), bound, at + ": pdf (relative)");
            }
        }
    }

    /**
     * Random parameters with a noncentrality from 1e3 to 1e7 and k from 1e-3 to 1e5: the density
     * integrates to 1 and its mean is {@code k + lambda} (pdf and logPdf are checked against each
     * other on the mpmath rows), by 16-point Gauss-Legendre panels half a
     * standard deviation wide over the mean -12 to +14 standard deviations (skewness at most 0.1
     * there, so the mass outside is below 1e-30 and the rule exact to rounding). The error of log f
     * at a point c standard deviations s from the mean m is about eps times its condition number,
     * some {@code (m / s) |c|} (from x, lambda and k alike), so the integrals carry
     * {@code C eps (m / s) E|c|}, E|c| below 1.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void massAndMeanByQuadrature(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int t = 0; t < 3; t++) {
            double k = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e5)));
            double lambda = Math.exp(r.nextDouble(Math.log(1e3), Math.log(1e7)));
            NoncentralChiSquared d = new NoncentralChiSquared(k, lambda);
            double m = d.mean();
            double s = Math.sqrt(d.variance());
            int points = 0;
            double mass = 0;
            double first = 0;
            for (double c = -12; c < 14; c += 0.5) {
                double mid = m + s * (c + 0.25);
                double half = 0.25 * s;
                for (int i = 0; i < LEGENDRE[0].length; i++) {
                    double x = mid + half * LEGENDRE[0][i];
                    double f = d.pdf(x);
                    points++;
                    mass += half * LEGENDRE[1][i] * f;
                    first += half * LEGENDRE[1][i] * f * (x - m) / s;
                }
            }
            double bound = C * Tolerance.EPS * (8 + m / s) + Tolerance.gamma(points); // and the summation
            String at = d + " (seed " + seed + ")";
            Tolerance.assertWithin(mass, 1, bound, at + ": total mass");
            Tolerance.assertWithin(first, 0, bound, at + ": mean (in standard deviations)");
        }
    }
}

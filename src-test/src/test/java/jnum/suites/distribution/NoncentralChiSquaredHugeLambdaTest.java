package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NoncentralChiSquared tails at noncentralities from 1e4 to 1e9 and k from 1e-3 to 1e7, where they
 * are integrals of the Bessel-form density instead of Poisson sums of {@code O(sqrt(lambda))}
 * terms: against mpmath ({@code reference/noncentral/ncx2_huge_lambda.py} and its output), from the
 * body to both tails beyond 1e-300 and log tails far below the doubles; against the Poisson sums
 * across the switch between the methods (at lambda = 2000, and in the far lower tail where the
 * density's series peaks at index 200); and over random parameters cdf + survival = 1, log forms
 * against direct forms, and quantile round trips down to 1e-300.
 *
 * <p>Tolerances: x enters with its rounding, which moves a tail T by the relative amount
 * {@code cond eps} with {@code cond = x f(x) / T(x)} (and the log of T, the relative error of T,
 * by the same absolute amount); the evaluation adds a few roundings per unit of {@code cond} and of
 * {@code |log T|} (the log density's terms are of that size). So a tail is within
 * {@code C eps (1 + cond + |log T|)} of the truth, in the log, with C = {@value #C}.
 */
class NoncentralChiSquaredHugeLambdaTest {
    private static final double EPS = Tolerance.EPS;

    private static final double C = 10;

    /** The noncentrality from which the tails are integrals of the density (the library's switch). */
    private static final double SWITCH = 2000;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    private static NoncentralChiSquared random(SplittableRandom r) {
        return new NoncentralChiSquared(logUniform(r, 1e-3, 1e7), logUniform(r, SWITCH, 1e9));
    }

    /** {@code mean + z sd}. */
    private static double at(NoncentralChiSquared d, double z) {
        return d.mean() + z * Math.sqrt(d.variance());
    }

    /** The budget {@code C eps (1 + cond + |log T|)} of a log tail, with cond from the log density. */
    private static double budget(double x, double logPdf, double logTail) {
        double cond = Math.exp(Math.log(x) + logPdf - logTail);
        return C * EPS * (1 + cond + Math.abs(logTail));
    }

    @Test
    void tailsAgainstMpmath() {
        int rows = 0;
        int quantiles = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/ncx2_huge_lambda.csv")) {
            NoncentralChiSquared d = new NoncentralChiSquared(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double x = Double.parseDouble(f[2]);
            double logCdf = Double.parseDouble(f[3]);
            double logSf = Double.parseDouble(f[4]);
            double logPdf = Double.parseDouble(f[5]);
            String where = d + " at x = " + x;
            double bc = budget(x, logPdf, logCdf);
            double bs = budget(x, logPdf, logSf);
            Tolerance.assertWithin(d.logCdf(x), logCdf, bc, where + ": logCdf");
            Tolerance.assertWithin(d.logSurvival(x), logSf, bs, where + ": logSurvival");
            if (logCdf > Math.log(1e-300)) {
                Tolerance.assertRelative(d.cdf(x), Math.exp(logCdf), bc, where + ": cdf");
                quantiles += roundTrip(d, x, Math.exp(logCdf), logPdf, false, where);
            }
            if (logSf > Math.log(1e-300)) {
                Tolerance.assertRelative(d.survival(x), Math.exp(logSf), bs, where + ": survival");
                quantiles += roundTrip(d, x, Math.exp(logSf), logPdf, true, where);
            }
            rows++;
        }
        assertTrue(rows >= 50, "rows: " + rows);
        assertTrue(quantiles >= 20, "quantiles: " + quantiles);
    }

    /**
     * The point of a tail probability T at most 1/2 back from the tail: its relative error is that of
     * the tail evaluation divided by cond, plus the polish's stopping rule (|log T - log target| at
     * most {@code eps max(4, |log T|)}, also divided by cond), plus the rounding of x.
     */
    private static int roundTrip(
            NoncentralChiSquared d, double x, double p, double logPdf, boolean upper, String where) {
        if (p > 0.5) {
            return 0;
        }
        double cond = Math.exp(Math.log(x) + logPdf - Math.log(p));
        double bound = C * EPS * (2 + (1 + Math.abs(Math.log(p))) / cond);
        double got = upper ? d.inverseSurvival(p) : d.quantile(p);
        Tolerance.assertRelative(got, x, bound, where + (upper ? ": inverseSurvival(" : ": quantile(") + p + ")");
        return 1;
    }

    /**
     * At lambda = 2000 the tails are integrals of the density, one ulp below it Poisson sums: two
     * independent methods at the same parameters (one ulp of lambda moves a tail by far less than
     * the budget), from the body to tails of 1e-300 and beyond in the log forms; each is within
     * the budget of the truth.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void integralsAgreeWithPoissonSumsAtTheSwitch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            double k = logUniform(r, 1e-3, 1e7);
            NoncentralChiSquared integral = new NoncentralChiSquared(k, SWITCH);
            NoncentralChiSquared sum = new NoncentralChiSquared(k, Math.nextDown(SWITCH));
            double x = at(integral, r.nextDouble(-45, 45));
            if (!(x > 0)) {
                continue;
            }
            String where = integral + " at x = " + x + " (seed " + seed + ")";
            double logPdf = sum.logPdf(x);
            double lc = sum.logCdf(x);
            double ls = sum.logSurvival(x);
            Tolerance.assertWithin(integral.logCdf(x), lc, 2 * budget(x, logPdf, lc), where + ": logCdf");
            Tolerance.assertWithin(integral.logSurvival(x), ls, 2 * budget(x, logPdf, ls), where + ": logSurvival");
        }
    }

    /**
     * Far in the lower tail the lower tail is the Poisson sum where the density's series peaks at an
     * index below 200 and an integral from there on: across that point, {@code x (1 -+ 1e-9)}, log
     * cdf moves by {@code cond 2e-9} to first order (cond = x f / F) and the two methods may differ
     * by their budgets.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lowerTailIsContinuousWhereTheMethodsMeet(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            NoncentralChiSquared d = random(r);
            double nu = 0.5 * d.k() - 1;
            double x = 4 * 200 * (200 + nu) / d.lambda(); // the series peaks at index 200
            double below = x * (1 - 1e-9);
            double above = x * (1 + 1e-9);
            String where = d + " around x = " + x + " (seed " + seed + ")";
            double logPdf = d.logPdf(x);
            double lo = d.logCdf(below);
            double hi = d.logCdf(above);
            double cond = Math.exp(Math.log(x) + logPdf - lo);
            double bound = cond * 2e-9 * 1.01 + 2 * budget(x, logPdf, lo);
            assertTrue(hi >= lo && hi - lo <= bound, where + ": log cdf from " + lo + " to " + hi + ", bound " + bound);
        }
    }

    /**
     * Around the median the cdf is the lower tail's integral below and one less the upper tail's
     * above (the side integrated is the smaller one): across the point where that changes,
     * {@code m = k + lambda - (2/3)(k + 3 lambda)/(k + 2 lambda)}, the cdf rises by the density times
     * the step (to {@code O(step^3)}), and each side is within its budget.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void cdfIsContinuousAcrossTheMedian(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            NoncentralChiSquared d = random(r);
            double k = d.k();
            double lambda = d.lambda();
            double m = k + lambda - (2.0 / 3) * (k + 3 * lambda) / (k + 2 * lambda);
            double h = 1e-6 * Math.sqrt(d.variance());
            double rise = d.cdf(m + h) - d.cdf(m - h);
            double expected = d.pdf(m) * 2 * h;
            double bound = 2 * budget(m, d.logPdf(m), Math.log(0.5)) * 0.5;
            Tolerance.assertWithin(rise, expected, bound, d + " across x = " + m + " (seed " + seed + ")");
        }
    }

    /**
     * cdf + survival = 1 to the sum of their budgets (each tail T within {@code T C eps (1 + cond +
     * |log T|)}; where the density's series peaks below index 200, in the far lower tail, both are
     * Poisson sums of positive terms), and the log forms are the logs of the direct ones to the
     * direct ones' budgets.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void cdfPlusSurvivalIsOneAndLogFormsAgree(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 4; i++) {
            NoncentralChiSquared d = random(r);
            double x = at(d, r.nextDouble(-40, 40));
            if (!(x > 0)) {
                continue;
            }
            String where = d + " at x = " + x + " (seed " + seed + ")";
            double c = d.cdf(x);
            double s = d.survival(x);
            double logPdf = d.logPdf(x);
            double bound = 4 * EPS
                    + (c > 0 ? c * budget(x, logPdf, Math.log(c)) : 0)
                    + (s > 0 ? s * budget(x, logPdf, Math.log(s)) : 0);
            Tolerance.assertWithin(c + s, 1, bound, where + ": cdf + survival");
            if (c >= Double.MIN_NORMAL) {
                double lc = Math.log(c);
                Tolerance.assertWithin(d.logCdf(x), lc, budget(x, logPdf, lc), where + ": logCdf");
            }
            if (s >= Double.MIN_NORMAL) {
                double ls = Math.log(s);
                Tolerance.assertWithin(d.logSurvival(x), ls, budget(x, logPdf, ls), where + ": logSurvival");
            }
        }
    }

    /**
     * {@code quantile(p)} and {@code inverseSurvival(p)} for p log-uniform down to 1e-300: the tail at
     * the point found is p to the polish's stopping rule plus the tail's budget at that point.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantilesRoundTrip(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            assertRoundTrips(random(r), logUniform(r, 1e-300, 0.5), seed);
        }
    }

    /** Both tails at the points {@code quantile(p)} and {@code inverseSurvival(p)} are p to their budgets. */
    private static void assertRoundTrips(NoncentralChiSquared d, double p, long seed) {
        String where = d + " at p = " + p + " (seed " + seed + ")";
        double x = d.quantile(p);
        double lp = Math.log(p);
        Tolerance.assertWithin(d.logCdf(x), lp, budget(x, d.logPdf(x), lp), where + ": log cdf(quantile)");
        double y = d.inverseSurvival(p);
        Tolerance.assertWithin(
                d.logSurvival(y), lp, budget(y, d.logPdf(y), lp), where + ": log survival(inverseSurvival)");
    }

    /**
     * Beyond the references, lambda from 1e9 to 1e30 and k up to 1e12: quantiles round trip as above
     * (down to 1e-300), and the cdf at the median found is 1/2 to its budget.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantilesRoundTripBeyondTheReferences(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 2; i++) {
            NoncentralChiSquared d = new NoncentralChiSquared(logUniform(r, 1e-3, 1e12), logUniform(r, 1e9, 1e30));
            assertRoundTrips(d, logUniform(r, 1e-300, 0.5), seed);
            double m = d.quantile(0.5);
            Tolerance.assertWithin(
                    d.logCdf(m),
                    Math.log(0.5),
                    budget(m, d.logPdf(m), Math.log(0.5)),
                    d + " (seed " + seed + "): cdf(median)");
        }
    }

    /**
     * Up to the top of the double range (lambda and k to 1e300, where the standard deviation is far
     * below an ulp of the mean and the tails are steps at double resolution) every tail is a
     * probability with cdf + survival = 1 and log forms at most 0: the local scale of the density
     * used to overflow there (an exception at lambda = 1e300).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tailsAreProbabilitiesUpToTheTopOfTheRange(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            NoncentralChiSquared d = new NoncentralChiSquared(logUniform(r, 1e-3, 1e300), logUniform(r, 1e30, 1e300));
            double x = d.mean() * logUniform(r, 0.5, 2);
            String where = d + " at x = " + x + " (seed " + seed + ")";
            double c = d.cdf(x);
            double s = d.survival(x);
            assertTrue(c >= 0 && c <= 1 && s >= 0 && s <= 1, where + ": cdf " + c + ", survival " + s);
            double logPdf = d.logPdf(x);
            double bound = 4 * EPS
                    + (c > 0 ? c * budget(x, logPdf, Math.log(c)) : 0)
                    + (s > 0 ? s * budget(x, logPdf, Math.log(s)) : 0);
            Tolerance.assertWithin(c + s, 1, bound, where + ": cdf + survival");
            assertTrue(d.logCdf(x) <= 0 && d.logSurvival(x) <= 0, where + ": log forms");
        }
        NoncentralChiSquared top = new NoncentralChiSquared(2, 1e300);
        Tolerance.assertWithin(top.cdf(1e300) + top.survival(1e300), 1, 4 * EPS, top + " at its mean");
    }
}

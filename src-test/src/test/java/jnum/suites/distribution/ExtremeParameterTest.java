package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.F;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.special.Special;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Distributions at the ends of their parameter ranges, where a quantile lies hundreds of decades
 * from its starting guess or below the smallest double: the noncentral t with few degrees of
 * freedom (its far tail against mpmath, {@code reference/noncentral/nct_extreme.csv}, and its
 * quantiles through its own tails), Beta and the inverse incomplete beta function with shapes down
 * to 1e-5 (roots that underflow must come out as 0, not as some subnormal), the F cdf at subnormal
 * arguments (an exact power law there), and the noncentral t cdf just beside 0.
 */
class ExtremeParameterTest {
    /** Rounding budget of a tail function and the Newton polish, per unit of |log p|. */
    private static final double C = 64;

    /**
     * Against mpmath's asymptotic form (a parabolic cylinder function, exact to a relative 1e-17 at
     * these t): the log density and log lower tail to 10 times their condition number,
     * {@code 10 eps (1 + delta^2 + |log|)} absolute. A relative change eps of delta moves the log
     * by {@code eps delta |d log F / d delta|}, about {@code eps delta^2} (the mass sits near
     * {@code z = delta} in the normal factor {@code e^(-z^2/2)}); one of t or df moves it by at most
     * {@code eps (df + 1) |log t|}, below {@code eps |log|}. The measured worst is about 1 unit of
     * {@code eps (1 + delta^2)} where delta is large and 2.2 {@code eps |log|} where it is small.
     */
    @Test
    void noncentralTFarTailAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/nct_extreme.csv")) {
            double delta = Double.parseDouble(f[1]);
            NoncentralT d = new NoncentralT(Double.parseDouble(f[0]), delta);
            double t = Double.parseDouble(f[2]);
            double logPdf = Double.parseDouble(f[3]);
            double logCdf = Double.parseDouble(f[4]);
            String at = d + " at " + t;
            double unit = 10 * Tolerance.EPS * (1 + delta * delta);
            Tolerance.assertWithin(d.logPdf(t), logPdf, unit + 10 * Tolerance.EPS * Math.abs(logPdf), at + ": logPdf");
            Tolerance.assertWithin(d.logCdf(t), logCdf, unit + 10 * Tolerance.EPS * Math.abs(logCdf), at + ": logCdf");
            rows++;
        }
        assertTrue(rows >= 40, "rows: " + rows);
    }

    /**
     * Noncentral t quantiles with df log-uniform in [1e-3, 1e6], delta in [-40, 40] and p down to
     * 1e-300 reproduce p through the distribution's own tails to {@code C eps (1 + |log p| + cond)},
     * {@code cond = |x f(x) / p|}; an infinite quantile only where the tail at the largest double
     * is still beyond p. The log density is finite wherever the tails are positive.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void noncentralTQuantilesRoundTrip(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            double df = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e6)));
            NoncentralT d = new NoncentralT(df, r.nextDouble(-40, 40));
            double p = Math.pow(10, -r.nextDouble(0.5, 300));
            String at = d + " at p = " + p + " (seed " + seed + ")";
            roundTrip(d, p, false, at);
            roundTrip(d, p, true, at);
        }
    }

    /**
     * With df = 0.0015 the survival function falls only from 0.48 to 0.35 between t = 1e210 and the
     * largest double, so the 0.76 quantile of NoncentralT(0.0015, 36.5) lies beyond the doubles: the
     * polish once crept towards it by factors of 16 for its 60 steps and returned 1.1e283, whose
     * survival is 0.38, not 0.24.
     */
    @Test
    void noncentralTQuantileBeyondTheDoubles() {
        NoncentralT d = new NoncentralT(0.0015, 36.5);
        assertTrue(d.survival(Double.MAX_VALUE) > 0.24 * (1 + 1e-10), "survival(MAX_VALUE)");
        assertEquals(Double.POSITIVE_INFINITY, d.quantile(0.76));
        assertEquals(Double.POSITIVE_INFINITY, d.inverseSurvival(0.24));
        roundTrip(d, 0.6, false, d + " at p = 0.6");
        roundTrip(d, 0.4, true, d + " at q = 0.4");
    }

    /**
     * cdf + survival = 1 and the log forms against the direct ones, for df log-uniform in [1e-3, 1e6],
     * delta in [-40, 40] and |t| log-uniform in [1e-300, 1e300]: the two tails are computed
     * separately (series, integral, or one minus the other), so their sum shows any branch that
     * cannot see t (the lower series at t^2 > 1e308 df once returned 1 while the survival function
     * was 0.4). Each tail carries the quadrature's tolerance, 2e-14 relative, hence 128 eps.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void noncentralTTailsAreComplementary(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 8; i++) {
            double df = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e6)));
            NoncentralT d = new NoncentralT(df, r.nextDouble(-40, 40));
            double t = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-300, 300));
            String at = d + " at t = " + t + " (seed " + seed + ")";
            double cdf = d.cdf(t);
            double sf = d.survival(t);
            Tolerance.assertWithin(cdf + sf, 1, 128 * Tolerance.EPS, at + ": cdf + survival");
            if (cdf >= 1e-300) {
                Tolerance.assertWithin(
                        d.logCdf(t),
                        Math.log(cdf),
                        128 * Tolerance.EPS * (1 + Math.abs(Math.log(cdf))),
                        at + ": logCdf");
            }
            if (sf >= 1e-300) {
                Tolerance.assertWithin(
                        d.logSurvival(t),
                        Math.log(sf),
                        128 * Tolerance.EPS * (1 + Math.abs(Math.log(sf))),
                        at + ": logSurvival");
            }
        }
    }

    /**
     * Near t = 0 both tails move by at most |t| times the density there: the upper series alone
     * kept only absolute accuracy where the upper tail is near 1 (survival 1 - 1.1e-8 instead of
     * 1 - 3.8e-13 at df 2.5e4, delta 7.2, t = 2.8e-8).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void noncentralTTailsBarelyMoveNearZero(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 8; i++) {
            double df = Math.exp(r.nextDouble(Math.log(1e-3), Math.log(1e6)));
            NoncentralT d = new NoncentralT(df, r.nextDouble(-40, 40));
            double t = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-12, -3));
            String at = d + " at t = " + t + " (seed " + seed + ")";
            double moved = 2 * Math.abs(t) * Math.max(d.pdf(0), d.pdf(t));
            Tolerance.assertWithin(d.cdf(t) + d.survival(t), 1, 128 * Tolerance.EPS, at + ": cdf + survival");
            assertEquals(d.survival(0), d.survival(t), moved + 4 * Tolerance.EPS * d.survival(0), at + ": survival");
            assertEquals(d.cdf(0), d.cdf(t), moved + 4 * Tolerance.EPS * d.cdf(0), at + ": cdf");
        }
    }

    private static void roundTrip(ContinuousDistribution d, double p, boolean upper, String at) {
        double x = upper ? d.inverseSurvival(p) : d.quantile(p);
        String what = at + (upper ? ": survival(inverseSurvival(p))" : ": cdf(quantile(p))");
        if (Double.isInfinite(x)) {
            double end = Math.copySign(Double.MAX_VALUE, x);
            double tail = upper ? d.survival(end) : d.cdf(end);
            assertTrue(tail >= p * (1 - 1e-10), what + ": infinite although the tail at " + end + " is " + tail);
            return;
        }
        double logPdf = d.logPdf(x);
        assertTrue(logPdf > Double.NEGATIVE_INFINITY, what + ": logPdf(" + x + ") = -inf");
        double cond = Math.exp(Math.log(Math.abs(x)) + logPdf - Math.log(p));
        double bound = C * Tolerance.EPS * (1 + Math.abs(Math.log(p)) + cond);
        double logTail = upper ? d.logSurvival(x) : d.logCdf(x);
        Tolerance.assertWithin(logTail, Math.log(p), bound, what + " at x = " + x);
    }

    /**
     * Beta quantiles with a shape in [1e-5, 1e-2] and the other in [1e-5, 1e4]: a result of 0 (or 1
     * for the upper tail) only where the tail at the smallest double (its neighbour below 1) is
     * already beyond p; a positive normal result reproduces p as above; a subnormal one brackets p
     * between the tails at x / 2 and 2 x.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void betaQuantilesWithTinyShapes(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 16; i++) {
            double tiny = Math.exp(r.nextDouble(Math.log(1e-5), Math.log(1e-2)));
            double other = Math.exp(r.nextDouble(Math.log(1e-5), Math.log(1e4)));
            Beta d = r.nextBoolean() ? new Beta(tiny, other) : new Beta(other, tiny);
            double p = Math.pow(10, -r.nextDouble(0.1, 300));
            String at = d + " at p = " + p + " (seed " + seed + ")";
            double x = d.quantile(p);
            if (x == 0) {
                assertTrue(d.cdf(Double.MIN_VALUE) >= p, at + ": quantile 0 but cdf(MIN_VALUE) < p");
            } else if (x < Double.MIN_NORMAL) {
                assertTrue(d.cdf(x / 2) <= p * (1 + 1e-12) && d.cdf(2 * x) >= p * (1 - 1e-12), at + ": " + x);
            } else if (x < 1) {
                roundTrip(d, p, false, at);
            } else {
                assertTrue(d.cdf(Math.nextDown(1.0)) <= p, at + ": quantile 1 but cdf(1 - ulp) > p");
            }
            double inverse = Special.betaincinv(d.alpha(), d.beta(), p);
            assertEquals(x == 0, inverse == 0, at + ": betaincinv " + inverse + " against the quantile " + x);
        }
    }

    /**
     * Below y = 1e-280 the F cdf is {@code c x^(d1/2)} to a relative O(x): doubling x multiplies it
     * by {@code 2^(d1/2)}, to the cdf's own error (a few eps times |log cdf|, the size of the
     * exponent it carries). d1 in [0.01, 1] keeps the cdf of subnormal x above 1e-162.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void fCdfIsAPowerLawAtSubnormals(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 16; i++) {
            F d = new F(Math.exp(r.nextDouble(Math.log(0.01), 0)), Math.exp(r.nextDouble(-3, 5)));
            double x = Math.scalb(1.0 + r.nextDouble(), r.nextInt(-1070, -1000));
            String at = d + " at x = " + x + " (seed " + seed + ")";
            double logCdf = d.logCdf(x);
            double bound = 8 * Tolerance.EPS * (1 + Math.abs(logCdf));
            Tolerance.assertRelative(
                    d.cdf(2 * x) / d.cdf(x), Math.pow(2, 0.5 * d.d1()), 2 * bound, at + ": cdf(2x)/cdf(x)");
            Tolerance.assertWithin(logCdf, Math.log(d.cdf(x)), bound, at + ": logCdf");
        }
    }

    /**
     * Just beside t = 0 the noncentral t cdf is {@code Phi(-delta) + f(0) t + O(t^2)}: at |t| = 1e-300
     * it equals the value at 0 to rounding, whatever df and delta (it once drifted by 2e-12 for
     * df = 1e7, and exceeded 1).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void noncentralTCdfBesideZero(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 16; i++) {
            NoncentralT d =
                    new NoncentralT(Math.exp(r.nextDouble(Math.log(0.01), Math.log(1e8))), r.nextDouble(-38, 38));
            String at = d + " (seed " + seed + ")";
            for (double t : new double[] {-1e-300, 1e-300, -1e-200, 1e-200}) {
                Tolerance.assertRelative(d.cdf(t), d.cdf(0), 4 * Tolerance.EPS, at + ": cdf(" + t + ")");
                Tolerance.assertRelative(d.survival(t), d.survival(0), 4 * Tolerance.EPS, at + ": survival(" + t + ")");
                assertTrue(d.cdf(t) <= 1 && d.survival(t) <= 1, at + ": above 1 at " + t);
            }
        }
    }
}

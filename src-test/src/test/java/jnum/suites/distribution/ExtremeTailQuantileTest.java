package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Chi;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.InverseGamma;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.VonMises;
import jnum.stat.distribution.Zipf;
import jnum.stat.special.Special;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.CsvResource;
import jnum.testkit.DiscreteDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quantiles at extreme parameters whose cost once reached 0.1-0.7 ms (and negative binomial
 * entropies of 1.3 to 8 ms): the von Mises far tails at kappa near 1e5 and its support's ends at
 * small kappa, tiny-shape
 * gamma, chi and beta quantiles that underflow or round to a support end, a beta quantile with a
 * huge and a small shape, Zipf's upper tail at exponent 33, the negative binomial at r of a few
 * tens to hundreds with tiny p, and its entropy where the mass below the count 1000 is not
 * negligible. Each case is checked for its answer (the cost is measured by the JMH cases of the
 * same names), and random parameters at the same extremes for the properties that would have
 * caught a wrong answer from the faster paths.
 *
 * <p>Bounds: a continuous quantile x of p reproduces p through the distribution's own tail to
 * {@code max(1e-13, 2A) + 8 eps cond + 4 eps |log p|} relative, {@code cond = |x f(x) / p|} and A
 * the tail's claimed accuracy ({@link ContinuousDistributionChecks}' round trip); a discrete
 * quantile is the smallest k whose cdf reaches p ({@link DiscreteDistributionChecks}).
 */
class ExtremeTailQuantileTest {
    private static final double EPS = Tolerance.EPS;

    /** The von Mises tails' claimed accuracy at kappa >= 10.5 (quadrature; {@code VonMisesTest}). */
    private static final double VON_MISES_TAIL = 5e-11;

    /** The default claimed accuracy of a tail function. */
    private static final double TAIL = ContinuousDistributionChecks.DEFAULT_ACCURACY;

    private static void assertRoundTrip(ContinuousDistribution d, double p, boolean upper, double accuracy) {
        assertRoundTrip(d, p, upper, accuracy, "regression");
    }

    private static void assertRoundTrip(
            ContinuousDistribution d, double p, boolean upper, double accuracy, String where) {
        double x = upper ? d.inverseSurvival(p) : d.quantile(p);
        double back = upper ? d.survival(x) : d.cdf(x);
        double cond = Math.abs(x * d.pdf(x) / p);
        double bound = Math.max(ContinuousDistributionChecks.ROUND_TRIP, 2 * accuracy)
                + 8 * EPS * cond
                + 4 * EPS * Math.abs(Math.log(p));
        String call = d + (upper ? ".inverseSurvival(" : ".quantile(") + p + ") = " + x + " (" + where + ")";
        assertTrue(Math.abs(back - p) <= bound * p, call + " reproduces " + back + ", bound " + bound + " relative");
    }

    // ---------------------------------------------------------------------------------------------
    // The cases that were slow

    /** Tails near 1e-290 at kappa 6e4 and 1e5: the quadrature started at -pi, 0.5 ms per call. */
    @Test
    void vonMisesFarTailsAtLargeKappa() {
        assertRoundTrip(
                new VonMises(-1.3769129200689663, 99830.12356867605), 1.9324660167618445e-295, true, VON_MISES_TAIL);
        assertRoundTrip(
                new VonMises(0.4764263406162792, 61572.64798905974), 2.67387328065546e-278, false, VON_MISES_TAIL);
        assertRoundTrip(
                new VonMises(0.8534626723106551, 355.63478725397187), 3.9085152122791254e-299, true, VON_MISES_TAIL);
    }

    /**
     * At kappa 0.24 the quantile of 9.2e-18 lies 7.5e-17 above the lower end, within an ulp of it
     * (the cdf cannot resolve it: x - mu rounds in steps of ulp(pi)). mpmath's root of the cdf
     * (quadrature at 50 digits) is {@code w = 7.4620e-17} above the exact {@code mu - pi}, which
     * rounds to the end's double: the answer must be that double or the next.
     */
    @Test
    void vonMisesQuantileAtTheSupportEnd() {
        VonMises d = new VonMises(2.586738302726464, 0.24272503589167044);
        double x = d.quantile(9.180928991163534e-18);
        double end = d.support().lower();
        assertTrue(x >= end && x <= Math.nextUp(end), d + ".quantile(9.18e-18) = " + x + ", end " + end);
        assertEquals(d.support().upper(), d.inverseSurvival(1e-300), d + ".inverseSurvival(1e-300)");
    }

    /** A huge and a small shape: the incomplete beta function there ran a 3000-term fraction. */
    @Test
    void betaWithAHugeAndASmallShape() {
        Beta d = new Beta(9145.613425867552, 0.12394203555174146);
        assertRoundTrip(d, 0.3466159855129302, false, TAIL);
        assertRoundTrip(d, 0.3466159855129302, true, TAIL);
    }

    /**
     * Tiny shapes whose quantile rounds to 1: the survival at the double below 1 is still above q,
     * so the answer is within an ulp of 1 (it was resolved for 70 us to a distance that rounds away).
     */
    @Test
    void betaQuantileRoundingToOne() {
        Beta d = new Beta(0.007903240382030125, 0.0011378328678003104);
        double q = 0.38098231231556245;
        assertTrue(d.survival(Math.nextDown(1.0)) > q, "the root lies above the double below 1");
        assertTrue(d.inverseSurvival(q) >= Math.nextDown(1.0), d + ".inverseSurvival(" + q + ")");
        assertTrue(Special.betainccinv(0.007903240382030125, 0.0011378328678003104, q) >= Math.nextDown(1.0));
    }

    /**
     * Tiny-shape gamma quantiles below the normal doubles: {@code P(a, x) = x^a / Gamma(a + 1) (1 +
     * O(x))} there, so the quantile is {@code theta (p Gamma(a + 1))^(1/a)} to the spacing of the
     * subnormals; one that lies below half the smallest subnormal is 0 (and the inverse gamma's
     * inverse survival infinite).
     */
    @Test
    void tinyShapeGammaQuantilesBelowTheNormalDoubles() {
        double a = 0.006122965398864665;
        double theta = 0.038810063309341024;
        double p = 0.010939233853299039;
        double expected = theta * Math.exp((Math.log(p) + Special.gammaln1p(a)) / a);
        double x = new Gamma(a, theta).quantile(p);
        assertEquals(expected, x, 2 * Double.MIN_VALUE + 1e-12 * expected, "Gamma(" + a + ").quantile(" + p + ")");
        // the inverse gamma's inverse survival is 1 / P^-1(a, p), beyond the largest double
        assertEquals(Double.POSITIVE_INFINITY, new InverseGamma(a, 1).inverseSurvival(p));
        assertEquals(0, new Gamma(8.148446228108239e-5, 0.016694565590586134).quantile(1.082468764149873e-261));
        assertEquals(0, new Chi(1.1061025648706695e-6).quantile(1.4059006153364642e-295));
        assertEquals(
                Double.POSITIVE_INFINITY,
                new InverseGamma(3.896713793874597e-6, 17.342485856896158).inverseSurvival(4.606893490711078e-252));
        assertEquals(0, Special.gammaincinv(1e-3, 1e-300));
        assertEquals(0, Special.gammainccinv(1e-6, 0.5));
    }

    /** Zipf's upper tail at exponent 33: the start had been the lower-tail form, lost at q = 1e-295. */
    @Test
    void zipfFarUpperTail() {
        assertSmallest(new Zipf(432546607855L, 32.87057279561647), 1.4543208731735485e-295, true);
        assertSmallest(new Zipf(1L << 52, 42), 1e-300, true);
        assertSmallest(new Zipf(1L << 52, 42), 1e-200, true);
    }

    /** The negative binomial at r of a few tens with tiny p: Cornish-Fisher started 7 sd away. */
    @Test
    void negativeBinomialSkewedTails() {
        assertSmallest(new NegativeBinomial(37.51274423030595, 7.467289517275505e-4), 2.4723031564426828e-11, false);
        assertSmallest(new NegativeBinomial(46.60197640165223, 1.3400300885401745e-6), 1.3153706559876952e-157, false);
        assertSmallest(new NegativeBinomial(38.564308152585625, 1.5408723932182347e-5), 9.875001935080402e-9, true);
        assertSmallest(new NegativeBinomial(708.7092436614182, 2.3084447342619946e-6), 1.4645682925292646e-18, false);
        assertSmallest(new NegativeBinomial(1e12, 1e-6), 1e-18, false);
    }

    /** cdf(k) reaches p and cdf(k - 1) does not (upper: survival(k) at most q, survival(k - 1) above). */
    private static void assertSmallest(DiscreteDistribution d, double t, boolean upper) {
        long k = upper ? d.inverseSurvival(t) : d.quantile(t);
        String call = d + (upper ? ".inverseSurvival(" : ".quantile(") + t + ") = " + k;
        if (upper) {
            assertTrue(d.survival(k) <= t, call + ": survival(k) = " + d.survival(k));
            assertTrue(k == d.support().lower() || d.survival(k - 1) > t, call + ": not the smallest");
        } else {
            assertTrue(d.cdf(k) >= t, call + ": cdf(k) = " + d.cdf(k));
            assertTrue(k == d.support().lower() || d.cdf(k - 1) < t, call + ": not the smallest");
        }
    }

    /**
     * The entropies that took 8 and 2 ms (summed term by term from the mode): against {@code -sum P
     * log P} summed here, with the bound of {@link NegativeBinomialWideEntropyTest}.
     */
    @Test
    void negativeBinomialEntropyWithMassBelowTheCount1000() {
        assertEntropy(new NegativeBinomial(17.005015798941628, 7.971241882822546e-4), "regression");
        assertEntropy(new NegativeBinomial(25.02885639791128, 0.004244293433548828), "regression");
        // r = 0.001: a standard deviation of 12 but a tail of 40 / p = 15000 terms (1.3 ms)
        assertEntropy(new NegativeBinomial(0.001148970576824257, 0.0026990059393744666), "regression");
    }

    /** Against the direct sum up to {@code (r + 11 sqrt(r) + 60) / p}, beyond which P is below e^-60 of its peak. */
    private static void assertEntropy(NegativeBinomial d, String where) {
        long to = (long) ((d.r() + 11 * Math.sqrt(d.r()) + 60) / d.p());
        NegativeBinomialWideEntropyTest.assertAgainstDirectSum(d, to, where);
    }

    /**
     * {@code 1 - I_x(a, b)} for a in [0.05, 1], {@code b >= 4a}, {@code b x <= 1}, and for both
     * shapes tiny with {@code a > b/4}, x down to 1e-300, where the small-shape series now applies
     * (the second once ran a 3000-term fraction first, 17-33 us): against mpmath ({@code
     * reference/distributions/small_shape_series.csv}) to 10 times the condition number in eps.
     */
    @Test
    void incompleteBetaComplementOnTheSeriesRange() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/distributions/small_shape_series.csv")) {
            double a = Double.parseDouble(f[0]);
            double b = Double.parseDouble(f[1]);
            double x = Double.parseDouble(f[2]);
            double bound = 10 * EPS * Math.max(1, Double.parseDouble(f[4]));
            Tolerance.assertRelative(
                    Special.betaincc(a, b, x),
                    Double.parseDouble(f[3]),
                    bound,
                    "betaincc(" + a + ", " + b + ", " + x + ")");
            rows++;
        }
        assertTrue(rows >= 120, "rows: " + rows);
    }

    // ---------------------------------------------------------------------------------------------
    // Random parameters at the same extremes

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /** von Mises round trips for kappa log-uniform in [1e-3, 1e6], p down to 1e-300. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void vonMisesRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x7A11L);
        double mu = r.nextDouble(-3, 3);
        VonMises d = new VonMises(mu, logUniform(r, 1e-3, 1e6));
        // the cdf is evaluated at x - mu, which rounds in ulps of |mu| + pi near the support's ends
        ContinuousDistributionChecks c = ContinuousDistributionChecks.of(d)
                .withAccuracy(VON_MISES_TAIL)
                .withArgumentScale(Math.abs(mu) + Math.PI);
        c.quantileRoundTrip(seed);
        c.inverseSurvivalRoundTrip(seed);
    }

    /**
     * Gamma, chi and beta round trips with shapes log-uniform in [1e-6, 1e-1] (beta: also a shape in
     * [1, 1e5] with one in [1e-3, 1]), 40 probabilities log-uniform in [1e-300, 1/2] per tail. The
     * chi inverse survival function at tiny k once returned {@code sqrt(2 y)} of a subnormal y.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tinyShapeRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5A1EL);
        ContinuousDistribution[] ds = {
            new Gamma(logUniform(r, 1e-6, 0.1), logUniform(r, 1e-3, 1e3)),
            new Chi(logUniform(r, 1e-6, 0.1)),
            new Beta(logUniform(r, 1e-6, 0.1), logUniform(r, 1e-6, 0.1)),
            new Beta(logUniform(r, 1, 1e5), logUniform(r, 1e-3, 1)),
        };
        for (ContinuousDistribution d : ds) {
            for (int i = 0; i < 40; i++) {
                double p = Math.exp(r.nextDouble(Math.log(1e-300), Math.log(0.5)));
                for (boolean upper : new boolean[] {false, true}) {
                    double x = upper ? d.inverseSurvival(p) : d.quantile(p);
                    double f = d.pdf(x);
                    // most of such a mass sits within an ulp of a support end: only quantiles at
                    // normal doubles strictly inside, with a finite density, have a condition number
                    if (x > d.support().lower()
                            && x < d.support().upper()
                            && Math.abs(x) >= Double.MIN_NORMAL
                            && f > 0
                            && f < Double.POSITIVE_INFINITY) {
                        assertRoundTrip(d, p, upper, TAIL, "seed " + seed);
                    }
                }
            }
        }
    }

    /**
     * Negative binomial and Zipf quantiles are the smallest counts, p down to 1e-300: r
     * log-uniform in [1, 1e4] (the gamma-limit start) and [1e4, 1e12] (Cornish-Fisher and Newton),
     * p in [1e-6, 1]; Zipf exponents in [1, 100], n up to 2^52.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void discreteQuantilesAreTheSmallest(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xD15CL);
        DiscreteDistribution[] ds = {
            new NegativeBinomial(logUniform(r, 1, 1e4), logUniform(r, 1e-6, 1)),
            new NegativeBinomial(logUniform(r, 1e4, 1e12), logUniform(r, 1e-6, 1)),
            new Zipf((long) logUniform(r, 2, 0x1p52), logUniform(r, 1, 100)),
        };
        for (DiscreteDistribution d : ds) {
            DiscreteDistributionChecks c = DiscreteDistributionChecks.of(d);
            c.quantileIsSmallest(seed);
            c.inverseSurvivalIsSmallest(seed);
        }
    }

    /**
     * Negative binomial entropy for r log-uniform in [16, 1000] and p in [1e-3, 0.3] (sd >= 32), and
     * for r in [1e-5, 0.4] with p in [1e-4, 0.05] (a small standard deviation, a long tail).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void negativeBinomialEntropyAgainstDirectSum(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xE27L);
        NegativeBinomial d;
        do {
            d = new NegativeBinomial(logUniform(r, 16, 1000), logUniform(r, 1e-3, 0.3));
        } while (d.stdDev() < 32);
        assertEntropy(d, "seed " + seed);
        assertEntropy(new NegativeBinomial(logUniform(r, 1e-5, 0.4), logUniform(r, 1e-4, 0.05)), "seed " + seed);
    }
}

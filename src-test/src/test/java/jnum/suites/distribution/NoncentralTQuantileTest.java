package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralT;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Noncentral t quantiles where the tails are integrals over the chi variable ({@code delta^2/2 >
 * 50}): started from the chi-squared quantile of {@code delta / sqrt(V/df)} or the root of Laplace's
 * model of the integral, and finished by Halley steps that stop once the estimated error is below
 * the noise of the log tail. Each quantile must reproduce its tail through the library's own log
 * cdf or log survival function to the error budget of {@link NoncentralTOwnSideTest}: {@code C eps
 * (1 + |log P| + cond)}, cond the condition number {@code |x| f(x) / P} of the tail at the quantile.
 */
class NoncentralTQuantileTest {
    private static final double EPS = Tolerance.EPS;
    private static final double C = 64;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /**
     * Random parameters (df log-uniform in [1e-3, 1e6], |delta| in [10.5, 450], either sign), a tail
     * probability log-uniform from 1e-300 to 1 (the median included, where at tiny df the quantile
     * is beyond 1e155 and the chi variable of the lower tail's integral by parts is subnormal), as
     * the cdf (quantile) or the survival function
     * (inverse survival), so that all four tails are met: on delta's side towards 0 and away from
     * it, and against it.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void roundTripsOverRandomParameters(long seed) {
        roundTrips(seed, 1e6, 0, 300);
    }

    /**
     * As {@link #roundTripsOverRandomParameters} at df below 0.1, where T spreads over hundreds of
     * decades: quantiles near 0 on delta's side (the lower tail falls like {@code exp(-c / t^2)}),
     * power-law tails beyond 1e100 and quantiles beyond the largest double.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void roundTripsAtTinyDf(long seed) {
        roundTrips(seed, 0.1, 0, 300);
    }

    /**
     * As {@link #roundTripsOverRandomParameters} in the body (tail probabilities from 1e-3 to 1/2),
     * where the start is the chi-squared quantile corrected for the normal variable's spread and
     * one Halley step is meant to finish: each step must still end at the noise of the log tail.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void roundTripsInTheBody(long seed) {
        roundTrips(seed, 1e6, Math.log10(2), 3);
    }

    /**
     * Tails beyond delta on its side where the series gives them ({@code delta^2/2 <= 50}, |delta|
     * log-uniform in [0.01, 10]), tail probabilities log-uniform from 1e-300 to 1e-3: the start is
     * the root of Laplace's model of the integral, uncorrected.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void roundTripsBeyondDeltaWithTheSeries(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            double df = logUniform(r, 1e-3, 1e6);
            boolean positive = r.nextBoolean();
            NoncentralT d = new NoncentralT(df, (positive ? 1 : -1) * logUniform(r, 0.01, 10));
            // beyond a positive delta the upper tail, beyond a negative one the lower
            checkRoundTrip(d, Math.pow(10, -r.nextDouble(3, 300)), !positive, " (seed " + seed + ")");
        }
    }

    /**
     * Twelve round trips at df log-uniform in [1e-3, maxDf] and tail probabilities {@code 10^-e},
     * e uniform in [from, to].
     */
    private static void roundTrips(long seed, double maxDf, double from, double to) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            double df = logUniform(r, 1e-3, maxDf);
            NoncentralT d = new NoncentralT(df, (r.nextBoolean() ? 1 : -1) * r.nextDouble(10.5, 450));
            double p = Math.pow(10, -r.nextDouble(from, to));
            checkRoundTrip(d, p, r.nextBoolean(), " (seed " + seed + ")");
        }
    }

    /** The worst cases of the benchmarks (DistributionWorstCaseBench), each a start that once took 6 to 13 steps. */
    @Test
    void benchmarkCases() {
        checkRoundTrip(new NoncentralT(0.00165, 35.03), 7.04e-217, true, "");
        checkRoundTrip(new NoncentralT(0.0064, 423), 3.2e-197, true, "");
        checkRoundTrip(new NoncentralT(7.39, -393), 8.7e-247, false, "");
        checkRoundTrip(new NoncentralT(10, 40), 0.3, true, "");
        checkRoundTrip(new NoncentralT(0.0015, 36.5), 0.4, false, "");
        checkRoundTrip(new NoncentralT(0.00122, 26.89), 1.05e-159, true, "");
        checkRoundTrip(new NoncentralT(0.0015, 36.5), 0.24, false, "");
        checkRoundTrip(new NoncentralT(0.0030543971360130558, 407.805401353667), 0.4961279911604676, true, "");
        checkRoundTrip(new NoncentralT(0.042929262970373486, 10.545245324441684), 0.2646997485375835, true, "");
        checkRoundTrip(new NoncentralT(705.2768539964171, -7.532777601923634), 5.142076769541614e-117, true, "");
        checkRoundTrip(new NoncentralT(0.0015, 36.5), 0.6, true, "");
    }

    /**
     * Quantiles near the median at tiny df, beyond 1e155: the lower tail's integral by parts took
     * the chi-squared survival function of a subnormal v, a staircase in t (the cdf was off by 2e-5
     * and the quantile by 10%).
     */
    @Test
    void medianBeyondSubnormalChiVariable() {
        checkRoundTrip(new NoncentralT(0.0013396483682455208, 275.2853337270957), 0.3924036970220279, true, "");
        checkRoundTrip(new NoncentralT(0.0017629589688157184, -384.8806200759197), 0.524872946983668, true, "");
        checkRoundTrip(new NoncentralT(0.0017694689938820645, 112.41336623574979), 0.5211350118344501, false, "");
    }

    /**
     * A Halley step once ended the polish on |h| alone: near t = 0 at tiny df the tail's slope in
     * {@code log |t|} is about 2e-4, the step's cubic error grows as its inverse square, and the
     * inverse survival stopped 8e-9 (relative) short, 1.4e-12 off in the log tail.
     */
    @Test
    void halleyStepNearZeroAtTinyDf() {
        NoncentralT d = new NoncentralT(0.0016491671659210618, -2.2753925287181);
        checkRoundTrip(d, d.survival(0.0014019192755825938), false, "");
    }

    /**
     * The quantile of the tail p (the cdf if {@code lower}, else the survival function) reproduces
     * p to the budget; an infinite quantile only where the tail at the largest double on its side
     * has not yet reached p.
     */
    private static void checkRoundTrip(NoncentralT d, double p, boolean lower, String seed) {
        double x = lower ? d.quantile(p) : d.inverseSurvival(p);
        String at = d + (lower ? ".quantile(" : ".inverseSurvival(") + p + ") = " + x + seed;
        double logP = Math.log(p);
        if (Double.isInfinite(x)) {
            double end = Math.copySign(Double.MAX_VALUE, x);
            double tail = lower ? d.logCdf(end) : d.logSurvival(end);
            // the tail increases towards +inf for the cdf and towards -inf for the survival function
            boolean beyond = lower == x > 0 ? tail <= logP : tail >= logP;
            assertTrue(beyond, at + ": the tail at " + end + " is " + tail + ", the target " + logP);
            return;
        }
        double lt = lower ? d.logCdf(x) : d.logSurvival(x);
        double cond = Math.exp(Math.log(Math.abs(x)) + d.logPdf(x) - lt);
        double bound = C * EPS * (1 + Math.abs(logP) + cond);
        Tolerance.assertWithin(lt, logP, bound, at + ": log tail at the quantile (cond " + cond + ")");
    }
}

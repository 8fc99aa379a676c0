package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.IntegerSupport;
import jnum.stat.special.Special;

/**
 * The shared property driver for {@link DiscreteDistribution}s: each check takes the distribution
 * under test (and a seed where it draws), so suites run the same properties over many
 * distributions, parameter sets and seeds.
 *
 * <p><b>Tolerances.</b> {@code accuracy} (A) is the relative accuracy the distribution claims for
 * pmf, cdf and survival: by default half the accuracy targets, {@value #DEFAULT_ACCURACY} in the
 * body and {@value #DEFAULT_TAIL_ACCURACY} for values below {@value #TAIL} (the tails), so that
 * checks composing two evaluations stay within the targets. A sum of m positive terms each
 * within A has relative error at most {@code A + gamma(m)} (Higham's {@code gamma(m) = m u /
 * (1 - m u)} for the additions), so a partial sum of the pmf must match the directly computed cdf
 * within {@code 2 A + gamma(m)} relative. An integer argument carries no rounding, so no condition
 * number enters. A quantile is checked as "the smallest k with cdf(k) >= p" where the decision
 * {@code cdf(k) >= p} is clear by more than 2A (in the upper tail made as {@code survival(k) <=
 * 1 - p}); exact quantile values are the business of the reference rows.
 *
 * <p><b>The window.</b> The deterministic checks run over {@code k} between {@code quantile(1e-20)}
 * and {@code inverseSurvival(1e-20)} (the support's ends if closer); the mass outside is taken from
 * cdf and survival. A window wider than {@value #MAX_WINDOW} is cut around the mean and the
 * checks that need all of it are skipped (heavy tails such as Zipf with small exponents).
 */
public final class DiscreteDistributionChecks {
    /** Default claimed relative accuracy of pmf, cdf and survival in the body. */
    public static final double DEFAULT_ACCURACY = 5e-14;

    /** Default claimed relative accuracy of pmf, cdf and survival below {@link #TAIL}. */
    public static final double DEFAULT_TAIL_ACCURACY = 5e-12;

    /** Values below this are tail values (as in the reference data's README). */
    public static final double TAIL = 1e-8;

    /** Draws for the moment checks. */
    public static final int MOMENT_SAMPLES = 20_000;

    /** Draws for the chi-square goodness-of-fit check. */
    public static final int CHI_SQUARE_SAMPLES = 20_000;

    /** Significance level of the chi-square check: a correct sampler fails once in a million runs. */
    public static final double CHI_SQUARE_LEVEL = 1e-6;

    /** Largest number of points summed by the deterministic checks. */
    public static final long MAX_WINDOW = 1 << 19;

    private static final double EPS = Tolerance.EPS;
    private static final double WINDOW_TAIL = 1e-20;

    private final DiscreteDistribution d;

    private DiscreteDistributionChecks(DiscreteDistribution d) {
        this.d = d;
    }

    /** Checks for {@code d} with the default accuracy claims. */
    public static DiscreteDistributionChecks of(DiscreteDistribution d) {
        return new DiscreteDistributionChecks(d);
    }

    /** The claimed relative accuracy of a pmf, cdf or survival value v. */
    private double accuracy(double v) {
        return v < TAIL ? DEFAULT_TAIL_ACCURACY : DEFAULT_ACCURACY;
    }

    /** The checks that do not draw: once per distribution. */
    public void deterministic() {
        arguments();
        pmfSumsToOne();
        partialSums();
        entropyIsSum();
    }

    /** The checks that draw points or samples from {@code seed}. */
    public void random(long seed) {
        quantileIsSmallest(seed);
        inverseSurvivalIsSmallest(seed);
        logFunctions(seed);
        sampleMoments(seed);
        chiSquare(seed);
    }

    /** Every check. */
    public void all(long seed) {
        deterministic();
        random(seed);
    }

    // ---------------------------------------------------------------------------------------------
    // Window

    private record Window(long lo, long hi, boolean complete) {
        long size() {
            return hi - lo + 1;
        }
    }

    private Window window() {
        IntegerSupport s = d.support();
        long lo = Math.max(s.lower(), d.quantile(WINDOW_TAIL));
        long hi = Math.min(s.upper(), d.inverseSurvival(WINDOW_TAIL));
        if (hi - lo + 1 > MAX_WINDOW || hi - lo < 0) {
            double m = d.mean();
            long c = Double.isFinite(m) ? Math.max(lo, Math.min((long) m, hi)) : lo;
            long from = Math.max(lo, c - MAX_WINDOW / 2);
            return new Window(from, Math.min(hi, from + MAX_WINDOW - 1), false);
        }
        return new Window(lo, hi, true);
    }

    private String where(String check, long k) {
        return d + " " + check + " at k = " + k;
    }

    // ---------------------------------------------------------------------------------------------
    // Sums

    /**
     * {@code cdf(lo - 1) + sum_{lo..hi} pmf + survival(hi) = 1} within {@code A + gamma(m + 2)}
     * (the body's A: tail terms carry a negligible share of the sum).
     */
    public void pmfSumsToOne() {
        Window w = window();
        double below = d.cdf(w.lo() - 1);
        double above = d.survival(w.hi());
        double sum = below + above;
        for (long k = w.lo(); k <= w.hi(); k++) {
            double p = d.pmf(k);
            assertTrue(p >= 0 && p <= 1, where("pmf = " + p + " outside [0, 1]", k));
            sum += p;
        }
        if (!w.complete()) {
            assertTrue(
                    sum <= 1 + DEFAULT_ACCURACY + Tolerance.gamma(w.size() + 2),
                    d + ": a window of the pmf sums to " + sum + " > 1");
            return;
        }
        Tolerance.assertWithin(
                sum,
                1.0,
                DEFAULT_ACCURACY + Tolerance.gamma(w.size() + 2),
                d + ": cdf(lo-1) + sum pmf + survival(hi) over [" + w.lo() + ", " + w.hi() + "]");
    }

    /**
     * The running sums of the pmf from the left (starting at {@code cdf(lo - 1)}) equal cdf, and
     * those from the right (starting at {@code survival(hi)}) equal survival, each within
     * {@code 2A + gamma(m)} relative, at up to 256 points of the window; cdf is non-decreasing and
     * survival non-increasing there.
     */
    public void partialSums() {
        Window w = window();
        long stride = Math.max(1, w.size() / 256);
        double[] pm = new double[(int) w.size()];
        for (int i = 0; i < pm.length; i++) {
            pm[i] = d.pmf(w.lo() + i);
        }
        double left = d.cdf(w.lo() - 1);
        double prev = left;
        for (int i = 0; i < pm.length; i++) {
            left += pm[i];
            if (i % stride == 0 || i == pm.length - 1) {
                long k = w.lo() + i;
                double c = d.cdf(k);
                Tolerance.assertWithin(
                        c,
                        left,
                        (2 * accuracy(left) + Tolerance.gamma(i + 2)) * left,
                        where("cdf vs the sum of pmf", k));
                assertTrue(c >= prev * (1 - 2 * accuracy(prev)), where("cdf decreases", k));
                prev = c;
            }
        }
        double right = d.survival(w.hi());
        prev = right;
        for (int i = pm.length - 1; i >= 0; i--) {
            long k = w.lo() + i - 1; // survival(k) = sum of pmf above k
            right += pm[i];
            if (i % stride == 0 || i == 0) {
                double s = d.survival(k);
                Tolerance.assertWithin(
                        s,
                        right,
                        (2 * accuracy(right) + Tolerance.gamma(pm.length - i + 2)) * right,
                        where("survival vs the sum of pmf", k));
                assertTrue(s >= prev * (1 - 2 * accuracy(prev)), where("survival increases", k));
                prev = s;
            }
        }
    }

    /**
     * {@code entropy() = -sum pmf log pmf} over the window; the cut tails (mass below 2e-20) add at
     * most {@code 2e-20 (|log 1e-20| + log(window))}, bounded by 1e-17.
     */
    public void entropyIsSum() {
        Window w = window();
        if (!w.complete()) {
            return; // heavy tail: the window does not hold the entropy (checked by the suites)
        }
        double h = 0;
        double abs = 0;
        for (long k = w.lo(); k <= w.hi(); k++) {
            double p = d.pmf(k);
            if (p > 0) {
                double t = -p * d.logPmf(k);
                h += t;
                abs += Math.abs(t);
            }
        }
        double bound = (DEFAULT_ACCURACY + Tolerance.gamma(w.size())) * (abs + 1) + 1e-17 + 4 * EPS * abs;
        Tolerance.assertWithin(d.entropy(), h, bound, d + ": entropy vs -sum pmf log pmf");
    }

    // ---------------------------------------------------------------------------------------------
    // Quantiles

    /**
     * {@code quantile(p)} is the smallest k with {@code cdf(k) >= p}, for p log-uniform in
     * {@code [1e-300, 1/2]} and {@code 1 - q}, q log-uniform in {@code [1e-16, 1/2]}: cdf(k)
     * reaches p and cdf(k - 1) does not, each where the decision is clear by more than 2A.
     */
    public void quantileIsSmallest(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9A7);
        IntegerSupport s = d.support();
        List<Double> ps = new ArrayList<>();
        for (double p : ArrayGen.probabilities(rng, 24, -300)) {
            ps.add(p);
        }
        for (double q : ArrayGen.probabilities(rng, 12, -16)) {
            ps.add(1 - q);
        }
        for (double p : ps) {
            long k = d.quantile(p);
            assertTrue(s.contains(k), where("quantile(" + p + ") outside the support", k));
            if (p > 0.5) {
                double q = 1 - p;
                double sk = d.survival(k);
                assertTrue(
                        sk <= q * (1 + 2 * accuracy(q)) || k == s.upper(),
                        where("quantile(" + p + "): survival(k) = " + sk + " > 1 - p", k));
                if (k > s.lower()) {
                    double sb = d.survival(k - 1);
                    assertTrue(
                            sb > q * (1 - 2 * accuracy(q)),
                            where("quantile(" + p + ") not the smallest: survival(k-1) = " + sb, k));
                }
            } else {
                double c = d.cdf(k);
                assertTrue(
                        c >= p * (1 - 2 * accuracy(p)) || k == s.upper(),
                        where("quantile(" + p + "): cdf(k) = " + c + " < p", k));
                if (k > s.lower()) {
                    double cb = d.cdf(k - 1);
                    assertTrue(
                            cb < p * (1 + 2 * accuracy(p)),
                            where("quantile(" + p + ") not the smallest: cdf(k-1) = " + cb, k));
                }
            }
        }
    }

    /** {@code inverseSurvival(q)} is the smallest k with {@code survival(k) <= q}, as above. */
    public void inverseSurvivalIsSmallest(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x15F);
        IntegerSupport s = d.support();
        List<Double> qs = new ArrayList<>();
        for (double q : ArrayGen.probabilities(rng, 24, -300)) {
            qs.add(q);
        }
        for (double p : ArrayGen.probabilities(rng, 12, -16)) {
            qs.add(1 - p);
        }
        for (double q : qs) {
            long k = d.inverseSurvival(q);
            assertTrue(s.contains(k), where("inverseSurvival(" + q + ") outside the support", k));
            if (q < 0.5) {
                double sk = d.survival(k);
                assertTrue(
                        sk <= q * (1 + 2 * accuracy(q)) || k == s.upper(),
                        where("inverseSurvival(" + q + "): survival(k) = " + sk + " > q", k));
                if (k > s.lower()) {
                    double sb = d.survival(k - 1);
                    assertTrue(
                            sb > q * (1 - 2 * accuracy(q)),
                            where("inverseSurvival(" + q + ") not the smallest: survival(k-1) = " + sb, k));
                }
            } else {
                double p = 1 - q;
                double c = d.cdf(k);
                assertTrue(
                        c >= p * (1 - 2 * accuracy(p)) || k == s.upper(),
                        where("inverseSurvival(" + q + "): cdf(k) = " + c + " < 1 - q", k));
                if (k > s.lower()) {
                    double cb = d.cdf(k - 1);
                    assertTrue(
                            cb < p * (1 + 2 * accuracy(p)),
                            where("inverseSurvival(" + q + ") not the smallest: cdf(k-1) = " + cb, k));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Logarithms

    /**
     * exp(logPmf) = pmf, exp(logCdf) = cdf, exp(logSurvival) = survival where the value is a normal
     * double (an absolute error A |log v| of the log is a relative error of its exp); where the
     * value underflows, the log is finite and below log(MIN_NORMAL) + 1. Points: quantiles of
     * probabilities from 1e-300 to 1/2 in both tails.
     */
    public void logFunctions(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x106);
        IntegerSupport s = d.support();
        for (double p : ArrayGen.probabilities(rng, 24, -300)) {
            for (long k : new long[] {d.quantile(p), d.inverseSurvival(p)}) {
                for (long j = Math.max(s.lower(), k - 1); j <= Math.min(s.upper(), k + 1); j++) {
                    checkLog(d.pmf(j), d.logPmf(j), j, "pmf");
                    checkLog(d.cdf(j), d.logCdf(j), j, "cdf");
                    checkLog(d.survival(j), d.logSurvival(j), j, "survival");
                    if (j == Long.MAX_VALUE) {
                        break;
                    }
                }
            }
        }
    }

    private void checkLog(double v, double logV, long k, String fn) {
        if (v >= Double.MIN_NORMAL) {
            double bound = v * (accuracy(v) * (1 + Math.abs(logV)) + 2 * EPS);
            Tolerance.assertWithin(Math.exp(logV), v, bound, where("exp(log" + fn + ")", k));
        } else if (v == 0) {
            assertTrue(
                    logV < Math.log(Double.MIN_NORMAL) + 1,
                    where("log" + fn + " = " + logV + " where " + fn + " underflows", k));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Sampling

    /**
     * Sample mean and variance of {@value #MOMENT_SAMPLES} draws within 5 standard errors of mean()
     * and variance() ({@code sqrt(var/n)}, and {@code var sqrt(kurtosis/n + 2/(n-1))} for the
     * variance, skipped where the excess kurtosis exceeds n/50, as in the continuous driver); every
     * draw in the support; equally seeded generators give the same draws.
     */
    public void sampleMoments(long seed) {
        RandomGenerator rng = new SplittableRandom(seed ^ 0x5A3F);
        int n = MOMENT_SAMPLES;
        long[] xs = d.sample(rng, n);
        assertEquals(n, xs.length, d + ": sample(rng, n) length");
        long[] again = d.sample(new SplittableRandom(seed ^ 0x5A3F), 100);
        assertTrue(
                Arrays.equals(again, Arrays.copyOf(xs, 100)),
                d + ": draws from equally seeded generators differ (seed " + seed + ")");
        IntegerSupport s = d.support();
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            if (!s.contains(xs[i])) {
                fail(d + ": draw " + xs[i] + " outside the support " + s + " (seed " + seed + ")");
            }
            double delta = xs[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (xs[i] - mean);
        }
        double var = m2 / (n - 1);
        double mu = d.mean();
        double sigma2 = d.variance();
        if (!(sigma2 > 0) || !Double.isFinite(sigma2)) {
            for (long x : xs) {
                assertEquals((double) x, mu, d + ": a distribution of variance 0 drew " + x);
            }
            return;
        }
        // the excess kurtosis is at least -2; the floor guards a rounded value below it
        SampleMoments.assertWithinFiveSigma(d, mean, var, n, mu, sigma2, d.kurtosis(), -2, seed);
    }

    /**
     * Pearson's chi-square test of {@value #CHI_SQUARE_SAMPLES} draws against the pmf, not
     * rejected at {@value #CHI_SQUARE_LEVEL}. Cells are runs of consecutive k with expected count at
     * least {@code max(5, n/64)} (the first takes everything below, the last everything above);
     * the p-value is {@code Q((cells - 1)/2, X^2/2)}.
     */
    public void chiSquare(long seed) {
        int n = CHI_SQUARE_SAMPLES;
        double minExpected = Math.max(5, n / 64.0);
        IntegerSupport s = d.support();
        long start = Math.max(s.lower(), d.quantile(1e-12));
        List<Long> uppers = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        double acc = n * d.cdf(start - 1);
        double used = 0;
        long k = start;
        for (long steps = 0; ; steps++, k++) {
            acc += n * d.pmf(k);
            double rest = n - used - acc;
            if (k == s.upper() || steps >= MAX_WINDOW || rest < minExpected) {
                uppers.add(Long.MAX_VALUE);
                expected.add(Math.max(acc + Math.max(rest, 0), 1e-300));
                break;
            }
            if (acc >= minExpected) {
                uppers.add(k);
                expected.add(acc);
                used += acc;
                acc = 0;
            }
        }
        int cells = uppers.size();
        if (cells < 2) {
            return; // (nearly) a point mass: nothing to test
        }
        long[] bounds = uppers.stream().mapToLong(Long::longValue).toArray();
        long[] observed = new long[cells];
        long[] xs = d.sample(new SplittableRandom(seed ^ 0xC41), n);
        for (long x : xs) {
            int i = Arrays.binarySearch(bounds, x);
            observed[i >= 0 ? i : -i - 1]++;
        }
        double x2 = 0;
        for (int i = 0; i < cells; i++) {
            double e = expected.get(i);
            x2 += (observed[i] - e) * (observed[i] - e) / e;
        }
        double pValue = Special.gammaincc(0.5 * (cells - 1), 0.5 * x2);
        if (!(pValue > CHI_SQUARE_LEVEL)) {
            fail(d + ": chi-square rejects the sampler: X^2 = " + x2 + " on " + (cells - 1)
                    + " degrees of freedom, p = " + pValue + " (seed " + seed + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Arguments

    /**
     * quantile and inverseSurvival reject p outside [0, 1] and NaN naming the probability, and
     * return the support's ends at 0 and 1; pmf, cdf and survival outside the support; sample
     * rejects a negative count.
     */
    public void arguments() {
        IntegerSupport s = d.support();
        for (double bad :
                new double[] {-0.0001, -1, 1.0001, 2, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            ContinuousDistributionChecks.assertRejects("quantile(" + bad + ")", () -> d.quantile(bad), "p");
            ContinuousDistributionChecks.assertRejects(
                    "inverseSurvival(" + bad + ")", () -> d.inverseSurvival(bad), "q");
        }
        assertEquals(s.lower(), d.quantile(0), d + ": quantile(0)");
        assertEquals(s.upper(), d.quantile(1), d + ": quantile(1)");
        assertEquals(s.upper(), d.inverseSurvival(0), d + ": inverseSurvival(0)");
        assertEquals(s.lower(), d.inverseSurvival(1), d + ": inverseSurvival(1)");
        if (s.lower() > Long.MIN_VALUE) {
            long below = s.lower() - 1;
            assertEquals(0.0, d.pmf(below), d + ": pmf below the support");
            assertEquals(Double.NEGATIVE_INFINITY, d.logPmf(below), d + ": logPmf below the support");
            assertEquals(0.0, d.cdf(below), d + ": cdf below the support");
            assertEquals(Double.NEGATIVE_INFINITY, d.logCdf(below), d + ": logCdf below the support");
            assertEquals(1.0, d.survival(below), d + ": survival below the support");
            assertEquals(0.0, d.logSurvival(below), d + ": logSurvival below the support");
        }
        if (s.upper() < Long.MAX_VALUE) {
            long above = s.upper() + 1;
            assertEquals(0.0, d.pmf(above), d + ": pmf above the support");
            assertEquals(1.0, d.cdf(above), d + ": cdf above the support");
            assertEquals(0.0, d.survival(above), d + ": survival above the support");
            assertEquals(1.0, d.cdf(s.upper()), d + ": cdf at the support's upper end");
            assertEquals(0.0, d.survival(s.upper()), d + ": survival at the support's upper end");
        }
        ContinuousDistributionChecks.assertRejects("sample(rng, -1)", () -> d.sample(new SplittableRandom(1), -1), "n");
    }
}

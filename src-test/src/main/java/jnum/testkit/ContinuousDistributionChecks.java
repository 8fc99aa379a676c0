package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Support;
import org.junit.jupiter.api.function.Executable;

/**
 * The shared property driver for {@link ContinuousDistribution}s: every check takes the
 * distribution under test and a seed, so one suite runs the very same properties over many
 * distributions, parameter sets and seeds ({@link Seeds}).
 *
 * <p><b>Tolerances.</b> {@code accuracy} (A) is the relative accuracy the distribution claims for
 * pdf, cdf and survival (default {@value #DEFAULT_ACCURACY}, half the 1e-13 accuracy target, so
 * that a round trip that composes two such evaluations stays within 1e-13). Every bound adds to A
 * what rounding alone forces on a careful double-precision implementation:
 * <ul>
 *   <li>cdf at x: {@code 2 eps cond}, {@code cond = |x pdf(x) / cdf(x)|} (rounding x by eps moves
 *       cdf by cond eps);
 *   <li>a tail probability P far out is {@code exp(-t)} of some t > 0 that double arithmetic
 *       forms to a few ulps at best, so its relative error is at least about
 *       {@code eps |log P|}: the bounds add {@value #LOG_ULPS} {@code eps |log P|} (1.5e-13 at
 *       P = 1e-300);
 *   <li>quantile at p: relative error of x is at most {@code A |p / (x pdf(x))|} for an error A in
 *       the cdf it inverts, plus a few ulps of x.
 * </ul>
 * Round trips {@code cdf(quantile(p)) = p} are held to {@value #ROUND_TRIP} plus those
 * rounding terms.
 * The lower half of the distribution is tested through cdf/quantile and the upper half through
 * survival/inverseSurvival, where each keeps relative accuracy.
 *
 * <p><b>What runs</b> ({@link #all}): quantile and inverseSurvival round trips for probabilities
 * from 1e-300 to 1/2; cdf non-decreasing and survival non-increasing; cdf + survival = 1; pdf
 * equals
 * the derivative of cdf (Richardson-extrapolated central differences); pdf integrates to 1 and
 * {@code -integral(pdf log pdf)} equals entropy (adaptive Gauss-Kronrod, {@link Quadrature});
 * exp(logPdf) = pdf, exp(logCdf) = cdf, exp(logSurvival) = survival; sample mean and variance
 * within 5 standard errors; Kolmogorov-Smirnov ({@link KolmogorovSmirnov}) of 2000 draws not
 * rejected at 1e-6; argument checking of quantile and inverseSurvival and the support's ends at
 * p = 0 and 1; NaN propagation. {@link #extremeArguments} (subnormal, huge and infinite
 * arguments, quantiles at extreme probabilities) is run separately: it came after other suites
 * adopted {@code all}, and callers opt in.
 */
public final class ContinuousDistributionChecks {
    /** Default claimed relative accuracy of pdf, cdf and survival. */
    public static final double DEFAULT_ACCURACY = 5e-14;

    /** Draws for the moment checks. */
    public static final int MOMENT_SAMPLES = 20_000;

    /** Draws for the Kolmogorov-Smirnov check. */
    public static final int KS_SAMPLES = 2_000;

    /** The Kolmogorov-Smirnov significance level: a correct sampler fails once in a million runs. */
    public static final double KS_LEVEL = 1e-6;

    /** The bound for {@code cdf(quantile(p)) = p}, relative. */
    public static final double ROUND_TRIP = 1e-13;

    /** Ulps of the exponent allowed in a tail probability {@code exp(-t)}. */
    public static final int LOG_ULPS = 4;

    private static final double EPS = Tolerance.EPS;

    private final ContinuousDistribution d;
    private final double accuracy;
    private final double argumentScale;

    private ContinuousDistributionChecks(ContinuousDistribution d, double accuracy, double argumentScale) {
        this.d = d;
        this.accuracy = accuracy;
        this.argumentScale = argumentScale;
    }

    /** Checks for {@code d} with the default accuracy claim. */
    public static ContinuousDistributionChecks of(ContinuousDistribution d) {
        return new ContinuousDistributionChecks(d, DEFAULT_ACCURACY, 0);
    }

    /**
     * The same checks with another claimed relative accuracy, for parameter ranges where a tighter
     * claim is not achievable (say which and why where you call this).
     */
    public ContinuousDistributionChecks withAccuracy(double relative) {
        if (!(relative > 0 && relative < 1)) {
            throw new IllegalArgumentException("withAccuracy: relative = " + relative);
        }
        return new ContinuousDistributionChecks(d, relative, argumentScale);
    }

    /**
     * The same checks for a family that evaluates at {@code x - location} with magnitudes up to
     * {@code scale} (von Mises: {@code |mu| + pi}): x is resolved only to ulps of {@code scale}, so the
     * rounding terms of the bounds use {@code max(|x|, scale)} in place of {@code |x|}.
     */
    public ContinuousDistributionChecks withArgumentScale(double scale) {
        if (!(scale >= 0 && scale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("withArgumentScale: scale = " + scale);
        }
        return new ContinuousDistributionChecks(d, accuracy, scale);
    }

    /** The magnitude whose ulp is the resolution of the argument x. */
    private double resolved(double x) {
        return Math.max(Math.abs(x), argumentScale);
    }

    /** Runs every check with generators seeded by {@code seed}. */
    public void all(long seed) {
        arguments();
        quantileRoundTrip(seed);
        inverseSurvivalRoundTrip(seed);
        monotone(seed);
        complement(seed);
        pdfIsDerivativeOfCdf(seed);
        logFunctions(seed);
        pdfIntegratesToOne();
        sampleMoments(seed);
        kolmogorovSmirnov(seed);
    }

    // ---------------------------------------------------------------------------------------------
    // Points

    /** Whether x is a usable interior point: finite, inside the open support, not subnormal. */
    private boolean interior(double x) {
        Support s = d.support();
        return Double.isFinite(x) && x > s.lower() && x < s.upper() && (x == 0 || Math.abs(x) >= Double.MIN_NORMAL);
    }

    /** Interior points of both halves, at the quantiles of tail probabilities down to 10^minLog10. */
    private double[] points(SplittableRandom rng, int perSide, double minLog10) {
        List<Double> xs = new ArrayList<>();
        for (double p : ArrayGen.probabilities(rng, perSide, minLog10)) {
            double lo = d.quantile(p);
            double hi = d.inverseSurvival(p);
            if (interior(lo)) {
                xs.add(lo);
            }
            if (interior(hi)) {
                xs.add(hi);
            }
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private String where(String check, double x) {
        return d + " " + check + " at x = " + x;
    }

    /** Relative accuracy to expect of cdf (lower) or survival (upper) at x. */
    private double tailAccuracy(double x, double tail) {
        double cond = tail > 0 ? Math.abs(resolved(x) * d.pdf(x) / tail) : 0;
        return accuracy + 2 * EPS * cond + LOG_ULPS * EPS * logMagnitude(tail);
    }

    /** {@code |log P|} for P in (0, 1], 0 otherwise. */
    private static double logMagnitude(double p) {
        return p > 0 ? Math.abs(Math.log(p)) : 0;
    }

    // ---------------------------------------------------------------------------------------------
    // Round trips

    /** cdf(quantile(p)) = p and quantile(cdf(x)) = x for p in [1e-300, 1/2]. */
    public void quantileRoundTrip(long seed) {
        roundTrip(seed, false);
    }

    /**
     * survival(inverseSurvival(q)) = q and inverseSurvival(survival(x)) = x for q in [1e-300, 1/2].
     */
    public void inverseSurvivalRoundTrip(long seed) {
        roundTrip(seed, true);
    }

    private void roundTrip(long seed, boolean upper) {
        SplittableRandom rng = new SplittableRandom(seed ^ (upper ? 0x5EED : 0x1D));
        DoubleUnaryOperator tail = upper ? d::survival : d::cdf;
        DoubleUnaryOperator inverse = upper ? d::inverseSurvival : d::quantile;
        String name = upper ? "inverseSurvival" : "quantile";
        String fn = upper ? "survival" : "cdf";
        int tested = 0;
        for (double p : ArrayGen.probabilities(rng, 40, -300)) {
            double x = inverse.applyAsDouble(p);
            if (!interior(x)) {
                continue; // the quantile is not representable (under/overflow or at the support's end)
            }
            double f = d.pdf(x);
            if (!(f > 0) || !Double.isFinite(f)) {
                continue;
            }
            tested++;
            // cdf(quantile(p)) = p: the cdf's error A, plus the quantile's own error mapped through the
            // cdf (A again, and a few ulps of x times x f / p).
            double back = tail.applyAsDouble(x);
            double bound = Math.max(ROUND_TRIP, 2 * accuracy)
                    + 8 * EPS * Math.abs(resolved(x) * f / p)
                    + LOG_ULPS * EPS * logMagnitude(p);
            double rel = Math.abs(back - p) / p;
            if (!(rel <= bound)) {
                fail(d + ": " + fn + "(" + name + "(" + p + ")) = " + back + ", x = " + x + ", relative error " + rel
                        + " > " + bound + " (seed " + seed + ")");
            }
            // quantile(cdf(x)) = x: cdf error A amplified by the condition number p / (x f).
            double again = inverse.applyAsDouble(back);
            double xBound = (Math.max(ROUND_TRIP, 2 * accuracy) + LOG_ULPS * EPS * logMagnitude(p)) * back / f
                    + 8 * Math.ulp(resolved(x));
            if (!(Math.abs(again - x) <= xBound)) {
                fail(d + ": " + name + "(" + fn + "(x)) at x = " + x + " gives " + again + ", error "
                        + Math.abs(again - x) + " > " + xBound + " (seed " + seed + ")");
            }
        }
        // e.g. Gamma(shape 1e-3) has no normal double below about its median: then few or no points
        assertTrue(
                tested >= 10 || !interior(inverse.applyAsDouble(1e-3)),
                d + ": only " + tested + " representable " + name + " points");
    }

    // ---------------------------------------------------------------------------------------------
    // Shape of cdf and survival

    /** cdf non-decreasing and survival non-increasing over sorted points (with neighbours). */
    public void monotone(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x3030);
        double[] base = points(rng, 40, -300);
        double[] xs = new double[base.length * 2];
        for (int i = 0; i < base.length; i++) {
            xs[2 * i] = base[i];
            xs[2 * i + 1] = Math.nextUp(base[i]);
        }
        Arrays.sort(xs);
        double prevX = Double.NaN;
        double prevC = 0;
        double prevS = 1;
        for (double x : xs) {
            if (!interior(x)) {
                continue;
            }
            double c = d.cdf(x);
            double s = d.survival(x);
            if (!Double.isNaN(prevX)) {
                // A decrease may only come from the evaluation errors of two neighbouring values.
                if (c < prevC * (1 - 2 * tailAccuracy(x, c))) {
                    fail(d + ": cdf decreases from " + prevC + " at " + prevX + " to " + c + " at " + x);
                }
                if (s > prevS * (1 + 2 * tailAccuracy(prevX, prevS))) {
                    fail(d + ": survival increases from " + prevS + " at " + prevX + " to " + s + " at " + x);
                }
            }
            assertTrue(
                    c >= 0 && c <= 1 && s >= 0 && s <= 1,
                    d + ": cdf " + c + " or survival " + s + " outside [0, 1] at " + x);
            prevX = x;
            prevC = c;
            prevS = s;
        }
    }

    /** cdf(x) + survival(x) = 1, each term within its relative accuracy. */
    public void complement(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0xC0);
        for (double x : points(rng, 30, -300)) {
            double c = d.cdf(x);
            double s = d.survival(x);
            double bound = tailAccuracy(x, c) * c + tailAccuracy(x, s) * s + 2 * EPS;
            Tolerance.assertWithin(c + s, 1.0, bound, where("cdf + survival", x));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // pdf against cdf

    /**
     * pdf(x) equals d/dx cdf(x) (lower half) or -d/dx survival(x) (upper half). The derivative is
     * the Richardson extrapolation E(h) = (4 D(h) - D(2h)) / 3 of central differences D, whose
     * truncation error is O(h^4); it is bounded by |E(h) - E(2h)|, and the rounding error by
     * (5/3) A max|G| / h where G is the tail function differenced. The step is h = 1e-3 G/pdf (the
     * scale over which the tail changes), a power of two so that x +- kh are exact, and at most 1/8
     * of the distance to a finite support end.
     */
    public void pdfIsDerivativeOfCdf(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0xD1FF);
        Support sup = d.support();
        int tested = 0;
        for (double x : points(rng, 20, -200)) {
            double f = d.pdf(x);
            double c = d.cdf(x);
            boolean upper = c > 0.5;
            DoubleUnaryOperator g = upper ? t -> -d.survival(t) : d::cdf;
            double gx = upper ? d.survival(x) : c;
            if (!(f > 0) || !Double.isFinite(f) || !(gx > 0)) {
                continue;
            }
            double h = 1e-3 * gx / f;
            h = Math.min(h, (x - sup.lower()) / 8);
            h = Math.min(h, (sup.upper() - x) / 8);
            h = Math.max(Math.scalb(1.0, Math.getExponent(h)), 4 * Math.ulp(x));
            if (!(x - 4 * h > sup.lower() && x + 4 * h < sup.upper())) {
                continue;
            }
            double d1 = diff(g, x, h);
            double d2 = diff(g, x, 2 * h);
            double d4 = diff(g, x, 4 * h);
            double e1 = (4 * d1 - d2) / 3;
            double e2 = (4 * d2 - d4) / 3;
            double gmax = 0;
            for (int k : new int[] {-4, -2, -1, 1, 2, 4}) {
                gmax = Math.max(gmax, Math.abs(g.applyAsDouble(x + k * h)));
            }
            double rounding = (5.0 / 3) * tailAccuracy(x, gmax) * gmax / h;
            double bound = Math.abs(e1 - e2) + rounding + accuracy * f;
            Tolerance.assertWithin(f, e1, bound, where("pdf vs derivative of cdf (h = " + h + ")", x));
            tested++;
        }
        assertTrue(tested >= 5, d + ": only " + tested + " points for the derivative check");
    }

    private static double diff(DoubleUnaryOperator g, double x, double h) {
        return (g.applyAsDouble(x + h) - g.applyAsDouble(x - h)) / (2 * h);
    }

    /** exp(logPdf) = pdf, exp(logCdf) = cdf, exp(logSurvival) = survival where they are normal. */
    public void logFunctions(long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x106);
        for (double x : points(rng, 30, -300)) {
            checkLog(d.pdf(x), d.logPdf(x), x, "pdf", accuracy);
            checkLog(d.cdf(x), d.logCdf(x), x, "cdf", tailAccuracy(x, d.cdf(x)));
            checkLog(d.survival(x), d.logSurvival(x), x, "survival", tailAccuracy(x, d.survival(x)));
        }
    }

    private void checkLog(double v, double logV, double x, String fn, double rel) {
        if (v >= Double.MIN_NORMAL && Double.isFinite(v)) {
            // exp turns an absolute error |logV| rel of logV into a relative error of the same size.
            double bound = v * (rel * (1 + Math.abs(logV)) + 2 * EPS);
            Tolerance.assertWithin(Math.exp(logV), v, bound, where("exp(log" + fn + ")", x));
        } else if (v == 0) {
            assertTrue(
                    logV < Math.log(Double.MIN_NORMAL) + 1,
                    where("log" + fn + " = " + logV + " where " + fn + " underflows", x));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Integrals

    /**
     * The pdf integrates to 1 and {@code -integral(pdf log pdf)} equals entropy(). The support is
     * cut at the quantiles of 1e-14 in each tail (their tail masses are added from cdf and survival;
     * their entropy contribution is below 1e-11 for every distribution whose quantile(1e-14) is
     * finite) and split at quantiles in between; segments of one sign spanning a factor > 4 are
     * integrated in log x.
     */
    public void pdfIntegratesToOne() {
        double[] ps = {1e-14, 1e-10, 1e-6, 1e-3, 0.02, 0.1, 0.25};
        List<Double> cuts = new ArrayList<>();
        for (double p : ps) {
            cuts.add(d.quantile(p));
            cuts.add(d.inverseSurvival(p));
        }
        cuts.add(d.quantile(0.5));
        double[] xs = cuts.stream()
                .mapToDouble(Double::doubleValue)
                .filter(this::interior)
                .sorted()
                .distinct()
                .toArray();
        assertTrue(xs.length >= 2, d + ": fewer than two finite quantiles to integrate between");
        double mass = d.cdf(xs[0]) + d.survival(xs[xs.length - 1]);
        double massErr = accuracy * mass + 16 * EPS;
        double ent = 0;
        double entErr = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            Quadrature.Result m = segment(d::pdf, xs[i], xs[i + 1]);
            Quadrature.Result e = segment(
                    t -> {
                        double f = d.pdf(t);
                        return f > 0 ? -f * d.logPdf(t) : 0;
                    },
                    xs[i],
                    xs[i + 1]);
            mass += m.value();
            // the nodes are rounded to doubles: a shift of ulp(x)/2 changes the integral by up to
            // ulp(x) times the mean height (matters where the segment is narrow compared with |x|)
            double nodeErr = Math.ulp(Math.max(Math.abs(xs[i]), Math.abs(xs[i + 1])))
                    * Math.abs(m.value())
                    / (xs[i + 1] - xs[i]);
            massErr += m.error() + accuracy * Math.abs(m.value()) + 4 * nodeErr;
            ent += e.value();
            entErr += e.error()
                    + accuracy * Math.abs(e.value())
                    + EPS * m.value()
                    + 4 * nodeErr * (1 + Math.abs(e.value() / m.value()));
        }
        Tolerance.assertWithin(mass, 1.0, massErr, d + ": integral of pdf");
        if (d.cdf(xs[0]) > 1e-13 || d.survival(xs[xs.length - 1]) > 1e-13) {
            return; // a cut tail is not representable (e.g. shape 1e-3 near 0): its entropy is unknown
        }
        double h = d.entropy();
        // the cut tails carry -p log f; for p = 1e-14 that is below 1e-11 unless f is absurdly small
        Tolerance.assertWithin(
                ent, h, entErr + 1e-11 + 4 * EPS * Math.abs(h), d + ": -integral(pdf log pdf) vs entropy()");
    }

    private static Quadrature.Result segment(DoubleUnaryOperator f, double a, double b) {
        double absTol = 1e-16;
        double relTol = 1e-13;
        if (a > 0 && b / a > 4) {
            return Quadrature.integrate(
                    u -> {
                        double x = Math.exp(u);
                        return f.applyAsDouble(x) * x;
                    },
                    Math.log(a),
                    Math.log(b),
                    absTol,
                    relTol,
                    400);
        }
        if (b < 0 && a / b > 4) {
            return Quadrature.integrate(
                    u -> {
                        double x = -Math.exp(u);
                        return f.applyAsDouble(x) * -x;
                    },
                    Math.log(-b),
                    Math.log(-a),
                    absTol,
                    relTol,
                    400);
        }
        return Quadrature.integrate(f, a, b, absTol, relTol, 400);
    }

    // ---------------------------------------------------------------------------------------------
    // Sampling

    /**
     * Sample mean and variance of {@value #MOMENT_SAMPLES} draws within 5 standard errors of mean()
     * and variance(). The standard error of the mean is sqrt(var / n); that of the sample variance
     * sqrt(var^2 (kurtosis / n + 2 / (n - 1))). Skipped, with the reason, where the moment is
     * infinite or undefined (no standard error exists) and, for the variance, where the excess
     * kurtosis exceeds n / 50: the standard error is then dominated by the sixth and eighth moments,
     * the sample variance is far from normal, and a 5-sigma band means nothing.
     */
    public void sampleMoments(long seed) {
        RandomGenerator rng = new SplittableRandom(seed ^ 0x5A3F);
        int n = MOMENT_SAMPLES;
        double[] xs = d.sample(rng, n);
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double delta = xs[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (xs[i] - mean);
            if (!d.support().contains(xs[i])) {
                fail(d + ": draw " + xs[i] + " outside the support " + d.support() + " (seed " + seed + ")");
            }
        }
        double var = m2 / (n - 1);
        double mu = d.mean();
        double sigma2 = d.variance();
        if (!Double.isFinite(mu) || !Double.isFinite(sigma2)) {
            return; // mean or variance infinite/undefined: the sample mean has no standard error
        }
        // the kurtosis as computed, without a floor
        SampleMoments.assertWithinFiveSigma(d, mean, var, n, mu, sigma2, d.kurtosis(), Double.NEGATIVE_INFINITY, seed);
    }

    /** Kolmogorov-Smirnov of {@value #KS_SAMPLES} draws against cdf, not rejected at 1e-6. */
    public void kolmogorovSmirnov(long seed) {
        RandomGenerator rng = new SplittableRandom(seed ^ 0x0C5);
        double[] xs = d.sample(rng, KS_SAMPLES);
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(xs, d::cdf);
        if (!(r.pValue() > KS_LEVEL)) {
            fail(d + ": Kolmogorov-Smirnov rejects the sampler: D = " + r.statistic() + ", p = " + r.pValue()
                    + " (seed " + seed + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Arguments

    /**
     * quantile and inverseSurvival give NaN for p outside [0, 1] and NaN (as SciPy's ppf and isf);
     * they return the support's ends at 0 and 1; NaN arguments of pdf, cdf, survival give NaN;
     * sample rejects a negative count.
     */
    public void arguments() {
        Support s = d.support();
        for (double bad :
                new double[] {-0.0001, -1, 1.0001, 2, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            assertTrue(Double.isNaN(d.quantile(bad)), d + ": quantile(" + bad + ") must be NaN");
            assertTrue(Double.isNaN(d.inverseSurvival(bad)), d + ": inverseSurvival(" + bad + ") must be NaN");
        }
        assertEquals(s.lower(), d.quantile(0), d + ": quantile(0)");
        assertEquals(s.upper(), d.quantile(1), d + ": quantile(1)");
        assertEquals(s.upper(), d.inverseSurvival(0), d + ": inverseSurvival(0)");
        assertEquals(s.lower(), d.inverseSurvival(1), d + ": inverseSurvival(1)");
        for (DoubleUnaryOperator fn :
                new DoubleUnaryOperator[] {d::pdf, d::logPdf, d::cdf, d::logCdf, d::survival, d::logSurvival}) {
            assertTrue(Double.isNaN(fn.applyAsDouble(Double.NaN)), d + ": NaN argument must give NaN");
        }
        if (s.lower() > Double.NEGATIVE_INFINITY) {
            double below = s.lower() - Math.max(1, Math.abs(s.lower()));
            assertEquals(0.0, d.pdf(below), d + ": pdf below the support");
            assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(below), d + ": logPdf below the support");
            assertEquals(0.0, d.cdf(below), d + ": cdf below the support");
            assertEquals(1.0, d.survival(below), d + ": survival below the support");
            assertEquals(0.0, d.cdf(Double.NEGATIVE_INFINITY), d + ": cdf(-inf)");
        }
        if (s.upper() < Double.POSITIVE_INFINITY) {
            double above = s.upper() + Math.max(1, Math.abs(s.upper()));
            assertEquals(0.0, d.pdf(above), d + ": pdf above the support");
            assertEquals(1.0, d.cdf(above), d + ": cdf above the support");
            assertEquals(0.0, d.survival(above), d + ": survival above the support");
        }
        assertEquals(1.0, d.cdf(Double.POSITIVE_INFINITY), d + ": cdf(+inf)");
        assertEquals(0.0, d.survival(Double.POSITIVE_INFINITY), d + ": survival(+inf)");
        assertEquals(0.0, d.cdf(Double.NEGATIVE_INFINITY), d + ": cdf(-inf)");
        assertEquals(1.0, d.survival(Double.NEGATIVE_INFINITY), d + ": survival(-inf)");
        assertRejects("sample(rng, -1)", () -> d.sample(new SplittableRandom(1), -1), "n");
    }

    /**
     * Extreme arguments (0, +-MIN_VALUE, +-MIN_NORMAL, +-1e-300, +-1e300, +-MAX_VALUE, +-inf and the
     * support's ends): no NaN, pdf >= 0, cdf and survival in [0, 1] with {@code cdf + survival = 1}
     * within the claimed accuracy, logCdf and logSurvival &lt;= 0 and consistent with cdf and survival
     * where those are normal numbers.
     */
    public void extremeArguments() {
        Support s = d.support();
        double[] xs = {
            0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MIN_NORMAL,
            -Double.MIN_NORMAL,
            1e-300,
            -1e-300,
            1e300,
            -1e300,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            s.lower(),
            s.upper(),
            Math.nextUp(s.lower()),
            Math.nextDown(s.upper())
        };
        for (double x : xs) {
            double f = d.pdf(x);
            double lf = d.logPdf(x);
            double c = d.cdf(x);
            double sv = d.survival(x);
            double lc = d.logCdf(x);
            double ls = d.logSurvival(x);
            String at = d + " at x = " + x + ": pdf " + f + ", logPdf " + lf + ", cdf " + c + ", sf " + sv + ", logCdf "
                    + lc + ", logSf " + ls;
            assertTrue(
                    !Double.isNaN(f)
                            && !Double.isNaN(lf)
                            && !Double.isNaN(c)
                            && !Double.isNaN(sv)
                            && !Double.isNaN(lc)
                            && !Double.isNaN(ls),
                    at + ": NaN");
            assertTrue(f >= 0 && c >= 0 && c <= 1 && sv >= 0 && sv <= 1 && lc <= 0 && ls <= 0, at);
            assertTrue(Math.abs(c + sv - 1) <= 2 * accuracy + 4 * EPS, at + ": cdf + sf != 1");
            if (f >= Double.MIN_NORMAL && Double.isFinite(f)) {
                checkLog(f, lf, x, "pdf", accuracy);
            }
            checkLog(c, lc, x, "cdf", accuracy + LOG_ULPS * EPS * logMagnitude(c));
            checkLog(sv, ls, x, "survival", accuracy + LOG_ULPS * EPS * logMagnitude(sv));
        }
        // quantiles at extreme probabilities: in the support, never NaN, ordered
        double[] ps = {Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e-100, 0.5, 1 - 0x1p-53, Math.nextDown(1.0)};
        double prevQ = Double.NEGATIVE_INFINITY;
        double prevI = Double.POSITIVE_INFINITY;
        for (double p : ps) {
            double q = d.quantile(p);
            double i = d.inverseSurvival(p);
            assertTrue(
                    s.contains(q) && s.contains(i),
                    d + ": quantile(" + p + ") = " + q + ", inverseSurvival(" + p + ") = " + i
                            + " outside the support");
            assertTrue(
                    q >= prevQ && i <= prevI,
                    d + ": quantile or inverseSurvival not monotone at p = " + p + ": " + q + " after " + prevQ + ", "
                            + i + " after " + prevI);
            prevQ = q;
            prevI = i;
        }
    }

    /**
     * Asserts that {@code call} throws {@link IllegalArgumentException} whose message names
     * {@code parameter} (as a whole word). Use for bad constructor parameters:
     * {@code assertRejects("Gamma(shape = -1)", () -> new Gamma(-1, 1), "shape")}.
     */
    public static IllegalArgumentException assertRejects(String what, Executable call, String parameter) {
        return assertThrowsNaming(IllegalArgumentException.class, what, call, parameter);
    }

    /**
     * Asserts that {@code call} throws {@link NullPointerException} whose message names {@code
     * parameter} (as a whole word): the rule for null arguments.
     */
    public static NullPointerException assertRejectsNull(String what, Executable call, String parameter) {
        return assertThrowsNaming(NullPointerException.class, what, call, parameter);
    }

    private static <T extends RuntimeException> T assertThrowsNaming(
            Class<T> type, String what, Executable call, String parameter) {
        T e = assertThrows(type, call, what + " must throw " + type.getSimpleName());
        String msg = e.getMessage();
        assertTrue(
                msg != null && msg.matches("(?s).*\\b" + java.util.regex.Pattern.quote(parameter) + "\\b.*"),
                what + ": message must name '" + parameter + "': " + msg);
        return e;
    }
}

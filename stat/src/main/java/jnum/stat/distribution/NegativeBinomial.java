package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The negative binomial distribution: the number of failures before the r-th success in
 * independent trials with success probability p, {@code P(k) = Gamma(k + r) / (Gamma(r) k!)
 * p^r (1-p)^k}, {@code k = 0, 1, 2, ...}; r may be any positive real (the Gamma-Poisson mixture).
 *
 * <p>The mass is {@code r/(r+k)} times the binomial term {@code C(k+r, r) p^r (1-p)^k} in Loader's
 * saddle-point form ({@link BinomialTerm}); {@code cdf(k) = I_p(r, k+1)} and {@code survival(k) =
 * 1 - I_p(r, k+1)} are the regularized incomplete beta function and its complement, each computed
 * directly, and the log forms their logarithms, finite where the tails underflow. Sampling: a
 * Poisson draw whose mean is a Gamma(r, (1-p)/p) draw.
 *
 * @param r the number of successes, positive and finite
 * @param p the success probability, in {@code (0, 1]}
 */
public record NegativeBinomial(double r, double p) implements DiscreteDistribution {
    private static final int FIT_ITERATIONS = 200;

    /**
     * From this standard deviation on, the distribution functions within {@value #CENTRAL_WIDTH}
     * standard deviations of the mean are taken from {@link FactorialMass} (the incomplete beta
     * function's continued fraction needs more terms there as r grows: about 0.3 ms at r = 1e12).
     */
    private static final double CENTRAL_MIN_SD = 1024;

    /** The half-width, in standard deviations, of the center (see {@link #CENTRAL_MIN_SD}). */
    private static final double CENTRAL_WIDTH = 10;

    /**
     * Below this rate {@code -log(1 - p)} of the tail's exponential fall-off the entropy is split
     * at the count 1000 whatever the standard deviation: the term-by-term sum would run past
     * {@code 40 / rate = 2000} terms.
     */
    private static final double SPLIT_ENTROPY_MAX_RATE = 0.02;

    /**
     * The split entropy sums the terms below this count at least (above {@link
     * FactorialMass#ENTROPY_ABOVE_MIN_COUNT} also for {@code k + r - 1} with r near 0): each costs
     * a log mass, the integral beyond costs the same from any count.
     */
    private static final double SPLIT_MIN_COUNT = 64;

    /** The split entropy sums the terms below this count at most (r above 251). */
    private static final double SPLIT_MAX_COUNT = 1001;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public NegativeBinomial {
        Arguments.positive("NegativeBinomial", "r", r);
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("NegativeBinomial: p = " + p + " is not in (0, 1]");
        }
    }

    /**
     * Maximum-likelihood fit of r and p. For a given r the likelihood is maximal at
     * {@code p = r / (r + mean)}; the profile score in r, {@code S(r) = sum_i [digamma(x_i + r) -
     * digamma(r)] - N log(1 + mean / r)}, falls from +infinity to 0- when the sample is
     * over-dispersed and has a single root, found by Newton's method (derivative with trigamma)
     * safeguarded by bisection on a bracket, from the moment estimate {@code mean^2 / (var - mean)};
     * at most 200 bracket and 200 Newton steps. Distinct values are grouped, and
     * {@code digamma(x + r) - digamma(r)} is the exact finite sum {@code sum_{j<x} 1/(r + j)} for
     * {@code x <= 64}, so that it keeps its relative accuracy when r is large.
     *
     * @param counts the observed counts
     * @return the fitted distribution
     * @throws NullPointerException if {@code counts} is null
     * @throws IllegalArgumentException if there are fewer than 2 observations, one is negative, all
     *     are 0, or the sample variance (divisor N) does not exceed the mean: then the likelihood
     *     grows without bound as r goes to infinity (the Poisson limit) and no finite fit exists
     */
    public static NegativeBinomial fit(long[] counts) {
        if (Arguments.nonNull("NegativeBinomial.fit", "counts", counts).length < 2) {
            throw new IllegalArgumentException(
                    "NegativeBinomial.fit: " + counts.length + " observations, need at least 2");
        }
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("NegativeBinomial.fit: negative count " + sorted[0]);
        }
        int distinct = 0;
        long[] values = new long[sorted.length];
        long[] mult = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                values[distinct++] = sorted[i];
            }
            mult[distinct - 1]++;
        }
        int n = sorted.length;
        double mean = 0;
        for (long c : sorted) {
            mean += c;
        }
        mean /= n;
        double var = 0;
        for (long c : sorted) {
            var += (c - mean) * (c - mean);
        }
        var /= n;
        if (mean == 0) {
            throw new IllegalArgumentException("NegativeBinomial.fit: all observations are 0");
        }
        if (!(var > mean)) {
            throw new IllegalArgumentException("NegativeBinomial.fit: sample variance " + var + " <= mean " + mean
                    + ": no finite maximum (the Poisson limit r -> infinity)");
        }
        ProfileScore score = new ProfileScore(Arrays.copyOf(values, distinct), Arrays.copyOf(mult, distinct), n, mean);
        double r = mean * mean / (var - mean);
        // bracket the root: score > 0 at lo, < 0 at hi
        double lo = r;
        double hi = r;
        for (int i = 0; i < FIT_ITERATIONS && score.value(lo) <= 0; i++) {
            lo /= 2;
        }
        for (int i = 0; i < FIT_ITERATIONS && score.value(hi) >= 0; i++) {
            hi *= 2;
        }
        for (int i = 0; i < FIT_ITERATIONS; i++) {
            double s = score.value(r);
            if (s == 0) {
                break;
            }
            if (s > 0) {
                lo = r;
            } else {
                hi = r;
            }
            double next = r - s / score.derivative(r);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            boolean done = Math.abs(next - r) <= 4 * Math.ulp(r) || hi - lo <= 4 * Math.ulp(hi);
            r = next;
            if (done) {
                break;
            }
        }
        return new NegativeBinomial(r, r / (r + mean));
    }

    /**
     * {@link #fit(long[])} for counts stored as doubles (each a non-negative integer).
     *
     * @param counts the observed counts, each a non-negative integer
     * @return the fitted distribution
     * @throws NullPointerException if {@code counts} is null
     * @throws IllegalArgumentException as {@link #fit(long[])}, or for a value that is not a non-negative integer
     */
    public static NegativeBinomial fit(double[] counts) {
        return fit(DiscreteSearch.counts("NegativeBinomial.fit", counts));
    }

    /** The profile score in r and its derivative over grouped counts. */
    private record ProfileScore(long[] values, long[] mult, int n, double mean) {
        private static final long EXACT_SUM_UP_TO = 64;

        double value(double r) {
            double s = 0;
            for (int i = 0; i < values.length; i++) {
                long x = values[i];
                if (x == 0) {
                    continue;
                }
                double d;
                if (x <= EXACT_SUM_UP_TO) {
                    d = 0;
                    for (long j = 0; j < x; j++) {
                        d += 1 / (r + j);
                    }
                } else {
                    d = Special.digamma(x + r) - Special.digamma(r);
                }
                s += mult[i] * d;
            }
            return s - n * Math.log1p(mean / r);
        }

        double derivative(double r) {
            double s = 0;
            for (int i = 0; i < values.length; i++) {
                long x = values[i];
                if (x == 0) {
                    continue;
                }
                double d;
                if (x <= EXACT_SUM_UP_TO) {
                    d = 0;
                    for (long j = 0; j < x; j++) {
                        d -= 1 / ((r + j) * (r + j));
                    }
                } else {
                    d = Special.trigamma(x + r) - Special.trigamma(r);
                }
                s += mult[i] * d;
            }
            return s + n * mean / (r * (r + mean));
        }
    }

    @Override
    public double pmf(long k) {
        return Math.exp(logPmf(k));
    }

    @Override
    public double logPmf(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double x = k;
        double n = x + r;
        double nErr = (x - (n - (n - x))) + (r - (n - x)); // TwoSum: x + r = n + nErr exactly
        if (k == 0 || p == 1 || nErr == 0) {
            return Math.log(r / n) + BinomialTerm.log(r, n, p);
        }
        return Math.log(r / n) + BinomialTerm.log(r, x, n, nErr, p);
    }

    @Override
    public double cdf(long k) {
        if (k < 0) {
            return 0;
        }
        if (p == 1) {
            return 1;
        }
        double v = central(k) ? FactorialMass.centralCdf(this, mode(), this::mass, k, false) : Double.NaN;
        return Double.isNaN(v) ? Special.betainc(r, k + 1.0, p) : v;
    }

    @Override
    public double logCdf(long k) {
        if (k < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return 0;
        }
        if (central(k)) {
            double c = cdf(k);
            return c > 0.5 ? Math.log1p(-survival(k)) : Math.log(c);
        }
        return Special.logbetainc(r, k + 1.0, p);
    }

    @Override
    public double survival(long k) {
        if (k < 0) {
            return 1;
        }
        if (p == 1) {
            return 0;
        }
        double v = central(k) ? FactorialMass.centralCdf(this, mode(), this::mass, k, true) : Double.NaN;
        return Double.isNaN(v) ? Special.betaincc(r, k + 1.0, p) : v;
    }

    @Override
    public double logSurvival(long k) {
        if (k < 0) {
            return 0;
        }
        if (p == 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (central(k)) {
            double q = survival(k);
            return q > 0.5 ? Math.log1p(-cdf(k)) : Math.log(q);
        }
        return Special.logbetaincc(r, k + 1.0, p);
    }

    @Override
    public long quantile(double prob) {
        Arguments.probability("quantile", "p", prob);
        return DiscreteSearch.quantileFrom(this, prob, start(prob > 0.5 ? 1 - prob : prob, prob > 0.5));
    }

    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        return DiscreteSearch.inverseSurvivalFrom(this, q, start(q < 0.5 ? q : 1 - q, q < 0.5));
    }

    /**
     * The largest r for the gamma-limit start of the quantile search: above it the skewness
     * {@code 2 / sqrt(r)} is below 0.02, the Cornish-Fisher start is close, and the inverse
     * incomplete gamma function at a shape that large costs more than the steps it saves.
     */
    private static final double GAMMA_START_MAX_R = 1e4;

    /**
     * The search's start for the point with the given tail probability ({@code <= 1/2}, upper or
     * lower): the Cornish-Fisher guess refined by {@link DiscreteSearch#newtonStart} for r above
     * {@value #GAMMA_START_MAX_R}, else from the
     * gamma limit of {@code cdf(k) = I_p(r, k + 1)}: {@code I_x(a, b) ~ P(a, -(b + (a - 1)/2)
     * log(1 - x))} for large b (Temme's expansion to first order), so {@code k = x / -log(1 - p) -
     * (r + 1)/2} with x the inverse incomplete gamma function of the tail. It follows the skewed far
     * tails that the Cornish-Fisher polynomial misses by orders of magnitude (at r = 47, p = 1.3e-6
     * and 1e-157 that starts 7 standard deviations above the mean for a quantile near 0.0002 of it,
     * leaving some fifty steps of the search), and lands within a count or two of the answer.
     */
    private long start(double tail, boolean upper) {
        double cornishFisher = DiscreteSearch.cornishFisher(tail, upper, mean(), stdDev(), skewness());
        if (r > GAMMA_START_MAX_R) {
            return DiscreteSearch.newtonStart(this, tail, upper, cornishFisher);
        }
        double x = upper ? Special.gammainccinv(r, tail) : Special.gammaincinv(r, tail);
        double k = Math.rint(x / -Math.log1p(-p) - 0.5 * (r + 1));
        return DiscreteSearch.clamp(Double.isFinite(k) ? k : cornishFisher, 0, Long.MAX_VALUE);
    }

    /** {@code r (1-p) / p}. */
    @Override
    public double mean() {
        return r * (1 - p) / p;
    }

    /** {@code r (1-p) / p^2}. */
    @Override
    public double variance() {
        return r * (1 - p) / (p * p);
    }

    /** {@code (2 - p) / sqrt(r (1-p))}; infinite for p = 1. */
    @Override
    public double skewness() {
        return (2 - p) / Math.sqrt(r * (1 - p));
    }

    /** {@code 6/r + p^2 / (r (1-p))}; infinite for p = 1. */
    @Override
    public double kurtosis() {
        return 6 / r + p * p / (r * (1 - p));
    }

    /**
     * Entropy in nats: for a standard deviation of at least {@value MassIntegral#ENTROPY_MIN_SD}
     * and a mode m of at least {@value MassIntegral#ENTROPY_MIN_COUNT} (so r above 1), the integral
     * of {@link MassIntegral#entropy} over {@code P(m + t) = P(m) exp(t log((1 - p) (m + r - 1) / m)
     * + R(m + r - 1, t) - R(m, t))} ({@code R} the Stirling remainder of {@link
     * MassIntegral#stirling}), so the cost does not grow with the standard deviation; where the mass
     * below that count is not negligible (a mode small against the width, or r of a few hundred
     * with a mode within a few standard deviations of that count), the terms below the count
     * {@code k0 = max(64, 4 (r - 1) + 1)} (at most 1001) summed and the rest by {@link
     * FactorialMass#entropyAbove}; else summed from the mode outwards with a bound on the rest. For
     * r = 1 (the geometric distribution) the closed form {@code -log p - (1 - p) log(1 - p) / p}.
     */
    @Override
    public double entropy() {
        if (r == 1 && p < 1) {
            // the geometric distribution: -log p - (1 - p) log(1 - p) / p
            return -Math.log(p) - (1 - p) / p * Math.log1p(-p);
        }
        long mode = mode();
        boolean wide = variance() >= MassIntegral.ENTROPY_MIN_SD * MassIntegral.ENTROPY_MIN_SD;
        if (wide && mode >= MassIntegral.ENTROPY_MIN_COUNT && r > 1) {
            double h = FactorialMass.negativeBinomial(r, p, mode).entropy(logPmf(mode));
            if (!Double.isNaN(h)) {
                return h;
            }
        }
        // a tiny r keeps the standard deviation small while the tail falls off only as (1 - p)^k:
        // the sum from the mode would take some 40 / p terms (1.3 ms at r = 0.001, p = 0.0027)
        if (wide || -Math.log1p(-p) < SPLIT_ENTROPY_MAX_RATE) {
            // both counts, k0 and k0 + r - 1, at least ENTROPY_ABOVE_MIN_COUNT, and k0 at least
            // 4 (r - 1), so that the slope log((k0 + r - 1) (1 - p) / k0) is below log(5/4) (the
            // Euler-Maclaurin rest, B_12/12! |g'|^11, below 4e-17); panels no wider than the
            // exponential fall-off's 10 / lambda nor, above r = 64, half the standard deviation (a
            // peak that wide needs no more), so that the peak is resolved whatever its distance from k0
            long k0 = (long) Math.min(SPLIT_MAX_COUNT, Math.max(SPLIT_MIN_COUNT, Math.ceil(4 * (r - 1)) + 1));
            double maxWidth = Math.max(10 / -Math.log1p(-p), 0.5 * stdDev());
            double tail = FactorialMass.negativeBinomial(r, p, k0).entropyAbove(logPmf(k0), maxWidth);
            if (!Double.isNaN(tail)) {
                return DiscreteSums.entropy(this, 0, k0) + tail;
            }
        }
        return DiscreteSums.entropy(this, mode);
    }

    /** {@code floor((r - 1) (1 - p) / p)} for r above 1, else 0. */
    private long mode() {
        return r > 1 ? (long) Math.floor((r - 1) * (1 - p) / p) : 0;
    }

    /** Whether k is in the center of a wide distribution ({@link #CENTRAL_MIN_SD}). */
    private boolean central(long k) {
        double v = variance();
        return v >= CENTRAL_MIN_SD * CENTRAL_MIN_SD && Math.abs(k - mean()) <= CENTRAL_WIDTH * Math.sqrt(v);
    }

    private FactorialMass mass(long k) {
        return FactorialMass.negativeBinomial(r, p, k);
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(0, Long.MAX_VALUE);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        if (p == 1) {
            return 0;
        }
        double lambda = GammaSampler.next(rng, r) * ((1 - p) / p);
        return lambda > 0 ? PoissonSampler.sample(rng, lambda) : 0;
    }
}

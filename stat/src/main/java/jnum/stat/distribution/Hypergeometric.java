package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The hypergeometric distribution: the number of successes in {@code draws} draws without
 * replacement from a population of {@code population} items of which {@code successes} are
 * successes, {@code P(k) = C(K, k) C(N-K, n-k) / C(N, n)} with {@code N = population},
 * {@code K = successes}, {@code n = draws}, for {@code max(0, n+K-N) <= k <= min(n, K)}.
 *
 * <p>The mass is the quotient of three binomial terms with the common {@code p = n/N} in Loader's
 * saddle-point form ({@link BinomialTerm}; the powers of p and 1-p cancel exactly), as in R's
 * {@code dhyper}: accurate for populations of 1e15. cdf and survival compute the tail that lies
 * away from the mode as the mass at its first point times a ratio ({@link HypergeometricTail}):
 * summed with the mass ratio recurrence where the terms fall fast or the standard deviation is
 * below 256, else by the Euler-Maclaurin formula on the log-gamma extension of the mass (an
 * integral by Gauss-Legendre panels and five derivative corrections), so every call costs at most
 * a few thousand operations whatever the population. The other tail is the complement of that
 * sum, taken only where the value is above the mode's mass, so every value keeps its relative
 * accuracy, including the far upper tail that decides {@code quantile(1 - 1e-15)}; the log forms
 * add the logarithms and stay finite where the tails underflow. Quantiles search from a
 * Cornish-Fisher guess refined by Newton steps on the log tail. Sampling is Stadlober's
 * ratio-of-uniforms HRUA, or inversion from the mode for variances below 100
 * ({@link HypergeometricSampler}).
 *
 * @param population N, {@code >= 0}
 * @param successes K, {@code 0 <= K <= N}
 * @param draws n, {@code 0 <= n <= N}
 */
public record Hypergeometric(long population, long successes, long draws) implements DiscreteDistribution {
    /** Largest population: every count stays an exact double. */
    public static final long MAX_POPULATION = 1L << 52;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Hypergeometric {
        if (population < 0 || population > MAX_POPULATION) {
            throw new IllegalArgumentException("Hypergeometric: population = " + population + " is not in [0, 2^52]");
        }
        if (successes < 0 || successes > population) {
            throw new IllegalArgumentException(
                    "Hypergeometric: successes = " + successes + " is not in [0, population = " + population + "]");
        }
        if (draws < 0 || draws > population) {
            throw new IllegalArgumentException(
                    "Hypergeometric: draws = " + draws + " is not in [0, population = " + population + "]");
        }
    }

    long lowest() {
        return Math.max(0, draws + successes - population);
    }

    long highest() {
        return Math.min(draws, successes);
    }

    /** {@code floor((n+1)(K+1)/(N+2))}, clamped to the support. */
    long mode() {
        double m = Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0));
        return Math.max(lowest(), Math.min(highest(), (long) m));
    }

    @Override
    public double pmf(long k) {
        return Math.exp(logPmf(k));
    }

    @Override
    public double logPmf(long k) {
        if (k < lowest() || k > highest()) {
            return Double.NEGATIVE_INFINITY;
        }
        if (draws == 0 || draws == population) {
            return 0; // k is forced
        }
        // with more than half the population drawn, count the successes left behind instead
        // (K - X of N - n draws): p = n / N near 1 would carry its rounding into 1 - p, relative
        // error eps p / (1 - p), while (N - n) / N and its complement are both accurate
        long n = draws;
        long j = k;
        if (draws > population - draws) {
            n = population - draws;
            j = successes - k;
        }
        double p = (double) n / population;
        return BinomialTerm.log(j, successes, p)
                + BinomialTerm.log(n - j, population - successes, p)
                - BinomialTerm.log(n, population, p);
    }

    /** {@code pmf(j-1)/pmf(j)}. */
    double ratioDown(long j) {
        return (double) j * (population - successes - draws + j) / ((double) (successes - j + 1) * (draws - j + 1));
    }

    /** {@code pmf(j+1)/pmf(j)}. */
    double ratioUp(long j) {
        return (double) (successes - j) * (draws - j) / ((double) (j + 1) * (population - successes - draws + j + 1));
    }

    /** {@code sum pmf(j), j <= k}, for k below the mode (terms fall going down). */
    private double lowerTail(long k) {
        return tail(k, -1);
    }

    /** {@code sum pmf(j), j >= k}, for k above the mode (terms fall going up). */
    private double upperTail(long k) {
        return tail(k, 1);
    }

    private double tail(long k, int dir) {
        double lp = logPmf(k);
        if (lp == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double ratio = HypergeometricTail.ratio(this, k, dir);
        double pk = Math.exp(lp);
        return pk >= Double.MIN_NORMAL ? pk * ratio : Math.exp(lp + Math.log(ratio));
    }

    /** {@code log sum pmf(j)} over the tail from k towards dir, finite where the sum underflows. */
    private double logTail(long k, int dir) {
        double lp = logPmf(k);
        return lp == Double.NEGATIVE_INFINITY ? lp : lp + Math.log(HypergeometricTail.ratio(this, k, dir));
    }

    @Override
    public double cdf(long k) {
        if (k < lowest()) {
            return 0;
        }
        if (k >= highest()) {
            return 1;
        }
        return k < mode() ? lowerTail(k) : 1 - upperTail(k + 1);
    }

    @Override
    public double logCdf(long k) {
        if (k < lowest()) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k >= highest()) {
            return 0;
        }
        return k < mode() ? logTail(k, -1) : Math.log1p(-upperTail(k + 1));
    }

    @Override
    public double survival(long k) {
        if (k < lowest()) {
            return 1;
        }
        if (k >= highest()) {
            return 0;
        }
        return k + 1 > mode() ? upperTail(k + 1) : 1 - lowerTail(k);
    }

    @Override
    public double logSurvival(long k) {
        if (k < lowest()) {
            return 0;
        }
        if (k >= highest()) {
            return Double.NEGATIVE_INFINITY;
        }
        return k + 1 > mode() ? logTail(k + 1, 1) : Math.log1p(-lowerTail(k));
    }

    @Override
    public long quantile(double p) {
        Arguments.probability("quantile", "p", p);
        return DiscreteSearch.quantileFrom(this, p, start(p > 0.5 ? 1 - p : p, p > 0.5));
    }

    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        return DiscreteSearch.inverseSurvivalFrom(this, q, start(q < 0.5 ? q : 1 - q, q < 0.5));
    }

    /**
     * A start for the quantile search with the given tail probability ({@code <= 1/2}, upper: the
     * survival function, else the cdf): the Cornish-Fisher guess, and for wide distributions up to
     * four Newton steps on the log of the tail (slope {@code pmf / tail}), which leave the search
     * about two evaluations.
     */
    private double start(double tail, boolean upper) {
        double x = DiscreteSearch.cornishFisher(tail, upper, mean(), stdDev(), skewness());
        if (!(tail > 0) || variance() < HypergeometricTail.SUMMED_SD * HypergeometricTail.SUMMED_SD) {
            return x;
        }
        long lo = lowest();
        long hi = highest() - 1;
        long k = Math.max(lo, Math.min(hi, (long) Math.rint(x)));
        double target = Math.log(tail);
        for (int i = 0; i < 4; i++) {
            double value = upper ? logSurvival(k) : logCdf(k);
            double slope = upper ? -Math.exp(logPmf(k + 1) - value) : Math.exp(logPmf(k) - value);
            double step = (target - value) / slope;
            if (!Double.isFinite(step)) {
                break;
            }
            long next = Math.max(lo, Math.min(hi, (long) Math.rint(k + step)));
            if (next == k) {
                break;
            }
            k = next;
            // the log tail bends on the scale of sd, so a step below sd^(1/2) / 2 lands within about
            // 1/8 of the root and needs no check here (the search checks every answer)
            if (Math.abs(step) < 0.5 * Math.sqrt(stdDev())) {
                break;
            }
        }
        return k;
    }

    /** {@code n K / N}. */
    @Override
    public double mean() {
        return population == 0 ? 0 : (double) draws * successes / population;
    }

    /** {@code n (K/N) ((N-K)/N) (N-n)/(N-1)}. */
    @Override
    public double variance() {
        if (population <= 1) {
            return 0;
        }
        double nn = population;
        return draws * (successes / nn) * ((population - successes) / nn) * ((population - draws) / (nn - 1));
    }

    /**
     * {@code (N - 2K) (N - 1)^(1/2) (N - 2n) / ((n K (N-K) (N-n))^(1/2) (N - 2))}; NaN where the
     * variance is 0.
     */
    @Override
    public double skewness() {
        double nn = population;
        double k = successes;
        double n = draws;
        return (nn - 2 * k) * Math.sqrt(nn - 1) * (nn - 2 * n) / (Math.sqrt(n * k * (nn - k) * (nn - n)) * (nn - 2));
    }

    /**
     * Excess kurtosis {@code [(N-1) N^2 (N(N+1) - 6K(N-K) - 6n(N-n)) + 6 n K (N-K)(N-n)(5N-6)]
     * / [n K (N-K) (N-n) (N-2) (N-3)]}; NaN where it is undefined.
     */
    @Override
    public double kurtosis() {
        double nn = population;
        double k = successes;
        double n = draws;
        double d = n * k * (nn - k) * (nn - n);
        double num = (nn - 1) * nn * nn * (nn * (nn + 1) - 6 * k * (nn - k) - 6 * n * (nn - n)) + 6 * d * (5 * nn - 6);
        return num / (d * (nn - 2) * (nn - 3));
    }

    /**
     * Entropy in nats: for standard deviations above {@value MassIntegral#ENTROPY_MIN_SD} the
     * integral of {@code -P log P} over the continuous extension of the mass (equal to the sum up to
     * terms of order {@code exp(-2 pi^2 sd^2)}), else summed from the mode outwards with a bound on
     * the rest.
     */
    @Override
    public double entropy() {
        double h = HypergeometricTail.entropy(this);
        return Double.isNaN(h) ? DiscreteSums.entropy(this, mode()) : h;
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(lowest(), highest());
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return new HypergeometricSampler(this).next(rng);
    }

    @Override
    public long[] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        HypergeometricSampler sampler = new HypergeometricSampler(this);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = sampler.next(rng);
        }
        return out;
    }
}

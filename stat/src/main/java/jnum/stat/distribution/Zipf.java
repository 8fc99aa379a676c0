package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * The Zipf distribution on {@code 1..n} with exponent {@code s > 0}: {@code P(k) = k^-s / H(n, s)}
 * with the generalized harmonic number {@code H(n, s) = sum_{j=1..n} j^-s}.
 *
 * <p>Harmonic sums of any length cost O(1 + s) through {@link PowerSums} (direct terms, then
 * Euler-Maclaurin); cdf sums {@code 1..k} and survival sums {@code k+1..n} directly, so neither
 * is a complement. Moments are the ratios {@code H(n, s - j) / H(n, s)}, centred by direct
 * summation where that converges within 2^16 terms (central moments of a concentrated
 * distribution would otherwise cancel). Sampling is the rejection-inversion method of
 * W. Hormann and G. Derflinger, "Rejection-inversion to generate variates from monotone discrete
 * distributions", ACM TOMACS 6 (1996) 169-184 ({@link ZipfSampler}).
 *
 * @param n the number of values, {@code 1 <= n <= 2^52}
 * @param exponent s, positive and finite
 */
public record Zipf(long n, double exponent) implements DiscreteDistribution {
    /** Largest n. */
    public static final long MAX_N = 1L << 52;

    private static final int DIRECT_MOMENT_TERMS = 1 << 16;

    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public Zipf {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("Zipf: n = " + n + " is not in [1, 2^52]");
        }
        Arguments.positive("Zipf", "exponent", exponent);
    }

    /** The normalizer of the most recently used (n, s): a record holds no derived state. */
    private record Normalizer(long n, double s, double value, double log) {}

    private static volatile Normalizer last;

    private Normalizer norm() {
        Normalizer c = last;
        if (c == null || c.n() != n || Double.compare(c.s(), exponent) != 0) {
            double rest = PowerSums.sum(2, n, exponent); // H(n, s) - 1, so that log H keeps its digits
            c = new Normalizer(n, exponent, 1 + rest, Math.log1p(rest));
            last = c;
        }
        return c;
    }

    /** {@code H(n, s)}. */
    double normalizer() {
        return norm().value();
    }

    /** {@code log H(n, s)} as {@code log1p(H(n, s) - 1)}: accurate when the mass sits at 1. */
    double logNormalizer() {
        return norm().log();
    }

    @Override
    public double pmf(long k) {
        return k >= 1 && k <= n ? Math.pow(k, -exponent) / normalizer() : 0;
    }

    @Override
    public double logPmf(long k) {
        return k >= 1 && k <= n ? -exponent * Math.log(k) - logNormalizer() : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(long k) {
        if (k < 1) {
            return 0;
        }
        return k >= n ? 1 : PowerSums.sum(1, k, exponent) / normalizer();
    }

    @Override
    public double logCdf(long k) {
        return Math.log(cdf(k));
    }

    @Override
    public double survival(long k) {
        if (k < 1) {
            return 1;
        }
        return k >= n ? 0 : PowerSums.sum(k + 1, n, exponent) / normalizer();
    }

    @Override
    public double logSurvival(long k) {
        return Math.log(survival(k));
    }

    @Override
    public long quantile(double p) {
        Arguments.probability("quantile", "p", p);
        return DiscreteSearch.quantileFrom(this, p, p > 0.5 ? upperGuess(1 - p) : guess(p));
    }

    @Override
    public long inverseSurvival(double q) {
        Arguments.probability("inverseSurvival", "q", q);
        return DiscreteSearch.inverseSurvivalFrom(this, q, q < 0.5 ? upperGuess(q) : guess(1 - q));
    }

    /**
     * A starting point for the search: the midpoint rule with its end correction,
     * {@code sum_{j<=k} j^-s ~ 1 + H(k + 1/2) - H(3/2) - s 1.5^(-s-1) / 24} with the integral H of
     * {@link ZipfSampler}, solved for k.
     */
    private double guess(double p) {
        double target =
                p * normalizer() - 1 + ZipfSampler.bigH(1.5, exponent) + exponent * Math.pow(1.5, -exponent - 1) / 24;
        double k = ZipfSampler.bigHInverse(target, exponent) - 0.5;
        return Double.isFinite(k) ? Math.rint(k) : 1;
    }

    /**
     * A starting point for the search of the upper tail {@code q = survival(k)}, from the midpoint
     * rule {@code sum_{j>k} j^-s ~ integral_u^N x^-s dx}, {@code u = k + 1/2}, {@code N = n + 1/2}:
     * for s &gt; 1, {@code u^(1-s) = N^(1-s) + (s - 1) q H(n, s)}, summed in logarithms so that a
     * q down to 1e-300 (k near 1e9 at s = 33) is not lost against {@code 1/(s-1)}, as it is in the
     * lower-tail form of {@link #guess}; for s &lt;= 1 the integral's difference directly.
     */
    private double upperGuess(double q) {
        double bigN = n + 0.5;
        double u;
        if (exponent > 1) {
            double a = (1 - exponent) * Math.log(bigN);
            double b = Math.log(exponent - 1) + Math.log(q) + logNormalizer();
            double m = Math.max(a, b);
            u = Math.exp((m + Math.log(Math.exp(a - m) + Math.exp(b - m))) / (1 - exponent));
        } else {
            u = ZipfSampler.bigHInverse(ZipfSampler.bigH(bigN, exponent) - q * normalizer(), exponent);
        }
        double k = Math.rint(u - 0.5);
        return k >= 1 ? Math.min(k, n) : 1; // NaN (an empty difference) starts at 1
    }

    /** {@code H(n, s-1) / H(n, s)}. */
    @Override
    public double mean() {
        return PowerSums.sum(1, n, exponent - 1) / normalizer();
    }

    @Override
    public double variance() {
        return centralMoments()[0];
    }

    @Override
    public double skewness() {
        double[] m = centralMoments();
        return m[1] / Math.pow(m[0], 1.5);
    }

    @Override
    public double kurtosis() {
        double[] m = centralMoments();
        return m[2] / (m[0] * m[0]) - 3;
    }

    /** The second, third and fourth central moments. */
    private double[] centralMoments() {
        double s = exponent;
        double norm = normalizer();
        double mu = mean();
        if (n <= DIRECT_MOMENT_TERMS || s > 6) {
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            for (long k = 1; k <= n && k <= (1L << 24); k++) {
                double w = Math.pow(k, -s) / norm;
                double c = k - mu;
                double c2 = c * c;
                m2 += w * c2;
                m3 += w * c2 * c;
                m4 += w * c2 * c2;
                // beyond 2 mu, (k - mu)^4 < k^4, so the rest of m4 is below k^(5-s)/(s-5) / norm
                if (s > 6 && k > 2 * mu + 1 && Math.pow(k, 5 - s) / ((s - 5) * norm) <= 0x1p-60 * m2) {
                    break;
                }
            }
            return new double[] {m2, m3, m4};
        }
        double r2 = PowerSums.sum(1, n, s - 2) / norm;
        double r3 = PowerSums.sum(1, n, s - 3) / norm;
        double r4 = PowerSums.sum(1, n, s - 4) / norm;
        double m2 = r2 - mu * mu;
        double m3 = r3 - 3 * mu * r2 + 2 * mu * mu * mu;
        double m4 = r4 - 4 * mu * r3 + 6 * mu * mu * r2 - 3 * mu * mu * mu * mu;
        return new double[] {m2, m3, m4};
    }

    /** {@code log H(n, s) + s sum_k k^-s log k / H(n, s)}. */
    @Override
    public double entropy() {
        double norm = normalizer();
        return logNormalizer() + exponent * PowerSums.logWeighted(2, n, exponent) / norm;
    }

    @Override
    public IntegerSupport support() {
        return new IntegerSupport(1, n);
    }

    @Override
    public long sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return new ZipfSampler(n, exponent).next(rng);
    }

    @Override
    public long[] sample(RandomGenerator rng, int count) {
        Arguments.rng(rng);
        if (count < 0) {
            throw new IllegalArgumentException("sample: n = " + count + " is negative");
        }
        ZipfSampler sampler = new ZipfSampler(n, exponent);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = sampler.next(rng);
        }
        return out;
    }
}

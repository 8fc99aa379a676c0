package jnum.stat.dist;

import java.util.random.RandomGenerator;

/**
 * A univariate distribution on the integers. Conventions as in {@link ContinuousDistribution};
 * {@code survival(k) = P(X > k)}, and {@code quantile(p)} is the smallest k with
 * {@code cdf(k) >= p} ({@code inverseSurvival(q)} the smallest k with {@code survival(k) <= q}).
 */
public interface DiscreteDistribution {

  double pmf(long k);

  double logPmf(long k);

  /** {@code P(X <= k)}. */
  double cdf(long k);

  double logCdf(long k);

  /** {@code P(X > k)}, computed directly. */
  double survival(long k);

  double logSurvival(long k);

  long quantile(double p);

  long inverseSurvival(double q);

  double mean();

  double variance();

  default double stdDev() {
    return Math.sqrt(variance());
  }

  double skewness();

  /** Excess kurtosis. */
  double kurtosis();

  /** Entropy in nats. */
  double entropy();

  IntegerSupport support();

  long sample(RandomGenerator rng);

  default long[] sample(RandomGenerator rng, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("sample: n = " + n + " is negative");
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = sample(rng);
    }
    return out;
  }
}

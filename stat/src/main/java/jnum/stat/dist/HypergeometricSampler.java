package jnum.stat.dist;

import java.util.random.RandomGenerator;

/**
 * Exact hypergeometric variates by inversion from the mode: with the mass and the cdf at the mode
 * computed once, a uniform U below {@code cdf(mode)} is inverted by walking down from the mode,
 * otherwise by walking up, each step one ratio of the mass recurrence. The expected number of steps
 * is of the order of the standard deviation (the mean absolute deviation from the mode), so this
 * suits every population the distribution accepts, though a rejection method (HRUA) would be
 * faster for standard deviations beyond a few hundred.
 */
final class HypergeometricSampler {
  private final Hypergeometric dist;
  private final long mode;
  private final long lo;
  private final long hi;
  private final double pmfMode;
  private final double cdfMode;

  HypergeometricSampler(Hypergeometric dist) {
    this.dist = dist;
    this.mode = dist.mode();
    this.lo = dist.lowest();
    this.hi = dist.highest();
    this.pmfMode = dist.pmf(mode);
    this.cdfMode = dist.cdf(mode);
  }

  long next(RandomGenerator rng) {
    double u = rng.nextDouble();
    long k = mode;
    double t = pmfMode;
    if (u <= cdfMode) {
      double f = cdfMode; // cdf(k)
      while (k > lo) {
        double below = f - t; // cdf(k - 1)
        if (u > below) {
          return k;
        }
        f = below;
        t *= dist.ratioDown(k);
        k--;
      }
      return k;
    }
    double f = cdfMode;
    while (k < hi) {
      t *= dist.ratioUp(k);
      k++;
      f += t;
      if (u <= f) {
        return k;
      }
    }
    return k;
  }
}

package jnum.stat.dist;

import java.util.random.RandomGenerator;

/**
 * Package-private argument checks and small helpers shared by the continuous distributions of
 * this package: parameter validation with messages naming the distribution, the parameter and
 * its value, probability checks for quantiles, and uniform draws from the open interval (0, 1).
 */
final class Args {
  private Args() {}

  /** {@code value} must be finite. */
  static double finite(String dist, String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(dist + ": " + name + " = " + value + " must be finite");
    }
    return value;
  }

  /** {@code value} must be finite and {@code > 0}. */
  static double positive(String dist, String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          dist + ": " + name + " = " + value + " must be positive and finite");
    }
    return value;
  }

  /** {@code value} must be finite and {@code >= 0}. */
  static double nonNegative(String dist, String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          dist + ": " + name + " = " + value + " must be non-negative and finite");
    }
    return value;
  }

  /** The probability argument {@code name} of {@code op} must lie in [0, 1]. */
  static double probability(String op, String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          op + ": probability " + name + " = " + p + " is outside [0, 1]");
    }
    return p;
  }

  /** A uniform draw from the open interval (0, 1): 53 random bits, offset by half a step. */
  static double openUniform(RandomGenerator rng) {
    return ((rng.nextLong() >>> 11) + 0.5) * 0x1p-53;
  }

  /** {@code log(p / (1 - p))} to full relative accuracy for every p in (0, 1). */
  static double logit(double p) {
    if (p < 0.25) {
      return Math.log(p) - Math.log1p(-p);
    }
    if (p <= 0.75) {
      // 2 atanh(2p - 1), with 2p - 1 and 2 - 2p exact here
      double y = 2 * p - 1;
      return Math.log1p(2 * y / (1 - y));
    }
    double q = 1 - p; // exact for p >= 1/2
    return Math.log(p / q);
  }
}

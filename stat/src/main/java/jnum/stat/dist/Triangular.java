package jnum.stat.dist;

import java.util.random.RandomGenerator;

/**
 * The triangular distribution on {@code [a, b]} with mode {@code c} ({@code a <= c <= b},
 * {@code a < b}): density {@code 2 (x - a) / ((b - a)(c - a))} rising on {@code [a, c]} and
 * {@code 2 (b - x) / ((b - a)(b - c))} falling on {@code [c, b]}.
 *
 * <p>The cdf is {@code (x - a)^2 / ((b - a)(c - a))} left of the mode and the survival function
 * {@code (b - x)^2 / ((b - a)(b - c))} right of it, each computed directly from the nearer end;
 * the other side is one minus that. The mode may equal either end.
 *
 * @param lower a, finite
 * @param mode c, finite, in {@code [a, b]}
 * @param upper b, finite, {@code > a}, with {@code b - a} finite
 */
public record Triangular(double lower, double mode, double upper)
    implements ContinuousDistribution {
  private static final String NAME = "Triangular";

  /** Validates the parameters. */
  public Triangular {
    Args.finite(NAME, "lower", lower);
    Args.finite(NAME, "mode", mode);
    Args.finite(NAME, "upper", upper);
    if (!(lower < upper)) {
      throw new IllegalArgumentException(
          NAME + ": lower = " + lower + " must be less than upper = " + upper);
    }
    if (!(mode >= lower && mode <= upper)) {
      throw new IllegalArgumentException(
          NAME + ": mode = " + mode + " is outside [" + lower + ", " + upper + "]");
    }
    if (!Double.isFinite(upper - lower)) {
      throw new IllegalArgumentException(
          NAME + ": width upper - lower = " + upper + " - " + lower + " overflows");
    }
  }

  private double width() {
    return upper - lower;
  }

  /** {@code P(X <= x)} for {@code a <= x <= c}. */
  private double rising(double x) {
    double d = x - lower;
    return d / width() * (d / (mode - lower));
  }

  /** {@code P(X > x)} for {@code c <= x <= b}. */
  private double falling(double x) {
    double d = upper - x;
    return d / width() * (d / (upper - mode));
  }

  @Override
  public double pdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < lower || x > upper) {
      return 0;
    }
    if (x < mode) {
      return 2 / width() * ((x - lower) / (mode - lower));
    }
    if (x > mode) {
      return 2 / width() * ((upper - x) / (upper - mode));
    }
    return 2 / width();
  }

  @Override
  public double logPdf(double x) {
    return Math.log(pdf(x));
  }

  @Override
  public double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= lower) {
      return 0;
    }
    if (x >= upper) {
      return 1;
    }
    return x <= mode ? rising(x) : 1 - falling(x);
  }

  @Override
  public double logCdf(double x) {
    if (x > mode && x < upper) {
      return Math.log1p(-falling(x));
    }
    return Math.log(cdf(x));
  }

  @Override
  public double survival(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= lower) {
      return 1;
    }
    if (x >= upper) {
      return 0;
    }
    return x >= mode ? falling(x) : 1 - rising(x);
  }

  @Override
  public double logSurvival(double x) {
    if (x < mode && x > lower) {
      return Math.log1p(-rising(x));
    }
    return Math.log(survival(x));
  }

  /** Probability mass left of the mode, {@code (c - a) / (b - a)}. */
  private double massBelowMode() {
    return (mode - lower) / width();
  }

  /**
   * {@code a + sqrt(p (b - a)(c - a))} for {@code p <= (c - a)/(b - a)}, else
   * {@code b - sqrt((1 - p)(b - a)(b - c))}.
   */
  @Override
  public double quantile(double p) {
    Args.probability("Triangular.quantile", p);
    if (p <= massBelowMode()) {
      return fromLower(p);
    }
    return fromUpper(1 - p);
  }

  /** The x with {@code survival(x) = q}, from whichever end is nearer in probability. */
  @Override
  public double inverseSurvival(double q) {
    Args.probability("Triangular.inverseSurvival", q);
    if (q <= 1 - massBelowMode()) {
      return fromUpper(q);
    }
    return fromLower(1 - q);
  }

  private double fromLower(double p) {
    return Math.min(upper, lower + Math.sqrt(p * width()) * Math.sqrt(mode - lower));
  }

  private double fromUpper(double q) {
    return Math.max(lower, upper - Math.sqrt(q * width()) * Math.sqrt(upper - mode));
  }

  /** {@code (a + b + c) / 3}. */
  @Override
  public double mean() {
    return lower / 3 + mode / 3 + upper / 3;
  }

  /** {@code (a^2 + b^2 + c^2 - ab - ac - bc) / 18}, from differences to avoid cancellation. */
  @Override
  public double variance() {
    return squares() / 18;
  }

  /** {@code a^2 + b^2 + c^2 - ab - ac - bc = ((b-a)^2 + (c-a)^2 + (b-c)^2) / 2}. */
  private double squares() {
    double ba = upper - lower;
    double ca = mode - lower;
    double bc = upper - mode;
    return (ba * ba + ca * ca + bc * bc) / 2;
  }

  /**
   * {@code sqrt(2) (a + b - 2c)(2a - b - c)(a - 2b + c) / (5 s^(3/2))} with {@code s} the sum of
   * squares of {@link #variance()}.
   */
  @Override
  public double skewness() {
    double ca = mode - lower;
    double bc = upper - mode;
    double u = (upper - mode) - (mode - lower); // a + b - 2c
    double v = -(ca + (upper - lower)); // 2a - b - c
    double w = bc + (upper - lower); // -(a - 2b + c)
    double s = squares();
    return -Math.sqrt(2) * u * v * w / (5 * s * Math.sqrt(s));
  }

  /** Excess kurtosis -3/5. */
  @Override
  public double kurtosis() {
    return -0.6;
  }

  /** {@code 1/2 + log((b - a) / 2)}. */
  @Override
  public double entropy() {
    return 0.5 + Math.log(width() / 2);
  }

  @Override
  public Support support() {
    return new Support(lower, upper);
  }

  /** Inversion of an open-interval uniform draw. */
  @Override
  public double sample(RandomGenerator rng) {
    return quantile(Args.openUniform(rng));
  }
}

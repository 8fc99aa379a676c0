package jnum.stat.dist;

import java.util.random.RandomGenerator;

/**
 * The logistic distribution with location {@code mu} and scale {@code s > 0}: cdf
 * {@code F(x) = 1 / (1 + exp(-z))}, density {@code exp(-z) / (s (1 + exp(-z))^2)},
 * {@code z = (x - mu) / s}, support the real line.
 *
 * <p>Every function is written in terms of {@code e = exp(-|z|) <= 1}, so both tails keep full
 * relative accuracy ({@code cdf(x) = e / (1 + e)} for {@code z < 0}) and {@code logCdf},
 * {@code logSurvival} use {@code log1p(e)}; quantiles use a logit accurate for every p.
 *
 * @param mu location, finite
 * @param scale scale s, positive and finite
 */
public record Logistic(double mu, double scale) implements ContinuousDistribution {
  private static final String NAME = "Logistic";

  /** Validates the parameters. */
  public Logistic {
    Arguments.finite(NAME, "mu", mu);
    Arguments.positive(NAME, "scale", scale);
  }

  /** The standard logistic distribution (mu = 0, scale = 1). */
  public static Logistic standard() {
    return new Logistic(0, 1);
  }

  @Override
  public double pdf(double x) {
    double z = Math.abs((x - mu) / scale);
    double e = Math.exp(-z);
    double d = 1 + e;
    return e / (d * d) / scale;
  }

  @Override
  public double logPdf(double x) {
    double z = Math.abs((x - mu) / scale);
    return -z - 2 * Math.log1p(Math.exp(-z)) - Math.log(scale);
  }

  @Override
  public double cdf(double x) {
    return lower((x - mu) / scale);
  }

  @Override
  public double logCdf(double x) {
    return logLower((x - mu) / scale);
  }

  @Override
  public double survival(double x) {
    return lower((mu - x) / scale);
  }

  @Override
  public double logSurvival(double x) {
    return logLower((mu - x) / scale);
  }

  /** {@code 1 / (1 + exp(-z))} without cancellation in either tail. */
  private static double lower(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    double e = Math.exp(-Math.abs(z));
    return z >= 0 ? 1 / (1 + e) : e / (1 + e);
  }

  /** {@code -log(1 + exp(-z))}. */
  private static double logLower(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    double l = Math.log1p(Math.exp(-Math.abs(z)));
    return z >= 0 ? -l : z - l;
  }

  /** {@code mu + s log(p / (1 - p))}; {@code -inf} at 0 and {@code +inf} at 1. */
  @Override
  public double quantile(double p) {
    Arguments.probability("Logistic.quantile", "p", p);
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    return mu + scale * UnitInterval.logit(p);
  }

  /** {@code mu - s log(q / (1 - q))}. */
  @Override
  public double inverseSurvival(double q) {
    Arguments.probability("Logistic.inverseSurvival", "q", q);
    if (q == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (q == 1) {
      return Double.NEGATIVE_INFINITY;
    }
    return mu - scale * UnitInterval.logit(q);
  }

  @Override
  public double mean() {
    return mu;
  }

  /** {@code pi^2 s^2 / 3}. */
  @Override
  public double variance() {
    return Math.PI * Math.PI / 3 * scale * scale;
  }

  @Override
  public double skewness() {
    return 0;
  }

  /** Excess kurtosis 6/5. */
  @Override
  public double kurtosis() {
    return 1.2;
  }

  /** {@code log(s) + 2}. */
  @Override
  public double entropy() {
    return Math.log(scale) + 2;
  }

  @Override
  public Support support() {
    return Support.REAL_LINE;
  }

  /** Inversion of an open-interval uniform draw. */
  @Override
  public double sample(RandomGenerator rng) {
    return mu + scale * UnitInterval.logit(UnitInterval.openUniform(rng));
  }
}

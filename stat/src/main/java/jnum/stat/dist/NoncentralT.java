package jnum.stat.dist;

import java.util.random.RandomGenerator;
import jnum.stat.special.Beta;
import jnum.stat.special.Gamma;

/**
 * The noncentral t distribution with {@code df > 0} degrees of freedom and noncentrality
 * {@code delta}: the law of {@code (Z + delta) / sqrt(V / df)} with Z standard normal and V
 * chi-squared with df degrees of freedom, independent; support the real line.
 *
 * <p><b>cdf and survival.</b> Negative t reduce to positive t by the reflection
 * {@code P(T <= t; delta) = P(T >= -t; -delta)}. For {@code t >= 0}, with
 * {@code x = t^2 / (df + t^2)}, {@code b = df / 2} and {@code mu = delta^2 / 2}, Lenth's (1989,
 * AS 243) series
 * <pre>
 *   P(T <= t) = Phi(-delta) + 1/2 sum_j [p_j I_x(j + 1/2, b) + q_j I_x(j + 1, b)]
 *   P(T >  t) =               1/2 sum_j [p_j (1 - I_x(j + 1/2, b)) + q_j (1 - I_x(j + 1, b))]
 * </pre>
 * with {@code p_j = Pois(j; mu)} and {@code q_j = sign(delta) e^-mu mu^(j+1/2) / Gamma(j + 3/2)},
 * is summed from its largest term outward as Benton and Krishnamoorthy (2003) do, with the
 * incomplete beta functions advanced in their stable direction ({@link PoissonMixture}). The
 * survival sum is direct, never 1 minus the cdf. Where {@code delta < 0} the q terms are negative
 * and the survival sum would cancel; that tail (the upper tail against the sign of delta, and by
 * reflection the lower tail for delta > 0) is computed instead as the integral
 * {@code integral_0^inf Phi_c(t sqrt(v / df) - delta) chi2_df(v) dv} of a positive integrand, by
 * adaptive Gauss-Kronrod quadrature in {@code log v} around the integrand's peak and in log space,
 * so it keeps relative accuracy down to the smallest doubles.
 *
 * <p><b>Density.</b> The derivative of the same series, {@code 1/2 sum_j [p_j beta(x; j+1/2, b) +
 * q_j beta(x; j+1, b)] dx/dt} (beta densities), summed from its largest term; and where q is
 * negative, the integral {@code integral phi(t sqrt(v/df) - delta) sqrt(v/df) chi2_df(v) dv}.
 * {@code f(0) = Gamma((df+1)/2) / (sqrt(pi df) Gamma(df/2)) e^(-delta^2/2)}.
 *
 * <p><b>Quantiles</b> start from the Student t quantile shifted by delta and are finished by the
 * safeguarded Newton iteration on the log cdf (log survival above the median) of
 * {@link QuantilePolish}. <b>Sampling</b> is the definition, with the ziggurat normal and the
 * Marsaglia-Tsang gamma samplers. <b>Moments</b> from {@code E T^k = (df/2)^(k/2)
 * Gamma((df-k)/2) / Gamma(df/2) E (Z + delta)^k}; they do not exist for {@code df <= k} (mean NaN
 * for df <= 1, variance {@code +inf} for df <= 2, skewness NaN for df <= 3, kurtosis NaN for
 * df <= 4). The entropy is computed by quadrature of {@code -f log f} in {@code asinh(t - delta)}.
 *
 * @param df degrees of freedom, positive and finite
 * @param delta noncentrality, finite
 */
public record NoncentralT(double df, double delta) implements ContinuousDistribution {
  private static final String NAME = "NoncentralT";

  /** Validates the parameters. */
  public NoncentralT {
    Arguments.positive(NAME, "df", df);
    Arguments.finite(NAME, "delta", delta);
  }

  /** The p (offset 0, a = j + 1/2) or q (offset 1/2, a = j + 1) family at {@code t >= 0}. */
  private static final class Series implements PoissonMixture.Family {
    private final double x;
    private final double q1x;
    private final double b;
    private final double mu;
    private final double offset;
    private final double a0;

    Series(double x, double q1x, double b, double mu, boolean qFamily) {
      this.x = x;
      this.q1x = q1x;
      this.b = b;
      this.mu = mu;
      this.offset = qFamily ? 0.5 : 0;
      this.a0 = qFamily ? 1 : 0.5;
    }

    @Override
    public double weight(int j) {
      return GammaMath.poissonRaw(j + offset, mu);
    }

    @Override
    public double weightRatio(int j) {
      return mu / (j + offset + 1);
    }

    @Override
    public double function(int j, boolean upper) {
      double a = a0 + j;
      return upper ? Beta.regularizedComplement(x, a, b) : Beta.regularized(x, a, b);
    }

    /** {@code x^a (1-x)^b / (a B(a, b))} in log space. */
    private double logStep(double a) {
      return BetaMath.logDensity(a, b, x, q1x) + Math.log(x) + Math.log(q1x) - Math.log(a);
    }

    @Override
    public double step(int j) {
      return Math.exp(logStep(a0 + j));
    }

    @Override
    public double stepRatio(int j) {
      double a = a0 + j;
      return x * (a + b) / (a + 1);
    }

    @Override
    public double logTermBound(int j, boolean upper) {
      double a = a0 + j;
      double bound = 0;
      if (upper) {
        double rho = q1x * Math.max(1, (a + b) / (b + 1));
        if (rho < 1) {
          bound = logStep(a) + Math.log(a / b) - Math.log1p(-rho);
        }
      } else {
        double rho = x * Math.max(1, (a + b) / (a + 1));
        if (rho < 1) {
          bound = logStep(a) - Math.log1p(-rho);
        }
      }
      return GammaMath.logPoissonRaw(j + offset, mu) + Math.min(0, bound);
    }

    @Override
    public int guess(boolean upper) {
      // terms w_j h_j peak where mu x (j + b) ~ (j + 1)^2
      double c = mu * x;
      double u = 0.5 * (c + Math.sqrt(c * c + 4 * c * Math.max(0, b - 0.5)));
      double mode = Math.floor(mu);
      double g = upper ? Math.max(mode, u - 1) : Math.min(mode, u - 1);
      return (int) Math.min(Math.max(0, g), Integer.MAX_VALUE / 2);
    }
  }

  /** {@code x = t^2/(df + t^2)} and {@code 1 - x = df/(df + t^2)}, without cancellation. */
  private double[] betaArgument(double t) {
    double t2 = t * t;
    if (t2 == Double.POSITIVE_INFINITY) {
      return new double[] {1, 0};
    }
    double s = df + t2;
    return new double[] {t2 / s, df / s};
  }

  /** {@code P(T <= t)} for {@code t >= 0} and noncentrality d >= 0 (all terms positive). */
  private double lowerSeries(double t, double d) {
    double[] xq = betaArgument(t);
    double b = 0.5 * df;
    double mu = 0.5 * d * d;
    double sp = PoissonMixture.sum(new Series(xq[0], xq[1], b, mu, false), false);
    double sq = d == 0 ? 0 : PoissonMixture.sum(new Series(xq[0], xq[1], b, mu, true), false);
    return StandardNormal.cdf(-d, 0) + 0.5 * (sp + sq);
  }

  /** {@code P(T > t)} for {@code t >= 0} and noncentrality d >= 0 (all terms positive). */
  private double upperSeries(double t, double d) {
    double[] xq = betaArgument(t);
    double b = 0.5 * df;
    double mu = 0.5 * d * d;
    double sp = PoissonMixture.sum(new Series(xq[0], xq[1], b, mu, false), true);
    double sq = d == 0 ? 0 : PoissonMixture.sum(new Series(xq[0], xq[1], b, mu, true), true);
    return 0.5 * (sp + sq);
  }

  /**
   * {@code log P(T > t; d)} for {@code t >= 0}, {@code d < 0}: the logarithm of
   * {@code integral_0^inf Phi_c(t sqrt(v/df) - d) chi2_df(v) dv} (or, with {@code density}, of
   * the density integral {@code integral phi(t sqrt(v/df) - d) sqrt(v/df) chi2_df(v) dv}).
   */
  private double logUpperIntegral(double t, double d, boolean density) {
    java.util.function.DoubleUnaryOperator logIntegrand = w -> {
      double v = Math.exp(w);
      double r = Math.sqrt(v / df);
      double z = t * r - d;
      double lp = density ? StandardNormal.logPdf(z, 0) + Math.log(r) : StandardNormal.logSf(z, 0);
      return lp + GammaMath.logPdf(0.5 * df, 2, v) + w;
    };
    return LogIntegral.of(logIntegrand, Math.log(1e-300),
        Math.log(df + 60 * Math.sqrt(2 * df) + 1000));
  }

  @Override
  public double cdf(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    return t >= 0 ? lowerPositive(t, delta) : upperPositive(-t, -delta);
  }

  @Override
  public double survival(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    return t >= 0 ? upperPositive(t, delta) : lowerPositive(-t, -delta);
  }

  @Override
  public double logCdf(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    return t >= 0 ? Math.log(lowerPositive(t, delta)) : logUpper(-t, -delta);
  }

  @Override
  public double logSurvival(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    return t >= 0 ? logUpper(t, delta) : Math.log(lowerPositive(-t, -delta));
  }

  /** {@code P(T <= t; d)} for {@code t >= 0}. */
  private double lowerPositive(double t, double d) {
    if (t == Double.POSITIVE_INFINITY) {
      return 1;
    }
    if (d >= 0) {
      return Math.min(1, lowerSeries(t, d));
    }
    // d < 0: at least Phi(-d) > 1/2, so 1 - P(T > t) keeps full relative accuracy
    return 1 - upperPositive(t, d);
  }

  /** {@code P(T > t; d)} for {@code t >= 0}. */
  private double upperPositive(double t, double d) {
    if (t == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (d >= 0) {
      return Math.min(1, upperSeries(t, d));
    }
    return Math.exp(logUpperIntegral(t, d, false));
  }

  private double logUpper(double t, double d) {
    if (t == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    if (d >= 0) {
      double s = upperSeries(t, d);
      return s > 0.5 ? Math.log1p(-lowerSeries(t, d)) : Math.log(s);
    }
    return logUpperIntegral(t, d, false);
  }

  /** {@code f(0) = Gamma((df+1)/2) / (sqrt(pi df) Gamma(df/2)) e^(-delta^2/2)}, in logs. */
  private double logDensityAtZero() {
    double b = 0.5 * df;
    return Math.log(Chi.ratio(b)) - 0.5 * Math.log(Math.PI * df) - 0.5 * delta * delta;
  }

  @Override
  public double pdf(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    if (Math.abs(t) < 1e-150) {
      return Math.exp(logDensityAtZero());
    }
    return Math.exp(logPdf(t));
  }

  @Override
  public double logPdf(double t) {
    if (Double.isNaN(t)) {
      return t;
    }
    if (Double.isInfinite(t)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (Math.abs(t) < 1e-150) {
      return logDensityAtZero();
    }
    double a = Math.abs(t);
    double d = t > 0 ? delta : -delta;
    if (d < 0) {
      return logUpperIntegral(a, d, true);
    }
    return logDensitySeries(a, d);
  }

  /** {@code log f(t; d)} for {@code t > 0}, {@code d >= 0}: the positive density series. */
  private double logDensitySeries(double t, double d) {
    double[] xq = betaArgument(t);
    double x = xq[0];
    double q1x = xq[1];
    double b = 0.5 * df;
    double mu = 0.5 * d * d;
    // dx/dt = 2 t df / (df + t^2)^2 = 2 x (1 - x) / t
    double logJacobian = Math.log(2 * x) + Math.log(q1x) - Math.log(t);
    double lp = familyLogDensity(x, q1x, b, mu, 0, 0.5);
    double lq = d == 0 ? Double.NEGATIVE_INFINITY : familyLogDensity(x, q1x, b, mu, 0.5, 1);
    double hi = Math.max(lp, lq);
    double lo = Math.min(lp, lq);
    double sum = hi + Math.log1p(Math.exp(lo - hi));
    return Math.log(0.5) + sum + logJacobian;
  }

  /**
   * {@code log sum_j Pois(j + offset; mu) beta(x; a0 + j, b)}: summed from the largest term by
   * term ratios {@code mu / (j + offset + 1) x (a + b) / a} (log-concave in j).
   */
  private static double familyLogDensity(double x, double q1x, double b, double mu,
      double offset, double a0) {
    if (mu == 0) {
      return offset == 0 ? BetaMath.logDensity(a0, b, x, q1x) : Double.NEGATIVE_INFINITY;
    }
    // the largest term: ratio 1 near (j + 1)^2 = mu x (j + b)
    double c = mu * x;
    double u = 0.5 * (c + Math.sqrt(c * c + 4 * c * Math.max(0, b - 0.5)));
    int top = (int) Math.min(Math.max(0, Math.floor(u - 1)), Integer.MAX_VALUE / 2);
    double sum = PoissonMixture.relativeSum(top,
        j -> mu / (j + offset + 1) * (x * (a0 + j + b) / (a0 + j)));
    return GammaMath.logPoissonRaw(top + offset, mu) + BetaMath.logDensity(a0 + top, b, x, q1x)
        + Math.log(sum);
  }

  /** Student t quantile shifted by delta, polished by Newton steps on the log cdf. */
  @Override
  public double quantile(double p) {
    Arguments.probability("NoncentralT.quantile", "p", p);
    if (p == 0 || p == 1) {
      return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    double x0 = new StudentT(df).quantile(p) + delta;
    return QuantilePolish.quantile(this, p, x0);
  }

  /** Student t upper quantile shifted by delta, polished by Newton steps on the log survival. */
  @Override
  public double inverseSurvival(double q) {
    Arguments.probability("NoncentralT.inverseSurvival", "q", q);
    if (q == 0 || q == 1) {
      return q == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    double x0 = new StudentT(df).inverseSurvival(q) + delta;
    return QuantilePolish.inverseSurvival(this, q, x0);
  }

  /** {@code c = sqrt(df/2) Gamma((df-1)/2) / Gamma(df/2)}, the mean per unit delta (df > 1). */
  private double meanFactor() {
    return Math.sqrt(0.5 * df) / Chi.ratio(0.5 * (df - 1));
  }

  /** {@code delta sqrt(df/2) Gamma((df-1)/2) / Gamma(df/2)} for df > 1, else NaN. */
  @Override
  public double mean() {
    return df > 1 ? delta * meanFactor() : Double.NaN;
  }

  /**
   * {@code df (1 + delta^2) / (df - 2) - mean^2} for df > 2, else {@code +inf}; written as
   * {@code df/(df-2) + delta^2 df (1/2 + 2 s) / ((df - 2)(df - 3/2 + 2 s))} with
   * {@code s = R^2 - c + 1/4}, {@code c = (df-1)/2} ({@link Chi#ratioExcess}), free of the
   * cancellation of the direct form for large df.
   */
  @Override
  public double variance() {
    if (df <= 2) {
      return Double.POSITIVE_INFINITY;
    }
    double s = Chi.ratioExcess(0.5 * (df - 1));
    return df / (df - 2)
        + delta * delta * df * (0.5 + 2 * s) / ((df - 2) * (df - 1.5 + 2 * s));
  }

  /** From the raw moments (see the class comment), for df > 3; else NaN. */
  @Override
  public double skewness() {
    if (df <= 3) {
      return Double.NaN;
    }
    double m1 = mean();
    double v = variance();
    double m3 = rawThird();
    return (m3 - 3 * m1 * v - m1 * m1 * m1) / (v * Math.sqrt(v));
  }

  /** {@code E T^3 = (df/2)^(3/2) Gamma((df-3)/2) / Gamma(df/2) (3 delta + delta^3)}. */
  private double rawThird() {
    // Gamma((df-3)/2) / Gamma(df/2) = Gamma((df-1)/2) / Gamma(df/2) / ((df-3)/2)
    double g = 1 / Chi.ratio(0.5 * (df - 1)) / (0.5 * (df - 3));
    return Math.pow(0.5 * df, 1.5) * g * delta * (3 + delta * delta);
  }

  /** Excess kurtosis from the raw moments, for df > 4; else NaN. */
  @Override
  public double kurtosis() {
    if (df <= 4) {
      return Double.NaN;
    }
    double d2 = delta * delta;
    double m1 = mean();
    double m2 = df * (1 + d2) / (df - 2);
    double m3 = rawThird();
    double m4 = df * df * (d2 * d2 + 6 * d2 + 3) / ((df - 2) * (df - 4));
    double v = variance();
    double c4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 * m1 * m1 * m1;
    return c4 / (v * v) - 3;
  }

  /**
   * {@code -integral f log f} by Gauss-Kronrod quadrature in {@code w = asinh(t - delta)} over
   * [-W, W] in unit pieces, W from the tail exponent df (the integrand decays like
   * {@code e^(-df |w|)}).
   */
  @Override
  public double entropy() {
    double wmax = Math.min(700, 45 / Math.min(1, df) + 5);
    java.util.function.DoubleUnaryOperator h = w -> {
      double t = delta + Math.sinh(w);
      double lf = logPdf(t);
      return Double.isFinite(lf) ? -Math.exp(lf) * lf * Math.cosh(w) : 0;
    };
    double total = 0;
    for (double w = -wmax; w < wmax; w += 1) {
      total += GaussKronrod.integrate(h, w, Math.min(wmax, w + 1), 1e-14);
    }
    return total;
  }

  @Override
  public Support support() {
    return Support.REAL_LINE;
  }

  /** {@code (Z + delta) / sqrt(V / df)}. */
  @Override
  public double sample(RandomGenerator rng) {
    double z = ZigguratNormal.next(rng) + delta;
    double v = 2 * GammaSampler.next(rng, 0.5 * df);
    return z / Math.sqrt(v / df);
  }
}

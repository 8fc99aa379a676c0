package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

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
 *   P(T &lt;= t) = Phi(-delta) + 1/2 sum_j [p_j I_x(j + 1/2, b) + q_j I_x(j + 1, b)]
 *   P(T &gt;  t) =               1/2 sum_j [p_j (1 - I_x(j + 1/2, b)) + q_j (1 - I_x(j + 1, b))]
 * </pre>
 * with {@code p_j = Pois(j; mu)} and {@code q_j = sign(delta) e^-mu mu^(j+1/2) / Gamma(j + 3/2)},
 * is summed from its largest term outward as Benton and Krishnamoorthy (2003) do, with the
 * incomplete beta functions advanced in their stable direction ({@link PoissonMixture}). The
 * survival sum is direct, never 1 minus the cdf. Where {@code delta < 0} the q terms are negative
 * and the survival sum would cancel; that tail (the upper tail against the sign of delta, and by
 * reflection the lower tail for delta &gt; 0) is computed instead as the integral
 * {@code integral_0^inf Phi_c(t sqrt(v / df) - delta) chi2_df(v) dv} of a positive integrand whose
 * logarithm is concave in {@code log(t sqrt(v/df))}: fixed Gauss-Legendre panels around its peak,
 * in log space ({@link NoncentralTIntegral}), so it keeps relative accuracy down to the smallest
 * doubles and beyond in the log forms. There the tail series is not tried at all for
 * {@code delta^2/2 > 2}, where it is sure to cancel (see {@link #OPPOSITE_TAIL_SERIES_MAX_MU}), nor
 * the density series for {@code delta^2/2 > 50} (it would cost more); the same integral also takes the
 * upper tail on delta's side where its series underflows. On delta's side the series has
 * thousands of terms at large {@code mu}; for {@code delta^2/2 > 50} both tails there are integrals
 * too, the smaller one integrated and the other its complement: the upper tail as above and the
 * lower {@code integral Phi_c(|delta| - t sqrt(v/df)) chi2_df(v) dv}, whose log-integrand is unimodal
 * ({@link NoncentralTIntegral#logLowerTailAndDensity}), or, where its peak is beyond the normal
 * factor's cliff, that integral by parts in the normal variable
 * ({@link NoncentralTIntegral#logLowerTailByParts}).
 *
 * <p><b>Density.</b> The derivative of the same series, {@code 1/2 sum_j [p_j beta(x; j+1/2, b) +
 * q_j beta(x; j+1, b)] dx/dt} (beta densities), summed from its largest term; and where q is
 * negative, the integral {@code integral phi(t sqrt(v/df) - delta) sqrt(v/df) chi2_df(v) dv}.
 * {@code f(0) = Gamma((df+1)/2) / (sqrt(pi df) Gamma(df/2)) e^(-delta^2/2)}.
 *
 * <p><b>Quantiles</b> start from the normal approximation of Abramowitz and Stegun 26.7.10 (in the
 * body, for df of a few or more) or else the Student t quantile shifted by delta; where the tails
 * are integrals ({@code delta^2/2 > 50}) from the chi-squared quantile of
 * {@code delta / sqrt(V / df)}, corrected to {@code O(delta^-4)} for the spread of the normal
 * variable, on delta's side in the body, and in the far tails from the root of
 * Laplace's model of the integral corrected by its offset at one integration
 * ({@link NoncentralTIntegral#laplaceQuantile}); where the series gives the tails, from that
 * model's root alone in the far tail beyond delta on its side. They are finished by the safeguarded iteration on
 * the log cdf (log survival above the median) of {@link QuantilePolish}; where the tail is an
 * integral, each step takes the log tail, the log density and its elasticity from one integration
 * (Halley's steps). <b>Sampling</b> is the definition, with the ziggurat normal and the
 * Marsaglia-Tsang gamma samplers. <b>Moments</b> from {@code E T^k = (df/2)^(k/2)
 * Gamma((df-k)/2) / Gamma(df/2) E (Z + delta)^k}; they do not exist for {@code df <= k} (mean NaN
 * for df &lt;= 1, variance {@code +inf} for df &lt;= 2, skewness NaN for df &lt;= 3, kurtosis NaN for
 * df &lt;= 4). The entropy is computed by quadrature of {@code -f log f} in {@code asinh(t - delta)}.
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
        private final double lx;
        private final double l1x;
        private final double b;
        private final double mu;
        private final double offset;
        private final double a0;

        Series(double[] arg, double b, double mu, boolean qFamily) {
            this.x = arg[0];
            this.q1x = arg[1];
            this.lx = arg[2];
            this.l1x = arg[3];
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
        public PoissonMixture.TermRatio weightRatio() {
            return new PoissonMixture.TermRatio(mu, 0, offset + 1); // mu / (j + offset + 1)
        }

        /**
         * {@code I_x(a, b)} or {@code 1 - I_x(a, b)}; above x = 1/2 through {@code I_{1-x}(b, a)} with
         * the separately computed {@code 1 - x}, whose relative accuracy the rounded x has lost.
         */
        @Override
        public double function(int j, boolean upper) {
            double a = a0 + j;
            if (x <= 0.5) {
                return upper ? Special.betaincc(a, b, x) : Special.betainc(a, b, x);
            }
            return upper ? Special.betainc(b, a, q1x) : Special.betaincc(b, a, q1x);
        }

        /**
         * {@code x^a (1-x)^b / (a B(a, b))} in log space, from the accurate logarithms of x and 1 - x
         * (for df = 1e6 a rounded {@code 1 - x} would cost 1e-10 through {@code b log(1 - x)}).
         */
        private double logStep(double a) {
            return a * lx + b * l1x - Math.log(a) - Special.betaln(a, b);
        }

        @Override
        public double step(int j) {
            return Math.exp(logStep(a0 + j));
        }

        @Override
        public PoissonMixture.TermRatio stepRatio() {
            return new PoissonMixture.TermRatio(x * (a0 + b), x, a0 + 1); // x (a + b) / (a + 1), a = a0 + j
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

    /**
     * {@code {x, 1 - x, log x, log(1 - x)}} for {@code x = t^2/(df + t^2)}, each to full relative
     * accuracy: the smaller of x and 1 - x by its quotient, the logarithms through {@code log1p} of
     * {@code t^2/df} or {@code df/t^2} where the quotient is near 1; no overflow for huge t.
     */
    private double[] betaArgument(double t) {
        double r = df / t / t; // (1 - x) / x
        double u = t / df * t; // x / (1 - x)
        double x;
        double q1x;
        if (r >= 1) {
            x = u / (1 + u);
            q1x = 1 / (1 + u);
        } else {
            x = 1 / (1 + r);
            q1x = r / (1 + r);
        }
        double lx = -Math.log1p(r);
        double l1x = -Math.log1p(u);
        if (r == Double.POSITIVE_INFINITY) {
            lx = 2 * Math.log(t) - Math.log(df); // u is tiny here and t^2/df underflows in r's form
            l1x = -u;
        } else if (u == Double.POSITIVE_INFINITY) {
            l1x = Math.log(df) - 2 * Math.log(t);
            lx = -r;
        }
        return new double[] {x, q1x, lx, l1x};
    }

    /** {@code P(T <= t)} for {@code t >= 0} and noncentrality d &gt;= 0 (all terms positive). */
    private double lowerSeries(double t, double d) {
        double[] xq = betaArgument(t);
        double b = 0.5 * df;
        double mu = 0.5 * d * d;
        double sp = PoissonMixture.sum(new Series(xq, b, mu, false), false);
        double sq = d == 0 ? 0 : PoissonMixture.sum(new Series(xq, b, mu, true), false);
        return StandardNormal.cdf(-d, 0) + 0.5 * (sp + sq);
    }

    /**
     * {@code P(T > t)} for {@code t >= 0}: the direct series; NaN where d &lt; 0 and the negative q
     * family cancels more than 15/16 of the positive p family, or where {@code 1 - x} underflows.
     */
    private double upperSeries(double t, double d) {
        double[] xq = betaArgument(t);
        double b = 0.5 * df;
        double mu = 0.5 * d * d;
        if (beyondSeries(t) || d < 0 && mu > OPPOSITE_TAIL_SERIES_MAX_MU) {
            // 1 - x underflows (t^2 > 1e308 df): only the integral can resolve it; or the series
            // against the sign of d is sure to cancel beyond the 4 bits allowed below
            return Double.NaN;
        }
        double sp = PoissonMixture.sum(new Series(xq, b, mu, false), true);
        double sq = d == 0 ? 0 : PoissonMixture.sum(new Series(xq, b, mu, true), true);
        if (d < 0) {
            return sq <= 15.0 / 16 * sp ? 0.5 * (sp - sq) : Double.NaN;
        }
        return 0.5 * (sp + sq);
    }

    /**
     * {@code log P(T > t; d)} for {@code t > 0}, {@code d < 0}: the logarithm of
     * {@code integral_0^inf Phi_c(t sqrt(v/df) - d) chi2_df(v) dv} (or, with {@code density}, of
     * the density integral {@code integral phi(t sqrt(v/df) - d) sqrt(v/df) chi2_df(v) dv}).
     */
    private double logUpperIntegral(double t, double d, boolean density) {
        return NoncentralTIntegral.log(t, -d, df, density);
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
        return t >= 0 ? logLower(t, delta) : logUpper(-t, -delta);
    }

    @Override
    public double logSurvival(double t) {
        if (Double.isNaN(t)) {
            return t;
        }
        return t >= 0 ? logUpper(t, delta) : logLower(-t, -delta);
    }

    /** {@code P(T <= t; d)} for {@code t >= 0}. */
    private double lowerPositive(double t, double d) {
        if (t == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (t == 0) {
            return StandardNormal.cdf(-d, 0);
        }
        if (nearZero(t)) {
            return StandardNormal.cdf(-d, 0) + t * Math.exp(logDensityAtZero());
        }
        double[] own = ownSide(t, d, false);
        if (own != null) {
            return Math.exp(own[0]);
        }
        if (d >= 0 && !beyondSeries(t)) {
            return Math.min(1, lowerSeries(t, d));
        }
        // d < 0: at least Phi(-d) > 1/2, so 1 - P(T > t) keeps full relative accuracy; beyond the
        // series the lower tail is at least P(T <= 1e154), where the upper tail has long been
        // a power law with the exponent df and far from 1 (its integral keeps relative accuracy)
        return 1 - upperPositive(t, d);
    }

    /**
     * Whether {@code x = t^2 / (df + t^2)} underflows, so that the series cannot see t: there the
     * tails are {@code P(T <= 0) + f(0) t}, exact to {@code O(t^2)}.
     */
    private boolean nearZero(double t) {
        return t / df * t < Double.MIN_NORMAL;
    }

    /**
     * Whether {@code 1 - x = df / (df + t^2)} underflows, so that the series sees {@code x = 1} (all
     * its incomplete beta functions 1) and cannot tell t from infinity: there only the integral
     * resolves the tails.
     */
    private boolean beyondSeries(double t) {
        return df / t / t < Double.MIN_NORMAL;
    }

    /** {@code P(T > t; d)} for {@code t >= 0}. */
    private double upperPositive(double t, double d) {
        if (t == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (t == 0) {
            return StandardNormal.sf(-d, 0);
        }
        if (nearZero(t)) {
            return StandardNormal.sf(-d, 0) - t * Math.exp(logDensityAtZero());
        }
        double[] own = ownSide(t, d, true);
        if (own != null) {
            return Math.exp(own[0]);
        }
        double s = upperSeries(t, d);
        if (seriesUnresolved(s, d)) {
            return Math.exp(logUpperIntegral(t, d, false));
        }
        if (s > 0.5 && d >= 0 && !beyondSeries(t)) {
            // the upper series keeps only absolute accuracy near 1 (1e-8 at df 2.5e4, delta 7.2,
            // t = 3e-8); the lower tail is then the small one and gives the upper to full accuracy
            return 1 - Math.min(1, lowerSeries(t, d));
        }
        return Math.min(1, s);
    }

    /**
     * Whether the upper series value s leaves the tail to the integral: where it cancels (NaN) and
     * where it is below the normal range with the few bits its terms kept (the integral's logarithm
     * does not underflow; its log-integrand is concave on both sides of delta).
     */
    private static boolean seriesUnresolved(double s, double d) {
        return Double.isNaN(s) || s < SERIES_FLOOR;
    }

    /**
     * Against the sign of delta the density series is tried first only up to this {@code mu =
     * delta^2/2}: beyond it its range of terms costs more than the integral (about 10 us), which it
     * would mostly have to fall back to (the two families cancel), and the integral serves every t.
     */
    private static final double OPPOSITE_SERIES_MAX_MU = 50;

    /**
     * Against the sign of delta ({@code d = -a < 0}) the tail series is tried only up to this
     * {@code mu = a^2/2}: it is {@code (s_p - s_q) / 2} with {@code s_p = P(|X| > t)}, X the
     * variable {@code (Z + d) / sqrt(V / df)}, and given V the share of {@code X > t} in
     * {@code |X| > t} is {@code Phi_c(s + a) / (Phi_c(s + a) + Phi_c(s - a))}, {@code s = t
     * sqrt(V / df)}, which falls from {@code Phi(-a)} at s = 0 (the normal tail is log-concave); so
     * the tail is at most {@code Phi(-a) s_p}, below the {@code s_p / 32} that {@link #upperSeries}
     * requires once {@code a > 1.87}. From mu = 2 on ({@code Phi(-2) = 0.023}) the series would only
     * be summed to be rejected.
     */
    private static final double OPPOSITE_TAIL_SERIES_MAX_MU = 2;

    /** Below this the terms of the series are subnormal or nearly so. */
    private static final double SERIES_FLOOR = 0x1p-968;

    /** {@code log P(T <= t; d)} for {@code t >= 0}: in logs where the integral gives it. */
    private double logLower(double t, double d) {
        double[] own = t > 0 && t < Double.POSITIVE_INFINITY && !nearZero(t) ? ownSide(t, d, false) : null;
        if (own != null) {
            return own[0];
        }
        return Math.log(lowerPositive(t, d));
    }

    /**
     * On delta's side the series is summed only up to this {@code mu = delta^2/2}: its range of terms
     * grows like {@code sqrt(mu)} times the incomplete beta recurrences, while the integral costs the
     * same at every mu.
     */
    private static final double OWN_SERIES_MAX_MU = 50;

    /** Whether the tails at {@code t > 0} for noncentrality {@code d > 0} are the integrals. */
    private static boolean ownSideIntegral(double d) {
        return d > 0 && 0.5 * d * d > OWN_SERIES_MAX_MU;
    }

    /**
     * {@code {log tail, log f(t)}} for {@code 0 < t < inf} and {@code d > 0} ({@link #ownSideIntegral}),
     * the tail {@code P(T > t)} if {@code upper}, else {@code P(T <= t)}: the smaller tail by its
     * integral (the lower by {@link NoncentralTIntegral#logLowerTailAndDensity}, the upper with the
     * normal factor {@code Phi_c(t r - d)}, log-concave), the larger as its complement. The first
     * integral tried is the tail on the side of d where t is (the median is near d), unless above d
     * the chi-squared factor alone puts the lower tail below 1/2 ({@link #lowerTailLikelySmall}: at
     * tiny df the median is far above d); near the median it may be the larger, and the other is
     * integrated too. Where the lower integral declines (see
     * {@link NoncentralTIntegral#logLowerTailAndDensity}) the lower tail is integrated by parts in
     * the normal variable ({@link NoncentralTIntegral#logLowerTailByParts}). Null where the
     * integrals do not apply (mu at most {@link #OWN_SERIES_MAX_MU}): the series then.
     */
    private double[] ownSide(double t, double d, boolean upper) {
        if (!ownSideIntegral(d)) {
            return null;
        }
        double[] up = t > d && !lowerTailLikelySmall(t, d) ? NoncentralTIntegral.logTailAndDensity(t, -d, df) : null;
        if (up != null && up[0] <= -Constants.LN_2) {
            return upper ? up : complement(up);
        }
        double[] low = NoncentralTIntegral.logLowerTailAndDensity(t, d, df);
        if (low == null) {
            low = NoncentralTIntegral.logLowerTailByParts(t, d, df);
        }
        if (low[0] <= -Constants.LN_2) {
            return upper ? complement(low) : low;
        }
        if (up == null) {
            up = NoncentralTIntegral.logTailAndDensity(t, -d, df);
        }
        // both tails near 1/2 or the upper the smaller: either complement is accurate
        return upper ? up : complement(up);
    }

    /**
     * Whether {@code P(T <= t; d)} is likely below 1/2 for {@code t > d > 0}: from {@code P(T <= t)
     * ~ P(V >= df d^2 / t^2)}, the normal variable's unit spread neglected against d (at least 10
     * here), the chi-squared survival function from its leading power below 1/2. At tiny df the
     * median of T is far beyond d (1e98 at df = 3e-3, delta = 400), and there the lower tail is the
     * one to integrate first; the guess only orders the integrals, both of which are accurate.
     */
    private boolean lowerTailLikelySmall(double t, double d) {
        double a = 0.5 * df;
        double logX = Math.log(a) + 2 * (Math.log(d) - Math.log(t));
        double survival = logX < -Constants.LN_2
                ? -Math.expm1(a * logX - Special.gammaln1p(a))
                : Special.gammaincc(a, Math.exp(logX));
        return survival < 0.5;
    }

    /** The joint evaluation {@code {log tail, log f, t f'/f}} with the tail replaced by its complement. */
    private static double[] complement(double[] tail) {
        return new double[] {Math.log1p(-Math.exp(tail[0])), tail[1], tail[2]};
    }

    private double logUpper(double t, double d) {
        if (t == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (t == 0) {
            return StandardNormal.logSf(-d, 0);
        }
        if (nearZero(t)) {
            double at0 = StandardNormal.logSf(-d, 0);
            return at0 + Math.log1p(-Math.exp(Math.log(t) + logDensityAtZero() - at0));
        }
        double[] own = ownSide(t, d, true);
        if (own != null) {
            return own[0];
        }
        double s = upperSeries(t, d);
        if (seriesUnresolved(s, d)) {
            return logUpperIntegral(t, d, false);
        }
        return s > 0.5 && d >= 0 ? Math.log1p(-lowerSeries(t, d)) : Math.log(s);
    }

    /**
     * {@code f(0) = Gamma((df+1)/2) / (sqrt(pi df) Gamma(df/2)) e^(-delta^2/2)}, in logs; the same for
     * the reflected noncentrality -delta.
     */
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
        double series = logDensitySeries(a, d);
        // NaN: the two families cancel (d < 0) beyond 4 bits; the positive integral instead
        return Double.isNaN(series) ? logUpperIntegral(a, d, true) : series;
    }

    /**
     * {@code log f(t; d)} for {@code t > 0}: the density series, or NaN where d &lt; 0 and the negative
     * q family cancels more than 15/16 of the positive p family (more than 4 bits lost).
     */
    private double logDensitySeries(double t, double d) {
        double[] xq = betaArgument(t);
        double b = 0.5 * df;
        double mu = 0.5 * d * d;
        if (d < 0 && mu > OPPOSITE_SERIES_MAX_MU) {
            return Double.NaN;
        }
        // dx/dt = 2 t df / (df + t^2)^2 = 2 x (1 - x) / t
        double logJacobian = Constants.LN_2 + xq[2] + xq[3] - Math.log(t);
        double lp = familyLogDensity(xq, b, mu, 0, 0.5);
        double lq = d == 0 ? Double.NEGATIVE_INFINITY : familyLogDensity(xq, b, mu, 0.5, 1);
        double sum;
        if (d >= 0) {
            double hi = Math.max(lp, lq);
            double lo = Math.min(lp, lq);
            sum = hi + Math.log1p(Math.exp(lo - hi));
        } else {
            if (!(lq < lp + Math.log(15.0 / 16))) {
                return Double.NaN;
            }
            sum = lp + Math.log1p(-Math.exp(lq - lp));
        }
        return Math.log(0.5) + sum + logJacobian;
    }

    /**
     * {@code log sum_j Pois(j + offset; mu) beta(x; a0 + j, b)}: summed from the largest term by
     * term ratios {@code mu / (j + offset + 1) x (a + b) / a} (log-concave in j).
     */
    private static double familyLogDensity(double[] xq, double b, double mu, double offset, double a0) {
        double x = xq[0];
        if (mu == 0) {
            return offset == 0 ? logBetaDensity(a0, b, xq) : Double.NEGATIVE_INFINITY;
        }
        // the largest term: ratio 1 near (j + 1)^2 = mu x (j + b)
        double c = mu * x;
        double u = 0.5 * (c + Math.sqrt(c * c + 4 * c * Math.max(0, b - 0.5)));
        int top = (int) Math.min(Math.max(0, Math.floor(u - 1)), Integer.MAX_VALUE / 2);
        double sum = PoissonMixture.relativeSum(top, j -> mu / (j + offset + 1) * (x * (a0 + j + b) / (a0 + j)));
        return GammaMath.logPoissonRaw(top + offset, mu) + logBetaDensity(a0 + top, b, xq) + Math.log(sum);
    }

    /** The Beta(a, b) log-density at x from the accurate {@code log x} and {@code log(1 - x)}. */
    private static double logBetaDensity(double a, double b, double[] xq) {
        return (a - 1) * xq[2] + (b - 1) * xq[3] - Special.betaln(a, b);
    }

    /** A normal approximation or the shifted Student t quantile, polished by Newton steps on the log cdf. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        boolean positive = p > StandardNormal.cdf(-delta, 0);
        double x0 = normalApproximation(StandardNormal.quantile(p));
        boolean body = !Double.isNaN(x0) && Math.min(p, 1 - p) >= BODY;
        if (Double.isNaN(x0)) {
            x0 = new StudentT(df).quantile(p) + delta;
        }
        x0 = onSideOfZero(x0, positive);
        double start =
                p <= 0.5 ? integralStart(p, false, positive, x0, body) : integralStart(1 - p, true, positive, x0, body);
        if (Double.isInfinite(start)) {
            return start;
        }
        return QuantilePolish.quantile(this, p, Double.isNaN(start) ? x0 : start, positive, this::logTailAndDensity);
    }

    /** As {@link #quantile}, polished by Newton steps on the log survival. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        if (q == 0 || q == 1) {
            return q == 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        boolean positive = q < StandardNormal.sf(-delta, 0);
        double x0 = normalApproximation(StandardNormal.inverseSf(q));
        boolean body = !Double.isNaN(x0) && Math.min(q, 1 - q) >= BODY;
        if (Double.isNaN(x0)) {
            x0 = new StudentT(df).inverseSurvival(q) + delta;
        }
        x0 = onSideOfZero(x0, positive);
        double start =
                q <= 0.5 ? integralStart(q, true, positive, x0, body) : integralStart(1 - q, false, positive, x0, body);
        if (Double.isInfinite(start)) {
            return start;
        }
        return QuantilePolish.inverseSurvival(
                this, q, Double.isNaN(start) ? x0 : start, positive, this::logTailAndDensity);
    }

    /**
     * Above this tail probability the normal approximation, where it exists, is the start unless
     * the tails are integrals (then the corrected chi-squared start, {@link #logChiStart}): in the
     * body it is within a few percent of the quantile, closer than Laplace's model of the integral,
     * whose peak is not yet Gaussian there.
     */
    private static final double BODY = 1e-3;

    /**
     * The start of the quantile iteration where the tails are integrals ({@code delta^2/2 >}
     * {@link #OWN_SERIES_MAX_MU}). On delta's side {@code T ~ delta / sqrt(V / df)} for large
     * |delta|, whose quantile is a chi-squared quantile: the start in the body, and the model's
     * start in the tails. There, the root of Laplace's approximation of the integral
     * ({@link NoncentralTIntegral#laplaceQuantile}), then, with the model's offset from one
     * evaluation of the integral there, the root of the corrected model, which is within the
     * change of that offset (nearly constant in t) of the quantile. {@code target} is the tail
     * (the survival function if {@code upper}, else the cdf) at most 1/2 and x0 the start
     * otherwise; in the {@code body} only the chi-squared start is tried. Where the series gives
     * the tails (mu at most {@link #OWN_SERIES_MAX_MU}) the model's root is the start in the tail
     * beyond delta on its side, uncorrected (no integral to measure its offset with). NaN where
     * the model does not apply or has no root; infinite where the tail at the largest double is
     * still beyond the target (the quantile is beyond the doubles).
     */
    private double integralStart(double target, boolean upper, boolean positive, double x0, boolean body) {
        double d = positive ? delta : -delta; // the tail at x = +-t in terms of t > 0
        boolean tailUpper = positive == upper; // P(T > t; d), else P(T <= t; d)
        boolean integrals = 0.5 * delta * delta > OWN_SERIES_MAX_MU;
        // with the series, the model's root alone in the tail beyond delta (df 705, delta 7.5: 6e-7
        // off at 5e-117, where the normal approximation was 6% off and took four series evaluations)
        boolean seriesTail = tailUpper && d > 0 && target < BODY;
        if (!(integrals || seriesTail) || !tailUpper && d <= 0 || x0 == 0 || Double.isNaN(x0)) {
            return Double.NaN;
        }
        int side = tailUpper ? 1 : -1;
        double a = tailUpper ? -d : d;
        double logTarget = Math.log(target);
        double t0 = Math.min(Math.abs(x0), Double.MAX_VALUE);
        if (d > 0) {
            double tc = Math.exp(Math.log(d) + 0.5 * (Math.log(df) - logChiStart(target, tailUpper, d)));
            if (tc > 0 && tc < Double.POSITIVE_INFINITY) {
                if (target >= BODY) {
                    return positive ? tc : -tc; // in the body closer than the model
                }
                t0 = tc;
            }
        }
        if (body) {
            return Double.NaN;
        }
        double t = NoncentralTIntegral.laplaceQuantile(logTarget, 0, t0, a, df, side);
        if (!(t > 0 && t < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        if (t > 0.5 * Double.MAX_VALUE) {
            t = Double.MAX_VALUE; // the model's root is at the end of its range: test that end
        }
        double x = positive ? t : -t;
        double[] at = logTailAndDensity(x, upper);
        if (at == null || !Double.isFinite(at[0])) {
            return x;
        }
        if (t == Double.MAX_VALUE && tailUpper && at[0] > logTarget) {
            return positive ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double corrected = NoncentralTIntegral.laplaceQuantile(logTarget, at[0] - logTarget, t, a, df, side);
        return corrected > 0 && corrected < Double.POSITIVE_INFINITY ? (positive ? corrected : -corrected) : x;
    }

    /**
     * {@code log v} for the start {@code t = d sqrt(df / v)}: the chi-squared quantile of
     * {@link #logChiQuantile}, {@code s* = log v*}, corrected for the normal variable's unit spread.
     * The tail is {@code E G(s* + w)}, {@code G(s) = F(e^s)} with F the chi-squared cdf and
     * {@code w = 2 log(1 + Z/d)}, whose moments are {@code E w = -1/d^2 - 3/(2 d^4)},
     * {@code E w^2 = 4/d^2 + 11/d^4}, {@code E w^3 = -36/d^4}, {@code E w^4 = 48/d^4} to
     * {@code O(d^-6)}; the derivatives of G are {@code phi = v f(v)} times 1, b, {@code b^2 - c},
     * {@code b^3 - 3 b c - c} ({@code b = df/2 - v/2}, {@code c = v/2}). Taylor's series in w and
     * one reversion give {@code s = s* - k2/d^2 - k4/d^4}. The start is then within
     * {@code O(d^-6)} of the quantile in log v (df 10, delta 40, p 0.3: 1.4e-8 of t, where v* alone
     * gave 9e-4 and the normal approximation 6e-3; df 1.5e-3, delta 36.5, p 0.6: 1.6e-12 in the log
     * tail, where v* alone gave 5.6e-7, more than one Halley step in a tail that flat may be trusted
     * to remove), close enough for the first step of the iteration to be its last.
     */
    private double logChiStart(double target, boolean lower, double d) {
        double logV = logChiQuantile(target, lower);
        double c = 0.5 * Math.exp(logV);
        double b = 0.5 * df - c;
        double k2 = 2 * b - 1;
        double k4 = -1.5 + 5.5 * b - 6 * (b * b - c) + 2 * (b * b * b - 3 * b * c - c) - 0.5 * b * k2 * k2 + 2 * c * k2;
        double inv = 1 / (d * d);
        double shift = inv * (k2 + inv * k4);
        // a series in b / d^2 and c / d^2: beyond its reach (df of 1e5 and more against d near 10)
        // the uncorrected quantile
        return Math.abs(inv * k2) <= SPREAD_REACH && Math.abs(inv * inv * k4) <= SPREAD_REACH ? logV - shift : logV;
    }

    /** The largest terms of {@link #logChiStart}'s correction taken (a tenth of a unit of log v). */
    private static final double SPREAD_REACH = 0.1;

    /**
     * {@code log v} for the chi-squared variable V with df degrees of freedom and {@code P(V <= v) =
     * target} (or {@code P(V > v)} if not {@code lower}); where v is below the normal range (df near
     * 1e-3 puts the median near 1e-400), from {@code P(V <= v) ~ (v/2)^a / Gamma(a + 1)},
     * {@code a = df/2}, which holds to {@code O(v)}.
     */
    private double logChiQuantile(double target, boolean lower) {
        ChiSquared chi = new ChiSquared(df);
        double v = lower ? chi.quantile(target) : chi.inverseSurvival(target);
        if (v >= Double.MIN_NORMAL) {
            return Math.log(v);
        }
        double a = 0.5 * df;
        double logBelow = lower ? Math.log(target) : Math.log1p(-target);
        return Constants.LN_2 + (logBelow + Special.gammaln(a + 1)) / a;
    }

    /**
     * {@code {log tail, log pdf, x pdf'/pdf}} at x for the quantile iteration where the tail (the survival
     * function if {@code upper}, else the cdf) is the integral against the sign of delta: one
     * integration gives both ({@link NoncentralTIntegral#logTailAndDensity}), where separate calls
     * would integrate twice. Null elsewhere (the iteration then calls the tail and the density).
     */
    private double[] logTailAndDensity(double x, boolean upper) {
        double t = upper ? x : -x;
        double d = upper ? delta : -delta;
        double a = Math.abs(t);
        if (a > 0 && a < Double.POSITIVE_INFINITY && !nearZero(a) && ownSideIntegral(t > 0 ? d : -d)) {
            // the tail P(T > t; d) for t > 0, or by reflection P(T <= -t; -d) for t < 0
            return ownSide(a, t > 0 ? d : -d, t > 0);
        }
        if (!(t > 0 && d < 0) || t == Double.POSITIVE_INFINITY || nearZero(t)) {
            return null;
        }
        double s = upperSeries(t, d);
        if (!seriesUnresolved(s, d)) {
            return null;
        }
        return NoncentralTIntegral.logTailAndDensity(t, -d, df);
    }

    /**
     * The t with {@code (t c - delta) / sqrt(1 + t^2 / (2 df)) = z}, {@code c = 1 - 1/(4 df)}: the
     * normal approximation {@code P(T <= t) ~ Phi(z)} of Abramowitz and Stegun 26.7.10 (from
     * {@code Z + delta - t sqrt(V/df)} nearly normal), solved as a quadratic in t; NaN where it has
     * no such root (small df or |z| beyond {@code c sqrt(2 df)}). Within a few percent of the
     * quantile in the body for df of a few or more, so that Newton needs three or four steps.
     */
    private double normalApproximation(double z) {
        double c = 1 - 0.25 / df;
        double a = c * c - z * z / (2 * df);
        if (!(c > 0 && a > 0 && Double.isFinite(z))) {
            return Double.NaN;
        }
        double disc = c * c * delta * delta - a * (delta * delta - z * z);
        if (!(disc >= 0)) {
            return Double.NaN;
        }
        double t = (c * delta + Math.copySign(Math.sqrt(disc), z)) / a;
        return Double.isFinite(t) ? t : Double.NaN;
    }

    /**
     * The start {@code x0} if it lies on the side of 0 where the quantile is ({@code positive},
     * known from {@code cdf(0) = Phi(-delta)}), else {@code |delta| / 2} on that side: with a small df
     * the shifted Student t quantile can be beyond the largest double while the quantile is near 0,
     * and the polish would spend its steps coming back through the heavy tail.
     */
    private double onSideOfZero(double x0, boolean positive) {
        double half = 0.5 * Math.abs(delta);
        if (positive == x0 > 0 && x0 != 0 || half == 0) {
            return x0;
        }
        return positive ? half : -half;
    }

    /** {@code c = sqrt(df/2) Gamma((df-1)/2) / Gamma(df/2)}, the mean per unit delta (df &gt; 1). */
    private double meanFactor() {
        return Math.sqrt(0.5 * df) / Chi.ratio(0.5 * (df - 1));
    }

    /** {@code delta sqrt(df/2) Gamma((df-1)/2) / Gamma(df/2)} for df &gt; 1, else NaN. */
    @Override
    public double mean() {
        return df > 1 ? delta * meanFactor() : Double.NaN;
    }

    /**
     * {@code df (1 + delta^2) / (df - 2) - mean^2} for df &gt; 2, else {@code +inf}; written as
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
        return df / (df - 2) + delta * delta * df * (0.5 + 2 * s) / ((df - 2) * (df - 1.5 + 2 * s));
    }

    /** From the raw moments (see the class comment), for df &gt; 3; else NaN. */
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

    /** Excess kurtosis from the raw moments, for df &gt; 4; else NaN. */
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
     * [-W, W] in pieces of width 4, W from the tail exponent df (the integrand decays like
     * {@code e^(-df |w|)}).
     */
    @Override
    public double entropy() {
        double wmax = Math.min(700, 40 / Math.min(1, df) + 8);
        java.util.function.DoubleUnaryOperator h = w -> {
            double t = delta + Math.sinh(w);
            double lf = logPdf(t);
            return Double.isFinite(lf) ? -Math.exp(lf) * lf * Math.cosh(w) : 0;
        };
        double total = 0;
        for (double w = -wmax; w < wmax; w += 4) {
            total += GaussKronrod.integrate(h, w, Math.min(wmax, w + 4), 2e-14, 1e-17);
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
        Arguments.rng(rng);
        double z = ZigguratNormal.next(rng) + delta;
        double v = 2 * GammaSampler.next(rng, 0.5 * df);
        return z / Math.sqrt(v / df);
    }
}

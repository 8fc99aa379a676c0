package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The noncentral chi-squared distribution with {@code k > 0} degrees of freedom and
 * noncentrality {@code lambda >= 0}: the law of {@code sum (Z_i + m_i)^2} with
 * {@code sum m_i^2 = lambda} for integer k, and in general the Poisson mixture
 * {@code sum_j Pois(j; lambda/2) chi2_{k + 2j}}. With {@code lambda = 0} it is the central
 * chi-squared distribution.
 *
 * <p>With {@code a_j = k/2 + j}, {@code y = x/2} and {@code w_j = Pois(j; lambda/2)}:
 * {@code cdf = sum w_j P(a_j, y)} and {@code survival = sum w_j Q(a_j, y)}, each summed directly
 * (never one as 1 minus the other) outward from the largest term by {@link PoissonMixture} (Ding
 * 1992; Benton and Krishnamoorthy 2003), the regularized incomplete gamma functions advanced in
 * their stable direction. The density is the same mixture of gamma densities, summed from its
 * largest term with term ratios, in log space for {@code logPdf}, where that term's index m is
 * below 100; from there on (large {@code lambda x}) it is the Bessel form with Debye's uniform
 * expansion of {@code I_nu} instead, at most eleven terms where the series would need some
 * {@code 20 sqrt(m)}, with its exponent written as two of Loader's deviances. Where Chernoff's bound
 * puts the survival function below the smallest double (or below half an ulp of 1 for the cdf),
 * the answer is returned without summing. {@code logCdf} and {@code logSurvival} are the
 * logarithms of those sums, or where a sum underflows the same sums in units of their largest term
 * (and far in the upper tail Laplace's expansion of the tail integral of the Bessel form).
 *
 * <p>The tail sums have some {@code 20 sqrt(lambda/2)} terms. From lambda = 2000 on (and where
 * the density's series peaks at index 200 or more), the tails are instead integrals of the
 * Bessel-form density from x outward, by a composite Gauss-Legendre rule in units of the density's
 * local scale ({@link LogConcaveTail}): 60 to 100 log densities whatever lambda, k or the depth of
 * the tail, and the log tail directly where the tail underflows. The tail on x's side of the
 * median is integrated and the other one is its complement. Beyond lambda near 1e31 the standard
 * deviation is below an ulp of the mean and the tails are steps at double resolution (their
 * condition number {@code x f / T} exceeds 1/eps).
 *
 * <p>Quantiles start from Patnaik's (1949) scaled chi-squared approximation
 * ({@code c chi2_nu} with {@code c = (k + 2 lambda)/(k + lambda)},
 * {@code nu = (k + lambda)^2 / (k + 2 lambda)}), or at large noncentrality, where the skewness
 * times the normal point is small, from Cornish and Fisher's expansion in the first six
 * cumulants; in a far tail of the Bessel regime moved by
 * cheap Newton steps to the root of Laplace's approximation of the log tail, and are finished by
 * the safeguarded Newton iteration on the log cdf (or log survival above the median) of {@link
 * QuantilePolish}.
 * Sampling: {@code chi2_{k-1} + (Z + sqrt(lambda))^2} for {@code k >= 1}, and for
 * {@code k < 1} the Poisson mixture {@code chi2_{k + 2N}}, {@code N ~ Poisson(lambda / 2)}.
 * The entropy has no closed form and is computed by adaptive Gauss-Kronrod quadrature of
 * {@code -f log f}, or at large noncentrality by a fixed rule around the mean.
 *
 * @param k degrees of freedom, positive and finite
 * @param lambda noncentrality, non-negative and finite
 */
public record NoncentralChiSquared(double k, double lambda) implements ContinuousDistribution {
    private static final String NAME = "NoncentralChiSquared";

    /**
     * From this noncentrality on the entropy is a fixed rule around the mean ({@link
     * #nearNormalEntropy}); below, the adaptive rule is already fast.
     */
    private static final double NEAR_NORMAL_ENTROPY_MIN_LAMBDA = 1e4;

    /** Doublings of the entropy's pieces beyond 64 standard deviations at most (2^70 sd). */
    private static final int ENTROPY_MAX_DOUBLINGS = 64;

    /** Half the width, in standard deviations, of the fixed rule. */
    private static final double NEAR_NORMAL_HALF_WIDTH = 10.5;

    private static final int NEAR_NORMAL_PANELS = 7;

    /**
     * From this index of the largest term of the density's Poisson series on, the density is the
     * Bessel form with Debye's expansion ({@link #logPdfBessel}); below, the series has at most a
     * few hundred terms.
     */
    private static final double DEBYE_MIN_PEAK = 100;

    /**
     * From this noncentrality on, the tails at points where the density's Poisson series peaks at
     * index {@value #QUADRATURE_MIN_PEAK} or more are integrals of the Bessel-form density ({@link
     * #logTailQuadrature}), some 60 to 100 log densities (5 to 10 microseconds); below, the Poisson
     * sums of the tails have at most some {@code 20 sqrt(lambda/2)}, 600, terms, and measured no
     * slower (about 7 microseconds at lambda = 400, 17 at lambda = 4000).
     */
    private static final double QUADRATURE_MIN_LAMBDA = 2000;

    /** The smallest peak index m(x) at which a tail is integrated ({@link #tailByQuadrature}). */
    private static final double QUADRATURE_MIN_PEAK = 200;

    /**
     * The lower tail is integrated down to the point where the peak index is this (the Bessel form
     * holds above it); the probability below it, if not negligible, is the Poisson sum there.
     */
    private static final double QUADRATURE_CUT_PEAK = 101;

    /** Newton steps on the far tail's Laplace approximation for a quantile's start. */
    private static final int FAR_TAIL_START_STEPS = 10;

    /**
     * From this noncentrality on quantiles start from Cornish-Fisher's expansion ({@link
     * #cornishFisher}); below, each tail sum has at most some {@code 20 sqrt(lambda/2)} terms.
     */
    private static final double CORNISH_FISHER_MIN_LAMBDA = 1000;

    /** The largest {@code skewness max(1, |z|)} at which Cornish-Fisher's expansion is used. */
    private static final double CORNISH_FISHER_MAX_RATIO = 0.2;

    private static final double[][] NEAR_NORMAL_RULE = Special.rootsLegendre(16);
    private static final double[] NEAR_NORMAL_NODE = NEAR_NORMAL_RULE[0];
    private static final double[] NEAR_NORMAL_WEIGHT = NEAR_NORMAL_RULE[1];

    /** Validates the parameters. */
    public NoncentralChiSquared {
        Arguments.positive(NAME, "k", k);
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(NAME + ": lambda = " + lambda + " must be non-negative and finite");
        }
    }

    /** The Poisson-weighted incomplete gamma series at y = x/2. */
    private final class Series implements PoissonMixture.Family {
        private final double y;
        private final double mu = 0.5 * lambda;
        private final double a0 = 0.5 * k;

        Series(double y) {
            this.y = y;
        }

        @Override
        public double weight(int j) {
            return GammaMath.poissonRaw(j, mu);
        }

        @Override
        public PoissonMixture.TermRatio weightRatio() {
            return new PoissonMixture.TermRatio(mu, 0, 1); // mu / (j + 1)
        }

        @Override
        public double function(int j, boolean upper) {
            double a = a0 + j;
            return upper ? Special.gammaincc(a, y) : Special.gammainc(a, y);
        }

        @Override
        public double step(int j) {
            return GammaMath.poissonRaw(a0 + j, y); // y^a e^-y / Gamma(a + 1)
        }

        @Override
        public PoissonMixture.TermRatio stepRatio() {
            return new PoissonMixture.TermRatio(y, 0, a0 + 1); // y / (a0 + j + 1)
        }

        @Override
        public double logWeight(int j) {
            return GammaMath.logPoissonRaw(j, mu);
        }

        @Override
        public double logStep(int j) {
            return GammaMath.logPoissonRaw(a0 + j, y);
        }

        @Override
        public double logFunction(int j, boolean upper) {
            double a = a0 + j;
            return upper ? Special.loggammaincc(a, y) : Special.loggammainc(a, y);
        }

        @Override
        public double logTermBound(int j, boolean upper) {
            double a = a0 + j;
            double bound;
            if (upper) {
                // Gamma(a, y) <= y^(a-1) e^-y max(1, y / (y - a + 1)) for y > a - 1
                bound = y > a - 1
                        ? Math.log(a / y) + GammaMath.logPoissonRaw(a, y) + Math.max(0, Math.log(y / (y - a + 1)))
                        : 0;
            } else {
                // Kummer's series: P(a, y) <= y^a e^-y / Gamma(a + 1) (a + 1) / (a + 1 - y) for y < a + 1
                bound = y < a + 1 ? GammaMath.logPoissonRaw(a, y) + Math.log((a + 1) / (a + 1 - y)) : 0;
            }
            return GammaMath.logPoissonRaw(j, mu) + Math.min(0, bound);
        }

        @Override
        public int guess(boolean upper) {
            // the largest term of the density series: (j + 1)(a0 + j + 1) = mu y
            double b = a0 + 2;
            double c = a0 + 1 - mu * y;
            double j = 0.5 * (-b + Math.sqrt(b * b - 4 * c));
            double mode = Math.floor(mu);
            double g = upper ? Math.max(mode, j) : Math.min(mode, j);
            return (int) Math.min(Math.max(0, g), Integer.MAX_VALUE / 2);
        }
    }

    @Override
    public double pdf(double x) {
        if (!(x > 0)) {
            if (x == 0) {
                return k < 2 ? Double.POSITIVE_INFINITY : k == 2 ? 0.5 * Math.exp(-0.5 * lambda) : 0;
            }
            return Double.isNaN(x) ? x : 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (lambda == 0) {
            return GammaMath.pdf(0.5 * k, 2, x);
        }
        double bessel = logPdfBessel(x);
        if (!Double.isNaN(bessel)) {
            return Math.exp(bessel);
        }
        double[] scaled = densitySeries(x);
        double lead = GammaMath.poissonRaw(scaled[0], 0.5 * lambda) * GammaMath.pdf(0.5 * k + scaled[0], 2, x);
        if (lead > 0 && lead >= Double.MIN_NORMAL) {
            return lead * scaled[1];
        }
        return Math.exp(logLead(x, (int) scaled[0]) + Math.log(scaled[1]));
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0)) {
            return x == 0 ? Math.log(pdf(0)) : Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (lambda == 0) {
            return GammaMath.logPdf(0.5 * k, 2, x);
        }
        double bessel = logPdfBessel(x);
        if (!Double.isNaN(bessel)) {
            return bessel;
        }
        double[] scaled = densitySeries(x);
        return logLead(x, (int) scaled[0]) + Math.log(scaled[1]);
    }

    /**
     * Whether x is far enough out for Laplace's expansion of the log survival function ({@link
     * #logSurvivalAsymptotic}): {@code z = sqrt(lambda x) >= 1000} and {@code z >= 64 nu^2},
     * {@code nu = k/2 - 1}, where the log density's slope is {@code -(1 - sqrt(lambda/x))/2 +
     * (2 nu - 1)/(4x)} to {@code O(x^-2)} (Hankel's expansion of {@code I_nu}, its terms falling by
     * a factor of at least 40).
     */
    private boolean hankelRegime(double x) {
        double nu = 0.5 * k - 1;
        double z = Math.sqrt(lambda) * Math.sqrt(x);
        return z >= 1000 && z >= 64 * nu * nu;
    }

    /** {@code R = sqrt(nu^2 + lambda x)}, {@code nu = k/2 - 1}, where {@code z = sqrt(lambda x)}. */
    private double besselRadius(double z) {
        double nu = 0.5 * k - 1;
        // Math.hypot guards against overflow at several times the cost
        return z < 1e150 && Math.abs(nu) < 1e150 ? Math.sqrt(Math.fma(nu, nu, z * z)) : Math.hypot(nu, z);
    }

    /**
     * The index {@code m = (R - nu)/2}, {@code R = sqrt(nu^2 + lambda x)}, {@code nu = k/2 - 1}, of
     * the largest term of the density's Poisson series ({@code m (m + nu) = lambda x / 4}): the
     * series needs some {@code 20 sqrt(m)} terms around it, the Bessel form a fixed few.
     */
    private double peakIndex(double z, double r) {
        double nu = 0.5 * k - 1;
        return nu >= 0 ? 0.5 * z * (z / (r + nu)) : 0.5 * (r - nu);
    }

    /**
     * {@code log f(x)} by the Bessel form {@code f(x) = e^(-(x + lambda)/2) (x / lambda)^(nu/2)
     * I_nu(z) / 2}, {@code z = sqrt(lambda x)}, with Debye's uniform expansion of {@code I_nu}
     * ({@link DebyeSeries}), where {@code m = (R - nu)/2 >=} {@value #DEBYE_MIN_PEAK} ({@code R >=
     * 199}); NaN below, where the Poisson series is the cheaper. Its exponent {@code -(x +
     * lambda)/2 + nu log(x / lambda)/2 + nu eta} equals {@code -bd0(m, lambda/2) - bd0(m + nu,
     * x/2)} (Loader's deviance, with {@code m (m + nu) = lambda x / 4} and {@code 2m + nu = R}):
     * two terms that are never negative instead of terms of size x that cancel to the log
     * density's few units, so the error is that of m and x themselves. Then {@code log f = -log 2
     * - log(2 pi R)/2 - bd0(m, lambda/2) - bd0(m + nu, x/2) + log sum}.
     */
    private double logPdfBessel(double x) {
        double nu = 0.5 * k - 1;
        double z = Math.sqrt(lambda) * Math.sqrt(x);
        double r = besselRadius(z);
        double m = peakIndex(z, r);
        if (!(m >= DEBYE_MIN_PEAK)) {
            return Double.NaN;
        }
        double q = (nu / r) * (nu / r);
        return -Constants.LN_2
                - 0.5 * Math.log(2 * Math.PI * r)
                - Special.bd0(m, 0.5 * lambda)
                - Special.bd0(0.5 * (r + nu), 0.5 * x)
                + Math.log1p(DebyeSeries.tail(q, 1 / r));
    }

    /**
     * Chernoff's bound {@code log P(X > x) <= min_t (-t x + log E e^(tX))} for x above the mean
     * {@code k + lambda}: with {@code u = 1 - 2t}, {@code log E e^(tX) = -(k/2) log u + lambda (1 -
     * u) / (2u)}, minimal at {@code u = (k + sqrt(k^2 + 4 lambda x)) / (2x)}. Below the mean it
     * returns 0 (no bound).
     */
    private double logUpperTailBound(double x) {
        if (!(x > k + lambda)) {
            return 0;
        }
        double u = (k + Math.hypot(k, 2 * Math.sqrt(lambda) * Math.sqrt(x))) / (2 * x);
        return -0.5 * x * (1 - u) - 0.5 * k * Math.log(u) + 0.5 * lambda * (1 - u) / u;
    }

    private double logLead(double x, int j) {
        return GammaMath.logPoissonRaw(j, 0.5 * lambda) + GammaMath.logPdf(0.5 * k + j, 2, x);
    }

    /**
     * The density series {@code sum_j w_j f_{a_j}(x)} relative to its largest term: returns
     * {@code {j*, sum_j term_j / term_j*}}. The term ratio is {@code mu y / ((j + 1)(a0 + j))}, so
     * the terms are log-concave in j and the sum stops when a term falls below 1e-17 of the sum.
     */
    private double[] densitySeries(double x) {
        double mu = 0.5 * lambda;
        double y = 0.5 * x;
        double a0 = 0.5 * k;
        // (j + 1)(a0 + j) = mu y
        double b = a0 + 1;
        double c = a0 - mu * y;
        double top = Math.max(0, Math.floor(0.5 * (-b + Math.sqrt(b * b - 4 * c))));
        top = Math.min(top, Integer.MAX_VALUE / 2);
        int jt = (int) top;
        double sum = PoissonMixture.relativeSum(jt, j -> mu * y / ((j + 1) * (a0 + j)));
        return new double[] {jt, sum};
    }

    /** {@code sum_j Pois(j; lambda/2) P(k/2 + j, x/2)}. */
    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (lambda == 0) {
            return GammaMath.cdf(0.5 * k, 2, x);
        }
        if (logUpperTailBound(x) < -40) {
            return 1; // the survival function is below e^-40, half an ulp of 1
        }
        if (subnormalHalf(x)) {
            return Math.exp(logCdfNearZero(x));
        }
        if (tailByQuadrature(x)) {
            return belowMedian(x) ? Math.exp(logTailQuadrature(x, false)) : -Math.expm1(logTailQuadrature(x, true));
        }
        return Math.min(1, PoissonMixture.sum(new Series(0.5 * x), false));
    }

    /** {@code sum_j Pois(j; lambda/2) Q(k/2 + j, x/2)}, computed directly. */
    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (lambda == 0) {
            return GammaMath.survival(0.5 * k, 2, x);
        }
        if (logUpperTailBound(x) < -746) {
            return 0; // below half the smallest subnormal
        }
        if (subnormalHalf(x)) {
            return -Math.expm1(logCdfNearZero(x)); // 1 - cdf, with the cdf exact to 1e-17 there
        }
        if (tailByQuadrature(x)) {
            return belowMedian(x) ? -Math.expm1(logTailQuadrature(x, false)) : Math.exp(logTailQuadrature(x, true));
        }
        return Math.min(1, PoissonMixture.sum(new Series(0.5 * x), true));
    }

    /**
     * {@code log cdf}: the log of the sum where that is normal, else the Poisson mixture summed in
     * units of its largest term ({@code PoissonMixture.logSum}), finite where the cdf underflows; or
     * the log of the integral of the density ({@link #logTailQuadrature}).
     */
    @Override
    public double logCdf(double x) {
        if (x > 0 && x < Double.POSITIVE_INFINITY && tailByQuadrature(x)) {
            return belowMedian(x)
                    ? logTailQuadrature(x, false)
                    : logUpperTailBound(x) < -746 ? 0 : Math.log1p(-Math.exp(logTailQuadrature(x, true)));
        }
        double c = cdf(x);
        if (c > 0.5) {
            return Math.log1p(-survival(x));
        }
        if (c >= Double.MIN_NORMAL || !(x > 0) || lambda == 0) {
            return lambda == 0 && x > 0 ? GammaMath.logCdf(0.5 * k, 2, x) : Math.log(c);
        }
        if (subnormalHalf(x)) {
            return logCdfNearZero(x);
        }
        return PoissonMixture.logSum(new Series(0.5 * x), false);
    }

    /**
     * Whether {@code y = x/2} is subnormal (or 0), so that it carries less than full relative
     * precision (at {@code x = MIN_VALUE} it is 0), while {@code lambda x / 2 < 1e-17}: there {@link
     * #logCdfNearZero} holds to a relative 1e-17 and the series, which works with y, is not used.
     */
    private boolean subnormalHalf(double x) {
        return x < 2 * Double.MIN_NORMAL && 0.5 * lambda * x < 1e-17;
    }

    /**
     * {@code log cdf} from the first term of the Poisson mixture alone, {@code e^(-lambda/2)
     * P(a, y)} with {@code P(a, y) = y^a / Gamma(a + 1) (1 - a y / (a + 1) + ...)}, {@code a = k/2},
     * written with {@code log y = log x - log 2} (y itself may underflow): the next term is {@code
     * lambda y / (2 (a + 1))} of the first, so with {@code lambda x / 2 < 1e-17} and {@code y <
     * 1e-307} the neglected part is below a relative 1e-17.
     */
    private double logCdfNearZero(double x) {
        double a = 0.5 * k;
        return -0.5 * lambda + a * (Math.log(x) - Constants.LN_2) - Special.gammaln(a + 1);
    }

    /**
     * {@code log survival}, finite where the survival function underflows: the Poisson mixture summed
     * in units of its largest term, or the integral of the density ({@link #logTailQuadrature});
     * far out ({@code x >= max(1e8, 4 lambda)}, in the Bessel regime
     * of the density), where that mixture would need more terms than an int counts, Laplace's
     * expansion of the tail integral, {@code S(x) = f(x) / (-g'(x)) (1 + g''(x) / g'(x)^2 + O(x^-2))}
     * with {@code g = log f}, {@code g' = -(1 - sqrt(lambda/x))/2 + (2 nu - 1)/(4x)}: there the error
     * of the log is {@code O(x^-2)} against a log of at least {@code x/8}.
     */
    @Override
    public double logSurvival(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY || lambda == 0) {
            return lambda == 0 && x > 0 ? GammaMath.logSurvival(0.5 * k, 2, x) : Math.log(survival(x));
        }
        if (tailByQuadrature(x)) {
            if (belowMedian(x)) {
                return Math.log1p(-Math.exp(logTailQuadrature(x, false)));
            }
            return x >= Math.max(1e8, 4 * lambda) && hankelRegime(x)
                    ? logSurvivalAsymptotic(x)
                    : logTailQuadrature(x, true);
        }
        double s = survival(x);
        if (s > 0.5) {
            return Math.log1p(-cdf(x));
        }
        if (s >= Double.MIN_NORMAL) {
            return Math.log(s);
        }
        if (x >= Math.max(1e8, 4 * lambda) && hankelRegime(x)) {
            return logSurvivalAsymptotic(x);
        }
        return PoissonMixture.logSum(new Series(0.5 * x), true);
    }

    /**
     * Whether the tails at x are integrals of the density ({@link #logTailQuadrature}): from
     * lambda = {@value #QUADRATURE_MIN_LAMBDA} on, where the density's Poisson series peaks at
     * index {@value #QUADRATURE_MIN_PEAK} or more (the Bessel form holds from 100 on).
     */
    private boolean tailByQuadrature(double x) {
        if (!(lambda >= QUADRATURE_MIN_LAMBDA)) {
            return false;
        }
        double z = Math.sqrt(lambda) * Math.sqrt(x);
        return peakIndex(z, besselRadius(z)) >= QUADRATURE_MIN_PEAK;
    }

    /**
     * Whether x lies below {@code k + lambda - (2/3)(k + 3 lambda)/(k + 2 lambda)}, the mean less
     * a sixth of the skewness in standard deviations: the median to {@code O(1/sd)} (Cornish-Fisher),
     * so that the tail on x's side of it, the one integrated, is at most about 1/2 and its
     * complement loses nothing.
     */
    private boolean belowMedian(double x) {
        return x < k + lambda - (2.0 / 3) * (1 + lambda / (k + 2 * lambda));
    }

    /**
     * {@code log cdf} ({@code upper} false) or {@code log survival} at x by integrating the
     * Bessel-form density ({@link #logPdfBessel}) outward from x with {@link LogConcaveTail}, at a
     * cost that does not grow with lambda, where the Poisson sums would need some
     * {@code 20 sqrt(lambda/2)} terms. Beyond the mode the log density is concave (the law is
     * log-concave for {@code k >= 2}, and for any k where {@code lambda x} is large, as here). The
     * scale comes from the derivatives of the log density to {@code O(R^-3)}, {@code R = sqrt(nu^2 +
     * lambda x)}: {@code g' = (R + nu - x)/(2x) - lambda/(4 R^2)}, {@code g'' = lambda/(4 R x) - (R +
     * nu)/(2 x^2) + lambda^2/(4 R^4)} (see {@link #farTailStart}). The lower tail is integrated down
     * to the point where the series peaks at index {@value #QUADRATURE_CUT_PEAK}; if the rule
     * reaches it, the probability below it is added, the Poisson sum of the cdf there, which is short.
     */
    private double logTailQuadrature(double x, boolean upper) {
        double nu = 0.5 * k - 1;
        double gx = logPdfBessel(x);
        double[] derivatives = besselLogPdfDerivatives(x);
        double slope = derivatives[0];
        double curvature = derivatives[1];
        if (upper) {
            LogConcaveTail.Result tail =
                    LogConcaveTail.integral(this::logPdfBessel, x, gx, -slope, -curvature, 1, Double.POSITIVE_INFINITY);
            return gx + Math.log(tail.value());
        }
        double cut = 4 * QUADRATURE_CUT_PEAK * (QUADRATURE_CUT_PEAK + nu) / lambda;
        LogConcaveTail.Result tail = LogConcaveTail.integral(this::logPdfBessel, x, gx, slope, -curvature, -1, x - cut);
        double log = gx + Math.log(tail.value());
        if (tail.reachedLimit()) {
            double below = PoissonMixture.logSum(new Series(0.5 * cut), false);
            log += Math.log1p(Math.exp(below - log));
        }
        return log;
    }

    private double logSurvivalAsymptotic(double x) {
        double nu = 0.5 * k - 1;
        double r = Math.sqrt(lambda / x);
        double slope = 0.5 * (1 - r) - (2 * nu - 1) / (4 * x); // -g'
        double curvature = -0.25 * r / x - (2 * nu - 1) / (4 * x * x); // g''
        return logPdf(x) - Math.log(slope) + Math.log1p(curvature / (slope * slope));
    }

    /** A start from {@link #start}, polished by Newton steps on the log cdf. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        if (p == 0 || p == 1) {
            return p == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        if (belowSmallestNormal(p)) {
            return 0; // the quantile underflows (only for k < 2, where cdf ~ x^(k/2) near 0)
        }
        double x0 = p <= 0.5 ? start(p, false) : start(1 - p, true);
        return QuantilePolish.quantile(this, p, x0);
    }

    /** A start from {@link #start}, polished by Newton steps on the log survival function. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        if (q == 0 || q == 1) {
            return q == 0 ? Double.POSITIVE_INFINITY : 0;
        }
        if (q >= 0.5 && belowSmallestNormal(1 - q)) {
            return 0; // the point underflows, as in quantile (1 - q is exact; the survival sum near 1
            // may round a few ulps low, which must not decide this)
        }
        double x0 = q <= 0.5 ? start(q, true) : start(1 - q, false);
        return QuantilePolish.inverseSurvival(this, q, x0);
    }

    /**
     * Whether {@code p < cdf(MIN_NORMAL)}, decided first by the central chi-squared cdf with k
     * degrees of freedom, which bounds it from above (the law grows stochastically with lambda) and
     * costs no tail sum.
     */
    private boolean belowSmallestNormal(double p) {
        return p < GammaMath.cdf(0.5 * k, 2, Double.MIN_NORMAL) && p < cdf(Double.MIN_NORMAL);
    }

    /**
     * The start for the point with lower ({@code upper} false) or upper tail probability
     * {@code target <= 1/2}: Cornish-Fisher's expansion ({@link #cornishFisher}) where it holds,
     * else Patnaik's approximation, moved in a far tail by {@link #farTailStart}.
     */
    private double start(double target, boolean upper) {
        double z = Math.sqrt(2) * Special.erfcinv(2 * target); // the normal point of that tail, >= 0
        double x = cornishFisher(upper ? z : -z);
        if (!Double.isNaN(x)) {
            return x;
        }
        return farTailStart(patnaik(target, upper), target, upper);
    }

    /**
     * Cornish and Fisher's (1937) expansion of the point at the standard normal point z, with the
     * cumulants {@code kappa_r = 2^(r-1) (r-1)! (k + r lambda)}, through the terms of order
     * {@code n^-2} (the sixth cumulant; Fisher and Cornish 1960), where
     * {@code n = k + 2 lambda} is the size of the variance: with {@code g = gamma_1 max(1, |z|)}
     * (the skewness {@code gamma_1 = kappa_3 / sigma^3}, which sets the ratio of successive orders)
     * at most {@value #CORNISH_FISHER_MAX_RATIO}, the next order, some {@code g^5}, leaves the start
     * off by about 1e-7 standard deviations at most (1e-12 relative in the body at lambda =
     * 1e5), so the final polish needs one or two tail sums where Patnaik's start costs three to
     * five. Used from lambda = {@value #CORNISH_FISHER_MIN_LAMBDA} on, where each tail sum has
     * hundreds to thousands of terms; NaN elsewhere.
     */
    private double cornishFisher(double z) {
        double n = k + 2 * lambda;
        double sigma = Math.sqrt(2 * n);
        double g1 = 8 * (k + 3 * lambda) / (sigma * sigma * sigma);
        if (!(lambda >= CORNISH_FISHER_MIN_LAMBDA && g1 * Math.max(1, Math.abs(z)) <= CORNISH_FISHER_MAX_RATIO)) {
            return Double.NaN;
        }
        double s2 = sigma * sigma;
        double g2 = 48 * (k + 4 * lambda) / (s2 * s2);
        double g3 = 384 * (k + 5 * lambda) / (s2 * s2 * sigma);
        double g4 = 3840 * (k + 6 * lambda) / (s2 * s2 * s2);
        double z2 = z * z;
        double he2 = z2 - 1;
        double order1 = g1 / 6 * he2;
        double order2 = g2 / 24 * z * (z2 - 3) - g1 * g1 / 36 * z * (2 * z2 - 5);
        double order3 = g3 / 120 * (z2 * (z2 - 6) + 3)
                - g1 * g2 / 24 * (z2 * (z2 - 5) + 2)
                + g1 * g1 * g1 / 324 * (z2 * (12 * z2 - 53) + 17);
        double order4 = z
                * (g4 / 720 * (z2 * (z2 - 10) + 15)
                        - g1 * g3 / 180 * (z2 * (2 * z2 - 17) + 21)
                        - g2 * g2 / 384 * (z2 * (3 * z2 - 24) + 29)
                        + g1 * g1 * g2 / 288 * (z2 * (14 * z2 - 103) + 107)
                        - g1 * g1 * g1 * g1 / 7776 * (z2 * (252 * z2 - 1688) + 1511));
        double x = k + lambda + sigma * (z + order1 + order2 + order3 + order4);
        return x > 0 && x < Double.POSITIVE_INFINITY ? x : Double.NaN;
    }

    /**
     * In a far tail of the Bessel regime, the start x0 moved to the root of Laplace's approximation
     * of the log tail by Newton steps that cost a log density each instead of a Poisson-mixture tail
     * sum: Patnaik's start is off by several nats of the tail there, and each step of the final
     * polish costs a tail sum of thousands of terms. With {@code g = log f}, the tail is
     * {@code f/|g'| (1 + g''/g'^2 - g'''/g'^3 + 3 (g''/g'^2)^2 + ...)} (the integral of
     * {@code e^g} expanded about x); the derivatives are those of the Bessel form's log density to
     * {@code O(R^-3)}, {@code R = sqrt(nu^2 + lambda x)}: {@code g' = (R + nu - x)/(2x) - lambda/(4
     * R^2)}, {@code g'' = lambda/(4 R x) - (R + nu)/(2 x^2) + lambda^2/(4 R^4)}, {@code g''' =
     * -lambda^2/(8 R^3 x) - lambda/(2 R x^2) + (R + nu)/x^3}. Used where {@code |g''|/g'^2 < 0.01}
     * (more than ten standard deviations out), where the log tail is then off by 1e-5 at most
     * (1e-7 typically) and the polish needs two tail sums instead of four; elsewhere, and wherever
     * the density leaves the Bessel regime on the way, x0 is returned.
     *
     * @param target the tail probability, p for the lower tail or q for the upper one
     * @param upper whether target is a survival probability
     */
    private double farTailStart(double x0, double target, boolean upper) {
        double logTarget = Math.log(target);
        double nu = 0.5 * k - 1;
        double x = x0;
        for (int i = 0; i < FAR_TAIL_START_STEPS; i++) {
            double logF = x > 0 && x < Double.MAX_VALUE ? logPdfBessel(x) : Double.NaN;
            if (Double.isNaN(logF)) {
                return x0;
            }
            double[] derivatives = besselLogPdfDerivatives(x);
            double slope = derivatives[0];
            double curvature = derivatives[1];
            double third = derivatives[2];
            double relative = curvature / (slope * slope);
            if ((upper ? slope >= 0 : slope <= 0) || !(Math.abs(relative) < 0.01)) {
                return x0; // not in that far tail
            }
            double correction = relative - third / (slope * slope * slope) + 3 * relative * relative;
            double h = logF - Math.log(Math.abs(slope)) + Math.log1p(correction) - logTarget;
            // dh/dx = g' - g''/g' to the order of the correction
            double next = x - h / (slope - curvature / slope);
            if (Math.abs(next - x) <= 1e-12 * x) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /**
     * {@code {g', g'', g'''}} of the Bessel-form log density at x to {@code O(R^-3)} ({@link
     * #farTailStart}), each written in the ratios {@code lambda/R}, {@code lambda/R^2} and
     * {@code (R + nu)/x}, so that no intermediate overflows where x, lambda or k is near the top of
     * the double range.
     */
    private double[] besselLogPdfDerivatives(double x) {
        double nu = 0.5 * k - 1;
        double r = besselRadius(Math.sqrt(lambda) * Math.sqrt(x));
        double lr = lambda / r;
        double q = lr / r;
        double a = (r + nu) / x;
        double slope = 0.5 * (a - 1) - 0.25 * q;
        double curvature = (0.25 * lr - 0.5 * a) / x + 0.25 * q * q;
        double third = (-0.125 * q * lr + (a - 0.5 * lr) / x) / x;
        return new double[] {slope, curvature, third};
    }

    /** {@code c chi2_nu} quantile with Patnaik's c and nu, kept inside (0, inf). */
    private double patnaik(double p, boolean upper) {
        double c = (k + 2 * lambda) / (k + lambda);
        double nu = (k + lambda) * (k + lambda) / (k + 2 * lambda);
        double g = upper ? Special.gammainccinv(0.5 * nu, p) : Special.gammaincinv(0.5 * nu, p);
        double x = 2 * c * g;
        if (!(x > 0)) {
            x = Double.MIN_NORMAL;
        } else if (x == Double.POSITIVE_INFINITY) {
            x = Double.MAX_VALUE;
        }
        return x;
    }

    /** {@code k + lambda}. */
    @Override
    public double mean() {
        return k + lambda;
    }

    /** {@code 2 (k + 2 lambda)}. */
    @Override
    public double variance() {
        return 2 * (k + 2 * lambda);
    }

    /** {@code 2^(3/2) (k + 3 lambda) / (k + 2 lambda)^(3/2)}. */
    @Override
    public double skewness() {
        double s = k + 2 * lambda;
        return Math.sqrt(8) * (k + 3 * lambda) / (s * Math.sqrt(s));
    }

    /** {@code 12 (k + 4 lambda) / (k + 2 lambda)^2}. */
    @Override
    public double kurtosis() {
        double s = k + 2 * lambda;
        return 12 * (k + 4 * lambda) / (s * s);
    }

    /**
     * {@code -integral f log f} by adaptive Gauss-Kronrod quadrature over pieces at
     * {@code mean + c sd}, {@code c} in +-{0, 1, 2, 4, 8, 16, 32, 64} and on up by doublings until
     * Chernoff's bound puts the survival function below 1e-323 (where the density is skewed, for
     * small k and lambda, the mass beyond 64 standard deviations can be 1e-5); the piece next to
     * 0 in log x from a point {@code eps0} ({@link #entropyNearZero}), below which the density is a
     * power law integrated in closed form.
     * From lambda = {@value #NEAR_NORMAL_ENTROPY_MIN_LAMBDA} on, a fixed rule in the standardized
     * variable ({@link #nearNormalEntropy}).
     */
    @Override
    public double entropy() {
        double m = mean();
        double s = Math.sqrt(variance());
        if (lambda >= NEAR_NORMAL_ENTROPY_MIN_LAMBDA) {
            return nearNormalEntropy(m, s);
        }
        java.util.function.DoubleUnaryOperator h = x -> {
            double lf = logPdf(x);
            return lf == Double.NEGATIVE_INFINITY ? 0 : -Math.exp(lf) * lf;
        };
        double a = 0.5 * k;
        double eps0 = 1e-17 * Math.min(1, 4 * a / Math.max(lambda, Double.MIN_NORMAL));
        double[] c = {-64, -32, -16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16, 32, 64};
        double total = entropyNearZero(eps0);
        double first = Double.NaN; // the right end of the piece next to 0, integrated last
        double left = 0;
        for (int i = 0; i < c.length + ENTROPY_MAX_DOUBLINGS; i++) {
            if (left > 0 && (logUpperTailBound(left) < -745 || left == Double.POSITIVE_INFINITY)) {
                break; // the survival function is below 1e-323 and the rest below 1e-300
            }
            double ci = i < c.length ? c[i] : Math.scalb(c[c.length - 1], i - c.length + 1);
            double right = m + ci * s;
            if (right <= left || right <= eps0) {
                continue;
            }
            if (left == 0) {
                first = right;
            } else {
                // pieces far out, below a tenth of the total's rounding, need no relative accuracy
                total += GaussKronrod.integrate(h, left, right, 2e-14, 1e-17 * Math.max(1, Math.abs(total)));
            }
            left = right;
        }
        // The piece next to 0, in log x: where f > 1 (k < 2) its integrand changes sign and its
        // value can be far below its size, and the log density there, about (a - 1) log eps0,
        // carries as many roundings; so it is asked for an accuracy relative to the rest of the
        // entropy and no finer than that rounding.
        double noise = 8 * 0x1p-52 * Math.max(1, logPdf(eps0));
        total += GaussKronrod.integrate(
                t -> {
                    double x = Math.exp(t);
                    return h.applyAsDouble(x) * x;
                },
                Math.log(eps0),
                Math.log(first),
                Math.max(2e-14, noise),
                noise * Math.max(1, Math.abs(total)));
        return total;
    }

    /**
     * {@code -integral_0^eps0 f log f}: below {@code eps0 = 1e-17 min(1, 2k / lambda)} the density
     * is {@code A x^(a-1)}, {@code a = k/2}, {@code A = e^(-lambda/2) / (2^a Gamma(a))}, to a
     * relative 1e-17 (the Poisson mixture's next term is {@code lambda x / (4a)} of the first, and
     * {@code e^(-x/2)} is 1 to {@code x/2}), and the integral is {@code -(A eps0^a / a) (log A +
     * (a - 1)(log eps0 - 1/a))}. For k < 2 the density is singular at 0 and this part is not
     * negligible: at k = 0.02 and lambda = 12.7 the mass below 1e-290 is 3e-6 and adds 2e-3 to the
     * entropy.
     */
    private double entropyNearZero(double eps0) {
        double a = 0.5 * k;
        double logA = -0.5 * lambda - a * Constants.LN_2 - Special.gammaln(a);
        double logEps = Math.log(eps0);
        double logScale = logA + a * logEps - Math.log(a); // log(A eps0^a / a)
        return -Math.exp(logScale) * (logA + (a - 1) * (logEps - 1 / a));
    }

    /**
     * {@code -integral f log f} for a density near the normal one (skewness at most {@code 3 /
     * sqrt(lambda)}, 0.03 here): 16-point Gauss-Legendre panels 3 standard deviations wide over
     * the mean +- {@value #NEAR_NORMAL_HALF_WIDTH} standard deviations. Beyond, {@code log f} is
     * below {@code -55 + skewness 10.5^3 / 6 < -49}, so the rest is below 1e-19; on each panel the
     * integrand, a normal density times a quadratic in the standardized variable, is integrated to
     * about 1e-21 (the Gauss-Legendre remainder {@code 3^33 (16!)^4 / (33 (32!)^3) |h^(32)|}, with
     * {@code |h^(32)|} of order {@code sqrt(32!)}; against mpmath in the tests). 112 log densities
     * in all.
     */
    private double nearNormalEntropy(double m, double s) {
        double width = 2 * NEAR_NORMAL_HALF_WIDTH / NEAR_NORMAL_PANELS;
        double total = 0;
        for (int j = 0; j < NEAR_NORMAL_PANELS; j++) {
            double mid = m + s * (-NEAR_NORMAL_HALF_WIDTH + (j + 0.5) * width);
            double half = 0.5 * width * s;
            double panel = 0;
            for (int i = 0; i < NEAR_NORMAL_NODE.length; i++) {
                double lf = logPdf(mid + half * NEAR_NORMAL_NODE[i]);
                if (lf != Double.NEGATIVE_INFINITY) {
                    panel -= NEAR_NORMAL_WEIGHT[i] * Math.exp(lf) * lf;
                }
            }
            total += half * panel;
        }
        return total;
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        if (k >= 1) {
            double z = ZigguratNormal.next(rng) + Math.sqrt(lambda);
            double rest = k > 1 ? 2 * GammaSampler.next(rng, 0.5 * (k - 1)) : 0;
            return rest + z * z;
        }
        long n = lambda > 0 ? PoissonSampler.sample(rng, 0.5 * lambda) : 0;
        return 2 * GammaSampler.next(rng, 0.5 * k + n);
    }
}

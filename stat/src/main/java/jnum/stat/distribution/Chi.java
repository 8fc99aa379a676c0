package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The chi distribution with {@code k > 0} degrees of freedom: the law of the Euclidean norm of k
 * standard normals, density {@code x^(k-1) exp(-x^2/2) / (2^(k/2-1) Gamma(k/2))} on
 * {@code x >= 0}.
 *
 * <p>With {@code a = k/2} and {@code y = x^2/2}, {@code Y ~ Gamma(a, 1)}: {@code cdf = P(a, y)},
 * {@code survival = Q(a, y)} (each direct), {@code pdf = f_Y(y) x}. The rounding error of
 * {@code x^2} is recovered with an FMA and applied to first order through the density, so the
 * squaring costs no accuracy in the tails. Quantiles are {@code sqrt(2 P^-1(a, p))}, polished by
 * Newton steps ({@link QuantilePolish}).
 *
 * <p>Moments use {@code R = Gamma(a + 1/2) / Gamma(a)}: mean {@code sqrt(2) R}, variance
 * {@code k - 2 R^2}. Both the variance and the higher moments cancel badly for large k (the
 * variance tends to 1/2 while {@code k} and {@code 2 R^2} grow), so for {@code a >= 10} they come
 * from the asymptotic expansion of {@code s(a) = R^2 - a + 1/4} in {@code 1/a} (18 terms, from the
 * Bernoulli-polynomial expansion of {@code log Gamma(a + 1/2) - log Gamma(a)}; truncation error
 * below 2e-16 relative at a = 10), and the kurtosis from that of its numerator.
 *
 * @param k degrees of freedom, positive and finite
 */
public record Chi(double k) implements ContinuousDistribution {
    private static final String NAME = "Chi";
    /** Coefficients of {@code s(a) = R^2 - a + 1/4} in powers {@code a^-1 .. a^-18}. */
    private static final double[] S = {
        0.03125,
        0.0078125,
        -0.00244140625,
        -0.0028076171875,
        0.0008087158203125,
        0.002262115478515625,
        -0.0006157159805297852,
        -0.003281921148300171,
        0.0008633099496364594,
        0.0075560277327895164,
        -0.001949806755874306,
        -0.02538966508291196,
        0.006481757789515541,
        0.11737737544945048,
        -0.029779542065604403,
        -0.7148100732364124,
        0.18066183531220648,
        5.546952565301038
    };
    /**
     * Coefficients of {@code N(a) = 1/4 - 8 a s + 2 s - 12 s^2} (the kurtosis numerator) in powers
     * {@code a^-2 .. a^-18}.
     */
    private static final double[] N = {
        0.0234375,
        0.01171875,
        -0.010986328125,
        -0.013916015625,
        0.009298324584960938,
        0.023011207580566406,
        -0.013479888439178467,
        -0.055957674980163574,
        0.030786889605224133,
        0.1931111211888492,
        -0.10280780858010985,
        -0.9060496150923427,
        0.4734421038141363,
        5.567812057821641,
        -2.876408340077088,
        -43.46451298759898,
        22.288086625333193
    };

    private static final double SERIES_FROM = 10;

    /** Validates the parameter. */
    public Chi {
        Arguments.positive(NAME, "k", k);
    }

    private double a() {
        return 0.5 * k;
    }

    /** {@code x^2 / 2} rounded, and its rounding error. */
    private static double halfSquare(double x) {
        return 0.5 * x * x;
    }

    private static double halfSquareLo(double x, double y) {
        return Double.isFinite(y) ? 0.5 * Math.fma(x, x, -2 * y) : 0;
    }

    /** Whether the direct density formula applies: y = x^2/2 below 1 and small k (no big logs). */
    private boolean nearZero(double y) {
        return y < 1 && k <= 40;
    }

    @Override
    public double pdf(double x) {
        if (!(x > 0)) {
            if (x == 0) {
                return k < 1 ? Double.POSITIVE_INFINITY : k == 1 ? Math.sqrt(2 / Math.PI) : 0;
            }
            return Double.isNaN(x) ? x : 0;
        }
        double y = halfSquare(x);
        if (nearZero(y)) {
            // x^(k-1) e^(-x^2/2) / (2^(k/2-1) Gamma(k/2)) directly: the saddle-point form would take
            // exp of a large logarithm (|log| ~ 600 at x = 1e-137) and lose 1e-13
            return Math.pow(x, k - 1) * Math.exp(-y) / (Math.pow(2, a() - 1) * Special.gamma(a()));
        }
        double f = GammaMath.pdf(a(), 1, y);
        if (f == 0) {
            return 0;
        }
        double lo = halfSquareLo(x, y);
        return f * x * (1 + lo * ((a() - 1) / y - 1));
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0)) {
            return x == 0 ? Math.log(pdf(0)) : Double.isNaN(x) ? x : Double.NEGATIVE_INFINITY;
        }
        double y = halfSquare(x);
        if (y == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (nearZero(y)) {
            return (k - 1) * Math.log(x) - y - (a() - 1) * Constants.LN_2 - Special.gammaln(a());
        }
        return GammaMath.logPdf(a(), 1, y) + Math.log(x) + halfSquareLo(x, y) * ((a() - 1) / y - 1);
    }

    /** Below this y = x^2/2, {@code P(a, y) = y^a / Gamma(a + 1)} to within eps. */
    private static final double TINY_Y = 1e-20;

    /**
     * {@code log P(a, y)} for {@code y < TINY_Y} from x itself ({@code y^a = x^k / 2^a}), which
     * stays finite where y underflows (x below 1e-154).
     */
    private double logLowerTiny(double x) {
        return k * Math.log(x) - a() * Constants.LN_2 - Special.gammaln(a() + 1);
    }

    /** {@code P(k/2, x^2/2)}. */
    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        double y = halfSquare(x);
        if (y < TINY_Y) {
            return Math.exp(logLowerTiny(x));
        }
        double lo = halfSquareLo(x, y);
        double p = GammaMath.cdf(a(), 1, y);
        return lo == 0 ? p : p + lo * GammaMath.pdf(a(), 1, y);
    }

    /** {@code Q(k/2, x^2/2)}. */
    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        double y = halfSquare(x);
        if (y < TINY_Y) {
            // 1 - P from P's leading term in x: y itself may be subnormal (x below 1e-154), and Q
            // at a subnormal y keeps only its few digits
            return -Math.expm1(logLowerTiny(x));
        }
        double lo = halfSquareLo(x, y);
        double q = GammaMath.survival(a(), 1, y);
        return lo == 0 ? q : q - lo * GammaMath.pdf(a(), 1, y);
    }

    @Override
    public double logCdf(double x) {
        if (x > 0 && halfSquare(x) < TINY_Y) {
            return logLowerTiny(x);
        }
        double c = cdf(x);
        if (c >= 1e-300 || !(x > 0)) {
            return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
        }
        return GammaMath.logCdf(a(), 1, halfSquare(x));
    }

    @Override
    public double logSurvival(double x) {
        double s = survival(x);
        if (s >= 1e-300 || !(x > 0)) {
            return s > 0.5 ? Math.log1p(-cdf(x)) : Math.log(s);
        }
        return GammaMath.logSurvival(a(), 1, halfSquare(x));
    }

    /** {@code sqrt(2 P^-1(k/2, p))}, Newton-polished. */
    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        if (p > 0 && p < 1 && Math.log(p) < logLowerTiny(Math.sqrt(2 * TINY_Y))) {
            double x = leadingTermRoot(Math.log(p));
            return x > 0 ? QuantilePolish.quantile(this, p, x) : 0;
        }
        double x0 = Math.sqrt(2 * Special.gammaincinv(a(), p));
        return QuantilePolish.quantile(this, p, x0);
    }

    /**
     * The x whose leading term {@code x^k / (2^a Gamma(a + 1))} of the cdf has the logarithm logP,
     * inverted exactly: y may underflow there (a tiny k puts the median below 1e-154), where
     * {@code sqrt(2 P^-1(a, p))} would keep only the digits of a subnormal.
     */
    private double leadingTermRoot(double logP) {
        return Math.exp((logP + a() * Constants.LN_2 + Special.gammaln(a() + 1)) / k);
    }

    /** {@code sqrt(2 Q^-1(k/2, q))}, Newton-polished. */
    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        double logP = Math.log1p(-q); // the cdf at the root, 1 - q, in the form that keeps q's digits
        if (q > 0 && q < 1 && logP < logLowerTiny(Math.sqrt(2 * TINY_Y))) {
            double x = leadingTermRoot(logP);
            return x > 0 ? QuantilePolish.inverseSurvival(this, q, x) : 0;
        }
        double x0 = Math.sqrt(2 * Special.gammainccinv(a(), q));
        return QuantilePolish.inverseSurvival(this, q, x0);
    }

    /** {@code s(a) = R^2 - a + 1/4} by its asymptotic series (a &gt;= 10). */
    private static double sSeries(double a) {
        double t = 1 / a;
        double sum = 0;
        for (int i = S.length - 1; i >= 0; i--) {
            sum = (sum + S[i]) * t;
        }
        return sum;
    }

    /**
     * {@code s(a) = R(a)^2 - a + 1/4} (tends to {@code 1/(32 a)}): the series for {@code a >= 10},
     * else directly (relative error up to about {@code 32 a^2} ulps there).
     */
    static double ratioExcess(double a) {
        if (a >= SERIES_FROM) {
            return sSeries(a);
        }
        double r = ratio(a);
        return r * r - a + 0.25;
    }

    /** {@code R(a) = Gamma(a + 1/2) / Gamma(a)} for {@code a > 0}. */
    static double ratio(double a) {
        if (a >= SERIES_FROM) {
            return Math.sqrt(a - 0.25 + sSeries(a));
        }
        return Math.exp(Special.gammaln(a + 0.5) - Special.gammaln(a));
    }

    /** {@code sqrt(2) Gamma((k+1)/2) / Gamma(k/2)}. */
    @Override
    public double mean() {
        return Constants.SQRT_2 * ratio(a());
    }

    /** {@code k - mean^2}; for {@code k >= 20} as {@code 1/2 - 2 s(k/2)} (no cancellation). */
    @Override
    public double variance() {
        if (a() >= SERIES_FROM) {
            return 0.5 - 2 * sSeries(a());
        }
        double m = mean();
        return k - m * m;
    }

    /** {@code mean (1 - 2 var) / var^(3/2)}; {@code 1 - 2 var = 4 s(k/2)} for {@code k >= 20}. */
    @Override
    public double skewness() {
        double v = variance();
        double oneMinus2v = a() >= SERIES_FROM ? 4 * sSeries(a()) : 1 - 2 * v;
        return mean() * oneMinus2v / (v * Math.sqrt(v));
    }

    /**
     * {@code 2 (1 - mean sd skewness - var) / var}; for {@code k >= 20} as {@code 2 N(a) / var^2}
     * with the series of the numerator {@code N}.
     */
    @Override
    public double kurtosis() {
        double v = variance();
        if (a() >= SERIES_FROM) {
            double t = 1 / a();
            double sum = 0;
            for (int i = N.length - 1; i >= 0; i--) {
                sum = (sum + N[i]) * t;
            }
            return 2 * sum * t / (v * v);
        }
        double m = mean();
        return 2 * (1 - m * Math.sqrt(v) * skewness() - v) / v;
    }

    /**
     * {@code log Gamma(k/2) + (k - log 2 - (k - 1) psi(k/2)) / 2}, evaluated as the entropy of
     * {@code Y = X^2/2 ~ Gamma(k/2, 1)} minus {@code (log 2 + psi(k/2)) / 2} (the expected log
     * Jacobian), which reuses the Gamma entropy's asymptotic form for large k.
     */
    @Override
    public double entropy() {
        return GammaMath.entropy(a(), 1) - 0.5 * (Constants.LN_2 + Special.digamma(a()));
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    /** {@code sqrt(2 Y)}, Y from the Marsaglia-Tsang gamma sampler. */
    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        return Math.sqrt(2 * GammaSampler.next(rng, a()));
    }
}

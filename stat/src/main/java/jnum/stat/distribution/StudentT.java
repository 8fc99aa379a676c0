package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * Student's t distribution with {@code nu} degrees of freedom (real, nu &gt; 0), location 0 and scale
 * 1: density {@code Gamma((nu+1)/2) / (sqrt(nu pi) Gamma(nu/2)) (1 + x^2/nu)^(-(nu+1)/2)}.
 *
 * <ul>
 *   <li>Density: for nu &gt;= 20 the gamma-function ratio is written with Stirling's error terms,
 *       {@code log f = nu/2 log1pmx(1/nu) + se(nu/2 + 1/2) - se(nu/2) - log(2 pi)/2
 *       - (nu+1)/2 log1p(x^2/nu)}, exact as nu grows (the naive ratio loses 1e-10 at nu = 1e6);
 *       {@code x^2/nu} is carried with its rounding error.
 *   <li>Tails: {@code P(T < -|x|) = I_w(nu/2, 1/2) / 2} with {@code w = nu / (nu + x^2)} when
 *       {@code x^2 >= nu}, and {@code (1 - I_z(1/2, nu/2)) / 2} with {@code z = x^2 / (nu + x^2)}
 *       (the complement computed directly) when {@code x^2 < nu}: the incomplete beta is always
 *       evaluated at the argument that does not cancel. Where w underflows (|x| beyond 1e150) the
 *       leading term {@code w^(nu/2) / (nu/2 B(nu/2, 1/2))} is used in log space, so
 *       {@code cdf(-1.03e199) = 1.0e-100} for nu = 0.5.
 *   <li>Quantiles: for nu &gt;= 2 Hill's approximation (Algorithm 396) refined by Newton's method
 *       on the cdf; for nu &lt; 2 and in the far tails the same incomplete beta inverted at the
 *       non-cancelling argument, and beyond the underflow of w, the leading term inverted in
 *       closed form.
 * </ul>
 *
 * Sampling: {@code Z / sqrt(2 G / nu)}, Z a ziggurat normal and G a Gamma(nu/2) draw.
 *
 * @param df the degrees of freedom nu, positive and finite
 */
public record StudentT(double df) implements ContinuousDistribution {

    /** Validates df: {@code IllegalArgumentException} naming it. */
    public StudentT {
        Arguments.positive("StudentT", "df", df);
    }

    /** {@code log1p(x^2 / nu)} with the rounding of x^2 / nu corrected. */
    private double log1pX2(double x) {
        double ax = Math.abs(x);
        if (ax > 1e150) {
            return 2 * Math.log(ax) - Math.log(df) + Math.log1p(df / ax / ax);
        }
        double x2 = x * x;
        double x2lo = Math.fma(x, x, -x2);
        double u = x2 / df;
        double ulo = (Math.fma(-u, df, x2) + x2lo) / df;
        return Math.log1p(u) + ulo / (1 + u);
    }

    /** {@code log Gamma((nu+1)/2) - log Gamma(nu/2) - log(nu pi)/2}. */
    private double logNormalizer() {
        double h = 0.5 * df;
        if (df >= 20) {
            return 0.5 * df * Special.log1pmx(1 / df)
                    + Special.stirlingError(h + 0.5)
                    - Special.stirlingError(h)
                    - 0.5 * Constants.LN_2PI;
        }
        return Special.gammaln(h + 0.5) - Special.gammaln(h) - 0.5 * Math.log(df * Math.PI);
    }

    @Override
    public double pdf(double x) {
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.NEGATIVE_INFINITY;
        }
        return logNormalizer() - 0.5 * (df + 1) * log1pX2(x);
    }

    /** {@code P(T < -|x|)}. */
    private double lowerTail(double x) {
        double ax = Math.abs(x);
        if (ax == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double x2 = ax * ax;
        if (x2 < df) {
            double z = x2 / (df + x2);
            return 0.5 * Special.betaincc(0.5, 0.5 * df, z);
        }
        if (ax > 1e150) {
            return Math.exp(logLowerTailAsymptotic(ax));
        }
        double w = df / (df + x2);
        return 0.5 * Special.betainc(0.5 * df, 0.5, w);
    }

    /**
     * {@code log P(T < -|x|)} from the leading term of {@code I_w(nu/2, 1/2)}, for |x| so large that
     * w = nu/(nu + x^2) &lt; 1e-280 and the relative error of the leading term, O(w), is nil.
     */
    private double logLowerTailAsymptotic(double ax) {
        double a = 0.5 * df;
        double logW = Math.log(df) - 2 * Math.log(ax) - Math.log1p(df / ax / ax);
        return -Constants.LN_2 + a * logW - Math.log(a) - Special.betaln(a, 0.5);
    }

    private double logLowerTail(double x) {
        double t = lowerTail(x);
        if (t >= 1e-300) {
            return Math.log(t);
        }
        double ax = Math.abs(x);
        if (ax > 1e150) {
            return logLowerTailAsymptotic(ax);
        }
        double w = df / (df + ax * ax);
        return -Constants.LN_2 + BetaMath.logRegularizedSeries(0.5 * df, 0.5, w, ax * ax / (df + ax * ax));
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double t = lowerTail(x);
        return x <= 0 ? t : 1 - t;
    }

    @Override
    public double logCdf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x <= 0 ? logLowerTail(x) : Math.log1p(-lowerTail(x));
    }

    @Override
    public double survival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double t = lowerTail(x);
        return x >= 0 ? t : 1 - t;
    }

    @Override
    public double logSurvival(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        return x >= 0 ? logLowerTail(x) : Math.log1p(-lowerTail(x));
    }

    /** Smallest p for which Hill's approximation starts the polish (below, x^(2/nu) may underflow). */
    private static final double HILL_MIN_P = 1e-250;

    /**
     * A start for the t &gt;= 0 with {@code P(T < -t) = p}, p in [0, 1/2], which {@link
     * QuantilePolish} refines: Hill's closed-form approximation for nu &gt;= 2 (see {@link #hill}),
     * else (below nu = 2 it misses by up to 40%, and in the far tails) the inverse incomplete beta.
     */
    private double tailQuantile(double p) {
        if (p == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p == 0.5) {
            return 0;
        }
        if (df >= 2 && p >= HILL_MIN_P) {
            double t = hill(p, df);
            if (t > 0 && t < Double.POSITIVE_INFINITY) {
                return t;
            }
        }
        return betaTailQuantile(p);
    }

    /**
     * G. W. Hill, "Algorithm 396: Student's t-quantiles", Comm. ACM 13 (1970) 619-620: the t with
     * {@code P(|T| > t) = 2p} for nu &gt;= 1, from a Cornish-Fisher type expansion about the normal
     * quantile where {@code (d 2p)^(2/nu) > 0.05 + 1/(nu - 1/2)}, else from the tail expansion in
     * {@code y = (d 2p)^(2/nu)}. Relative error below 2e-5 for nu &gt;= 3 and 1e-3 at nu = 2 (for p
     * from 1e-250 to 1/2), so that two or three Newton steps of the polish reach full accuracy, with
     * no incomplete-beta evaluation for the start.
     */
    static double hill(double p, double nu) {
        double a = 1 / (nu - 0.5);
        double b = 48 / (a * a);
        double c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
        double d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI / 2) * nu;
        double y = Math.pow(d * (2 * p), 2 / nu);
        if (y > 0.05 + a) {
            double x = StandardNormal.quantile(p);
            y = x * x;
            if (nu < 5) {
                c += 0.3 * (nu - 4.5) * (x + 0.6);
            }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
            y = Math.expm1(a * y * y);
        } else {
            y = ((1 / (((nu + 6) / (nu * y) - 0.089 * d - 0.822) * (nu + 2) * 3) + 0.5 / (nu + 4)) * y - 1)
                            * (nu + 1)
                            / (nu + 2)
                    + 1 / y;
        }
        return Math.sqrt(nu * y);
    }

    /** The t &gt;= 0 with {@code P(T < -t) = p}, p in (0, 1/2), by the inverse incomplete beta. */
    private double betaTailQuantile(double p) {
        double a = 0.5 * df;
        double w = Special.betaincinv(a, 0.5, 2 * p);
        if (w < 1e-280) {
            // invert the leading term: a log w = log(2p) + log a + log B(a, 1/2)
            double logW = (Math.log(2 * p) + Math.log(a) + Special.betaln(a, 0.5)) / a;
            return Math.sqrt(df) * Math.exp(-0.5 * logW);
        }
        if (w < 0.5) {
            return Math.sqrt(df * ((1 - w) / w));
        }
        double z = Special.betainccinv(0.5, a, 2 * p);
        return Math.sqrt(df * (z / (1 - z)));
    }

    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        double x0 = p <= 0.5 ? -tailQuantile(p) : tailQuantile(1 - p);
        return QuantilePolish.quantile(this, p, x0);
    }

    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        double x0 = q <= 0.5 ? tailQuantile(q) : -tailQuantile(1 - q);
        return QuantilePolish.inverseSurvival(this, q, x0);
    }

    /** 0 for nu &gt; 1; NaN (undefined) otherwise. */
    @Override
    public double mean() {
        return df > 1 ? 0 : Double.NaN;
    }

    /** {@code nu / (nu - 2)} for nu &gt; 2, +inf for 1 &lt; nu &lt;= 2, NaN (undefined) for nu &lt;= 1. */
    @Override
    public double variance() {
        return df > 2 ? df / (df - 2) : df > 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /** 0 for nu &gt; 3; NaN (undefined) otherwise. */
    @Override
    public double skewness() {
        return df > 3 ? 0 : Double.NaN;
    }

    /** {@code 6 / (nu - 4)} for nu &gt; 4, +inf for 2 &lt; nu &lt;= 4, NaN (undefined) otherwise. */
    @Override
    public double kurtosis() {
        return df > 4 ? 6 / (df - 4) : df > 2 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * {@code (nu+1)/2 (psi((nu+1)/2) - psi(nu/2)) + log(sqrt(nu) B(nu/2, 1/2))}, the digamma
     * difference formed without cancellation.
     */
    @Override
    public double entropy() {
        double h = 0.5 * df;
        return (h + 0.5) * BetaMath.digammaDifference(h, 0.5) + 0.5 * Math.log(df) + Special.betaln(h, 0.5);
    }

    @Override
    public Support support() {
        return Support.REAL_LINE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double z = ZigguratNormal.next(rng);
        double g = GammaSampler.next(rng, 0.5 * df);
        return z / Math.sqrt(2 * g / df);
    }
}

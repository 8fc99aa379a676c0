package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The F (Fisher-Snedecor) distribution with {@code d1} and {@code d2} degrees of freedom (real,
 * positive): the law of {@code (U1/d1) / (U2/d2)} for independent chi-squared U1, U2; support
 * {@code x >= 0}.
 *
 * <p>With {@code y = d1 x / (d1 x + d2)} and {@code 1 - y = d2 / (d1 x + d2)} (each formed
 * directly; for x &gt; 1 through {@code r = d2 / (d1 x)} so that {@code d1 x} cannot overflow), the
 * cdf is {@code I_y(d1/2, d2/2)} for {@code y <= 1/2} and {@code 1 - I_(1-y)(d2/2, d1/2)} (the
 * complement computed directly) above, and the survival function likewise the other way round: the
 * incomplete beta is always evaluated at the smaller, non-cancelling argument. The density is the
 * Beta(d1/2, d2/2) density at y (Loader's saddle-point form for large degrees of freedom) times
 * {@code y (1 - y) / x}, with the rounding errors of y and 1 - y corrected to first order.
 * Quantiles invert the same incomplete beta. Sampling: a ratio of two Marsaglia-Tsang gamma draws.
 *
 * @param d1 the numerator degrees of freedom, positive and finite
 * @param d2 the denominator degrees of freedom, positive and finite
 */
public record F(double d1, double d2) implements ContinuousDistribution {
    /** Validates the parameters: {@code IllegalArgumentException} naming a bad one. */
    public F {
        Arguments.positive("F", "d1", d1);
        Arguments.positive("F", "d2", d2);
    }

    /**
     * y = d1 x / (d1 x + d2), q = 1 - y, and their relative rounding errors (first order), for
     * finite x &gt; 0: {@code {y, q, dy/y, dq/q}}.
     */
    private double[] split(double x) {
        if (x <= 1) {
            double n = d1 * x;
            double nlo = Math.fma(d1, x, -n);
            double s = n + d2;
            double bv = s - n;
            double slo = (n - (s - bv)) + (d2 - bv) + nlo; // s + slo = d1 x + d2 (nearly exact)
            double y = n / s;
            double ylo = (Math.fma(-y, s, n) + nlo - y * slo) / s;
            double q = d2 / s;
            double qlo = (Math.fma(-q, s, d2) - q * slo) / s;
            return new double[] {y, q, ylo / y, qlo / q};
        }
        // r = d2 / (d1 x); y = 1 / (1 + r), q = r / (1 + r)
        double dx = d1 * x;
        if (dx == Double.POSITIVE_INFINITY) {
            double r = d2 / d1 / x;
            return new double[] {1 / (1 + r), r / (1 + r), 0, 0};
        }
        double dxlo = Math.fma(d1, x, -dx);
        double r = d2 / dx;
        double rlo = (Math.fma(-r, dx, d2) - r * dxlo) / dx; // r + rlo = d2 / (d1 x)
        double s = 1 + r;
        double bv = s - 1;
        double slo = (1 - (s - bv)) + (r - bv) + rlo;
        double y = 1 / s;
        double ylo = (Math.fma(-y, s, 1) - y * slo) / s;
        double q = r / s;
        double qlo = (Math.fma(-q, s, r) + rlo - q * slo) / s;
        return new double[] {y, q, ylo / y, qlo / q};
    }

    @Override
    public double pdf(double x) {
        if (!(x >= 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == 0) {
            return d1 < 2 ? Double.POSITIVE_INFINITY : d1 == 2 ? 1 : 0;
        }
        return Math.exp(logPdf(x));
    }

    @Override
    public double logPdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : x == 0 ? Math.log(pdf(0)) : Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        if (d1 == 2) {
            // f(x) = (1 + x/b)^-(1 + b): its log crosses 0 at x = 0, where the general form (a sum of
            // terms of size |log x|) keeps only absolute accuracy and may give the wrong sign
            return -(1 + b) * Math.log1p(x / b);
        }
        if (x < 1e-280) {
            // d1 x may underflow: a log(d1/d2) + (a-1) log x - log B(a,b) - (a+b) log1p(d1 x / d2)
            return a * Math.log(d1 / d2)
                    + (a - 1) * Math.log(x)
                    - Special.betaln(a, b)
                    - (a + b) * Math.log1p(d1 / d2 * x);
        }
        double[] s = split(x);
        double y = s[0];
        double q = s[1];
        // f_X(x) = f_Y(y) y q / x; d log f / d log y = a, d log f / d log q = b
        return BetaMath.logDensity(a, b, y, q) + Math.log(y) + Math.log(q) - Math.log(x) + a * s[2] + b * s[3];
    }

    @Override
    public double cdf(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (d1 / d2 * x < TINY_Y) {
            return Math.exp(logCdfTiny(x));
        }
        double[] s = split(x);
        return s[0] <= 0.5 ? Special.betainc(0.5 * d1, 0.5 * d2, s[0]) : Special.betaincc(0.5 * d2, 0.5 * d1, s[1]);
    }

    @Override
    public double survival(double x) {
        if (!(x > 0)) {
            return Double.isNaN(x) ? x : 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double[] s = split(x);
        return s[0] <= 0.5 ? Special.betaincc(0.5 * d1, 0.5 * d2, s[0]) : Special.betainc(0.5 * d2, 0.5 * d1, s[1]);
    }

    @Override
    public double logCdf(double x) {
        if (x > 0 && d1 / d2 * x < TINY_Y) {
            return logCdfTiny(x);
        }
        double c = cdf(x);
        if (c >= 1e-300 || !(x > 0) || Double.isInfinite(x)) {
            return c > 0.5 ? Math.log1p(-survival(x)) : Math.log(c);
        }
        double[] s = split(x); // c underflows only for y tiny
        return BetaMath.logRegularizedSeries(0.5 * d1, 0.5 * d2, s[0], s[1]);
    }

    @Override
    public double logSurvival(double x) {
        double sv = survival(x);
        if (sv >= 1e-300 || !(x > 0) || Double.isInfinite(x)) {
            return sv > 0.5 ? Math.log1p(-cdf(x)) : Math.log(sv);
        }
        double[] s = split(x); // the survival underflows only for 1 - y tiny
        return BetaMath.logRegularizedSeries(0.5 * d2, 0.5 * d1, s[1], s[0]);
    }

    /** Below this {@code y = d1 x / (d1 x + d2)}, the cdf is its leading term (see logCdfTiny). */
    private static final double TINY_Y = 1e-280;

    /**
     * {@code log I_y(a, b)} for {@code y < 1e-280} by the leading term {@code y^a / (a B(a, b))} of
     * its series (the next term is {@code O(y)} relative), with {@code log y} from {@code log x}: a
     * subnormal {@code d1 x} or y would have lost the relative accuracy that the cdf keeps.
     */
    private double logCdfTiny(double x) {
        double a = 0.5 * d1;
        double r = d1 / d2;
        double logY = Math.log(r) + Math.log(x) - Math.log1p(r * x);
        return a * logY - Math.log(a) - Special.betaln(a, 0.5 * d2);
    }

    /** x from y and 1 - y: {@code d2 y / (d1 (1 - y))}. */
    private double fromY(double y, double q) {
        return d2 / d1 * (y / q);
    }

    @Override
    public double quantile(double p) {
        if (!Arguments.isProbability(p)) {
            return Double.NaN;
        }
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        double y = Special.betaincinv(a, b, p);
        double x0;
        if (y <= 0.5) {
            x0 = fromY(y, 1 - y);
        } else {
            double q = Special.betainccinv(b, a, p); // I_q(b, a) = 1 - p
            x0 = fromY(1 - q, q);
        }
        return QuantilePolish.quantile(this, p, x0);
    }

    @Override
    public double inverseSurvival(double q) {
        if (!Arguments.isProbability(q)) {
            return Double.NaN;
        }
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        double y = Special.betainccinv(a, b, q);
        double x0;
        if (y <= 0.5) {
            x0 = fromY(y, 1 - y);
        } else {
            double r = Special.betaincinv(b, a, q); // 1 - y, from I_(1-y)(b, a) = q
            x0 = fromY(1 - r, r);
        }
        return QuantilePolish.inverseSurvival(this, q, x0);
    }

    /** {@code d2 / (d2 - 2)} for d2 &gt; 2; +inf otherwise (the mean diverges). */
    @Override
    public double mean() {
        return d2 > 2 ? d2 / (d2 - 2) : Double.POSITIVE_INFINITY;
    }

    /**
     * {@code 2 d2^2 (d1 + d2 - 2) / (d1 (d2 - 2)^2 (d2 - 4))} for d2 &gt; 4; +inf for 2 &lt; d2 &lt;= 4; NaN
     * (undefined: no finite mean) for d2 &lt;= 2.
     */
    @Override
    public double variance() {
        if (d2 <= 2) {
            return Double.NaN;
        }
        if (d2 <= 4) {
            return Double.POSITIVE_INFINITY;
        }
        double m = d2 - 2;
        return 2 * d2 * d2 * (d1 + d2 - 2) / (d1 * m * m * (d2 - 4));
    }

    /** For d2 &gt; 6; +inf for 4 &lt; d2 &lt;= 6; NaN for d2 &lt;= 4. */
    @Override
    public double skewness() {
        if (d2 <= 4) {
            return Double.NaN;
        }
        if (d2 <= 6) {
            return Double.POSITIVE_INFINITY;
        }
        return (2 * d1 + d2 - 2) * Math.sqrt(8 * (d2 - 4)) / ((d2 - 6) * Math.sqrt(d1 * (d1 + d2 - 2)));
    }

    /** Excess kurtosis for d2 &gt; 8; +inf for 6 &lt; d2 &lt;= 8; NaN for d2 &lt;= 6. */
    @Override
    public double kurtosis() {
        if (d2 <= 6) {
            return Double.NaN;
        }
        if (d2 <= 8) {
            return Double.POSITIVE_INFINITY;
        }
        double s = d1 + d2 - 2;
        double num = d1 * (5 * d2 - 22) * s + (d2 - 4) * (d2 - 2) * (d2 - 2);
        return 12 * num / (d1 * (d2 - 6) * (d2 - 8) * s);
    }

    /**
     * {@code log B(a, b) + (1 - a) psi(a) - (1 + b) psi(b) + (a + b) psi(a + b) + log(d2 / d1)} with
     * a = d1/2, b = d2/2, regrouped as
     * {@code log B + (a - 1)(psi(a+b) - psi(a)) + (b + 1)(psi(a+b) - psi(b)) + log(d2/d1)} so that
     * the digamma differences carry no cancellation.
     */
    @Override
    public double entropy() {
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        // (1-a) psi(a) - (1+b) psi(b) + (a+b) psi(a+b)
        //   = (a-1)(psi(a+b) - psi(a)) + (1+b)(psi(a+b) - psi(b)) + (1 - a - 1 - b + a + b) psi(a+b)
        // and the last coefficient is 0.
        return Special.betaln(a, b)
                + (a - 1) * BetaMath.digammaDifference(a, b)
                + (1 + b) * BetaMath.digammaDifference(b, a)
                + Math.log(d2 / d1);
    }

    @Override
    public Support support() {
        return Support.POSITIVE;
    }

    @Override
    public double sample(RandomGenerator rng) {
        Arguments.rng(rng);
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        if (a >= 1 && b >= 1) {
            return d2 / d1 * (GammaSampler.next(rng, a) / GammaSampler.next(rng, b));
        }
        double l = GammaSampler.nextLog(rng, a) - GammaSampler.nextLog(rng, b);
        return d2 / d1 * Math.exp(l);
    }
}

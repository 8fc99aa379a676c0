package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.special.Special;
import jnum.testkit.CsvResource;
import jnum.testkit.Quadrature;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The noncentral t on the side of 0 against the sign of delta (delta &gt; 0 and t &lt; 0, or the
 * mirror), where the series cancels and the tail and density are integrals over the chi variable.
 *
 * <p>Error budget: the log-integrand at each node has an absolute rounding of a few eps times its
 * magnitude (the log tail itself) and the input t enters through its logarithm, so a log value has
 * an error of about {@code eps (1 + |log P| + cond)} with {@code cond = |t| f(t) / P}, the condition
 * number of P in t; the sum over the rule's nodes is a weighted mean of such errors.
 * {@link #C} units of that are allowed, as in {@code NoncentralRandomParameterProperties}.
 */
class NoncentralTOppositeTailTest {
    private static final double EPS = Tolerance.EPS;
    private static final double C = 64;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /** log of the tail away from delta at x (x on the other side of 0). */
    private static double logTail(NoncentralT d, double x) {
        return d.delta() > 0 ? d.logCdf(x) : d.logSurvival(x);
    }

    private static double bound(double logP, double logPdf, double x) {
        double cond = Math.exp(Math.log(Math.abs(x)) + logPdf - logP);
        return C * EPS * (1 + Math.abs(logP) + cond);
    }

    /** Against mpmath ({@code reference/noncentral/nct_opposite_tail.csv}, see its script). */
    @Test
    void againstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/nct_opposite_tail.csv")) {
            NoncentralT d = new NoncentralT(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double x = Double.parseDouble(f[2]);
            double tail = Double.parseDouble(f[3]);
            double pdf = Double.parseDouble(f[4]);
            double b = bound(tail, pdf, x);
            Tolerance.assertWithin(logTail(d, x), tail, b, d + " log tail at " + x);
            Tolerance.assertWithin(d.logPdf(x), pdf, bound(pdf, pdf, x) + b, d + ".logPdf(" + x + ")");
            rows++;
        }
        assertTrue(rows >= 100, "rows: " + rows);
    }

    /**
     * Random parameters (df log-uniform in [1e-3, 1e6], |delta| in [1e-3, 450], x on the other side
     * with |x| log-uniform in [1e-3, 1e4]): the log tail against an independent adaptive
     * Gauss-Kronrod oracle ({@link Quadrature}) of the same integral; cdf + survival = 1; the log
     * forms against the direct forms where those are normal; and quantile(cdf(x)) reproducing the
     * probability to the condition number (for tails from 1e-300 up).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomParameters(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 4; i++) {
            double df = logUniform(r, 1e-3, 1e6);
            double delta = (r.nextBoolean() ? 1 : -1) * logUniform(r, 1e-3, 450);
            double x = -Math.signum(delta) * logUniform(r, 1e-3, 1e4);
            NoncentralT d = new NoncentralT(df, delta);
            String at = d + " at " + x + " (seed " + seed + ")";
            double lt = logTail(d, x);
            double lf = d.logPdf(x);
            double b = bound(lt, lf, x);
            double oracle = oracleLogTail(df, Math.abs(delta), Math.abs(x));
            // the oracle's own integrand carries the same kind of rounding, its quadrature 1e-14
            Tolerance.assertWithin(lt, oracle, 2 * b + 1e-14, at + ": log tail against the oracle");
            double c = d.cdf(x);
            double s = d.survival(x);
            assertTrue(Math.abs(c + s - 1) <= C * EPS, at + ": cdf + survival - 1 = " + (c + s - 1));
            double p = delta > 0 ? c : s;
            if (p >= Double.MIN_NORMAL) {
                Tolerance.assertWithin(lt, Math.log(p), b, at + ": log form against the direct form");
                Tolerance.assertWithin(lf, Math.log(d.pdf(x)), C * EPS * (1 + Math.abs(lf)), at + ": logPdf");
            }
            if (lt > Math.log(1e-300)) {
                double q = delta > 0 ? d.quantile(p) : d.inverseSurvival(p);
                double back = logTail(d, q);
                double bq = b + C * EPS * Math.exp(Math.log(Math.abs(q)) + d.logPdf(q) - lt);
                Tolerance.assertWithin(back, lt, bq, at + ": round trip through " + q);
            }
        }
    }

    /**
     * The upper tail on delta's own side far out, where its series underflows (t beyond the point
     * where the survival function is 2^-968): the log survival function against the oracle, to the
     * same budget.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void upperTailOnDeltasSideBeyondTheSeries(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            double df = logUniform(r, 1e-3, 1e6);
            double delta = logUniform(r, 1, 450);
            NoncentralT d = new NoncentralT(df, delta);
            double x = d.inverseSurvival(Math.pow(10, -r.nextDouble(292, 300))) * logUniform(r, 1, 1e3);
            if (!(x > 0 && x < Double.MAX_VALUE)) {
                continue;
            }
            String at = d + " at " + x + " (seed " + seed + ")";
            double lt = d.logSurvival(x);
            double b = bound(lt, d.logPdf(x), x);
            Tolerance.assertWithin(lt, oracleLogTail(df, -delta, x), 2 * b + 1e-14, at + ": log survival");
        }
    }

    private static double oracleLogTail(double df, double a, double t) {
        return oracleLogTail(df, a, t, 1);
    }

    /**
     * {@code log integral_0^inf Phi_c(side t r + a) chi2_df(v) dv}, {@code r = sqrt(v/df)} (side -1
     * and {@code a = delta > 0}: the lower tail {@code P(T <= t)} on delta's side), in
     * {@code u = log(t r)}: the log-integrand from erfcx and the chi-squared density's deviance
     * form, its peak by golden-section search, then adaptive Gauss-Kronrod on pieces that double
     * away from it out to where the integrand has fallen by e^-45.
     */
    static double oracleLogTail(double df, double a, double t, int side) {
        // a < 0: the upper tail on delta's side (delta = -a > 0)
        double half = 0.5 * df;
        double logT = Math.log(t);
        double k = 0.5 * Math.log(half) - 0.5 * Math.log(2 * Math.PI) - Special.stirlingError(half) + Math.log(2);
        DoubleUnaryOperator logF = u -> {
            double z = side * Math.exp(u) + a;
            double l = 2 * (u - logT);
            double dev = Math.abs(l) < 1 ? -Special.log1pmx(Math.expm1(l)) : Math.expm1(l) - l;
            double normal = z >= 0
                    ? Math.log(0.5 * Special.erfcx(z / Math.sqrt(2))) - 0.5 * z * z
                    : Math.log1p(-0.5 * Special.erfc(-z / Math.sqrt(2)));
            return normal - half * dev + k;
        };
        double lo = -1e6;
        double hi = 710;
        double g = 0.5 * (Math.sqrt(5) - 1);
        for (int i = 0; i < 300 && hi - lo > 1e-12 * (1 + Math.abs(lo)); i++) {
            double c = hi - g * (hi - lo);
            double e = lo + g * (hi - lo);
            if (logF.applyAsDouble(c) >= logF.applyAsDouble(e)) {
                hi = e;
            } else {
                lo = c;
            }
        }
        double u0 = 0.5 * (lo + hi);
        double top = logF.applyAsDouble(u0);
        DoubleUnaryOperator f = u -> Math.exp(logF.applyAsDouble(u) - top);
        double sum = 0;
        for (int dir = -1; dir <= 1; dir += 2) {
            double from = u0;
            for (double w = 1e-4; w < 4e6; w *= 2) {
                double to = u0 + dir * w;
                sum += Quadrature.integrate(f, Math.min(from, to), Math.max(from, to), 0, 1e-14, 200)
                        .value();
                from = to;
                if (logF.applyAsDouble(to) < top - 45) {
                    break;
                }
            }
        }
        return top + Math.log(sum);
    }
}

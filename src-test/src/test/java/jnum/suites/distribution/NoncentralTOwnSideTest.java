package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralT;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The noncentral t on delta's own side at large {@code mu = delta^2/2}, where both tails are
 * integrals over the chi variable (the series would have thousands of terms): the lower tail
 * {@code integral Phi_c(delta - t r) chi2_df(v) dv} and the upper {@code integral Phi_c(t r - delta)
 * chi2_df(v) dv}, each against the independent adaptive Gauss-Kronrod oracle of
 * {@link NoncentralTOppositeTailTest}, to the same error budget ({@code C eps (1 + |log P| + cond)},
 * cond the condition number {@code t f(t) / P}), and quantile round trips.
 */
class NoncentralTOwnSideTest {
    private static final double EPS = Tolerance.EPS;
    private static final double C = 64;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    private static double bound(double logP, double logPdf, double x) {
        double cond = Math.exp(Math.log(Math.abs(x)) + logPdf - logP);
        return C * EPS * (1 + Math.abs(logP) + cond);
    }

    /**
     * Random parameters (df log-uniform in [1e-3, 1e6], |delta| in [10.5, 450] (mu above 55), either sign), x on
     * delta's side at a tail probability log-uniform down to 1e-300 in either tail (from the
     * quantile function, then moved by a relative 1e-3 so the check does not rest on it): the
     * smaller tail in logs against the oracle; cdf + survival = 1; the quantile of the tail
     * reproducing it to the condition number.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tailsAgainstTheOracle(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 8; i++) {
            double df = logUniform(r, 1e-3, 1e6);
            double delta = (r.nextBoolean() ? 1 : -1) * r.nextDouble(10.5, 450);
            NoncentralT d = new NoncentralT(df, delta);
            double p = Math.pow(10, -r.nextDouble(0.5, 300));
            boolean lower = r.nextBoolean(); // the tail towards 0 on delta's side, else away from it
            // in delta > 0 terms: the lower tail P(T <= t) or the upper P(T > t), t > 0
            boolean cdfTail = lower == delta > 0;
            double x0 = cdfTail ? d.quantile(p) : d.inverseSurvival(p);
            double x = x0 * (1 + 1e-3 * (r.nextDouble() - 0.5));
            if (!(Math.signum(x) == Math.signum(delta) && Math.abs(x) < Double.MAX_VALUE)) {
                continue;
            }
            String at = d + " at " + x + (cdfTail ? " cdf" : " survival") + " (seed " + seed + ")";
            double lt = cdfTail ? d.logCdf(x) : d.logSurvival(x);
            double lf = d.logPdf(x);
            double b = bound(lt, lf, x);
            double oracle = NoncentralTOppositeTailTest.oracleLogTail(
                    df, lower ? Math.abs(delta) : -Math.abs(delta), Math.abs(x), lower ? -1 : 1);
            Tolerance.assertWithin(lt, oracle, 2 * b + 1e-14, at + ": log tail against the oracle");
            double c = d.cdf(x);
            double s = d.survival(x);
            Tolerance.assertWithin(c + s, 1, C * EPS, at + ": cdf + survival");
            double q = cdfTail ? d.quantile(Math.exp(lt)) : d.inverseSurvival(Math.exp(lt));
            double back = cdfTail ? d.logCdf(q) : d.logSurvival(q);
            double bq = b + C * EPS * Math.exp(Math.log(Math.abs(q)) + d.logPdf(q) - lt);
            Tolerance.assertWithin(back, lt, bq, at + ": round trip through " + q);
        }
    }

    /**
     * The lower tail on delta's side beyond the cliff of the normal factor ({@code t > delta + 8}),
     * where the chi factor peaks beyond the cliff and the lower tail is integrated by parts in the
     * normal variable: df log-uniform in [1e-2, 30], t from {@code delta + 8} up to 1e150 times
     * further; the log lower tail against the oracle, where it is at most 1/2 (above, it is the
     * complement of the upper tail). Below df = 1e-2 the oracle's pieces miss up to 4e-4 of the
     * log tail at t near 1e100 (its flank of slope df is 45 / df long); there
     * {@link #lowerTailBeyondTheCliffAtTinyDf} checks against mpmath.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lowerTailBeyondTheCliffAgainstTheOracle(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 8; i++) {
            double df = logUniform(r, 1e-2, 30);
            double delta = r.nextDouble(10.5, 450);
            NoncentralT d = new NoncentralT(df, delta);
            double t = (delta + 8) * logUniform(r, 1, 1e150);
            double lt = d.logCdf(t);
            if (!(lt <= -Math.log(2))) {
                continue;
            }
            String at = d + " at " + t + " (seed " + seed + ")";
            double b = bound(lt, d.logPdf(t), t);
            double oracle = NoncentralTOppositeTailTest.oracleLogTail(df, delta, t, -1);
            Tolerance.assertWithin(lt, oracle, 2 * b + 1e-14, at + ": log cdf against the oracle");
            double reflected = new NoncentralT(df, -delta).logSurvival(-t); // P(T >= -t; -delta)
            Tolerance.assertWithin(reflected, oracle, 2 * b + 1e-14, at + ": reflected");
        }
    }

    /**
     * The lower tail beyond the cliff at df in [1e-3, 0.1] and t up to 1e150 times delta, against
     * mpmath ({@code reference/noncentral/nct_lower_beyond_cliff.csv} and the script that wrote
     * it), to the budget of {@link #lowerTailBeyondTheCliffAgainstTheOracle}.
     */
    @Test
    void lowerTailBeyondTheCliffAtTinyDf() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/nct_lower_beyond_cliff.csv")) {
            NoncentralT d = new NoncentralT(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double t = Double.parseDouble(f[2]);
            double expected = Double.parseDouble(f[3]);
            double lt = d.logCdf(t);
            double b = bound(lt, d.logPdf(t), t);
            Tolerance.assertWithin(lt, expected, 2 * b + 1e-14, d + ".logCdf(" + t + ") against mpmath");
            rows++;
        }
        assertTrue(rows >= 2, "rows: " + rows);
    }
}

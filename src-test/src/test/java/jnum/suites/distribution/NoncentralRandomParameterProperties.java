package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.stat.distribution.NoncentralT;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The noncentral chi-squared and t distributions over random parameters across their whole range
 * (degrees of freedom log-uniform in [1e-3, 1e6], chi-squared noncentrality log-uniform up to 1e5,
 * t noncentrality up to 450 in magnitude, i.e. {@code delta^2 / 2} up to 1e5) and probabilities
 * log-uniform down to 1e-300: cdf + survival = 1, quantiles reproducing their probability through
 * the distribution's own tails to the condition number, and the log survival function of the
 * chi-squared against mpmath where the survival function underflows
 * ({@code reference/noncentral/ncx2_log_tail.csv}).
 *
 * <p>Error budget of a tail value: a sum of n positive Poisson-weighted terms, each weight and each
 * incomplete function carried by at most n multiplications or additions from a directly evaluated
 * one, has a relative error of at most about {@code 2 n eps}; n is the number of terms within 40
 * nats of the largest, {@code 18 sqrt(1 + mu)} for the Poisson mean mu (nine standard deviations
 * each side). The tails' exponents add {@code |log p| eps}. Where the noncentral t takes its tail
 * from quadrature, the quadrature's relative tolerance 1e-13 replaces n eps. This budget holds
 * because the weights and the steps of the incomplete functions are each evaluated directly where
 * they are largest on the range and carried outward from there: a step evaluated at the largest
 * term of the sum instead (at k = 0.0023, lambda = 55.4, x = 0.066 the step there is e^-157) has a
 * relative error of some {@code 157 eps} from its exponential, which the step near j = 0, of size
 * 1, inherited, and the survival function near 1 was off by 290 eps, beyond this budget; the
 * condition number of {@code log S} in S is {@code 1/S}, about 1 there, so that was an inaccurate
 * value, not a wrong bound.
 */
class NoncentralRandomParameterProperties {
    private static final double EPS = Tolerance.EPS;

    /** Rounding budget per unit of the error terms above (as in {@code HeavyTailQuantileTest}). */
    private static final double C = 64;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    private static NoncentralChiSquared randomChiSquared(SplittableRandom r) {
        return new NoncentralChiSquared(logUniform(r, 1e-3, 1e6), logUniform(r, 1e-3, 1e5));
    }

    private static NoncentralT randomT(SplittableRandom r) {
        double delta = (r.nextBoolean() ? 1 : -1) * logUniform(r, 1e-3, 450);
        return new NoncentralT(logUniform(r, 1e-3, 1e6), delta);
    }

    /** The relative error budget of a tail value of d (see the class comment). */
    private static double tailBudget(ContinuousDistribution d, double p) {
        double mu = d instanceof NoncentralChiSquared c ? 0.5 * c.lambda() : 0.5 * sq(((NoncentralT) d).delta());
        double terms = 18 * Math.sqrt(1 + mu);
        double noise = d instanceof NoncentralT ? Math.max(1e-13, 2 * terms * EPS) : 2 * terms * EPS;
        return noise + C * EPS * (1 + Math.abs(Math.log(p)));
    }

    private static double sq(double v) {
        return v * v;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void cdfPlusSurvivalIsOne(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            NoncentralChiSquared c = randomChiSquared(r);
            double x = c.mean() + r.nextDouble(-3, 3) * Math.sqrt(c.variance());
            checkSum(c, Math.max(x, Double.MIN_NORMAL), seed);
            // tiny x, log-uniform down to the smallest subnormal, where y = x/2 is subnormal or 0
            checkSum(c, logUniform(r, Double.MIN_VALUE, 1e-200), seed);
            NoncentralT t = randomT(r);
            double y = t.delta() * (1 + r.nextDouble(-0.5, 0.5)) + r.nextDouble(-3, 3);
            checkSum(t, y, seed);
        }
    }

    private static void checkSum(ContinuousDistribution d, double x, long seed) {
        double c = d.cdf(x);
        double s = d.survival(x);
        double bound = tailBudget(d, 0.5);
        assertTrue(
                Math.abs(c + s - 1) <= bound,
                d + " at " + x + " (seed " + seed + "): cdf + survival - 1 = " + (c + s - 1) + " > " + bound);
    }

    /**
     * {@code cdf(quantile(p)) = p} and {@code survival(inverseSurvival(p)) = p} to the tail budget
     * plus the rounding of the quantile, {@code |x f(x) / p| eps} (the condition number).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantilesRoundTrip(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            roundTrip(randomChiSquared(r), Math.pow(10, -r.nextDouble(0.5, 300)), seed);
            roundTrip(randomT(r), Math.pow(10, -r.nextDouble(0.5, 300)), seed);
        }
    }

    /**
     * The same round trips in the chi-squared's far tails at large noncentrality (1e2 to 1e7, k
     * from 1e-3 to 1e5, p from 1e-12 to 1e-300), where the quantile's start is the root of
     * Laplace's approximation of the log tail found with the Bessel-form density.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void farTailQuantilesRoundTripAtLargeNoncentrality(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            NoncentralChiSquared d = new NoncentralChiSquared(logUniform(r, 1e-3, 1e5), logUniform(r, 1e2, 1e7));
            roundTrip(d, Math.pow(10, -r.nextDouble(12, 300)), seed);
        }
    }

    private static void roundTrip(ContinuousDistribution d, double p, long seed) {
        String at = d + " at p = " + p + " (seed " + seed + ")";
        double y = d.inverseSurvival(p);
        if (y == Double.POSITIVE_INFINITY) {
            assertTrue(d.survival(Double.MAX_VALUE) >= p, at + ": +Infinity although survival(MAX_VALUE) < p");
        } else if (y > 0 || d.support().lower() < 0) {
            check(d.logSurvival(y), p, d, y, at + ": survival(inverseSurvival(p))");
        }
        double x = d.quantile(p);
        if (x == Double.NEGATIVE_INFINITY) {
            assertTrue(d.cdf(-Double.MAX_VALUE) >= p, at + ": -Infinity although cdf(-MAX_VALUE) < p");
        } else if (x > 0 || d.support().lower() < 0) {
            check(d.logCdf(x), p, d, x, at + ": cdf(quantile(p))");
        }
    }

    /** {@code |log tail - log p| <= budget + condition eps}, the log form covering p below the normal range. */
    private static void check(double logTail, double p, ContinuousDistribution d, double x, String what) {
        double cond = Math.exp(Math.log(Math.abs(x)) + d.logPdf(x) - Math.log(p));
        double bound = tailBudget(d, p) + C * EPS * cond;
        double err = Math.abs(logTail - Math.log(p));
        assertTrue(err <= bound, what + " = " + x + ": log error " + err + " > " + bound + " (condition " + cond + ")");
    }

    /**
     * The log survival function against mpmath where the survival function underflows (log S from
     * -800 to -5e11): the log of a sum with the tail budget's relative error, so an absolute error of
     * that budget, plus the rounding of a log that size, {@code 4 eps |log S|}.
     */
    @Test
    void logSurvivalBeyondTheDoublesAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/noncentral/ncx2_log_tail.csv")) {
            NoncentralChiSquared d = new NoncentralChiSquared(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            double x = Double.parseDouble(f[2]);
            double expected = Double.parseDouble(f[3]);
            double bound = tailBudget(d, 0.5) + 4 * EPS * Math.abs(expected);
            double got = d.logSurvival(x);
            assertTrue(
                    Math.abs(got - expected) <= bound,
                    d + ".logSurvival(" + x + ") = " + got + ", mpmath " + expected + ", bound " + bound);
            rows++;
        }
        assertTrue(rows >= 50, "rows: " + rows);
    }

    /**
     * Where the survival function is in the normal range, {@code logSurvival} agrees with the log of
     * {@code survival} (and {@code logCdf} with the log of {@code cdf}) to the tail budget.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logFormsAgreeWithDirectForms(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            NoncentralChiSquared c = randomChiSquared(r);
            double x = c.mean() * logUniform(r, 1e-3, 1e3);
            double s = c.survival(x);
            if (s >= Double.MIN_NORMAL) {
                double bound = tailBudget(c, s);
                Tolerance.assertWithin(c.logSurvival(x), Math.log(s), bound, c + ".logSurvival(" + x + ")");
            }
            double cdf = c.cdf(x);
            if (cdf >= Double.MIN_NORMAL) {
                double bound = tailBudget(c, cdf);
                Tolerance.assertWithin(c.logCdf(x), Math.log(cdf), bound, c + ".logCdf(" + x + ")");
            }
        }
    }
}

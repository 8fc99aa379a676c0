package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NoncentralChiSquared quantiles at large noncentrality (lambda log-uniform in [1e3, 1e6], k in
 * [1e-3, 1e3]) over the body and both tails (p from 1e-10 to 1 - 1e-10), where they start from
 * Cornish-Fisher's expansion: each quantile and inverse survival point reproduces its probability
 * through the library's own cdf and survival function to the condition number, and equals the root
 * found by bisection of those same functions from a bracket 60 standard deviations each side of
 * the mean (a start far away) to the same tolerance, so that the start changes the cost and not the answer.
 *
 * <p>Error budget of a tail value (as in {@code NoncentralRandomParameterProperties}): a sum of n
 * positive Poisson-weighted terms, n = {@code 18 sqrt(1 + lambda/2)}, carries a relative error of
 * at most {@code 2 n eps}, and the tail's exponent {@code C eps (1 + |log p|)}. A point x whose tail
 * is within a relative {@code b} of p is within {@code b p / f(x)} of the root, and its own rounding
 * adds {@code eps x}, that is {@code eps cond} in the tail with {@code cond = x f(x) / p}.
 */
class NoncentralChiSquaredBodyQuantileTest {
    private static final double EPS = Tolerance.EPS;

    /** Rounding budget per unit of the error terms above. */
    private static final double C = 64;

    /** Bisection steps at most: the bracket's 120 standard deviations down to an ulp take about 60. */
    private static final int MAX_BISECTIONS = 200;

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /** A probability in the lower tail, the body or the upper tail, a third of the draws each. */
    private static double probability(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> logUniform(r, 1e-10, 1e-2);
            case 1 -> r.nextDouble(0.01, 0.99);
            default -> 1 - logUniform(r, 1e-10, 1e-2);
        };
    }

    private static double tailBudget(NoncentralChiSquared d, double target) {
        double terms = 18 * Math.sqrt(1 + 0.5 * d.lambda());
        return 2 * terms * EPS + C * EPS * (1 + Math.abs(Math.log(target)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void bodyQuantilesRoundTripAndMatchAFarStart(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            NoncentralChiSquared d = new NoncentralChiSquared(logUniform(r, 1e-3, 1e3), logUniform(r, 1e3, 1e6));
            double p = probability(r);
            String at = d + " (seed " + seed + ")";
            // quantile(p) inverts the cdf below 1/2 and the survival function at 1 - p (exact) above
            check(d, d.quantile(p), Math.min(p, 1 - p), p > 0.5, at + ".quantile(" + p + ")");
            double q = probability(r);
            check(d, d.inverseSurvival(q), Math.min(q, 1 - q), q <= 0.5, at + ".inverseSurvival(" + q + ")");
        }
    }

    /** x against the tail it inverts ({@code upper}: the survival function) and against bisection. */
    private static void check(NoncentralChiSquared d, double x, double target, boolean upper, String what) {
        double tail = upper ? d.survival(x) : d.cdf(x);
        double density = d.pdf(x);
        double cond = x * density / target;
        double budget = tailBudget(d, target);
        double err = Math.abs(tail / target - 1);
        assertTrue(
                err <= budget + C * EPS * cond,
                what + " = " + x + ": relative error of the tail " + err + " > " + (budget + C * EPS * cond)
                        + " (condition " + cond + ")");
        double root = bisect(d, target, upper, what);
        // both points are within budget p / f of the root, each with its own rounding
        double bound = 2 * budget * target / density + 2 * C * EPS * x;
        assertTrue(
                Math.abs(x - root) <= bound,
                what + " = " + x + " but bisection from a far bracket gives " + root + ": difference "
                        + Math.abs(x - root) + " > " + bound);
    }

    /**
     * The point where the tail crosses target, by bisection from the mean -+ 60 standard deviations
     * (the lower end at least a thousandth of the mean, where the cdf is below e^-300 already).
     */
    private static double bisect(NoncentralChiSquared d, double target, boolean upper, String what) {
        double s = Math.sqrt(d.variance());
        double lo = Math.max(1e-3 * d.mean(), d.mean() - 60 * s);
        double hi = d.mean() + 60 * s;
        assertTrue(beyond(d, lo, target, upper) != beyond(d, hi, target, upper), what + ": bracket");
        boolean loSide = beyond(d, lo, target, upper);
        for (int i = 0; i < MAX_BISECTIONS && Math.nextUp(lo) < hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (beyond(d, mid, target, upper) == loSide) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Whether the cdf at x is below target (for the survival function: above it). */
    private static boolean beyond(NoncentralChiSquared d, double x, double target, boolean upper) {
        return upper ? d.survival(x) > target : d.cdf(x) < target;
    }
}

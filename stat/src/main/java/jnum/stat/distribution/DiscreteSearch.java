package jnum.stat.distribution;

import java.util.function.LongPredicate;
import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The integer quantile search shared by the discrete distributions.
 *
 * <p>{@code quantile(p)} is the smallest k with {@code cdf(k) >= p}. The test is decided in the
 * tail where it is accurate: for {@code p > 1/2} it is made as {@code survival(k) <= 1 - p}
 * ({@code 1 - p} is exact there), so an upper-tail quantile is not lost to the rounding of a
 * cdf near 1. The search starts from a Cornish-Fisher guess {@code mean + sd (z + (z^2 - 1)
 * skew / 6)} (or from a start the distribution refines itself, {@link #quantileFrom}), walks away
 * from it with doubling steps until the predicate changes, then bisects: at most about 2 * 64
 * evaluations of cdf or survival, whatever the start, and two from a start next to the answer.
 */
final class DiscreteSearch {
    private DiscreteSearch() {}

    /**
     * Counts given as doubles: each must be a non-negative integer below 2^53.
     *
     * @throws IllegalArgumentException naming the first value that is not
     */
    static long[] counts(String op, double[] data) {
        long[] c = new long[Arguments.nonNull(op, "data", data).length];
        for (int i = 0; i < data.length; i++) {
            double v = data[i];
            if (!(v >= 0 && v <= 0x1p53) || v != Math.rint(v)) {
                throw new IllegalArgumentException(
                        op + ": observation data[" + i + "] = " + v + " is not a non-negative integer");
            }
            c[i] = (long) v;
        }
        return c;
    }

    /** The smallest k with {@code cdf(k) >= p} (the support's ends at p = 0 and p = 1). */
    static long quantile(DiscreteDistribution d, double p, double mean, double sd, double skew) {
        Arguments.probability("quantile", "p", p);
        return quantileFrom(d, p, cornishFisher(p > 0.5 ? 1 - p : p, p > 0.5, mean, sd, skew));
    }

    /** {@link #quantile} searched from a given start (any start gives the same answer). */
    static long quantileFrom(DiscreteDistribution d, double p, double start) {
        IntegerSupport s = d.support();
        return quantileFrom(d, p, clamp(start, s.lower(), s.upper()));
    }

    /** {@link #quantileFrom(DiscreteDistribution, double, double)} from a count (exact beyond 2^53). */
    static long quantileFrom(DiscreteDistribution d, double p, long start) {
        Arguments.probability("quantile", "p", p);
        IntegerSupport s = d.support();
        if (p == 0) {
            return s.lower();
        }
        if (p == 1) {
            return s.upper();
        }
        LongPredicate reached;
        if (p > 0.5) {
            double q = 1 - p; // exact for p > 1/2
            reached = k -> d.survival(k) <= q;
        } else {
            reached = k -> d.cdf(k) >= p;
        }
        return smallest(reached, start, s.lower(), s.upper());
    }

    /** The smallest k with {@code survival(k) <= q} (the support's ends at q = 1 and q = 0). */
    static long inverseSurvival(DiscreteDistribution d, double q, double mean, double sd, double skew) {
        Arguments.probability("inverseSurvival", "q", q);
        return inverseSurvivalFrom(d, q, cornishFisher(q < 0.5 ? q : 1 - q, q < 0.5, mean, sd, skew));
    }

    /** {@link #inverseSurvival} searched from a given start (any start gives the same answer). */
    static long inverseSurvivalFrom(DiscreteDistribution d, double q, double start) {
        IntegerSupport s = d.support();
        return inverseSurvivalFrom(d, q, clamp(start, s.lower(), s.upper()));
    }

    /** {@link #inverseSurvivalFrom(DiscreteDistribution, double, double)} from a count. */
    static long inverseSurvivalFrom(DiscreteDistribution d, double q, long start) {
        Arguments.probability("inverseSurvival", "q", q);
        IntegerSupport s = d.support();
        if (q == 1) {
            return s.lower();
        }
        if (q == 0) {
            return s.upper();
        }
        LongPredicate reached;
        if (q < 0.5) {
            reached = k -> d.survival(k) <= q;
        } else {
            double p = 1 - q; // exact for q >= 1/2
            reached = k -> d.cdf(k) >= p;
        }
        return smallest(reached, start, s.lower(), s.upper());
    }

    /**
     * Refines a start k0 for the point with the given tail probability ({@code tail <= 1/2}; the
     * lower tail {@code cdf(k)} or, {@code upper}, {@code survival(k)}) by at most {@value
     * #NEWTON_STEPS} Newton steps on the log tail in a continuous k, with the slope from the mass:
     * {@code log cdf(k) - log cdf(k - 1) = -log(1 - pmf(k) / cdf(k))} and {@code log survival(k) -
     * log survival(k - 1) = -log(1 + pmf(k) / survival(k))}. The log tail is nearly linear in k in
     * the tails and the tail itself in the body, so a start a hundred standard deviations' worth of
     * counts away (a Cornish-Fisher start in a far tail) comes within a few counts in two or three
     * steps, each one tail evaluation, where the bracketing search of {@link #smallest} takes two
     * per halving of the distance. Stops at a step below one count; the search then decides.
     */
    static long newtonStart(DiscreteDistribution d, double tail, boolean upper, double k0) {
        IntegerSupport s = d.support();
        double logTarget = Math.log(tail);
        long k = clamp(k0, s.lower(), s.upper());
        for (int i = 0; i < NEWTON_STEPS; i++) {
            double t = upper ? d.survival(k) : d.cdf(k);
            double mass = d.pmf(k);
            if (!(t >= Double.MIN_NORMAL && mass > 0)) {
                break; // no slope (or a tail beyond the doubles): leave it to the search
            }
            double slope = upper ? -Math.log1p(mass / t) : -Math.log1p(-mass / t);
            double step = -(Math.log(t) - logTarget) / slope;
            if (!(Math.abs(step) >= 1)) {
                break; // within a count, or no finite step
            }
            // the step in long arithmetic: a double near 1e18 is 128 counts apart from the next
            long next = Math.abs(step) < 0x1p61 && Math.abs(k) < (1L << 61)
                    ? Math.max(s.lower(), Math.min(s.upper(), k + (long) Math.rint(step)))
                    : clamp(k + step, s.lower(), s.upper());
            if (next == k) {
                break;
            }
            k = next;
        }
        return k;
    }

    private static final int NEWTON_STEPS = 4;

    /**
     * The Cornish-Fisher guess {@code mean + sd (z + (z^2 - 1) skew / 6)} for the point with the
     * given tail probability ({@code <= 1/2}) in the upper or the lower tail.
     */
    static double cornishFisher(double tail, boolean upper, double mean, double sd, double skew) {
        double z = upperNormalQuantile(tail);
        return guess(mean, sd, skew, upper ? z : -z);
    }

    /** {@code z} with {@code P(Z > z) = q} for a standard normal Z; 0 if unavailable. */
    private static double upperNormalQuantile(double q) {
        double z = Constants.SQRT_2 * Special.erfcinv(2 * q);
        return Double.isFinite(z) ? z : Math.copySign(38.5, 0.5 - q);
    }

    private static double guess(double mean, double sd, double skew, double z) {
        double w = z;
        if (Double.isFinite(skew)) {
            w += (z * z - 1) * skew / 6;
        }
        double g = mean + sd * w;
        return Double.isFinite(g) ? Math.rint(g) : (Double.isFinite(mean) ? mean : 0);
    }

    /**
     * The smallest k in {@code [lo, hi]} where the monotone predicate holds ({@code hi} if it
     * holds nowhere, which only rounding can cause).
     */
    static long smallest(LongPredicate reached, double start, long lo, long hi) {
        return smallest(reached, clamp(start, lo, hi), lo, hi);
    }

    /** {@link #smallest(LongPredicate, double, long, long)} from a count in {@code [lo, hi]}. */
    static long smallest(LongPredicate reached, long start, long lo, long hi) {
        long k = start;
        long yes;
        long no;
        if (reached.test(k)) {
            yes = k;
            long step = 1;
            while (true) {
                if (yes == lo) {
                    return lo;
                }
                long c = Long.compareUnsigned(yes - lo, step) <= 0 ? lo : yes - step;
                if (reached.test(c)) {
                    yes = c;
                    step = step > Long.MAX_VALUE / 4 ? step : 2 * step;
                } else {
                    no = c;
                    break;
                }
            }
        } else {
            no = k;
            long step = 1;
            while (true) {
                if (no == hi) {
                    return hi;
                }
                long c = Long.compareUnsigned(hi - no, step) <= 0 ? hi : no + step;
                if (reached.test(c)) {
                    yes = c;
                    break;
                }
                no = c;
                step = step > Long.MAX_VALUE / 4 ? step : 2 * step;
            }
        }
        // invariant: !reached(no), reached(yes); differences are unsigned (the support may span 2^64)
        while (Long.compareUnsigned(yes - no, 1) > 0) {
            long mid = no + ((yes - no) >>> 1);
            if (reached.test(mid)) {
                yes = mid;
            } else {
                no = mid;
            }
        }
        return yes;
    }

    /** x rounded down into {@code [lo, hi]} (lo for NaN). */
    static long clamp(double x, long lo, long hi) {
        if (!(x > lo)) {
            return lo;
        }
        if (x >= hi) {
            return hi;
        }
        return (long) x;
    }
}

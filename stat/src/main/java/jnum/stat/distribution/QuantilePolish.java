package jnum.stat.distribution;

/**
 * Final Newton refinement of a quantile against the distribution's own cdf and survival function,
 * so that a quantile is as accurate as the tail function it inverts, whatever the accuracy of the
 * starting value (an inverse incomplete gamma or beta function, an asymptotic formula).
 *
 * <p>For {@code cdf(x) = p} it solves {@code h(x) = log cdf(x) - log p = 0} (for
 * {@code survival(x) = q} likewise with the survival function): in the logarithm because the tails
 * are then nearly linear (a power law {@code cdf ~ c x^a} is linear in log x and log p), with
 * {@code h' = pdf / cdf}. On a positive support, and wherever |x| > 1, the iteration runs in
 * {@code t = log |x|} ({@code dh/dt = x pdf / cdf}), which keeps the sign of x and is exact for
 * power-law tails (Student t with small degrees of freedom: x near 1e200). A bracket
 * is kept from the signs of h and a step that leaves it bisects instead (geometrically on a
 * positive support), so the iteration cannot diverge. Targets below 1e-280 are matched in the log
 * form alone. Near a finite support end other than 0 the steps are in {@code log |end - x|}, where
 * the tails are power laws of the distance. It stops when |h| is at most 4 eps (in the log form
 * {@code eps max(4, |log target|)}, the rounding of a logarithm that size), after a Newton step
 * taken at {@code |h| <= 2^-30} on the direct tail (its error is then {@code O(h^2)}, below that
 * rounding), when the
 * step is below 2 ulps or stops shrinking near the root (|h| < 1e-8, from the third step on:
 * rounding noise), or after
 * {@value #MAX_ITERATIONS} steps. Where a joint evaluation ({@link LogTailAndDensity}) also gives
 * the density's elasticity {@code x pdf'/pdf}, the steps are Halley's (third order), and a Halley
 * step in {@code log |x|} whose estimated error is below the noise floor is the last.
 */
final class QuantilePolish {
    static final int MAX_ITERATIONS = 60;

    /**
     * The largest Newton step in {@code log |x|}: the whole exponent range, so that a power-law
     * tail with a tiny exponent (Student t and noncentral t with df near 0.01, whose quantiles move by
     * hundreds of decades when p does) is reached in one step; an overshoot is caught by the bracket.
     */
    private static final double MAX_LOG_STEP = 1500;

    /**
     * Below this |h| a Newton step on the direct tail is the last one: Newton's error after it is
     * {@code c h^2} with c the curvature of h in the step variable relative to its slope (of order 1
     * for these log tails), about 1e-18 here, under the rounding of any evaluation of h; a further
     * evaluation would only confirm it. (An inaccurate density scales only the step, by its relative
     * error times h.) Not used in the log form, whose noise is larger.
     */
    private static final double QUADRATIC = 0x1p-30;

    /**
     * Up to this |h| a Halley step in {@code log |x|} may be the last one, if its estimated error
     * {@code (N^2 + 1/g^2) |h|^3} is below the noise floor (see the iteration).
     */
    private static final double CUBIC_REACH = 0x1p-12;

    private QuantilePolish() {}

    /**
     * A joint evaluation of a log tail and the log density at x, for a distribution whose tail and
     * density share most of their work (an integral over the same variable): {@code {log tail,
     * log pdf}} or {@code {log tail, log pdf, x pdf'(x) / pdf(x)}}, or null where the distribution
     * has no such shortcut at x. With the density's elasticity (the third element) the steps are
     * Halley's, of third order, instead of Newton's.
     */
    interface LogTailAndDensity {
        double[] at(double x, boolean upper);
    }

    /** Refines {@code x0} towards the x with {@code d.cdf(x) = p}. */
    static double lower(ContinuousDistribution d, double p, double x0) {
        return refine(d, p, x0, false);
    }

    /** Refines {@code x0} towards the x with {@code d.survival(x) = q}. */
    static double upper(ContinuousDistribution d, double q, double x0) {
        return refine(d, q, x0, true);
    }

    /** Refines the quantile of p, using the upper formulation with q = 1 - p (exact) above 1/2. */
    static double quantile(ContinuousDistribution d, double p, double x0) {
        return p <= 0.5 ? lower(d, p, x0) : upper(d, 1 - p, x0);
    }

    /**
     * {@link #quantile(ContinuousDistribution, double, double)} where the caller knows the side of 0
     * the quantile lies on ({@code positive}: the quantile is at least 0, else at most 0), so that
     * the steps can be geometric from the start.
     */
    static double quantile(ContinuousDistribution d, double p, double x0, boolean positive) {
        return quantile(d, p, x0, positive, null);
    }

    /** As {@link #quantile(ContinuousDistribution, double, double, boolean)}, with a joint evaluation. */
    static double quantile(ContinuousDistribution d, double p, double x0, boolean positive, LogTailAndDensity joint) {
        return p <= 0.5 ? refine(d, p, x0, false, positive, joint) : refine(d, 1 - p, x0, true, positive, joint);
    }

    /** Refines the inverse survival of q, using the lower formulation with p = 1 - q above 1/2. */
    static double inverseSurvival(ContinuousDistribution d, double q, double x0) {
        return q <= 0.5 ? upper(d, q, x0) : lower(d, 1 - q, x0);
    }

    /** The inverse survival of q where the side of 0 of the answer is known (as for quantile). */
    static double inverseSurvival(ContinuousDistribution d, double q, double x0, boolean positive) {
        return inverseSurvival(d, q, x0, positive, null);
    }

    /** As {@link #inverseSurvival(ContinuousDistribution, double, double, boolean)}, with a joint evaluation. */
    static double inverseSurvival(
            ContinuousDistribution d, double q, double x0, boolean positive, LogTailAndDensity joint) {
        return q <= 0.5 ? refine(d, q, x0, true, positive, joint) : refine(d, 1 - q, x0, false, positive, joint);
    }

    private static double refine(ContinuousDistribution d, double target, double x0, boolean upper) {
        Support s = d.support();
        return refine(d, target, x0, upper, s.lower(), s.upper(), null);
    }

    private static double refine(
            ContinuousDistribution d,
            double target,
            double x0,
            boolean upper,
            boolean positive,
            LogTailAndDensity joint) {
        Support s = d.support();
        double lo = positive ? Math.max(0, s.lower()) : s.lower();
        double hi = positive ? s.upper() : Math.min(0, s.upper());
        return refine(d, target, x0, upper, lo, hi, joint);
    }

    /**
     * Halley's correction {@code 1 / (1 - c)} of the Newton step, {@code c = h h'' / (2 h'^2)}; 1
     * (Newton's step) where c is unknown (NaN) or so large that the local quadratic model is not to
     * be trusted.
     */
    private static double halleyFactor(double c) {
        return Math.abs(c) <= 0.5 ? 1 / (1 - c) : 1;
    }

    /** The iteration, from x0, within the initial bracket [lo0, hi0] (the support or a part of it). */
    private static double refine(
            ContinuousDistribution d,
            double target,
            double x0,
            boolean upper,
            double lo0,
            double hi0,
            LogTailAndDensity joint) {
        Support s = d.support();
        if (!(target > 0 && target < 1) || Double.isNaN(x0)) {
            return x0; // p = 0 or 1: the support's ends, nothing to refine
        }
        if (!(x0 > s.lower() && x0 < s.upper())) {
            // The start is a support end (an inverse that under- or overflowed). Keep it if the
            // quantile really lies beyond the last (normal) double inside; otherwise start from that
            // double.
            boolean atLower = x0 <= s.lower();
            double probe = atLower
                    ? (s.lower() == 0 ? Double.MIN_NORMAL : Math.nextUp(s.lower()))
                    : (s.upper() == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : Math.nextDown(s.upper()));
            double t = upper ? d.survival(probe) : d.cdf(probe);
            if (t == target) {
                return probe;
            }
            boolean beyond = atLower ? (upper ? t <= target : t >= target) : (upper ? t >= target : t <= target);
            if (beyond && atLower && s.lower() == 0 && !upper) {
                // The quantile is subnormal or 0. There the cdf is a power law c x^k to a relative
                // O(x), while tail functions computed from x lose accuracy with it: extrapolate the
                // power law from MIN_NORMAL, k = x pdf / cdf (an underflow gives 0, as it should)
                double k = Math.exp(Math.log(probe) + d.logPdf(probe) - Math.log(t));
                return k > 0 ? probe * Math.exp(Math.log(target / t) / k) : x0;
            }
            if (beyond) {
                return x0;
            }
            x0 = probe;
        }
        double logTarget = Math.log(target);
        // h increases with x for the cdf and decreases for the survival function
        double lo = lo0;
        double hi = hi0;
        double x = x0;
        double prevStep = Double.POSITIVE_INFINITY;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            // a target below 1e-280 is matched in the log form alone: the direct tail would underflow
            // near the root anyway, and evaluating both doubles the cost (a noncentral t tail there
            // is a quadrature of 0.2 ms)
            double[] both = joint == null ? null : joint.at(x, upper);
            double tail = both != null ? Math.exp(both[0]) : target < 1e-280 ? 0 : upper ? d.survival(x) : d.cdf(x);
            double h;
            double floor = 4 * 0x1p-52; // the noise floor of h
            double logRatio; // log(tail / pdf), which can exceed the double range where |x| does
            double elasticity = Double.NaN; // x pdf'(x) / pdf(x), where the joint evaluation gives it
            if (both != null) {
                elasticity = both.length > 2 ? both[2] : Double.NaN;
                // one evaluation gives both; h is a difference of logarithms, rounded as one
                h = both[0] - logTarget;
                floor = 0x1p-52 * Math.max(4, Math.abs(logTarget));
                logRatio = both[0] - both[1];
            } else if (tail >= 1e-290) {
                h = Math.log(tail / target);
                double pdf = d.pdf(x);
                // a heavy tail (pdf ~ tail / |x|) keeps the tail normal where the density underflows
                logRatio = pdf >= Double.MIN_NORMAL ? Math.log(tail / pdf) : Math.log(tail) - d.logPdf(x);
            } else {
                double lt = upper ? d.logSurvival(x) : d.logCdf(x);
                h = lt - logTarget;
                floor = 0x1p-52 * Math.max(4, Math.abs(logTarget)); // the rounding of a log that size
                logRatio = lt - d.logPdf(x);
            }
            if (Double.isNaN(h)) {
                return x0;
            }
            if (Math.abs(h) <= floor) {
                return x; // the tail matches the target at the noise floor of its evaluation
            }
            boolean xTooBig = upper ? h < 0 : h > 0;
            if (xTooBig) {
                hi = Math.min(hi, x);
            } else {
                lo = Math.max(lo, x);
            }
            double sign = upper ? -1 : 1; // dh/dx = sign * pdf / tail
            // a bracket on one side of 0 (a positive support, or a known sign) allows geometric steps
            boolean logScale = lo >= 0 || hi <= 0;
            double next;
            // the estimated |h| after a Halley step in log |x|; infinite where none was taken
            double halleyError = Double.POSITIVE_INFINITY;
            double end = upper ? s.upper() : s.lower(); // the support end the tail vanishes at
            double distance = Math.abs(end - x);
            if (Double.isFinite(end) && end != 0 && distance > 0 && distance < 0.5 * Math.max(1, Math.abs(x))) {
                // Newton in log|end - x|: near a finite end the tail is a power law in the distance
                // (the von Mises survival is linear there), which steps in x or log|x| overshoot
                // every time, leaving a bisection down to the last ulp
                double dv = -h * Math.exp(logRatio - Math.log(distance));
                double predicted = distance * Math.exp(Math.max(-MAX_LOG_STEP, Math.min(MAX_LOG_STEP, dv)));
                if (predicted < 0.5 * Math.ulp(end)) {
                    return end; // the root is nearer the end than any double inside
                }
                next = end - Math.signum(end - x) * predicted;
            } else if ((logScale || Math.abs(x) > 1) && x != 0) {
                // Newton in log|x| (sign kept): exact for power-law tails, and far from 0 it moves by
                // factors instead of by steps of size |x|
                double du = -sign * Math.signum(x) * h * Math.exp(logRatio - Math.log(Math.abs(x)));
                // g = dh/du = sign x pdf / tail and d2h/du2 = g (1 + e - g), e the elasticity
                double g = sign * Math.signum(x) * Math.exp(Math.log(Math.abs(x)) - logRatio);
                double newton = 0.5 * (1 + elasticity) / g - 0.5; // N = h'' / (2 h'^2)
                double factor = halleyFactor(h * newton);
                // Halley's error is (N^2 - h'''/(6 h'^3)) h^3; h''' is taken of the size of h' (the
                // log tails vary on the scale 1 of log |x|), which the exact power law meets with 0
                halleyError = factor != 1 && Math.abs(h) <= CUBIC_REACH
                        ? (newton * newton + 1 / (g * g)) * h * h * Math.abs(h)
                        : halleyError;
                next = x * Math.exp(Math.max(-MAX_LOG_STEP, Math.min(MAX_LOG_STEP, du * factor)));
            } else {
                // g = dh/dx = sign pdf / tail and d2h/dx2 = g (e / x - g)
                double g = sign * Math.exp(-logRatio);
                double factor = halleyFactor(h * (0.5 * elasticity / (x * g) - 0.5));
                next = x - sign * h * Math.exp(logRatio) * factor;
            }
            if (Math.abs(next - x) <= 2 * Math.ulp(x)) {
                return next; // converged (tested before the bracket, which excludes x itself)
            }
            boolean newton = next > lo && next < hi;
            if (newton && halleyError <= 0.25 * floor) {
                // the error after a Halley step is O(h^3), but with a constant that grows as the
                // tail's slope g shrinks (1/g^2): only the estimate, not |h| alone, may end here
                return next;
            }
            if (newton && Math.abs(h) <= QUADRATIC && (tail >= 1e-290 || both != null)) {
                return next; // the error after this step is O(h^2), below the rounding of h (in the
                // log form the noise of the log tail can exceed 1e-11 and a further step may still help;
                // a joint evaluation's log tail is an integral with the rounding of its logarithm)
            }
            if (!newton) {
                if (logScale) {
                    // bisect the exponent (an end at 0 counts as MIN_NORMAL): a bracket of 600 decades
                    // takes 11 halvings. Towards an infinite end the step goes to the largest double
                    // first: a Newton step that overflows (a power-law tail with a tiny exponent, df
                    // near 1e-3) either finds the root below it or shows that it lies beyond
                    double near = Math.max(Math.min(Math.abs(lo), Math.abs(hi)), Double.MIN_NORMAL);
                    double far = Math.max(Math.abs(lo), Math.abs(hi));
                    if (near >= Double.MAX_VALUE) {
                        return lo >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    }
                    double mid = far == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : Math.sqrt(near) * Math.sqrt(far);
                    next = lo >= 0 ? mid : -mid;
                } else if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
                    double step = Math.max(1, Math.abs(x));
                    next = Double.isInfinite(hi) ? x + step : x - step;
                } else {
                    next = 0.5 * (lo + hi);
                }
                if (!(next > lo && next < hi)) {
                    return x; // the bracket is down to neighbouring doubles
                }
            }
            double step = Math.abs(next - x);
            if (it >= 2 && step > 0.5 * prevStep && Math.abs(h) < 1e-8) {
                return x; // close to the root Newton converges quadratically: steps that stop shrinking
                // there are rounding noise
            }
            prevStep = step;
            x = next;
        }
        return x;
    }
}

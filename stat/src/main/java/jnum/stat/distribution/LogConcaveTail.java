package jnum.stat.distribution;

import java.util.function.DoubleUnaryOperator;
import jnum.stat.special.Special;

/**
 * The tail integral {@code integral e^(g(t) - g(x)) dt} from x outward (upward or downward) of a
 * log-concave density {@code e^g}, by a fixed composite Gauss-Legendre rule scaled to the
 * density's local shape at x; its cost does not depend on how far x lies in the tail or how wide
 * the density is.
 *
 * <p>With {@code a = -dg/du} and {@code c = -d^2 g/du^2} at x, u the distance from x into the tail,
 * the integrand is near {@code e^(-a u - c u^2 / 2)}; in units of the scale {@code s = 2/(|a| +
 * sqrt(a^2 + 4c))} it is {@code e^(-alpha tau - beta tau^2 / 2)} with {@code |alpha| + beta = 1},
 * between a unit exponential and a unit normal. Over the panels {@code [0, 1, 2, 3.5, 5.5, 8, 11.5,
 * 16, 22, 30, 40, 52, 66]} and on with widths growing by half, 10-point Gauss-Legendre on each
 * panel integrates every such model with {@code alpha} in [-0.6, 1] to a relative 5e-16 (checked
 * against 30-digit quadrature; 8 points leave 2e-14). The rule stops after the panel beyond whose
 * outermost node the rest is below 1e-17 of the sum: by log-concavity the log integrand falls
 * beyond that node at least as fast as the secant from the panel's innermost node to it, so the
 * rest is at most {@code e^(g_out) run / (g_in - g_out)} (run the distance between the nodes); or
 * where the integration reaches its limit. The models take 60 (the normal) to 100 (the exponential)
 * evaluations of g. Every evaluation of g adds a positive term, so the sum carries the relative
 * error of the integrand (that of
 * {@code g(t) - g(x)}) and a few roundings.
 */
final class LogConcaveTail {
    private static final double[] BREAKS = {0, 1, 2, 3.5, 5.5, 8, 11.5, 16, 22, 30, 40, 52, 66};

    /** Panels in all at most: past {@code BREAKS} each is 1.5 times the last, so beyond 1e13 units. */
    private static final int MAX_PANELS = 80;

    /** The rest beyond a panel may be this fraction of the sum (a twentieth of an ulp). */
    private static final double REST = 1e-17;

    private static final double[][] RULE = Special.rootsLegendre(10);
    private static final double[] NODE = RULE[0];
    private static final double[] WEIGHT = RULE[1];

    private LogConcaveTail() {}

    /** The integral, and whether the rule reached the limit of integration before the rest was negligible. */
    record Result(double value, boolean reachedLimit) {}

    /**
     * {@code integral e^(g(t) - gx) dt} over t from x to {@code x + dir * length} ({@code dir} +1
     * upward, -1 downward; length may be infinite).
     *
     * @param g the log density, log-concave from x on in the direction of integration
     * @param gx {@code g(x)}
     * @param decay {@code -dg/du} at x, the rate at which g falls in the direction of integration
     *     (negative where it still rises)
     * @param curvature {@code -g''(x)}, non-negative
     */
    static Result integral(
            DoubleUnaryOperator g, double x, double gx, double decay, double curvature, int dir, double length) {
        double c = Math.max(0, curvature);
        double s = 2 / (Math.abs(decay) + Math.sqrt(decay * decay + 4 * c));
        if (!(s > 0 && s < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("LogConcaveTail: no scale at x = " + x);
        }
        double sum = 0;
        double lo = 0;
        double width = 0;
        int outer = NODE[0] < NODE[NODE.length - 1] ? NODE.length - 1 : 0; // the node farthest out
        int inner = NODE.length - 1 - outer;
        for (int i = 0; i < MAX_PANELS; i++) {
            width = i + 1 < BREAKS.length ? (BREAKS[i + 1] - BREAKS[i]) * s : 1.5 * width;
            double hi = Math.min(lo + width, length);
            double half = 0.5 * (hi - lo);
            double mid = lo + half;
            double panel = 0;
            double logInner = 0;
            double logOuter = 0;
            for (int j = 0; j < NODE.length; j++) {
                double log = g.applyAsDouble(x + dir * (mid + half * NODE[j])) - gx;
                panel += WEIGHT[j] * Math.exp(log);
                if (j == inner) {
                    logInner = log;
                } else if (j == outer) {
                    logOuter = log;
                }
            }
            sum += half * panel;
            if (hi >= length) {
                return new Result(sum, true);
            }
            // the secant from the inner node to the outer one bounds the slope beyond (log-concavity)
            double fall = logInner - logOuter;
            double run = half * (NODE[outer] - NODE[inner]);
            if (fall > 0 && logOuter + Math.log(run / fall) < Math.log(REST * sum)) {
                return new Result(sum, false);
            }
            lo = hi;
        }
        return new Result(sum, false);
    }
}

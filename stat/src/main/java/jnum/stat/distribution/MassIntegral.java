package jnum.stat.distribution;

import java.util.function.DoubleUnaryOperator;
import jnum.stat.special.Special;

/**
 * Integrals over the continuous extension {@code P(k + t) = P(k) exp(D(t))} of a discrete mass
 * built from factorials (log-gamma in place of log-factorials), shared by the distributions whose
 * sums over O(standard deviation) terms would be slow: 16-point Gauss-Legendre panels of doubling
 * width out from k, the entropy of a wide mass as an integral, and the pieces that form D from
 * exact integer counts ({@link #stirling}, {@link #logQuotient}).
 */
final class MassIntegral {
    /**
     * The integral stops once the integrand is below {@code e^-DROP} of its largest value at a node
     * so far (its first, unless the mass peaks beyond the start, as a tail's entropy from a small
     * count does).
     */
    private static final double DROP = 40;

    /**
     * The entropy is an integral from this standard deviation on: it needs no derivatives, only the
     * Stirling form of the integrand (the direct sum costs a log mass per term).
     */
    static final double ENTROPY_MIN_SD = 32;

    /** The smallest count at the mode for the entropy's integral (two-term Stirling series). */
    static final double ENTROPY_MIN_COUNT = 1e3;

    private static final int NODES = 16;
    private static final double[][] RULE = Special.rootsLegendre(NODES);
    private static final double[] NODE = RULE[0];
    private static final double[] WEIGHT = RULE[1];

    private MassIntegral() {}

    /**
     * {@code {integral e^D(dir s) ds, integral e^D(dir s) D(dir s) ds}} over {@code s >= 0} by
     * 16-point Gauss-Legendre panels of widths scale, 2 scale, 4 scale, ... until D is DROP below
     * its largest node value so far at a panel's end; a panel that would pass {@code room} ends
     * there if D is that low at the room, else (or after 60 panels) the result is null.
     */
    static double[] panels(DoubleUnaryOperator logRatio, int dir, double scale, double room) {
        return panels(logRatio, dir, scale, room, Double.POSITIVE_INFINITY, 60, 2);
    }

    /**
     * {@link #panels(DoubleUnaryOperator, int, double, double)} with no panel wider than maxWidth
     * and widths growing by the factor growth: a mass that falls off exponentially only (rate
     * {@code lambda}, {@code maxWidth = 10 / lambda}) is then resolved by every 16-point panel to
     * about 1e-22 relative (the rule's remainder {@code (lambda w)^33 (16!)^4 / (33 (32!)^3)}); the
     * stop then asks for a drop larger by {@code log(maxWidth / scale)} (the rest beyond is about
     * {@code e^D maxWidth}); at most maxPanels panels. With growth 3 a singularity at the distance
     * scale behind the start stays twice a panel's half width ahead of each panel (the 16-point
     * rule's error then below {@code (2 + sqrt 3)^-32 = 5e-19} of its strength).
     */
    static double[] panels(
            DoubleUnaryOperator logRatio,
            int dir,
            double scale,
            double room,
            double maxWidth,
            int maxPanels,
            double growth) {
        // the stop is relative to the integrand at 0: a mass that spreads over maxWidth / scale
        // times its first panel needs that much more drop for the same relative rest
        double drop = maxWidth < Double.POSITIVE_INFINITY ? DROP + Math.log(Math.max(1, maxWidth / scale)) : DROP;
        double mass = 0;
        double weighted = 0;
        double from = 0;
        double width = Math.min(scale, maxWidth);
        double top = 0; // the largest D at a node so far: a peak beyond 0 sets the scale of the integral
        for (int panel = 0; panel < maxPanels; panel++) {
            double to = from + width;
            if (to > room) {
                // a shorter last panel, if the integrand is negligible where the room ends
                if (!(logRatio.applyAsDouble(dir * room) < top - drop)) {
                    return null;
                }
                to = room;
                width = to - from;
            }
            double mid = 0.5 * (from + to);
            double half = 0.5 * width;
            double s0 = 0;
            double s1 = 0;
            for (int i = 0; i < NODES; i++) {
                double dv = logRatio.applyAsDouble(dir * (mid + half * NODE[i]));
                double e = WEIGHT[i] * Math.exp(dv);
                s0 += e;
                s1 += e * dv;
                top = Math.max(top, dv);
            }
            mass += half * s0;
            weighted += half * s1;
            if (logRatio.applyAsDouble(dir * to) < top - drop) {
                return new double[] {mass, weighted};
            }
            from = to;
            width = Math.min(growth * width, maxWidth);
        }
        return null;
    }

    /**
     * The entropy {@code -sum P(j) log P(j)} of a mass whose standard deviation is large (at least
     * 32): over the whole line the sum of a smooth function equals its integral up to
     * Poisson-summation terms of order {@code exp(-2 pi^2 sd^2)}, so with {@code P(m + t) = P(m)
     * exp(D(t))} around the mode m, {@code H = -P(m) (log P(m) integral e^D + integral e^D D)}; NaN
     * if a side's panels would pass its room (then the caller sums).
     *
     * @param logPmfMode {@code log P(m)}
     * @param logRatio {@code D(t) = log P(m + t) - log P(m)}
     * @param scale the local scale of the mass around m (the first panel's width)
     * @param roomLower how far below m the extension stays accurate
     * @param roomUpper how far above m the extension stays accurate
     */
    static double entropy(
            double logPmfMode, DoubleUnaryOperator logRatio, double scale, double roomLower, double roomUpper) {
        double[] lower = panels(logRatio, -1, scale, roomLower);
        double[] upper = panels(logRatio, 1, scale, roomUpper);
        if (lower == null || upper == null) {
            return Double.NaN;
        }
        return -Math.exp(logPmfMode) * (logPmfMode * (lower[0] + upper[0]) + lower[1] + upper[1]);
    }

    /**
     * {@code R(y1, t) - R(c, t)} of {@link #stirling} for {@code y1 = c + d}, d > 0 exact (y1 may
     * be rounded: its error enters only through the ratios u and v, relative), without the
     * cancellation of the two (each about {@code t^2 / (2 y)}, their difference {@code d / y} times
     * smaller): with {@code y phi(t / y) = (y + t) log1p(t / y) - t}, the difference of those parts is
     * {@code d (log1p(u) - u) + (c + t) (log1p(v) - v)}, {@code u = t / y1}, {@code v = -t d / (y1 (c
     * + t))}, whose linear parts cancel exactly, so both terms are negative and of order {@code d
     * t^2 / y^2}; the half logarithms differ by {@code log1p(v) / 2}.
     */
    static double stirlingDifference(double y1, double c, double d, double t) {
        double v = -t * d / (y1 * (c + t));
        double lv = Special.log1pmx(v);
        return d * Special.log1pmx(t / y1) + (c + t) * lv + 0.5 * (lv + v) + seDifference(y1, c, t);
    }

    /**
     * {@link #stirlingDifference} plus {@code t (log(y1 / c) - d / y1)}, for offsets t far beyond
     * the counts: there the linear parts {@code t log(y1 / c)} and {@code -d u} of the two are each
     * of order {@code t d / y1}, and {@code (c + t) log1pmx(v)} and {@code -t log1pmx(-d / y1)}
     * each of order {@code t d^2 / y1^2}; with {@code 1 + v = c (y1 + t) / (y1 (c + t))} they
     * cancel exactly to {@code (c + t) log1p(d / (c + t)) + c log1p(-d / y1)}, both of order d,
     * leaving {@code d log1p(u)}.
     */
    static double stirlingDifferenceFar(double y1, double c, double d, double t) {
        double z = c + t;
        double v = -t * d / (y1 * z);
        return d * Math.log1p(t / y1)
                + z * Math.log1p(d / z)
                + c * Math.log1p(-d / y1)
                + 0.5 * Math.log1p(v)
                + seDifference(y1, c, t);
    }

    /**
     * {@code se(y1 + t) - se(y1) - se(c + t) + se(c)} of {@link #stirling}, with se to four terms
     * ({@link #seChange}): good to 1e-18 from counts of 60 on, where a tail's entropy is split off.
     */
    private static double seDifference(double y1, double c, double t) {
        return seChange(y1, t) - seChange(c, t);
    }

    /**
     * {@code se(y + t) - se(y)} for {@code se(z) = 1/(12 z) - 1/(360 z^3) + 1/(1260 z^5) - 1/(1680
     * z^7)}, the first term as one quotient (no cancellation for small t); the series' rest is
     * below {@code 1/(1188 z^9)}, 1e-19 at z = 60.
     */
    private static double seChange(double y, double t) {
        double z = y + t;
        double iz2 = 1 / (z * z);
        double iy2 = 1 / (y * y);
        double odd = (iz2 / z) * (-1.0 / 360 + iz2 * (1.0 / 1260 - iz2 / 1680))
                - (iy2 / y) * (-1.0 / 360 + iy2 * (1.0 / 1260 - iy2 / 1680));
        return -t / (12 * y * z) + odd;
    }

    /**
     * {@code log(x1 y1 / (x2 y2))}, accurate relative to its own value also where it is near 0:
     * from the error-free products (within a factor 2 the difference of their leading parts is
     * exact, Sterbenz).
     */
    static double logQuotient(double x1, double y1, double x2, double y2) {
        return logQuotient(x1, y1, 0, x2, y2, 0);
    }

    /**
     * {@code log((x1 y1 + d1) / (x2 y2 + d2))} for small corrections d1, d2 (the first-order
     * rounding errors of inexact factors), as {@link #logQuotient(double, double, double, double)}.
     */
    static double logQuotient(double x1, double y1, double d1, double x2, double y2, double d2) {
        double p1 = x1 * y1;
        double e1 = Math.fma(x1, y1, -p1) + d1;
        double p2 = x2 * y2;
        double e2 = Math.fma(x2, y2, -p2) + d2;
        double q = p1 / p2;
        return q > 0.5 && q < 2 ? Math.log1p(((p1 - p2) + (e1 - e2)) / p2) : Math.log(q);
    }

    /**
     * {@code log Gamma(y + 1 + t) - log Gamma(y + 1) - t log y = y phi(u) + log1p(u)/2 + se(y + t)
     * - se(y)}, {@code u = t / y}, for large y.
     */
    static double stirling(double y, double t) {
        double u = t / y;
        double yphi;
        double halfLog;
        if (Math.abs(u) < 0.1) {
            // log1p(u) = 2 atanh(v), v = u / (2 + u): phi = u v + 2 (1 + u) (v^3/3 + v^5/5 + ...)
            double v = u / (2 + u);
            double v2 = v * v;
            double term = v * v2;
            double odd = 0;
            for (int j = 3; j < 40; j += 2) {
                double add = term / j;
                odd += add;
                if (Math.abs(add) <= 0x1p-60 * Math.abs(odd)) {
                    break;
                }
                term *= v2;
            }
            yphi = y * (u * v + 2 * (1 + u) * odd);
            halfLog = v + odd;
        } else {
            double l = Math.log1p(u);
            yphi = y * ((1 + u) * l - u);
            halfLog = 0.5 * l;
        }
        // se(z) = 1/(12 z) - 1/(360 z^3) + O(z^-5), z >= 5e3 here
        double z = y + t;
        double se = -t / (12 * y * z) - (1 / (z * z * z) - 1 / (y * y * y)) / 360;
        return yphi + halfLog + se;
    }
}

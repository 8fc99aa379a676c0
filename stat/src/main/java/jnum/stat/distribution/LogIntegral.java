package jnum.stat.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * {@code log integral_lo^hi exp(L(w)) dw} for a unimodal log-integrand L, keeping relative
 * accuracy where the integral under- or overflows: the peak {@code L*} is located on a grid of 64
 * steps and then by golden-section search within one step of the best grid point, the integration
 * range is cut where L has fallen 60 below the peak (the rest is below 1e-26 of the integral for a
 * log-concave L), and {@code exp(L - L*)} is integrated by adaptive Gauss-Kronrod quadrature in
 * pieces that start at twice the peak's width beside the peak and double outwards (at most 40 a
 * side), to the relative accuracy that the rounding noise of L allows and with at most 32 intervals
 * a piece. Used for the noncentral t tails whose series
 * would cancel.
 */
final class LogIntegral {
    private static final double DROP = 60;
    private static final int SEARCH_STEPS = 200;
    private static final int MAX_PIECES = 40;
    private static final int GRID = 64;

    /**
     * A piece spans two peak widths, where exp(L - L*) is smooth: a few bisections reach full
     * accuracy, and more only chase rounding noise of L that the noise estimate missed.
     */
    private static final int MAX_INTERVALS_PER_PIECE = 32;

    private LogIntegral() {}

    static double of(DoubleUnaryOperator logF, double lo, double hi) {
        DoubleUnaryOperator l = w -> {
            double v = logF.applyAsDouble(w);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        };
        // a coarse grid first: L may be -infinity over most of [lo, hi] (an underflowing factor), where
        // golden-section search cannot tell the side of the peak; unimodality puts the peak within
        // one grid step of the best grid point
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double v = l.applyAsDouble(lo + (hi - lo) * i / GRID);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        if (best < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // golden-section search for the peak
        double g = 0.5 * (Math.sqrt(5) - 1);
        double a = lo + (hi - lo) * Math.max(0, best - 1) / GRID;
        double b = lo + (hi - lo) * Math.min(GRID, best + 1) / GRID;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = l.applyAsDouble(c);
        double fd = l.applyAsDouble(d);
        for (int i = 0; i < SEARCH_STEPS && b - a > 1e-9 * (1 + Math.abs(c)); i++) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = l.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = l.applyAsDouble(d);
            }
        }
        double w0 = fc >= fd ? c : d;
        double top = Math.max(fc, fd);
        if (top == Double.NEGATIVE_INFINITY) {
            return top;
        }
        // width from the curvature at the peak, the difference step refined to a quarter width
        double h = 1e-3 * (1 + Math.abs(w0));
        double sigma = (hi - lo) / 16;
        for (int i = 0; i < 3; i++) {
            double curv = -(l.applyAsDouble(w0 + h) - 2 * top + l.applyAsDouble(w0 - h)) / (h * h);
            sigma = curv > 0 ? 1 / Math.sqrt(curv) : (hi - lo) / 16;
            sigma = Math.min(Math.max(sigma, 1e-10 * (1 + Math.abs(w0))), hi - lo);
            if (h <= sigma / 2) {
                break;
            }
            h = sigma / 4;
        }
        double left = w0;
        for (double step = sigma; left > lo; step *= 2) {
            left = Math.max(lo, w0 - step);
            if (l.applyAsDouble(left) < top - DROP) {
                break;
            }
        }
        double right = w0;
        for (double step = sigma; right < hi; step *= 2) {
            right = Math.min(hi, w0 + step);
            if (l.applyAsDouble(right) < top - DROP) {
                break;
            }
        }
        DoubleUnaryOperator f = w -> Math.exp(l.applyAsDouble(w) - top);
        // exp(L - L*) carries L's rounding noise (at least an ulp of L*, more where L is a sum of
        // larger terms) as relative noise: asking the quadrature for less would only subdivide noise
        // (L* near -1e7 leaves about 1e-9) up to its interval cap; the log of the result has an
        // absolute error of that order anyway
        double relTol = Math.max(2e-14, Math.max(4 * noise(l, w0, sigma, top), 16 * Math.ulp(top)));
        // pieces of width 2 sigma beside the peak, doubling outwards: a flank that decays slowly
        // (e^(df w) with df = 1e-3 spans 1e5 widths) must not widen the pieces at the peak, where
        // the integrand may fall off a cliff within one width
        return top + Math.log(flank(f, w0, left, sigma, relTol) + flank(f, w0, right, sigma, relTol));
    }

    /** The integral from the peak w0 to the end (left or right of it) in doubling pieces. */
    private static double flank(DoubleUnaryOperator f, double w0, double end, double sigma, double relTol) {
        double sum = 0;
        double direction = Math.signum(end - w0);
        double from = w0;
        double width = 2 * sigma;
        for (int i = 0; i < MAX_PIECES && from != end; i++, width *= 2) {
            double to = i == MAX_PIECES - 1 || Math.abs(end - from) <= 1.5 * width ? end : from + direction * width;
            double lo = Math.min(from, to);
            double hi = Math.max(from, to);
            // the peak region contributes about sigma; pieces need not resolve much less than that
            sum += GaussKronrod.integrate(f, lo, hi, relTol, 1e-17 * sigma, MAX_INTERVALS_PER_PIECE);
            from = to;
        }
        return sum;
    }

    /**
     * The rounding noise of L near its peak: the largest change of L over steps of 1e-9 peak widths
     * (at least a few ulps of the peak's position), across which the smooth part of L changes by
     * about 1e-18.
     */
    private static double noise(DoubleUnaryOperator l, double w0, double sigma, double top) {
        double spread = 0;
        double step = Math.max(1e-9 * sigma, 8 * Math.ulp(w0));
        for (int i = 1; i <= NOISE_PROBES; i++) {
            double v = l.applyAsDouble(w0 + i * step);
            if (Double.isFinite(v)) {
                spread = Math.max(spread, Math.abs(v - top));
            }
        }
        return spread;
    }

    private static final int NOISE_PROBES = 6;
}

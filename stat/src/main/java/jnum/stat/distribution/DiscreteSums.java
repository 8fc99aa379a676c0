package jnum.stat.distribution;

/**
 * Sums over a discrete distribution's mass that several distributions share: the logarithm of a
 * tail whose probability underflows, and the entropy where no closed form exists.
 */
final class DiscreteSums {
    /** A hard bound on the terms of one sum, so that every loop stops. */
    private static final int MAX_TERMS = 1 << 24;

    /** Relative size below which the rest of a sum is dropped. */
    private static final double NEGLIGIBLE = 0x1p-60;

    private DiscreteSums() {}

    /**
     * {@code log cdf(k)}: {@code log1p(-survival)} when the cdf exceeds 1/2, the log of the cdf
     * while it is a normal double, and else the log of the lower tail summed in log space from k
     * downwards (so a cdf below 1e-308 still has a finite, accurate logarithm).
     */
    static double logCdf(DiscreteDistribution d, long k) {
        IntegerSupport s = d.support();
        if (k < s.lower()) {
            return Double.NEGATIVE_INFINITY;
        }
        if (k >= s.upper()) {
            return 0;
        }
        double c = d.cdf(k);
        if (c > 0.5) {
            return Math.log1p(-d.survival(k));
        }
        if (c >= Double.MIN_NORMAL) {
            return Math.log(c);
        }
        return logTail(d, k, -1, s.lower());
    }

    /** {@code log survival(k)}, accurate also where the survival function underflows. */
    static double logSurvival(DiscreteDistribution d, long k) {
        IntegerSupport s = d.support();
        if (k < s.lower()) {
            return 0;
        }
        if (k >= s.upper()) {
            return Double.NEGATIVE_INFINITY;
        }
        double q = d.survival(k);
        if (q > 0.5) {
            return Math.log1p(-d.cdf(k));
        }
        if (q >= Double.MIN_NORMAL) {
            return Math.log(q);
        }
        return logTail(d, k + 1, 1, s.upper());
    }

    /**
     * {@code log sum pmf(j)} over {@code j = from, from + dir, ...} up to {@code end}, for a tail
     * beyond the mode, where the terms fall at least geometrically: the sum stops once a term is
     * below 2^-60 of the total.
     */
    private static double logTail(DiscreteDistribution d, long from, int dir, long end) {
        double l0 = d.logPmf(from);
        if (l0 == Double.NEGATIVE_INFINITY) {
            return l0;
        }
        double sum = 1;
        long j = from;
        for (int i = 0; i < MAX_TERMS && j != end; i++) {
            j += dir;
            double t = Math.exp(d.logPmf(j) - l0);
            sum += t;
            if (t <= NEGLIGIBLE * sum) {
                break;
            }
        }
        return l0 + Math.log(sum);
    }

    /**
     * The entropy {@code -sum p log p} summed from {@code mode} outwards in both directions.
     *
     * <p>Beyond the mode the pmf ratio {@code rho = p(j+1)/p(j)} does not increase for the
     * log-concave families that use this (and is bounded by its limit for the others), so the rest
     * of a side is at most {@code p rho/(1-rho) (-log p) + p rho/(1-rho)^2 (-log rho)}; a side stops
     * when that bound is below 2^-60 of the sum, at the support's end, or after 2^24 terms.
     */
    static double entropy(DiscreteDistribution d, long mode) {
        double l = d.logPmf(mode);
        double h = l == Double.NEGATIVE_INFINITY ? 0 : -Math.exp(l) * l;
        IntegerSupport s = d.support();
        h += side(d, mode, l, -1, s.lower(), h);
        h += side(d, mode, l, 1, s.upper(), h);
        return h;
    }

    private static double side(DiscreteDistribution d, long mode, double logPmfMode, int dir, long end, double total) {
        double acc = 0;
        double prev = logPmfMode;
        long j = mode;
        for (int i = 0; i < MAX_TERMS && j != end; i++) {
            j += dir;
            double l = d.logPmf(j);
            if (l == Double.NEGATIVE_INFINITY) {
                break;
            }
            double p = Math.exp(l);
            acc -= p * l;
            double logRho = l - prev;
            prev = l;
            if (logRho < 0) {
                double rho = Math.exp(logRho);
                double g = rho / (1 - rho);
                double rest = p * g * (Math.max(-l, 0) + (-logRho) / (1 - rho));
                if (rest <= NEGLIGIBLE * (total + acc)) {
                    break;
                }
            }
        }
        return acc;
    }
}

package jnum.stat.distribution;

/**
 * The entropy of a discrete distribution summed term by term, for the distributions and parameters
 * where neither a closed form nor an integral ({@link MassIntegral#entropy}) applies.
 */
final class DiscreteSums {
    /** A hard bound on the terms of one sum, so that every loop stops. */
    private static final int MAX_TERMS = 1 << 24;

    /** Relative size below which the rest of a sum is dropped. */
    private static final double NEGLIGIBLE = 0x1p-60;

    private DiscreteSums() {}

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

    /** {@code -sum p log p} over {@code from <= j < to}, term by term (a short range). */
    static double entropy(DiscreteDistribution d, long from, long to) {
        double h = 0;
        for (long j = from; j < to; j++) {
            double l = d.logPmf(j);
            if (l != Double.NEGATIVE_INFINITY) {
                h -= Math.exp(l) * l;
            }
        }
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

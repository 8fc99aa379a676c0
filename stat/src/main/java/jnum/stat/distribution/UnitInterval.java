package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/** Package-private helpers on the unit interval: open uniform draws and an accurate logit. */
final class UnitInterval {
    private UnitInterval() {}

    /** A uniform draw from the open interval (0, 1): 53 random bits, offset by half a step. */
    static double openUniform(RandomGenerator rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1p-53;
    }

    /** {@code log(p / (1 - p))} to full relative accuracy for every p in (0, 1). */
    static double logit(double p) {
        if (p < 0.25) {
            return Math.log(p) - Math.log1p(-p);
        }
        if (p <= 0.75) {
            // log((1 + y) / (1 - y)) = 2 atanh(y) with y = 2p - 1; 2p - 1 and 1 - y = 2 - 2p are exact
            double y = 2 * p - 1;
            return Math.log1p(2 * y / (1 - y));
        }
        double q = 1 - p; // exact for p >= 1/2
        return Math.log(p / q);
    }
}

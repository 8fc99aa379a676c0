package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * Gamma(shape, 1) variates by Marsaglia and Tsang (2000), "A Simple Method for Generating Gamma
 * Variables", ACM TOMS 26(3), 363-372: for shape a >= 1 a transformed normal draw
 * {@code d (1 + c Z)^3}, {@code d = a - 1/3}, {@code c = 1/sqrt(9d)}, accepted with their squeeze
 * and log test (about 1 to 1.05 normal draws per variate); for a < 1 the boost
 * {@code Gamma(a) = Gamma(a + 1) U^(1/a)}.
 *
 * <p>{@link #nextLog} returns the logarithm of a draw, which stays finite for tiny shapes where the
 * draw itself underflows (a = 1e-3 gives values below 1e-300 a third of the time); Beta and
 * Dirichlet sampling use it. Package-private, stateless, thread-safe; shape is not validated here
 * (callers hold validated parameters).
 */
final class GammaSampler {
    private GammaSampler() {}

    /** One Gamma(shape, 1) draw, shape > 0. */
    static double next(RandomGenerator rng, double shape) {
        if (shape >= 1) {
            return marsagliaTsang(rng, shape);
        }
        // boost: U in (0, 1] so that the power is never 0^(1/a) by accident of a 0 uniform
        double u = 1 - rng.nextDouble();
        return marsagliaTsang(rng, shape + 1) * Math.pow(u, 1 / shape);
    }

    /** The logarithm of one Gamma(shape, 1) draw, accurate where the draw underflows. */
    static double nextLog(RandomGenerator rng, double shape) {
        if (shape >= 1) {
            return Math.log(marsagliaTsang(rng, shape));
        }
        double u = 1 - rng.nextDouble();
        return Math.log(marsagliaTsang(rng, shape + 1)) + Math.log(u) / shape;
    }

    private static double marsagliaTsang(RandomGenerator rng, double a) {
        double d = a - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = ZigguratNormal.next(rng);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}

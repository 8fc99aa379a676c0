package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * Standard exponential variates by the ziggurat method of Marsaglia and Tsang (2000), "The
 * Ziggurat Method for Generating Random Variables", J. Stat. Softw. 5(8), with 256 layers of
 * equal area under {@code f(x) = exp(-x)}; the tail beyond {@code R} is {@code R} plus a fresh
 * draw (memorylessness).
 *
 * <p>One {@code nextLong()} gives the layer (8 bits) and a 53-bit uniform. {@code R} and {@code V}
 * solve the closing condition for 256 layers to 20 digits (computed with mpmath for this class).
 * Package-private, stateless, thread-safe.
 */
final class ZigguratExponential {
    private static final int LAYERS = 256;
    static final double R = 7.6971174701310497140;
    private static final double V = 0.0039496598225815572200;

    private static final double[] X = new double[LAYERS + 1];
    private static final double[] F = new double[LAYERS + 1];

    static {
        X[0] = V / Math.exp(-R);
        X[1] = R;
        for (int i = 1; i < LAYERS - 1; i++) {
            X[i + 1] = -Math.log(V / X[i] + Math.exp(-X[i]));
        }
        X[LAYERS] = 0;
        for (int i = 0; i < LAYERS; i++) {
            if (!(X[i] > X[i + 1])) { // R and V must close the ziggurat; a wrong constant shows here
                throw new ExceptionInInitializerError("ziggurat table not decreasing at layer " + i);
            }
        }
        for (int i = 0; i <= LAYERS; i++) {
            F[i] = Math.exp(-X[i]);
        }
    }

    private ZigguratExponential() {}

    /** One standard exponential draw (rate 1). */
    static double next(RandomGenerator rng) {
        double shift = 0;
        while (true) {
            long bits = rng.nextLong();
            int i = (int) (bits & (LAYERS - 1));
            double x = (bits >>> 11) * 0x1p-53 * X[i];
            if (x < X[i + 1]) {
                return shift + x;
            }
            if (i == 0) {
                shift += R; // memoryless: the tail beyond R is R + Exp(1)
                continue;
            }
            double y = F[i] + (F[i + 1] - F[i]) * rng.nextDouble();
            if (y < Math.exp(-x)) {
                return shift + x;
            }
        }
    }
}

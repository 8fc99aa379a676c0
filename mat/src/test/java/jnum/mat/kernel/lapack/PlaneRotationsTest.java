package jnum.mat.kernel.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PlaneRotations#hypot} against {@link Math#hypot} (correctly rounded within 1 ulp): the
 * plain formula rounds the two squares, their sum and the square root, each by at most half an
 * ulp, which leaves the result within about 1.5 ulps of the exact value, so within 3 ulps of
 * Math.hypot's; and where a square could overflow or underflow it must defer to Math.hypot.
 */
class PlaneRotationsTest {
    private static final int SEEDS = 2000;

    @Test
    void agreesWithMathHypotOverTheWholeRange() {
        for (int seed = 0; seed < SEEDS; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            double a = Math.scalb(rnd.nextDouble(-1, 1), rnd.nextInt(-1070, 1024));
            // the second operand near the first's magnitude half of the time, anywhere otherwise
            int exp = rnd.nextBoolean() ? Math.getExponent(a) + rnd.nextInt(-30, 31) : rnd.nextInt(-1070, 1024);
            double b = Math.scalb(rnd.nextDouble(-1, 1), Math.max(-1074, Math.min(1023, exp)));
            double expected = Math.hypot(a, b);
            double actual = PlaneRotations.hypot(a, b);
            assertTrue(
                    Math.abs(actual - expected) <= 3 * Math.ulp(expected),
                    "seed " + seed + ": hypot(" + a + ", " + b + ") = " + actual + ", Math.hypot " + expected);
        }
    }

    @Test
    void edgeCases() {
        assertEquals(Double.POSITIVE_INFINITY, PlaneRotations.hypot(Double.NaN, Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(PlaneRotations.hypot(Double.NaN, 1)));
        assertEquals(0, PlaneRotations.hypot(0, -0.0));
        assertEquals(5e300, PlaneRotations.hypot(3e300, 4e300), 1e285);
        assertEquals(5e-300, PlaneRotations.hypot(-3e-300, 4e-300), 1e-315);
        assertEquals(Double.MIN_VALUE, PlaneRotations.hypot(Double.MIN_VALUE, 0));
        assertEquals(Double.MAX_VALUE, PlaneRotations.hypot(Double.MAX_VALUE, 1));
    }
}

package jnum.testkit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Error measures and tolerances derived from floating-point error analysis, in one place.
 *
 * <p>Bounds follow Higham, <i>Accuracy and Stability of Numerical Algorithms</i>: a sum or dot
 * product of length n computed in any order has error at most {@code gamma(n) * sum |x_i y_i|},
 * with {@code gamma(n) = n u / (1 - n u)} and unit roundoff {@code u = 2^-53}.
 */
public final class Tolerance {
    /** Unit roundoff of IEEE double, {@code 2^-53}. */
    public static final double U = 0x1p-53;

    /** Machine epsilon, {@code 2^-52} (the spacing of doubles at 1). */
    public static final double EPS = 0x1p-52;

    private Tolerance() {}

    /** Higham's {@code gamma_n = n u / (1 - n u)}; infinite when {@code n u >= 1}. */
    public static double gamma(long n) {
        double nu = n * U;
        return nu >= 1 ? Double.POSITIVE_INFINITY : nu / (1 - nu);
    }

    /** {@code |actual - expected| / |expected|}, 0 when both are equal (including both infinite). */
    public static double relativeError(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        if (Double.isNaN(actual) || Double.isNaN(expected)) {
            return Double.isNaN(actual) && Double.isNaN(expected) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    /** Distance in units in the last place of {@code expected}. */
    public static double ulps(double actual, double expected) {
        if (actual == expected) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.ulp(expected);
    }

    /**
     * Fails unless {@code |actual - expected| <= bound}, with a message naming the context, both
     * values, the error and the bound. NaN matches only NaN.
     */
    public static void assertWithin(double actual, double expected, double bound, String context) {
        if (Double.isNaN(expected) ? Double.isNaN(actual) : actual == expected) {
            return;
        }
        double err = Math.abs(actual - expected);
        if (!(err <= bound)) {
            fail(context + ": got " + actual + ", expected " + expected + ", error " + err + " > bound " + bound);
        }
    }

    /** Fails unless the relative error is at most {@code maxRel}. */
    public static void assertRelative(double actual, double expected, double maxRel, String context) {
        double rel = relativeError(actual, expected);
        if (!(rel <= maxRel)) {
            fail(context + ": got " + actual + ", expected " + expected + ", relative error " + rel + " > " + maxRel);
        }
    }
}

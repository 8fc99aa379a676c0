package jnum.stat.special;

/**
 * Mathematical constants used by the special functions and the distributions, each the double
 * nearest to the exact value (checked against mpmath at 40 digits), defined once here.
 */
public final class Constants {
    private Constants() {}

    /** {@code log 2}. */
    public static final double LN_2 = 0.6931471805599453;

    /** {@code log pi}. */
    public static final double LN_PI = 1.1447298858494002;

    /** {@code log(2 pi)}. */
    public static final double LN_2PI = 1.8378770664093456;

    /** {@code log sqrt(2 pi) = log(2 pi) / 2}, the constant of the normal log density. */
    public static final double LN_SQRT_2PI = 0.9189385332046728;

    /** {@code sqrt(2 pi)}. */
    public static final double SQRT_2PI = 2.5066282746310007;

    /** {@code 1 / sqrt(2 pi)}, the standard normal density at 0. */
    public static final double INV_SQRT_2PI = 0.3989422804014327;

    /** {@code sqrt 2}. */
    public static final double SQRT_2 = 1.4142135623730951;

    /** {@code 1 / sqrt 2}. */
    public static final double INV_SQRT_2 = 0.7071067811865476;

    /** {@code sqrt pi}. */
    public static final double SQRT_PI = 1.772453850905516;

    /** {@code 1 / sqrt pi}. */
    public static final double INV_SQRT_PI = 0.5641895835477563;

    /** {@code 2 / sqrt pi}, the derivative of erf at 0. */
    public static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    /** The Euler-Mascheroni constant {@code gamma = -psi(1)}. */
    public static final double EULER = 0.5772156649015329;
}

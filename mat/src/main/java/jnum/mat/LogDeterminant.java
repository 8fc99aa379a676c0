package jnum.mat;

/**
 * A determinant as sign and logarithm of its magnitude, {@code det = sign * exp(logAbs)}, so that
 * determinants far outside the range of doubles (a 1000 x 1000 matrix with entries around 10 has
 * {@code |det|} near 1e2500) are still represented.
 *
 * @param sign 1, -1, or 0 for a singular matrix (then {@code logAbs} is negative infinity); NaN
 *     when the matrix held NaN
 * @param logAbs {@code log |det|}
 */
public record LogDeterminant(double sign, double logAbs) {

    /** The determinant itself, {@code sign * exp(logAbs)}: it may overflow to infinity or underflow to 0. */
    public double value() {
        return sign == 0 ? 0 : sign * Math.exp(logAbs);
    }
}

package jnum.mat;

/**
 * The power-of-2 scaling LAPACK's drivers (dgees, dgesvd) apply to a matrix whose largest element
 * lies outside {@code [sqrt(2^-1022) / eps, eps / sqrt(2^-1022)]}: within that range the
 * iterations' thresholds hold and no intermediate overflows or underflows. A power of 2 scales
 * exactly (unless an element falls into the subnormal range), so results computed for
 * {@code 2^shift A} are those of A scaled back.
 */
final class SafeRange {
    /** The lower end, {@code sqrt(safmin) / eps}. */
    static final double SMLNUM = Math.sqrt(Double.MIN_NORMAL) / 0x1p-52;

    private SafeRange() {}

    /**
     * The exponent that brings a nonzero largest magnitude {@code amax} into the range, 0 when it is
     * there already, zero or not finite.
     */
    static int shift(double amax) {
        if (amax > 0 && amax < SMLNUM) {
            int e = amax < Double.MIN_NORMAL ? Math.getExponent(amax * 0x1p54) - 54 : Math.getExponent(amax);
            return Math.getExponent(SMLNUM) - e + 1;
        }
        if (amax > 1 / SMLNUM && amax < Double.POSITIVE_INFINITY) {
            return Math.getExponent(1 / SMLNUM) - Math.getExponent(amax) - 1;
        }
        return 0;
    }

    /** The largest magnitude in x (0 for none). */
    static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** x = 2^shift x, elementwise, in place. */
    static void scalb(double[] x, int shift) {
        if (shift != 0) {
            for (int k = 0; k < x.length; k++) {
                x[k] = Math.scalb(x[k], shift);
            }
        }
    }
}

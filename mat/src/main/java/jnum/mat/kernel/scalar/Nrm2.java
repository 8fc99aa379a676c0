package jnum.mat.kernel.scalar;

/**
 * Euclidean norm by Blue's algorithm, as in LAPACK 3.10's {@code dnrm2}: values are summed in
 * three accumulators (tiny, medium, big), each scaled so that its squares neither overflow nor
 * underflow, and combined at the end. One pass, no division per element.
 *
 * <p>Reference: J. L. Blue, "A portable Fortran program to find the Euclidean norm of a vector",
 * ACM TOMS 4 (1978); E. Anderson, "Algorithm 978: Safe scaling in the Level 1 BLAS", ACM TOMS 44
 * (2017).
 */
public final class Nrm2 {
    private Nrm2() {}

    // Blue's constants for IEEE double: radix 2, 53-bit mantissa, emin = -1021, emax = 1024.
    /** Below this, squares would underflow: accumulate scaled up. */
    public static final double T_SMALL = 0x1p-511; // 2^ceil((emin - 1) / 2)
    /** Above this, squares would overflow: accumulate scaled down. */
    public static final double T_BIG = 0x1p486; // 2^floor((emax - digits + 1) / 2)
    /** Scale for the small accumulator. */
    public static final double S_SMALL = 0x1p537; // 2^-floor((emin - digits) / 2)
    /** Scale for the big accumulator. */
    public static final double S_BIG = 0x1p-538; // 2^-ceil((emax + digits - 1) / 2)

    /** The norm of {@code n} elements at {@code off + i * inc}. NaN if any element is NaN. */
    public static double of(int n, double[] x, int off, int inc) {
        double aSmall = 0;
        double aMed = 0;
        double aBig = 0;
        boolean notBig = true;
        for (int i = 0, ix = off; i < n; i++, ix += inc) {
            double ax = Math.abs(x[ix]);
            if (ax > T_BIG) {
                aBig += (ax * S_BIG) * (ax * S_BIG);
                notBig = false;
            } else if (ax < T_SMALL) {
                if (notBig) {
                    aSmall += (ax * S_SMALL) * (ax * S_SMALL);
                }
            } else {
                aMed += ax * ax;
            }
            if (Double.isNaN(ax)) {
                aMed = Double.NaN;
            }
        }
        return combine(aSmall, aMed, aBig);
    }

    /**
     * Combines the three scaled sums of squares into the norm, as LAPACK does: the big sum wins over
     * the medium one (whose contribution is added only if it can matter), the small sum over nothing.
     */
    public static double combine(double aSmall, double aMed, double aBig) {
        if (Double.isNaN(aMed) || Double.isNaN(aBig) || Double.isNaN(aSmall)) {
            return Double.NaN;
        }
        double scl;
        double sumsq;
        if (aBig > 0) {
            if (aMed > 0 || Double.isNaN(aMed)) {
                aBig += (aMed * S_BIG) * S_BIG;
            }
            scl = 1.0 / S_BIG;
            sumsq = aBig;
        } else if (aSmall > 0) {
            if (aMed > 0) {
                double ymed = Math.sqrt(aMed);
                double ysmall = Math.sqrt(aSmall) / S_SMALL;
                double ymin = Math.min(ymed, ysmall);
                double ymax = Math.max(ymed, ysmall);
                scl = 1.0;
                double r = ymin / ymax;
                sumsq = ymax * ymax * (1.0 + r * r);
            } else {
                scl = 1.0 / S_SMALL;
                sumsq = aSmall;
            }
        } else {
            scl = 1.0;
            sumsq = aMed;
        }
        return scl * Math.sqrt(sumsq);
    }
}

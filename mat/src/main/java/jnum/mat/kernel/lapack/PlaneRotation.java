package jnum.mat.kernel.lapack;

/**
 * Plane rotations as LAPACK 3.10's dlartg generates them: {@code [c s; -s c] [f; g] = [r; 0]}
 * with {@code c >= 0} when f is not 0, computed without undue overflow or underflow.
 */
final class PlaneRotation {
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double SAFMAX = 1 / SAFMIN;
    private static final double RTMIN = Math.sqrt(SAFMIN);
    private static final double RTMAX = Math.sqrt(SAFMAX / 2);

    /** The cosine. */
    double c;
    /** The sine. */
    double s;
    /** The length {@code r}, of the sign of f. */
    double r;

    /** Sets c, s and r for the pair (f, g). */
    void generate(double f, double g) {
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        if (g == 0) {
            c = 1;
            s = 0;
            r = f;
        } else if (f == 0) {
            c = 0;
            s = Math.signum(g);
            r = g1;
        } else if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
            double d = Math.sqrt(f * f + g * g);
            c = f1 / d;
            r = Math.copySign(d, f);
            s = g / r;
        } else {
            double u = Math.min(SAFMAX, Math.max(SAFMIN, Math.max(f1, g1)));
            double fs = f / u;
            double gs = g / u;
            double d = Math.sqrt(fs * fs + gs * gs);
            c = Math.abs(fs) / d;
            r = Math.copySign(d, f);
            s = gs / r;
            r *= u;
        }
    }
}

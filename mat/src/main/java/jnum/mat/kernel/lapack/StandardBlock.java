package jnum.mat.kernel.lapack;

/**
 * The Schur factorization of a real 2 x 2 nonsymmetric matrix in standardized form (LAPACK 3.12's
 * dlanv2):
 *
 * <pre>
 *   [ a b ] = [ cs -sn ] [ aa bb ] [ cs  sn ]
 *   [ c d ]   [ sn  cs ] [ cc dd ] [-sn  cs ]
 * </pre>
 *
 * where either {@code cc = 0} (real eigenvalues aa, dd) or {@code aa = dd} and {@code bb cc < 0}
 * (the complex pair {@code aa +- sqrt(|bb| |cc|) i}, the one with positive imaginary part first).
 * A mutable scratch object: {@link #factor} overwrites the fields.
 */
final class StandardBlock {
    private static final double EPS = 0x1p-52;
    private static final double SAFMN2 = 0x1p-485;
    private static final double SAFMX2 = 1 / SAFMN2;

    double a;
    double b;
    double c;
    double d;
    double rt1r;
    double rt1i;
    double rt2r;
    double rt2i;
    double cs;
    double sn;

    /** Standardizes {@code [a b; c d]}, leaving the result in the fields. */
    void factor(double a0, double b0, double c0, double d0) {
        a = a0;
        b = b0;
        c = c0;
        d = d0;
        if (c == 0) {
            cs = 1;
            sn = 0;
        } else if (b == 0) {
            // swap rows and columns
            cs = 0;
            sn = 1;
            double temp = d;
            d = a;
            a = temp;
            b = -c;
            c = 0;
        } else if (a - d == 0 && Math.copySign(1, b) != Math.copySign(1, c)) {
            cs = 1;
            sn = 0;
        } else {
            general();
        }
        rt1r = a;
        rt2r = d;
        if (c == 0) {
            rt1i = 0;
            rt2i = 0;
        } else {
            rt1i = Math.sqrt(Math.abs(b)) * Math.sqrt(Math.abs(c));
            rt2i = -rt1i;
        }
    }

    private void general() {
        double temp = a - d;
        double p = 0.5 * temp;
        double bcmax = Math.max(Math.abs(b), Math.abs(c));
        double bcmis = Math.min(Math.abs(b), Math.abs(c)) * Math.copySign(1, b) * Math.copySign(1, c);
        double scale = Math.max(Math.abs(p), bcmax);
        double z = (p / scale) * p + (bcmax / scale) * bcmis;
        if (z >= 4 * EPS) {
            // real eigenvalues
            z = p + Math.copySign(Math.sqrt(scale) * Math.sqrt(z), p);
            a = d + z;
            d = d - (bcmax / z) * bcmis;
            double tau = PlaneRotations.hypot(c, z);
            cs = z / tau;
            sn = c / tau;
            b = b - c;
            c = 0;
            return;
        }
        // complex or nearly equal real eigenvalues: make the diagonal elements equal
        double sigma = b + c;
        for (int count = 0; count < 20; count++) {
            double s = Math.max(Math.abs(temp), Math.abs(sigma));
            if (s >= SAFMX2) {
                sigma *= SAFMN2;
                temp *= SAFMN2;
            } else if (s <= SAFMN2) {
                sigma *= SAFMX2;
                temp *= SAFMX2;
            } else {
                break;
            }
        }
        p = 0.5 * temp;
        double tau = PlaneRotations.hypot(sigma, temp);
        cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
        sn = -(p / (tau * cs)) * Math.copySign(1, sigma);
        double aa = a * cs + b * sn;
        double bb = -a * sn + b * cs;
        double cc = c * cs + d * sn;
        double dd = -c * sn + d * cs;
        a = aa * cs + cc * sn;
        b = bb * cs + dd * sn;
        c = -aa * sn + cc * cs;
        d = -bb * sn + dd * cs;
        temp = 0.5 * (a + d);
        a = temp;
        d = temp;
        if (c != 0) {
            if (b != 0) {
                if (Math.copySign(1, b) == Math.copySign(1, c)) {
                    // real eigenvalues after all: reduce to upper triangular form
                    double sab = Math.sqrt(Math.abs(b));
                    double sac = Math.sqrt(Math.abs(c));
                    p = Math.copySign(sab * sac, c);
                    tau = 1 / Math.sqrt(Math.abs(b + c));
                    a = temp + p;
                    d = temp - p;
                    b = b - c;
                    c = 0;
                    double cs1 = sab * tau;
                    double sn1 = sac * tau;
                    temp = cs * cs1 - sn * sn1;
                    sn = cs * sn1 + sn * cs1;
                    cs = temp;
                }
            } else {
                b = -c;
                c = 0;
                temp = cs;
                cs = -sn;
                sn = temp;
            }
        }
    }
}

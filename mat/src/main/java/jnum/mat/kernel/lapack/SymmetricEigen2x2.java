package jnum.mat.kernel.lapack;

/**
 * The eigen decomposition of a symmetric 2 x 2 matrix {@code [a b; b c]} (LAPACK's dlaev2 and
 * dlae2): {@code rt1} of larger absolute value, {@code rt2}, and the unit eigenvector
 * {@code (cs, sn)} of rt1. rt1 is accurate to a few ulps; rt2 may be inaccurate when rt1 and
 * rt2 nearly cancel, as dlaev2 documents, because it is computed as {@code det / rt1}.
 */
final class SymmetricEigen2x2 {
    /** The eigenvalue of larger absolute value. */
    double rt1;
    /** The other eigenvalue. */
    double rt2;
    /** The eigenvector {@code (cs, sn)} of rt1. */
    double cs;
    /** See {@link #cs}. */
    double sn;

    /** Computes rt1, rt2, cs and sn for {@code [a b; b c]}. */
    void solve(double a, double b, double c) {
        double sm = a + c;
        double df = a - c;
        double adf = Math.abs(df);
        double tb = b + b;
        double ab = Math.abs(tb);
        double acmx = Math.abs(a) > Math.abs(c) ? a : c;
        double acmn = Math.abs(a) > Math.abs(c) ? c : a;
        double rt;
        if (adf > ab) {
            double q = ab / adf;
            rt = adf * Math.sqrt(1 + q * q);
        } else if (adf < ab) {
            double q = adf / ab;
            rt = ab * Math.sqrt(1 + q * q);
        } else {
            rt = ab * Math.sqrt(2.0);
        }
        int sgn1;
        if (sm < 0) {
            rt1 = 0.5 * (sm - rt);
            sgn1 = -1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else if (sm > 0) {
            rt1 = 0.5 * (sm + rt);
            sgn1 = 1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else {
            rt1 = 0.5 * rt;
            rt2 = -0.5 * rt;
            sgn1 = 1;
        }
        int sgn2;
        double cv;
        if (df >= 0) {
            cv = df + rt;
            sgn2 = 1;
        } else {
            cv = df - rt;
            sgn2 = -1;
        }
        if (Math.abs(cv) > ab) {
            double ct = -tb / cv;
            sn = 1 / Math.sqrt(1 + ct * ct);
            cs = ct * sn;
        } else if (ab == 0) {
            cs = 1;
            sn = 0;
        } else {
            double tn = -cv / tb;
            cs = 1 / Math.sqrt(1 + tn * tn);
            sn = tn * cs;
        }
        if (sgn1 == sgn2) {
            double tn = cs;
            cs = -sn;
            sn = tn;
        }
    }
}

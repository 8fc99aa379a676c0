package jnum.mat.kernel.lapack;

/**
 * Solves a 1 x 1 or 2 x 2 system {@code (op(A) - w I) x = s b} with a real or complex w and
 * right-hand side, guarding against overflow (LAPACK's dlaln2 with {@code ca = d1 = d2 = 1}): a
 * pivot smaller than {@code smin} is replaced by {@code smin}, and the scale factor
 * {@code s <= 1} is chosen so that x cannot overflow. Complete pivoting for the 2 x 2 case.
 * Magnitudes of complex numbers are measured as {@code |re| + |im|}, as in LAPACK.
 *
 * <p>A mutable scratch object: each call leaves x in {@link #x1r}, {@link #x1i}, {@link #x2r},
 * {@link #x2i}, s in {@link #scale} and {@code max |x_i|} in {@link #xnorm}.
 */
final class SmallSolve {
    private static final double SMLNUM = 2 * Double.MIN_NORMAL;
    private static final double BIGNUM = 1 / SMLNUM;

    double x1r;
    double x1i;
    double x2r;
    double x2i;
    double scale;
    double xnorm;

    /*
     * solve2's C and b, held here rather than allocated per call: the pivot picks their elements
     * by computed index, so the JIT cannot keep local arrays in registers.
     */
    private final double[] cRe = new double[4];
    private final double[] cIm = new double[4];
    private final double[] bRe = new double[2];
    private final double[] bIm = new double[2];

    // results of div()
    private double qr;
    private double qi;

    /** {@code (t - (wr + i wi)) x = s (br + i bi)}. */
    void solve1(double smin, double t, double wr, double wi, double br, double bi) {
        double smini = Math.max(smin, SMLNUM);
        double csr = t - wr;
        double csi = -wi;
        double cnorm = Math.abs(csr) + Math.abs(csi);
        if (cnorm < smini) {
            csr = smini;
            csi = 0;
            cnorm = smini;
        }
        double bnorm = Math.abs(br) + Math.abs(bi);
        scale = 1;
        if (cnorm < 1 && bnorm > 1 && bnorm > BIGNUM * cnorm) {
            scale = 1 / bnorm;
        }
        div(scale * br, scale * bi, csr, csi);
        x1r = qr;
        x1i = qi;
        x2r = 0;
        x2i = 0;
        xnorm = Math.abs(x1r) + Math.abs(x1i);
    }

    /**
     * {@code (op(A) - (wr + i wi) I) x = s b} with {@code A = [a11 a12; a21 a22]}, op the transpose
     * when {@code trans}, {@code b = (b1r + i b1i, b2r + i b2i)}.
     */
    void solve2(
            boolean trans,
            double smin,
            double a11,
            double a12,
            double a21,
            double a22,
            double wr,
            double wi,
            double b1r,
            double b1i,
            double b2r,
            double b2i) {
        double smini = Math.max(smin, SMLNUM);
        // C = op(A) - w I, entries (row, col) as cRe[2 * col + row], cIm likewise
        cRe[0] = a11 - wr;
        cRe[1] = trans ? a12 : a21;
        cRe[2] = trans ? a21 : a12;
        cRe[3] = a22 - wr;
        cIm[0] = -wi;
        cIm[1] = 0;
        cIm[2] = 0;
        cIm[3] = -wi;
        bRe[0] = b1r;
        bRe[1] = b2r;
        bIm[0] = b1i;
        bIm[1] = b2i;
        double cmax = 0;
        int icmax = 0;
        for (int j = 0; j < 4; j++) {
            double m = Math.abs(cRe[j]) + Math.abs(cIm[j]);
            if (m > cmax) {
                cmax = m;
                icmax = j;
            }
        }
        scale = 1;
        if (!(cmax >= smini)) {
            // op(A) - w I is tiny: use smin I
            double bnorm = Math.max(Math.abs(b1r) + Math.abs(b1i), Math.abs(b2r) + Math.abs(b2i));
            if (smini < 1 && bnorm > 1 && bnorm > BIGNUM * smini) {
                scale = 1 / bnorm;
            }
            double f = scale / smini;
            x1r = b1r * f;
            x1i = b1i * f;
            x2r = b2r * f;
            x2i = b2i * f;
            xnorm = Math.max(Math.abs(x1r) + Math.abs(x1i), Math.abs(x2r) + Math.abs(x2i));
            return;
        }
        int p = icmax & 1; // pivot row
        int q = icmax >> 1; // pivot column
        int p2 = 1 - p;
        int q2 = 1 - q;
        // 1 / u11
        div(1, 0, cRe[2 * q + p], cIm[2 * q + p]);
        double r11r = qr;
        double r11i = qi;
        double c21r = cRe[2 * q + p2];
        double c21i = cIm[2 * q + p2];
        double l21r = c21r * r11r - c21i * r11i;
        double l21i = c21r * r11i + c21i * r11r;
        double u12r = cRe[2 * q2 + p];
        double u12i = cIm[2 * q2 + p];
        double u22r = cRe[2 * q2 + p2] - (u12r * l21r - u12i * l21i);
        double u22i = cIm[2 * q2 + p2] - (u12r * l21i + u12i * l21r);
        double u22abs = Math.abs(u22r) + Math.abs(u22i);
        if (u22abs < smini) {
            u22r = smini;
            u22i = 0;
            u22abs = smini;
        }
        double y1r = bRe[p];
        double y1i = bIm[p];
        double y2r = bRe[p2] - (l21r * y1r - l21i * y1i);
        double y2i = bIm[p2] - (l21r * y1i + l21i * y1r);
        // |y1 (u22 / u11)| and |y2| bound the solution's growth
        double gr = u22r * r11r - u22i * r11i;
        double gi = u22r * r11i + u22i * r11r;
        double bbnd =
                Math.max(Math.abs(y1r * gr - y1i * gi) + Math.abs(y1r * gi + y1i * gr), Math.abs(y2r) + Math.abs(y2i));
        if (bbnd > 1 && u22abs < 1 && bbnd >= BIGNUM * u22abs) {
            scale = 1 / bbnd;
        }
        div(y2r * scale, y2i * scale, u22r, u22i);
        double s2r = qr;
        double s2i = qi;
        // x1 = (s y1) / u11 - s2 (u12 / u11), s applied first as dlaln2 does: y1 / u11 alone can
        // overflow where the scaled quotient does not
        double sy1r = scale * y1r;
        double sy1i = scale * y1i;
        double t1r = sy1r * r11r - sy1i * r11i;
        double t1i = sy1r * r11i + sy1i * r11r;
        double mr = u12r * r11r - u12i * r11i;
        double mi = u12r * r11i + u12i * r11r;
        double s1r = t1r - (s2r * mr - s2i * mi);
        double s1i = t1i - (s2r * mi + s2i * mr);
        if (q == 0) {
            x1r = s1r;
            x1i = s1i;
            x2r = s2r;
            x2i = s2i;
        } else {
            x1r = s2r;
            x1i = s2i;
            x2r = s1r;
            x2i = s1i;
        }
        xnorm = Math.max(Math.abs(x1r) + Math.abs(x1i), Math.abs(x2r) + Math.abs(x2i));
        if (xnorm > 1 && cmax > 1 && xnorm > BIGNUM / cmax) {
            double temp = cmax / BIGNUM;
            x1r *= temp;
            x1i *= temp;
            x2r *= temp;
            x2i *= temp;
            xnorm *= temp;
            scale *= temp;
        }
    }

    /** {@code (a + i b) / (c + i d)} by Smith's algorithm, into qr, qi. */
    private void div(double a, double b, double c, double d) {
        if (Math.abs(d) <= Math.abs(c)) {
            double e = d / c;
            double f = c + d * e;
            qr = (a + b * e) / f;
            qi = (b - a * e) / f;
        } else {
            double e = c / d;
            double f = d + c * e;
            qr = (a * e + b) / f;
            qi = (b * e - a) / f;
        }
    }
}

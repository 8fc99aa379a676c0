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
        if (csi == 0 && bi == 0) {
            // a real system: Smith's division with a zero imaginary part reduces to this one
            x1r = scale * br / csr;
            x1i = 0;
        } else {
            div(scale * br, scale * bi, csr, csi);
            x1r = qr;
            x1i = qi;
        }
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
        // C = op(A) - w I: real parts c11..c22; the imaginary part is -wi on the diagonal only
        double c11 = a11 - wr;
        double c21 = trans ? a12 : a21;
        double c12 = trans ? a21 : a12;
        double c22 = a22 - wr;
        double wabs = Math.abs(wi);
        double m11 = Math.abs(c11) + wabs;
        double m21 = Math.abs(c21);
        double m12 = Math.abs(c12);
        double m22 = Math.abs(c22) + wabs;
        // complete pivoting in dlaln2's order (first largest of c11, c21, c12, c22)
        int icmax = 0;
        double cmax = m11;
        if (m21 > cmax) {
            cmax = m21;
            icmax = 1;
        }
        if (m12 > cmax) {
            cmax = m12;
            icmax = 2;
        }
        if (m22 > cmax) {
            cmax = m22;
            icmax = 3;
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
        // the pivot u11 at (row p, column q); c21 shares its column, u12 its row, u22 neither.
        // A diagonal pivot leaves the imaginary parts (-wi) on u11 and u22, an off-diagonal one on
        // c21 and u12.
        int p = icmax & 1;
        int q = icmax >> 1;
        double u11r;
        double l21src;
        double u12r;
        double u22src;
        switch (icmax) {
            case 0 -> {
                u11r = c11;
                l21src = c21;
                u12r = c12;
                u22src = c22;
            }
            case 1 -> {
                u11r = c21;
                l21src = c11;
                u12r = c22;
                u22src = c12;
            }
            case 2 -> {
                u11r = c12;
                l21src = c22;
                u12r = c11;
                u22src = c21;
            }
            default -> {
                u11r = c22;
                l21src = c12;
                u12r = c21;
                u22src = c11;
            }
        }
        double s1r;
        double s1i;
        double s2r;
        double s2i;
        if (wi == 0 && b1i == 0 && b2i == 0) {
            // a real system: the same elimination with every imaginary part zero
            double r11 = 1 / u11r;
            double l21 = l21src * r11;
            double u22 = u22src - u12r * l21;
            double u22abs = Math.abs(u22);
            if (u22abs < smini) {
                u22 = smini;
                u22abs = smini;
            }
            double y1 = p == 0 ? b1r : b2r;
            double y2 = (p == 0 ? b2r : b1r) - l21 * y1;
            double bbnd = Math.max(Math.abs(y1 * (u22 * r11)), Math.abs(y2));
            if (bbnd > 1 && u22abs < 1 && bbnd >= BIGNUM * u22abs) {
                scale = 1 / bbnd;
            }
            s2r = y2 * scale / u22;
            s2i = 0;
            s1r = scale * y1 * r11 - s2r * (u12r * r11);
            s1i = 0;
        } else {
            boolean diagonalPivot = icmax == 0 || icmax == 3;
            double onPivot = diagonalPivot ? -wi : 0;
            double offPivot = diagonalPivot ? 0 : -wi;
            // 1 / u11
            div(1, 0, u11r, onPivot);
            double r11r = qr;
            double r11i = qi;
            double c21r = l21src;
            double c21i = offPivot;
            double l21r = c21r * r11r - c21i * r11i;
            double l21i = c21r * r11i + c21i * r11r;
            double u12i = offPivot;
            double u22r = u22src - (u12r * l21r - u12i * l21i);
            double u22i = onPivot - (u12r * l21i + u12i * l21r);
            double u22abs = Math.abs(u22r) + Math.abs(u22i);
            if (u22abs < smini) {
                u22r = smini;
                u22i = 0;
                u22abs = smini;
            }
            double y1r = p == 0 ? b1r : b2r;
            double y1i = p == 0 ? b1i : b2i;
            double y2r = (p == 0 ? b2r : b1r) - (l21r * y1r - l21i * y1i);
            double y2i = (p == 0 ? b2i : b1i) - (l21r * y1i + l21i * y1r);
            // |y1 (u22 / u11)| and |y2| bound the solution's growth
            double gr = u22r * r11r - u22i * r11i;
            double gi = u22r * r11i + u22i * r11r;
            double bbnd = Math.max(
                    Math.abs(y1r * gr - y1i * gi) + Math.abs(y1r * gi + y1i * gr), Math.abs(y2r) + Math.abs(y2i));
            if (bbnd > 1 && u22abs < 1 && bbnd >= BIGNUM * u22abs) {
                scale = 1 / bbnd;
            }
            div(y2r * scale, y2i * scale, u22r, u22i);
            s2r = qr;
            s2i = qi;
            // x1 = (s y1) / u11 - s2 (u12 / u11), s applied first as dlaln2 does: y1 / u11 alone can
            // overflow where the scaled quotient does not
            double sy1r = scale * y1r;
            double sy1i = scale * y1i;
            double t1r = sy1r * r11r - sy1i * r11i;
            double t1i = sy1r * r11i + sy1i * r11r;
            double mr = u12r * r11r - u12i * r11i;
            double mi = u12r * r11i + u12i * r11r;
            s1r = t1r - (s2r * mr - s2i * mi);
            s1i = t1i - (s2r * mi + s2i * mr);
        }
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

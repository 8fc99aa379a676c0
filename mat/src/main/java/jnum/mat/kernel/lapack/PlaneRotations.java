package jnum.mat.kernel.lapack;

/**
 * Plane rotations and the 2 x 2 singular value problems of the bidiagonal QR iteration: LAPACK's
 * dlartg, dlas2 and dlasv2 ({@link RotationBatch} applies the rotations).
 */
final class PlaneRotations {
    private static final double EPS = 0x1p-53;
    private static final double SAFE_LOW = 0x1p-500;
    private static final double SAFE_HIGH = 0x1p500;

    private PlaneRotations() {}

    /**
     * {@code sqrt(a^2 + b^2)} without undue overflow or underflow: the plain formula when the
     * larger magnitude lies in {@code (2^-500, 2^500)}, where neither square can overflow and an
     * underflowing smaller square is negligible (within an ulp of {@link Math#hypot}, which is several
     * times slower), else {@link Math#hypot} (also for NaN and infinities).
     */
    static double hypot(double a, double b) {
        double max = Math.max(Math.abs(a), Math.abs(b));
        if (max > SAFE_LOW && max < SAFE_HIGH) {
            return Math.sqrt(a * a + b * b);
        }
        return Math.hypot(a, b);
    }

    /**
     * dlartg: {@code [c s; -s c] [f; g] = [r; 0]} with {@code c^2 + s^2 = 1}; writes c, s, r into
     * {@code out[0..2]}. {@code c >= 0} when f is nonzero, r carries f's sign (LAPACK 3.10).
     */
    static void lartg(double f, double g, double[] out) {
        if (g == 0) {
            out[0] = 1;
            out[1] = 0;
            out[2] = f;
            return;
        }
        if (f == 0) {
            out[0] = 0;
            out[1] = Math.signum(g);
            out[2] = Math.abs(g);
            return;
        }
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        double d;
        if (f1 > SAFE_LOW && f1 < SAFE_HIGH && g1 > SAFE_LOW && g1 < SAFE_HIGH) {
            d = Math.sqrt(f * f + g * g);
        } else {
            d = Math.hypot(f, g); // scaled: no overflow or underflow of the squares
        }
        double r = Math.copySign(d, f);
        out[0] = f1 / d;
        out[1] = g / r;
        out[2] = r;
    }

    /**
     * dlas2: the singular values {@code out[0] = ssmin <= out[1] = ssmax} of the upper triangular
     * {@code [f g; 0 h]}, accurate to a few ulps whatever their ratio, without overflow.
     */
    static void las2(double f, double g, double h, double[] out) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhmn = Math.min(fa, ha);
        double fhmx = Math.max(fa, ha);
        double ssmin;
        double ssmax;
        if (fhmn == 0) {
            ssmin = 0;
            if (fhmx == 0) {
                ssmax = ga;
            } else {
                double mx = Math.max(fhmx, ga);
                double mn = Math.min(fhmx, ga);
                ssmax = mx * Math.sqrt(1 + (mn / mx) * (mn / mx));
            }
        } else if (ga < fhmx) {
            double as = 1 + fhmn / fhmx;
            double at = (fhmx - fhmn) / fhmx;
            double au = (ga / fhmx) * (ga / fhmx);
            double c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
            ssmin = fhmn * c;
            ssmax = fhmx / c;
        } else {
            double au = fhmx / ga;
            if (au == 0) {
                // fhmx and fhmn are negligible against ga
                ssmin = (fhmn * fhmx) / ga;
                ssmax = ga;
            } else {
                double as = 1 + fhmn / fhmx;
                double at = (fhmx - fhmn) / fhmx;
                double c = 1 / (Math.sqrt(1 + (as * au) * (as * au)) + Math.sqrt(1 + (at * au) * (at * au)));
                ssmin = (fhmn * c) * au;
                ssmin += ssmin;
                ssmax = ga / (c + c);
            }
        }
        out[0] = ssmin;
        out[1] = ssmax;
    }

    /**
     * dlasv2: the SVD of the upper triangular {@code [f g; 0 h]},
     * {@code [csl snl; -snl csl] [f g; 0 h] [csr -snr; snr csr] = [ssmax 0; 0 ssmin]}, with
     * {@code |ssmax| >= |ssmin|}; writes ssmin, ssmax, snr, csr, snl, csl into {@code out[0..5]}.
     * Accurate to a few ulps barring over/underflow, as in LAPACK.
     */
    static void lasv2(double f, double g, double h, double[] out) {
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        int pmax = 1;
        boolean swap = ha > fa;
        if (swap) {
            pmax = 3;
            double t = ft;
            ft = ht;
            ht = t;
            t = fa;
            fa = ha;
            ha = t;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double clt;
        double crt;
        double slt;
        double srt;
        double ssmin;
        double ssmax;
        if (ga == 0) {
            ssmin = ha;
            ssmax = fa;
            clt = 1;
            crt = 1;
            slt = 0;
            srt = 0;
        } else {
            boolean gasmal = true;
            ssmin = 0;
            ssmax = 0;
            clt = crt = slt = srt = 0;
            if (ga > fa) {
                pmax = 2;
                if (fa / ga < EPS) {
                    // g is very large: the values are ga and fa ha / ga
                    gasmal = false;
                    ssmax = ga;
                    ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
                    clt = 1;
                    slt = ht / gt;
                    srt = 1;
                    crt = ft / gt;
                }
            }
            if (gasmal) {
                double dd = fa - ha;
                double l = dd == fa ? 1 : dd / fa;
                double m = gt / ft;
                double t = 2 - l;
                double mm = m * m;
                double tt = t * t;
                double s = Math.sqrt(tt + mm);
                double r = l == 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
                double aa = 0.5 * (s + r);
                ssmin = ha / aa;
                ssmax = fa * aa;
                if (mm == 0) {
                    t = l == 0 ? Math.copySign(2, ft) * Math.copySign(1, gt) : gt / Math.copySign(dd, ft) + m / t;
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1 + aa);
                }
                l = Math.sqrt(t * t + 4);
                crt = 2 / l;
                srt = t / l;
                clt = (crt + srt * m) / aa;
                slt = (ht / ft) * srt / aa;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign = switch (pmax) {
            case 1 -> Math.copySign(1, csr) * Math.copySign(1, csl) * Math.copySign(1, f);
            case 2 -> Math.copySign(1, snr) * Math.copySign(1, csl) * Math.copySign(1, g);
            default -> Math.copySign(1, snr) * Math.copySign(1, snl) * Math.copySign(1, h);
        };
        out[0] = Math.copySign(ssmin, tsign * Math.copySign(1, f) * Math.copySign(1, h));
        out[1] = Math.copySign(ssmax, tsign);
        out[2] = snr;
        out[3] = csr;
        out[4] = snl;
        out[5] = csl;
    }
}

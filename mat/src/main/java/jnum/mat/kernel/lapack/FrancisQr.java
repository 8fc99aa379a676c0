package jnum.mat.kernel.lapack;

/**
 * The double-shift QR algorithm on an upper Hessenberg matrix (LAPACK 3.12's dlahqr): computes
 * its eigenvalues and, optionally, the real Schur form T and the Schur vectors.
 *
 * <p>Each iteration chases a 3 x 3 bulge (Francis' implicit double shift, the shifts being the
 * eigenvalues of the trailing 2 x 2 block) down the active block. A subdiagonal element is set to
 * zero when it is small by the conservative criterion of Ahues and Kressner (2004), which keeps
 * small eigenvalues of graded matrices accurate. After 10 iterations without a deflation an
 * exceptional shift (LAPACK's ad hoc one) breaks cycles; after {@link #iterationLimit} iterations
 * on one active block the routine gives up and reports it. 2 x 2 blocks that split off are
 * put in standardized Schur form ({@link StandardBlock}).
 *
 * <p>Each step's 3-element reflector is formed in local variables: while the larger of its two
 * lower entries exceeds 2^-500 and no entry reaches 2^500, as dlarfg with a single square root of
 * the sum of the three squares (within a rounding of dlarfg's nested hypot; no square overflows
 * and no rescaling is needed there), otherwise by {@link #reflector}, dlarfg itself. At small
 * orders this chain of dependent square roots and
 * divisions, not the flops of the updates, sets the pace of a sweep.
 *
 * <p>The code keeps LAPACK's 1-based indices: {@code h[hb + r + c * ldh]} is H(r, c).
 */
final class FrancisQr {
    private static final double DAT1 = 0.75;
    private static final double DAT2 = -0.4375;
    private static final int KEXSH = 10;
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double ULP = 0x1p-52;
    private static final double SAFE_LOW = 0x1p-500;
    private static final double SAFE_HIGH = 0x1p500;

    private FrancisQr() {}

    /** Iterations allowed per active block of order nh before failure is reported (dlahqr's itmax). */
    static int iterationLimit(int nh) {
        return 30 * Math.max(10, nh);
    }

    /**
     * dlahqr on rows and columns ilo..ihi (0-based, inclusive) of the n x n upper Hessenberg H
     * (already triangular outside them). With {@code wantT} H becomes T; with {@code wantZ} the
     * rotations are applied to rows {@code iloz..ihiz} of Z.
     *
     * @return -1, or the 0-based index i such that the eigenvalues in rows ilo..i did not
     *     converge (those of rows i+1..ihi and outside ilo..ihi are in wr, wi)
     */
    static int lahqr(
            boolean wantT,
            boolean wantZ,
            int n,
            int ilo0,
            int ihi0,
            double[] h,
            int hOff,
            int ldh,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            int iloz0,
            int ihiz0,
            double[] z,
            int zOff,
            int ldz) {
        if (n == 0) {
            return -1;
        }
        final int hb = hOff - 1 - ldh;
        final int zb = zOff - 1 - ldz;
        final int wrb = wrOff - 1;
        final int wib = wiOff - 1;
        final int ilo = ilo0 + 1;
        final int ihi = ihi0 + 1;
        final int iloz = iloz0 + 1;
        final int ihiz = ihiz0 + 1;
        if (ilo == ihi) {
            wr[wrb + ilo] = h[hb + ilo + ilo * ldh];
            wi[wib + ilo] = 0;
            return -1;
        }
        for (int j = ilo; j <= ihi - 3; j++) {
            h[hb + (j + 2) + j * ldh] = 0;
            h[hb + (j + 3) + j * ldh] = 0;
        }
        if (ilo <= ihi - 2) {
            h[hb + ihi + (ihi - 2) * ldh] = 0;
        }
        int nh = ihi - ilo + 1;
        int nz = ihiz - iloz + 1;
        double smlnum = SAFMIN * (nh / ULP);
        int i1 = 1;
        int i2 = n;
        int itmax = iterationLimit(nh);
        int kdefl = 0;
        double[] v = null; // the reflector's array form, for the rare scaled case only
        StandardBlock block = null; // made when the first 2 x 2 block splits off
        int i = ihi;
        while (i >= ilo) {
            int l = ilo;
            boolean converged = false;
            for (int its = 0; its <= itmax; its++) {
                // look for a single small subdiagonal element
                int k;
                for (k = i; k > l; k--) {
                    if (negligibleSubdiagonal(h, hb, ldh, k, ilo, ihi, smlnum)) {
                        break;
                    }
                }
                l = k;
                if (l > ilo) {
                    h[hb + l + (l - 1) * ldh] = 0;
                }
                if (l >= i - 1) {
                    converged = true;
                    break;
                }
                kdefl++;
                if (!wantT) {
                    i1 = l;
                    i2 = i;
                }
                double h11;
                double h12;
                double h21;
                double h22;
                if (kdefl % (2 * KEXSH) == 0) {
                    double s = Math.abs(h[hb + i + (i - 1) * ldh]) + Math.abs(h[hb + (i - 1) + (i - 2) * ldh]);
                    h11 = DAT1 * s + h[hb + i + i * ldh];
                    h12 = DAT2 * s;
                    h21 = s;
                    h22 = h11;
                } else if (kdefl % KEXSH == 0) {
                    double s = Math.abs(h[hb + (l + 1) + l * ldh]) + Math.abs(h[hb + (l + 2) + (l + 1) * ldh]);
                    h11 = DAT1 * s + h[hb + l + l * ldh];
                    h12 = DAT2 * s;
                    h21 = s;
                    h22 = h11;
                } else {
                    h11 = h[hb + (i - 1) + (i - 1) * ldh];
                    h21 = h[hb + i + (i - 1) * ldh];
                    h12 = h[hb + (i - 1) + i * ldh];
                    h22 = h[hb + i + i * ldh];
                }
                double rt1r;
                double rt1i;
                double rt2r;
                double rt2i;
                double s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
                if (s == 0) {
                    rt1r = 0;
                    rt1i = 0;
                    rt2r = 0;
                    rt2i = 0;
                } else {
                    h11 /= s;
                    h21 /= s;
                    h12 /= s;
                    h22 /= s;
                    double tr = (h11 + h22) / 2;
                    double det = (h11 - tr) * (h22 - tr) - h12 * h21;
                    double rtdisc = Math.sqrt(Math.abs(det));
                    if (det >= 0) {
                        // a complex conjugate pair of shifts
                        rt1r = tr * s;
                        rt2r = rt1r;
                        rt1i = rtdisc * s;
                        rt2i = -rt1i;
                    } else {
                        // real shifts: use the one closer to h22 twice
                        rt1r = tr + rtdisc;
                        rt2r = tr - rtdisc;
                        if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) {
                            rt1r *= s;
                            rt2r = rt1r;
                        } else {
                            rt2r *= s;
                            rt1r = rt2r;
                        }
                        rt1i = 0;
                        rt2i = 0;
                    }
                }
                // look for two consecutive small subdiagonal elements
                int m;
                double v0;
                double v1;
                double v2;
                for (m = i - 2; ; m--) {
                    double hmm = h[hb + m + m * ldh];
                    double h21s = h[hb + (m + 1) + m * ldh];
                    // scaled by reciprocals where they are exact enough (see reciprocalSafe): the divisions,
                    // not the flops, set the pace of this search
                    double sc = Math.abs(hmm - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
                    double d2;
                    double rt2is;
                    if (reciprocalSafe(sc)) {
                        double rsc = 1 / sc;
                        h21s *= rsc;
                        d2 = (hmm - rt2r) * rsc;
                        rt2is = rt2i * rsc;
                    } else {
                        h21s /= sc;
                        d2 = (hmm - rt2r) / sc;
                        rt2is = rt2i / sc;
                    }
                    v0 = h21s * h[hb + m + (m + 1) * ldh] + (hmm - rt1r) * d2 - rt1i * rt2is;
                    v1 = h21s * (hmm + h[hb + (m + 1) + (m + 1) * ldh] - rt1r - rt2r);
                    v2 = h21s * h[hb + (m + 2) + (m + 1) * ldh];
                    sc = Math.abs(v0) + Math.abs(v1) + Math.abs(v2);
                    if (reciprocalSafe(sc)) {
                        double rsc = 1 / sc;
                        v0 *= rsc;
                        v1 *= rsc;
                        v2 *= rsc;
                    } else {
                        v0 /= sc;
                        v1 /= sc;
                        v2 /= sc;
                    }
                    if (m == l) {
                        break;
                    }
                    double h00 = Math.abs(h[hb + m + (m - 1) * ldh]) * (Math.abs(v1) + Math.abs(v2));
                    double h01 = Math.abs(v0)
                            * (Math.abs(h[hb + (m - 1) + (m - 1) * ldh])
                                    + Math.abs(hmm)
                                    + Math.abs(h[hb + (m + 1) + (m + 1) * ldh]));
                    if (h00 <= ULP * h01) {
                        break;
                    }
                }
                // the double-shift QR step
                for (k = m; k <= i - 1; k++) {
                    int nr = Math.min(3, i - k + 1);
                    if (k > m) {
                        v0 = h[hb + k + (k - 1) * ldh];
                        v1 = h[hb + (k + 1) + (k - 1) * ldh];
                        v2 = nr == 3 ? h[hb + (k + 2) + (k - 1) * ldh] : 0;
                    }
                    double t1;
                    double big = Math.max(Math.abs(v1), Math.abs(v2));
                    if (big > SAFE_LOW && Math.max(big, Math.abs(v0)) < SAFE_HIGH) {
                        // dlarfg in scalars with one square root: no square can overflow, and |beta| >= big is far
                        // above the threshold where dlarfg rescales
                        double beta = -Math.copySign(Math.sqrt(v0 * v0 + (v1 * v1 + v2 * v2)), v0);
                        t1 = (beta - v0) / beta;
                        double scal = 1 / (v0 - beta);
                        v1 *= scal;
                        v2 *= scal;
                        v0 = beta;
                    } else {
                        if (v == null) {
                            v = new double[3];
                        }
                        v[0] = v0;
                        v[1] = v1;
                        v[2] = v2;
                        t1 = reflector(nr, v);
                        v0 = v[0];
                        v1 = v[1];
                        v2 = v[2];
                    }
                    if (k > m) {
                        h[hb + k + (k - 1) * ldh] = v0;
                        h[hb + (k + 1) + (k - 1) * ldh] = 0;
                        if (k < i - 1) {
                            h[hb + (k + 2) + (k - 1) * ldh] = 0;
                        }
                    } else if (m > l) {
                        // not H(k, k-1) = -H(k, k-1): that fails when v(2) and v(3) underflow
                        h[hb + k + (k - 1) * ldh] *= 1 - t1;
                    }
                    double t2 = t1 * v1;
                    if (nr == 3) {
                        double t3 = t1 * v2;
                        for (int j = k; j <= i2; j++) {
                            int p = hb + k + j * ldh;
                            double sum = h[p] + v1 * h[p + 1] + v2 * h[p + 2];
                            h[p] -= sum * t1;
                            h[p + 1] -= sum * t2;
                            h[p + 2] -= sum * t3;
                        }
                        int last = Math.min(k + 3, i);
                        int c0 = hb + k * ldh;
                        for (int j = i1; j <= last; j++) {
                            double sum = h[c0 + j] + v1 * h[c0 + ldh + j] + v2 * h[c0 + 2 * ldh + j];
                            h[c0 + j] -= sum * t1;
                            h[c0 + ldh + j] -= sum * t2;
                            h[c0 + 2 * ldh + j] -= sum * t3;
                        }
                        if (wantZ) {
                            int q0 = zb + k * ldz;
                            for (int j = iloz; j <= ihiz; j++) {
                                double sum = z[q0 + j] + v1 * z[q0 + ldz + j] + v2 * z[q0 + 2 * ldz + j];
                                z[q0 + j] -= sum * t1;
                                z[q0 + ldz + j] -= sum * t2;
                                z[q0 + 2 * ldz + j] -= sum * t3;
                            }
                        }
                    } else if (nr == 2) {
                        for (int j = k; j <= i2; j++) {
                            int p = hb + k + j * ldh;
                            double sum = h[p] + v1 * h[p + 1];
                            h[p] -= sum * t1;
                            h[p + 1] -= sum * t2;
                        }
                        int c0 = hb + k * ldh;
                        for (int j = i1; j <= i; j++) {
                            double sum = h[c0 + j] + v1 * h[c0 + ldh + j];
                            h[c0 + j] -= sum * t1;
                            h[c0 + ldh + j] -= sum * t2;
                        }
                        if (wantZ) {
                            int q0 = zb + k * ldz;
                            for (int j = iloz; j <= ihiz; j++) {
                                double sum = z[q0 + j] + v1 * z[q0 + ldz + j];
                                z[q0 + j] -= sum * t1;
                                z[q0 + ldz + j] -= sum * t2;
                            }
                        }
                    }
                }
            }
            if (!converged) {
                return i - 1;
            }
            if (l == i) {
                // H(i, i-1) is negligible: one eigenvalue has converged
                wr[wrb + i] = h[hb + i + i * ldh];
                wi[wib + i] = 0;
            } else if (l == i - 1) {
                // a 2 x 2 block has split off: standardize it
                int p = hb + (i - 1) + (i - 1) * ldh;
                if (block == null) {
                    block = new StandardBlock();
                }
                block.factor(h[p], h[p + ldh], h[p + 1], h[p + 1 + ldh]);
                h[p] = block.a;
                h[p + ldh] = block.b;
                h[p + 1] = block.c;
                h[p + 1 + ldh] = block.d;
                wr[wrb + i - 1] = block.rt1r;
                wi[wib + i - 1] = block.rt1i;
                wr[wrb + i] = block.rt2r;
                wi[wib + i] = block.rt2i;
                double cs = block.cs;
                double sn = block.sn;
                if (wantT) {
                    if (i2 > i) {
                        rotate(i2 - i, h, hb + (i - 1) + (i + 1) * ldh, ldh, h, hb + i + (i + 1) * ldh, ldh, cs, sn);
                    }
                    rotate(i - i1 - 1, h, hb + i1 + (i - 1) * ldh, 1, h, hb + i1 + i * ldh, 1, cs, sn);
                }
                if (wantZ) {
                    rotate(nz, z, zb + iloz + (i - 1) * ldz, 1, z, zb + iloz + i * ldz, 1, cs, sn);
                }
            }
            kdefl = 0;
            i = l - 1;
        }
        return -1;
    }

    /**
     * Whether H(k, k-1) (1-based through {@code hb}) is negligible within the active block
     * lo..hi: below smlnum, or small against its neighbours by the Ahues-Kressner test.
     */
    static boolean negligibleSubdiagonal(double[] h, int hb, int ldh, int k, int lo, int hi, double smlnum) {
        double hkk1 = Math.abs(h[hb + k + (k - 1) * ldh]);
        if (hkk1 <= smlnum) {
            return true;
        }
        double hkk = h[hb + k + k * ldh];
        double hk1k1 = h[hb + (k - 1) + (k - 1) * ldh];
        double tst = Math.abs(hk1k1) + Math.abs(hkk);
        if (tst == 0) {
            if (k - 2 >= lo) {
                tst += Math.abs(h[hb + (k - 1) + (k - 2) * ldh]);
            }
            if (k + 1 <= hi) {
                tst += Math.abs(h[hb + (k + 1) + k * ldh]);
            }
        }
        if (hkk1 > ULP * tst) {
            return false;
        }
        double hk1k = Math.abs(h[hb + (k - 1) + k * ldh]);
        double ab = Math.max(hkk1, hk1k);
        double ba = Math.min(hkk1, hk1k);
        double aa = Math.max(Math.abs(hkk), Math.abs(hk1k1 - hkk));
        double bb = Math.min(Math.abs(hkk), Math.abs(hk1k1 - hkk));
        double s = aa + ab;
        return ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)));
    }

    /**
     * Whether x times the reciprocal of s is within a rounding of x / s: s is neither so small that
     * 1 / s overflows nor so large that it is subnormal (zero, infinite and NaN s divide).
     */
    private static boolean reciprocalSafe(double s) {
        return s > SAFE_LOW && s < SAFE_HIGH;
    }

    /**
     * dlarfg on the nr (2 or 3) elements of v: v becomes (beta, v2, v3) with the reflector's
     * implicit unit first element replaced by beta; returns tau.
     */
    static double reflector(int nr, double[] v) {
        double xnorm = nr == 3 ? PlaneRotations.hypot(v[1], v[2]) : Math.abs(v[1]);
        if (xnorm == 0) {
            return 0;
        }
        double alpha = v[0];
        double beta = -Math.copySign(PlaneRotations.hypot(alpha, xnorm), alpha);
        int rescaled = 0;
        if (Math.abs(beta) < Householder.RESCALE_BELOW) {
            double up = 1 / Householder.RESCALE_BELOW;
            do {
                rescaled++;
                v[1] *= up;
                v[2] *= up;
                beta *= up;
                alpha *= up;
            } while (Math.abs(beta) < Householder.RESCALE_BELOW && rescaled < 20);
            xnorm = nr == 3 ? PlaneRotations.hypot(v[1], v[2]) : Math.abs(v[1]);
            beta = -Math.copySign(PlaneRotations.hypot(alpha, xnorm), alpha);
        }
        double tau = (beta - alpha) / beta;
        double scal = 1 / (alpha - beta);
        v[1] *= scal;
        v[2] *= scal;
        for (int r = 0; r < rescaled; r++) {
            beta *= Householder.RESCALE_BELOW;
        }
        v[0] = beta;
        return tau;
    }

    /** drot: {@code (x, y) = (c x + s y, c y - s x)} for n pairs. */
    static void rotate(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        for (int t = 0; t < n; t++) {
            int px = xOff + t * incX;
            int py = yOff + t * incY;
            double xv = x[px];
            double yv = y[py];
            x[px] = c * xv + s * yv;
            y[py] = c * yv - s * xv;
        }
    }
}

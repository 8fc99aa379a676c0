package jnum.mat.kernel.lapack;

import static jnum.mat.kernel.Transpose.NO;
import static jnum.mat.kernel.Transpose.YES;

import jnum.mat.kernel.Blas;

/**
 * The small-bulge multishift QR algorithm on an upper Hessenberg matrix (the scheme of LAPACK's
 * dlaqr0 and dlaqr5, after Braman, Byers and Mathias 2002): computes its eigenvalues and,
 * optionally, the real Schur form T and the Schur vectors.
 *
 * <p>Each sweep takes ns shifts, the eigenvalues of the trailing ns x ns block, and chases ns / 2
 * double-shift bulges, three rows apart, down the active block as one chain. The chain advances
 * through a window of the matrix at a time: inside the window the 3 x 3 reflectors are applied
 * directly and accumulated into a small orthogonal matrix U; the rows to the right of the
 * window, the columns above it and Z are then updated by U with three GEMMs, so most flops run at
 * matrix-multiply speed instead of the level-1 speed of {@link FrancisQr}. Reflectors acting on
 * disjoint index sets commute, so the chain gives the same similarity transformation as chasing
 * the bulges one after the other.
 *
 * <p>Deflation is found between sweeps by the Ahues-Kressner test on every subdiagonal of the
 * active block; an unreduced block of order below {@link #NMIN} (in particular the trailing one
 * that a sweep has nearly split off) is finished by {@link FrancisQr}. Every {@link #KEXSH}
 * sweeps without deflation take LAPACK's exceptional shifts, and from {@link #KEXNW} on the
 * deflation window doubles at each sweep up to the active block. After {@link #sweepLimit} sweeps
 * the routine stops and reports the rows that did not converge.
 *
 * <p>A matrix of order below {@link #NMIN} goes to {@link FrancisQr} whole. Should that fail,
 * as dhseqr does after a dlahqr failure, this iteration takes over the rows left unconverged and
 * hands back to {@link FrancisQr} only blocks of order 1 and 2.
 *
 * <p>Indices are 0-based: {@code h[hOff + r + c * ldh]} is H(r, c).
 */
final class MultishiftQr {
    /** Active-block order below which {@link FrancisQr} is used (dlaqr0's nmin). */
    static final int NMIN = 75;

    /**
     * Active-block order below which the iteration that takes over from a failed {@link
     * FrancisQr} hands a block back to it: only 1 x 1 and 2 x 2 blocks, which it finishes
     * without iterating.
     */
    private static final int RESCUE_NMIN = 3;

    private static final int KEXSH = 6;
    /** Sweeps without deflation after which the deflation window doubles (dlaqr0's kexnw). */
    private static final int KEXNW = 5;
    /** Percentage of the deflation window whose deflation makes a new window pass replace the sweep. */
    private static final int NIBBLE = 14;

    private static final double ULP = 0x1p-52;

    /** When positive, replaces the sweep limit (so that tests can force the failure path). */
    static int sweepLimitOverride;

    private final Blas blas;
    private final boolean wantT;
    private final boolean wantZ;
    private final int n;
    private final double[] h;
    private final int hOff;
    private final int ldh;
    private final int iloz;
    private final int ihiz;
    private final double[] z;
    private final int zOff;
    private final int ldz;
    private final double[] v = new double[3];
    private final StandardBlock block = new StandardBlock();

    private MultishiftQr(
            Blas blas,
            boolean wantT,
            boolean wantZ,
            int n,
            double[] h,
            int hOff,
            int ldh,
            int iloz,
            int ihiz,
            double[] z,
            int zOff,
            int ldz) {
        this.blas = blas;
        this.wantT = wantT;
        this.wantZ = wantZ;
        this.n = n;
        this.h = h;
        this.hOff = hOff;
        this.ldh = ldh;
        this.iloz = iloz;
        this.ihiz = ihiz;
        this.z = z;
        this.zOff = zOff;
        this.ldz = ldz;
    }

    /** Sweeps allowed on an active block of order nh (dlaqr0's itmax). */
    static int sweepLimit(int nh) {
        return sweepLimitOverride > 0 ? sweepLimitOverride : 30 * Math.max(10, nh);
    }

    /**
     * The real Schur form of rows and columns ilo..ihi (0-based, inclusive) of the n x n upper
     * Hessenberg H, same contract as {@link FrancisQr#lahqr}, which it calls for orders below
     * {@link #NMIN} (and, should that fail, takes over the rows left unconverged).
     *
     * @return -1, or the index i such that the eigenvalues in rows ilo..i did not converge
     */
    static int hqr(
            Blas blas,
            boolean wantT,
            boolean wantZ,
            int n,
            int ilo,
            int ihi,
            double[] h,
            int hOff,
            int ldh,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            int iloz,
            int ihiz,
            double[] z,
            int zOff,
            int ldz) {
        int last = ihi;
        int nmin = NMIN;
        if (ihi - ilo + 1 < NMIN) {
            int info = FrancisQr.lahqr(
                    wantT, wantZ, n, ilo, ihi, h, hOff, ldh, wr, wrOff, wi, wiOff, iloz, ihiz, z, zOff, ldz);
            if (info < 0) {
                return info;
            }
            // dhseqr's answer to a (rare) dlahqr failure: the unconverged rows ilo..info, still
            // Hessenberg, go to the deflation-window iteration, whose test on the spike of a window's
            // Schur vectors deflates where the subdiagonal test cannot (strongly graded matrices,
            // whose tiny subdiagonal elements still couple the eigenvalues)
            last = info;
            nmin = RESCUE_NMIN;
        }
        return new MultishiftQr(blas, wantT, wantZ, n, h, hOff, ldh, iloz, ihiz, z, zOff, ldz)
                .run(ilo, last, wr, wrOff, wi, wiOff, nmin);
    }

    private int at(int r, int c) {
        return hOff + r + c * ldh;
    }

    /**
     * The iteration on rows ilo..ihi; unreduced blocks of order below nmin go to {@link
     * FrancisQr}.
     */
    private int run(int ilo, int ihi, double[] wr, int wrOff, double[] wi, int wiOff, int nmin) {
        for (int j = ilo; j <= ihi - 2; j++) {
            for (int i = j + 2; i <= ihi; i++) {
                h[at(i, j)] = 0;
            }
        }
        int nh = ihi - ilo + 1;
        double smlnum = Double.MIN_NORMAL * (nh / ULP);
        int limit = sweepLimit(nh);
        int sweeps = 0;
        int sinceDeflation = 0;
        int lastWindow = 0;
        int kbot = ihi;
        while (kbot >= ilo) {
            int ktop = kbot;
            while (ktop > ilo && !negligible(ktop, ilo, kbot, smlnum)) {
                ktop--;
            }
            if (ktop > ilo) {
                h[at(ktop, ktop - 1)] = 0;
            }
            if (kbot - ktop + 1 < nmin) {
                int info = FrancisQr.lahqr(
                        wantT, wantZ, n, ktop, kbot, h, hOff, ldh, wr, wrOff, wi, wiOff, iloz, ihiz, z, zOff, ldz);
                if (info >= 0) {
                    return info;
                }
                kbot = ktop - 1;
                sinceDeflation = 0;
                continue;
            }
            if (++sweeps > limit) {
                return kbot;
            }
            int active = kbot - ktop + 1;
            int nw = Math.min(windowSize(active), active - 1);
            if (sinceDeflation >= KEXNW) {
                nw = Math.min(active - 1, Math.max(nw, 2 * lastWindow)); // stalled: a wider window
            }
            lastWindow = nw;
            Window window = new Window(ktop, kbot, nw);
            int deflated = window.deflate(smlnum, wr, wrOff, wi, wiOff);
            if (deflated > 0) {
                kbot -= deflated;
                sinceDeflation = 0;
                if (100 * deflated > NIBBLE * nw || kbot - ktop + 1 < nmin) {
                    continue; // enough deflated that another look at the window beats a sweep
                }
            }
            sinceDeflation++;
            int ns = shiftCount(kbot - ktop + 1);
            double[] sr = new double[ns];
            double[] si = new double[ns];
            if (sinceDeflation % KEXSH == 0) {
                exceptionalShifts(kbot, ns, sr, si);
            } else {
                int got = window.shifts(ns, sr, si);
                if (got >= 2) {
                    ns = got;
                } else if (!trailingEigenvalues(kbot, ns, sr, si)) {
                    exceptionalShifts(kbot, ns, sr, si);
                }
            }
            pairShifts(ns, sr, si);
            sweep(ktop, kbot, ns / 2, sr, si);
        }
        return -1;
    }

    private boolean negligible(int k, int lo, int hi, double smlnum) {
        return FrancisQr.negligibleSubdiagonal(h, hOff - 1 - ldh, ldh, k + 1, lo + 1, hi + 1, smlnum);
    }

    /** Number of shifts per sweep for an active block of order nh (LAPACK's iparmq, ispec 15). */
    static int shiftCount(int nh) {
        int ns;
        if (nh < 30) {
            ns = 2;
        } else if (nh < 60) {
            ns = 4;
        } else if (nh < 150) {
            ns = 10;
        } else if (nh < 590) {
            ns = Math.max(10, nh / (int) Math.round(Math.log(nh) / Math.log(2)));
        } else if (nh < 3000) {
            ns = 64;
        } else if (nh < 6000) {
            ns = 128;
        } else {
            ns = 256;
        }
        ns = Math.min(ns, nh - 2);
        return Math.max(2, ns - ns % 2);
    }

    /** Order of the deflation window for an active block of order nh (LAPACK's iparmq, ispec 13). */
    static int windowSize(int nh) {
        int ns = shiftCount(nh);
        return nh <= 500 ? ns : 3 * ns / 2;
    }

    /** The eigenvalues of the trailing ns x ns block into sr, si; false if they did not converge. */
    private boolean trailingEigenvalues(int kbot, int ns, double[] sr, double[] si) {
        int ks = kbot - ns + 1;
        double[] t = new double[ns * ns];
        for (int c = 0; c < ns; c++) {
            int rows = Math.min(ns, c + 2);
            System.arraycopy(h, at(ks, ks + c), t, c * ns, rows);
        }
        return FrancisQr.lahqr(false, false, ns, 0, ns - 1, t, 0, ns, sr, 0, si, 0, 0, ns - 1, null, 0, 1) < 0;
    }

    /** LAPACK's ad hoc shifts from the trailing subdiagonal, which break convergence cycles. */
    private void exceptionalShifts(int kbot, int ns, double[] sr, double[] si) {
        int ks = kbot - ns + 1;
        for (int i = kbot; i >= ks + 1; i -= 2) {
            double ss = Math.abs(h[at(i, i - 1)]) + Math.abs(h[at(i - 1, i - 2)]);
            double aa = 0.75 * ss + h[at(i, i)];
            block.factor(aa, ss, -0.4375 * ss, aa);
            sr[i - 1 - ks] = block.rt1r;
            si[i - 1 - ks] = block.rt1i;
            sr[i - ks] = block.rt2r;
            si[i - ks] = block.rt2i;
        }
    }

    /**
     * Reorders the shifts so that each consecutive pair is either a complex conjugate pair (which
     * come adjacent, positive imaginary part first) or two real shifts.
     */
    private static void pairShifts(int ns, double[] sr, double[] si) {
        double[] r = new double[ns];
        double[] im = new double[ns];
        double[] reals = new double[ns];
        int p = 0;
        int nReal = 0;
        for (int i = 0; i < ns; i++) {
            if (si[i] != 0 && i + 1 < ns) {
                r[p] = sr[i];
                im[p++] = si[i];
                r[p] = sr[i + 1];
                im[p++] = si[i + 1];
                i++;
            } else {
                reals[nReal++] = sr[i];
            }
        }
        for (int i = 0; i < nReal; i++) {
            r[p] = reals[i];
            im[p++] = 0;
        }
        System.arraycopy(r, 0, sr, 0, ns);
        System.arraycopy(im, 0, si, 0, ns);
    }

    /**
     * One sweep of nb bulges over the active block ktop..kbot; bulge j carries the shifts
     * {@code sr[2j] + i si[2j]} and {@code sr[2j+1] + i si[2j+1]}. Bulge j makes its reflector
     * at row k = ktop + t - 3j at time t, so the chain is spread over about 3 nb rows.
     */
    private void sweep(int ktop, int kbot, int nb, double[] sr, double[] si) {
        int i1 = wantT ? 0 : ktop;
        int i2 = wantT ? n - 1 : kbot;
        int lastTime = (kbot - 1 - ktop) + 3 * (nb - 1);
        int chunk = Math.max(3 * nb, 12);
        int nwMax = chunk + 3 * nb + 3;
        double[] u = new double[nwMax * nwMax];
        double[] work = new double[nwMax * Math.max(n, 1)];
        int[] start = new int[nb];
        for (int t0 = 0; t0 <= lastTime; t0 += chunk) {
            int t1 = Math.min(lastTime, t0 + chunk - 1);
            int w0 = Math.max(ktop, ktop + t0 - 3 * (nb - 1));
            int w1 = Math.min(kbot, Math.min(kbot - 1, ktop + t1) + 3);
            int nw = w1 - w0 + 1;
            java.util.Arrays.fill(u, 0, nw * nw, 0);
            for (int d = 0; d < nw; d++) {
                u[d + d * nw] = 1;
            }
            java.util.Arrays.fill(start, -1);
            int maxTouched = w0;
            for (int t = t0; t <= t1; t++) {
                for (int j = 0; j < nb; j++) {
                    int k = ktop + t - 3 * j;
                    if (k < ktop || k > kbot - 1) {
                        continue;
                    }
                    if (start[j] < 0) {
                        start[j] = k;
                    }
                    int nr = Math.min(3, kbot - k + 1);
                    maxTouched = Math.max(maxTouched, k + nr - 1);
                    double tau = stepReflector(ktop, k, nr, sr[2 * j], si[2 * j], sr[2 * j + 1], si[2 * j + 1]);
                    if (tau != 0) {
                        applyInWindow(k, nr, tau, kbot, w0, w1, u, nw, start[j] - w0, maxTouched - w0);
                    }
                }
            }
            applyOutsideWindow(i1, i2, w0, w1, u, nw, work);
        }
    }

    /**
     * The reflector of the bulge step at row k into {@link #v} (1, v[1], v[2]): the one that
     * introduces the bulge at k = ktop, or the one that moves it down from column k - 1, which it
     * reduces to (beta, 0, 0). Returns tau.
     */
    private double stepReflector(int ktop, int k, int nr, double sr1, double si1, double sr2, double si2) {
        if (k == ktop) {
            firstColumn(ktop, sr1, si1, sr2, si2);
            return FrancisQr.reflector(3, v);
        }
        v[0] = h[at(k, k - 1)];
        v[1] = h[at(k + 1, k - 1)];
        v[2] = nr == 3 ? h[at(k + 2, k - 1)] : 0;
        double tau = FrancisQr.reflector(nr, v);
        h[at(k, k - 1)] = v[0];
        h[at(k + 1, k - 1)] = 0;
        if (nr == 3) {
            h[at(k + 2, k - 1)] = 0;
        }
        return tau;
    }

    /**
     * A multiple of the first column of {@code (H - s1 I)(H - s2 I)} at row ktop (dlaqr1), the
     * shifts being a complex conjugate pair or two real numbers; scaled against overflow.
     */
    private void firstColumn(int ktop, double sr1, double si1, double sr2, double si2) {
        double h11 = h[at(ktop, ktop)];
        double h21 = h[at(ktop + 1, ktop)];
        double sc = Math.abs(h11 - sr2) + Math.abs(si2) + Math.abs(h21);
        if (sc == 0) {
            v[0] = 0;
            v[1] = 0;
            v[2] = 0;
            return;
        }
        double h21s = h21 / sc;
        v[0] = h21s * h[at(ktop, ktop + 1)] + (h11 - sr1) * ((h11 - sr2) / sc) - si1 * (si2 / sc);
        v[1] = h21s * (h11 + h[at(ktop + 1, ktop + 1)] - sr1 - sr2);
        v[2] = h21s * h[at(ktop + 2, ktop + 1)];
    }

    /**
     * Applies {@code I - tau w w^T}, {@code w = (1, v[1], v[2])} on indices k..k+nr-1, to the
     * window's rows and columns of H and accumulates it into U's columns (rows uLo..uHi of U,
     * the only ones that can be nonzero there).
     */
    private void applyInWindow(
            int k, int nr, double tau, int kbot, int w0, int w1, double[] u, int nw, int uLo, int uHi) {
        double v2 = v[1];
        double v3 = nr == 3 ? v[2] : 0;
        double t2 = tau * v2;
        double t3 = tau * v3;
        if (nr == 3) {
            for (int c = k; c <= w1; c++) {
                int p = at(k, c);
                double sum = h[p] + v2 * h[p + 1] + v3 * h[p + 2];
                h[p] -= sum * tau;
                h[p + 1] -= sum * t2;
                h[p + 2] -= sum * t3;
            }
            int last = Math.min(k + 3, kbot);
            int c0 = at(0, k);
            for (int r = w0; r <= last; r++) {
                double sum = h[c0 + r] + v2 * h[c0 + ldh + r] + v3 * h[c0 + 2 * ldh + r];
                h[c0 + r] -= sum * tau;
                h[c0 + ldh + r] -= sum * t2;
                h[c0 + 2 * ldh + r] -= sum * t3;
            }
            int q0 = (k - w0) * nw;
            for (int r = uLo; r <= uHi; r++) {
                double sum = u[q0 + r] + v2 * u[q0 + nw + r] + v3 * u[q0 + 2 * nw + r];
                u[q0 + r] -= sum * tau;
                u[q0 + nw + r] -= sum * t2;
                u[q0 + 2 * nw + r] -= sum * t3;
            }
        } else {
            for (int c = k; c <= w1; c++) {
                int p = at(k, c);
                double sum = h[p] + v2 * h[p + 1];
                h[p] -= sum * tau;
                h[p + 1] -= sum * t2;
            }
            int c0 = at(0, k);
            for (int r = w0; r <= kbot; r++) {
                double sum = h[c0 + r] + v2 * h[c0 + ldh + r];
                h[c0 + r] -= sum * tau;
                h[c0 + ldh + r] -= sum * t2;
            }
            int q0 = (k - w0) * nw;
            for (int r = uLo; r <= uHi; r++) {
                double sum = u[q0 + r] + v2 * u[q0 + nw + r];
                u[q0 + r] -= sum * tau;
                u[q0 + nw + r] -= sum * t2;
            }
        }
    }

    /**
     * The window's accumulated transformation on the rest: {@code H(w0:w1, w1+1:i2) = U^T H(..)},
     * {@code H(i1:w0-1, w0:w1) = H(..) U} and {@code Z(:, w0:w1) = Z(..) U}, by GEMM.
     */
    private void applyOutsideWindow(int i1, int i2, int w0, int w1, double[] u, int nw, double[] work) {
        int right = i2 - w1;
        if (right > 0) {
            blas.gemm(YES, NO, nw, right, nw, 1, u, 0, nw, h, at(w0, w1 + 1), ldh, 0, work, 0, nw);
            for (int c = 0; c < right; c++) {
                System.arraycopy(work, c * nw, h, at(w0, w1 + 1 + c), nw);
            }
        }
        int above = w0 - i1;
        if (above > 0) {
            blas.gemm(NO, NO, above, nw, nw, 1, h, at(i1, w0), ldh, u, 0, nw, 0, work, 0, above);
            for (int c = 0; c < nw; c++) {
                System.arraycopy(work, c * above, h, at(i1, w0 + c), above);
            }
        }
        int rows = ihiz - iloz + 1;
        if (wantZ && rows > 0) {
            int zAt = zOff + iloz + w0 * ldz;
            blas.gemm(NO, NO, rows, nw, nw, 1, z, zAt, ldz, u, 0, nw, 0, work, 0, rows);
            for (int c = 0; c < nw; c++) {
                System.arraycopy(work, c * rows, z, zAt + c * ldz, rows);
            }
        }
    }

    /**
     * Aggressive early deflation (the scheme of LAPACK's dlaqr3, Braman, Byers and Mathias 2002)
     * on the trailing nw x nw window of the active block ktop..kbot: the window is brought to real
     * Schur form {@code T = V^T W V} by {@link FrancisQr}; the column left of it then becomes the
     * spike {@code s V(0, :)} (s = the subdiagonal element above the window). The bottom block
     * is deflated when its spike entries are below {@code ulp |lambda|}; otherwise it is moved to
     * the top of the undeflated blocks ({@link SchurReorder}, as dlaqr3 does with dtrexc) so that
     * the block above it is tested next, until every block is deflated or moved. The undeflated
     * part is
     * returned to Hessenberg form (a reflector on the spike, then gehrd), and the window's
     * transformation reaches the rest of H and Z by GEMM. The undeflated eigenvalues are the
     * next sweep's shifts.
     */
    private final class Window {
        private final int ktop;
        private final int kwtop;
        private final int kbot;
        private final int nw;
        private final double[] t;
        private final double[] q;
        private final double[] twr;
        private final double[] twi;
        private int undeflated;

        Window(int ktop, int kbot, int nw) {
            this.ktop = ktop;
            this.kbot = kbot;
            this.nw = nw;
            this.kwtop = kbot - nw + 1;
            this.t = new double[nw * nw];
            this.q = new double[nw * nw];
            this.twr = new double[nw];
            this.twi = new double[nw];
        }

        /**
         * Deflates what it can at the bottom of the window: their eigenvalues go to wr, wi (at
         * their rows) and H and Z are updated. Returns the number of rows deflated.
         */
        int deflate(double smlnum, double[] wr, int wrOff, double[] wi, int wiOff) {
            for (int c = 0; c < nw; c++) {
                System.arraycopy(h, at(kwtop, kwtop + c), t, c * nw, Math.min(nw, c + 2));
            }
            for (int d = 0; d < nw; d++) {
                q[d + d * nw] = 1;
            }
            if (FrancisQr.lahqr(true, true, nw, 0, nw - 1, t, 0, nw, twr, 0, twi, 0, 0, nw - 1, q, 0, nw) >= 0) {
                undeflated = 0;
                return 0;
            }
            clearBelowSubdiagonal(nw, t);
            double s = h[at(kwtop, kwtop - 1)];
            SchurReorder reorder = new SchurReorder(nw, t, q);
            int nd = nw;
            int top = 0;
            while (top < nd) {
                boolean pair = nd >= 2 && t[nd - 1 + (nd - 2) * nw] != 0;
                double lambda = Math.abs(t[nd - 1 + (nd - 1) * nw]);
                double spike = Math.abs(s * q[(nd - 1) * nw]);
                if (pair) {
                    lambda += Math.sqrt(Math.abs(t[nd - 1 + (nd - 2) * nw]))
                            * Math.sqrt(Math.abs(t[nd - 2 + (nd - 1) * nw]));
                    spike = Math.max(spike, Math.abs(s * q[(nd - 2) * nw]));
                }
                if (lambda == 0) {
                    lambda = Math.abs(s);
                }
                int size = pair ? 2 : 1;
                if (spike <= Math.max(smlnum, ULP * lambda)) {
                    nd -= size;
                } else {
                    // undeflatable: move it to the top so that the blocks above get their test
                    reorder.moveUp(nd - size, top);
                    top += size;
                }
            }
            blockEigenvalues();
            undeflated = nd;
            if (nd == nw) {
                return 0; // H unchanged; the window's eigenvalues serve as shifts
            }
            for (int i = nd; i < nw; i++) {
                wr[wrOff + kwtop + i] = twr[i];
                wi[wiOff + kwtop + i] = twi[i];
            }
            double[] spike = new double[nw];
            for (int i = 0; i < nd; i++) {
                spike[i] = s * q[i * nw];
            }
            if (nd > 1) {
                rehessenberg(nd, spike);
            }
            for (int c = 0; c < nw; c++) {
                System.arraycopy(t, c * nw, h, at(kwtop, kwtop + c), nw);
            }
            System.arraycopy(spike, 0, h, at(kwtop, kwtop - 1), nw);
            applyOutsideWindow(
                    wantT ? 0 : ktop, wantT ? n - 1 : kbot, kwtop, kbot, q, nw, new double[nw * Math.max(1, n)]);
            return nw - nd;
        }

        /** twr, twi from T's diagonal blocks (their order changed by the reordering). */
        private void blockEigenvalues() {
            for (int i = 0; i < nw; i++) {
                if (i + 1 < nw && t[i + 1 + i * nw] != 0) {
                    int p = i + i * nw;
                    block.factor(t[p], t[p + nw], t[p + 1], t[p + 1 + nw]);
                    twr[i] = block.rt1r;
                    twi[i] = block.rt1i;
                    twr[i + 1] = block.rt2r;
                    twi[i + 1] = block.rt2i;
                    i++;
                } else {
                    twr[i] = t[i + i * nw];
                    twi[i] = 0;
                }
            }
        }

        /**
         * Reflects the spike (rows 0..nd-1) to a multiple of e1 and reduces the undeflated
         * nd x nd part of T back to Hessenberg form, both applied to T's rows to the right and
         * accumulated into q.
         */
        private void rehessenberg(int nd, double[] spike) {
            double[] tau = new double[nw];
            Householder.generate(blas, nd, spike, 0, 1, 1, tau, 0);
            double beta = spike[0];
            spike[0] = 1;
            double[] work = new double[nw];
            Householder.applyLeft(blas, nd, nw, spike, 0, 1, tau[0], t, 0, nw, work);
            Householder.applyRight(blas, nd, nd, spike, 0, 1, tau[0], t, 0, nw, work);
            Householder.applyRight(blas, nw, nd, spike, 0, 1, tau[0], q, 0, nw, work);
            java.util.Arrays.fill(spike, 1, nw, 0);
            spike[0] = beta;
            HessenbergReduction.gehrd(blas, nw, 0, nd - 1, t, 0, nw, tau, 0);
            double[] reflectors = t.clone();
            HessenbergReduction.orghr(blas, nw, 0, nd - 1, reflectors, 0, nw, tau, 0);
            clearBelowSubdiagonal(nw, t);
            double[] qq = new double[nw * nd];
            blas.gemm(NO, NO, nw, nd, nd, 1, q, 0, nw, reflectors, 0, nw, 0, qq, 0, nw);
            System.arraycopy(qq, 0, q, 0, nw * nd);
        }

        /**
         * Up to ns of the undeflated eigenvalues, the bottom ones, into sr, si with complex pairs
         * kept whole and an even count; returns the count (0 when there are fewer than two).
         */
        int shifts(int ns, double[] sr, double[] si) {
            int count = 0;
            int lastRealAt = -1;
            for (int i = undeflated - 1; i >= 0 && count < ns; i--) {
                if (twi[i] != 0) {
                    if (count + 2 > ns || i == 0) {
                        break;
                    }
                    sr[count] = twr[i - 1];
                    si[count++] = twi[i - 1];
                    sr[count] = twr[i];
                    si[count++] = twi[i];
                    i--;
                } else {
                    lastRealAt = count;
                    sr[count] = twr[i];
                    si[count++] = 0;
                }
            }
            if (count % 2 == 1) {
                // drop one real shift to keep the count even
                System.arraycopy(sr, lastRealAt + 1, sr, lastRealAt, count - lastRealAt - 1);
                System.arraycopy(si, lastRealAt + 1, si, lastRealAt, count - lastRealAt - 1);
                count--;
            }
            return count < 2 ? 0 : count;
        }
    }

    private static void clearBelowSubdiagonal(int n, double[] a) {
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                a[i + j * n] = 0;
            }
        }
    }
}

package jnum.mat.kernel.lapack;

import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;

/**
 * The nonsymmetric eigenvalue problem as LAPACK's dgeev and dhseqr solve it: scale A into the safe
 * range if needed, balance (dgebal), reduce to Hessenberg form (dgehrd), form Q (dorghr; up to
 * order {@link HessenbergReduction#SMALL_FORMING_Q} in the reduction's own pass), run the
 * double-shift QR algorithm to the real Schur form {@code T = Z^T A Z} (dhseqr), compute the
 * eigenvectors of T and back-transform them by Z (dtrevc3), undo the balancing (dgebak), and
 * normalize every eigenvector to unit 2-norm with its largest component real.
 *
 * <p>hseqr runs the small-bulge multishift QR algorithm ({@link MultishiftQr}, whose sweeps update
 * H and Z with GEMMs, and aggressive early deflation) on active blocks of order
 * {@link MultishiftQr#NMIN} and above and the double-shift {@link FrancisQr} (dlahqr) below; as
 * dhseqr does, the rows a failed {@link FrancisQr} leaves go to the deflation-window iteration.
 */
final class GeneralEigen {
    private static final double EPS = 0x1p-52;
    private static final double SMLNUM = Math.sqrt(Double.MIN_NORMAL) / EPS;
    private static final double BIGNUM = 1 / SMLNUM;

    private GeneralEigen() {}

    /** dhseqr: see {@link jnum.mat.kernel.spi.LapackProvider#hseqr}. */
    static int hseqr(
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
            double[] z,
            int zOff,
            int ldz) {
        for (int i = 0; i < n; i++) {
            if (i < ilo || i > ihi) {
                wr[wrOff + i] = h[hOff + i + i * ldh];
                wi[wiOff + i] = 0;
            }
        }
        int info = MultishiftQr.hqr(
                blas, wantT, wantZ, n, ilo, ihi, h, hOff, ldh, wr, wrOff, wi, wiOff, ilo, ihi, z, zOff, ldz);
        if ((wantT || info >= 0) && n > 2) {
            for (int j = 0; j < n - 2; j++) {
                for (int i = j + 2; i < n; i++) {
                    h[hOff + i + j * ldh] = 0;
                }
            }
        }
        return info;
    }

    /** dgeev (dgeevx without condition numbers when balancing is off). */
    static int geev(
            Blas blas,
            boolean balance,
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr) {
        int shift = safeRangeShift(maxAbs(n, a, aOff, lda));
        if (shift != 0) {
            scaleMatrix(n, shift, a, aOff, lda);
        }
        double[] scale = new double[n];
        BalanceRange range = Balancing.gebal(balance ? BalanceJob.BOTH : BalanceJob.NONE, n, a, aOff, lda, scale, 0);
        int ilo = range.ilo();
        int ihi = range.ihi();
        int info;
        if (wantLeft || wantRight) {
            double[] z = wantLeft ? vl : vr;
            int zOff = wantLeft ? vlOff : vrOff;
            int ldz = wantLeft ? ldvl : ldvr;
            if (n <= HessenbergReduction.SMALL_FORMING_Q) {
                HessenbergReduction.gehrdFormingQ(blas, n, ilo, ihi, a, aOff, lda, z, zOff, ldz);
            } else {
                double[] tau = new double[n - 1];
                HessenbergReduction.gehrd(blas, n, ilo, ihi, a, aOff, lda, tau, 0);
                copy(n, a, aOff, lda, z, zOff, ldz);
                HessenbergReduction.orghr(blas, n, ilo, ihi, z, zOff, ldz, tau, 0);
            }
            info = hseqr(blas, true, true, n, ilo, ihi, a, aOff, lda, wr, wrOff, wi, wiOff, z, zOff, ldz);
            if (info < 0) {
                if (wantLeft && wantRight) {
                    copy(n, vl, vlOff, ldvl, vr, vrOff, ldvr);
                }
                // trevc3's scaling to largest element 1 keeps gebak's scaling from overflowing the
                // vectors; without that scaling the unit 2-norm below (overflow-safe) makes it redundant
                boolean scaled = balance && scalesRows(scale, ilo, ihi);
                TriangularEigenvectors.trevc3(
                        blas, wantLeft, wantRight, n, a, aOff, lda, vl, vlOff, ldvl, vr, vrOff, ldvr, scaled);
                BalanceJob job = balance ? BalanceJob.BOTH : BalanceJob.NONE;
                if (wantLeft) {
                    Balancing.gebak(job, Side.LEFT, n, ilo, ihi, scale, 0, n, vl, vlOff, ldvl);
                    normalize(n, wi, wiOff, vl, vlOff, ldvl);
                }
                if (wantRight) {
                    Balancing.gebak(job, Side.RIGHT, n, ilo, ihi, scale, 0, n, vr, vrOff, ldvr);
                    normalize(n, wi, wiOff, vr, vrOff, ldvr);
                }
            }
        } else {
            double[] tau = new double[Math.max(1, n - 1)];
            HessenbergReduction.gehrd(blas, n, ilo, ihi, a, aOff, lda, tau, 0);
            info = hseqr(blas, false, false, n, ilo, ihi, a, aOff, lda, wr, wrOff, wi, wiOff, null, 0, 1);
        }
        if (shift != 0) {
            for (int i = 0; i < n; i++) {
                wr[wrOff + i] = Math.scalb(wr[wrOff + i], -shift);
                wi[wiOff + i] = Math.scalb(wi[wiOff + i], -shift);
            }
        }
        return info;
    }

    /** Whether balancing scaled a row and column of the active block (some factor is not 1). */
    private static boolean scalesRows(double[] scale, int ilo, int ihi) {
        for (int i = ilo; i <= ihi; i++) {
            if (scale[i] != 1) {
                return true;
            }
        }
        return false;
    }

    /** The largest magnitude in the n x n matrix (NaN if one is NaN). */
    static double maxAbs(int n, double[] a, int aOff, int lda) {
        double m = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v = Math.abs(a[aOff + i + j * lda]);
                m = v > m || Double.isNaN(v) ? v : m;
            }
        }
        return m;
    }

    /**
     * The power of 2 that brings a nonzero largest magnitude {@code anrm} into dgeev's safe range
     * {@code [sqrt(safmin) / eps, 1 / that]} (where the QR algorithm's deflation thresholds keep
     * their meaning), or 0 when it is inside, zero or not finite. Scaling by a power of 2 is exact.
     */
    static int safeRangeShift(double anrm) {
        if (anrm > 0 && anrm < SMLNUM) {
            int e = anrm < Double.MIN_NORMAL ? Math.getExponent(anrm * 0x1p54) - 54 : Math.getExponent(anrm);
            return Math.getExponent(SMLNUM) - e + 1;
        }
        if (anrm > BIGNUM && anrm < Double.POSITIVE_INFINITY) {
            return Math.getExponent(BIGNUM) - Math.getExponent(anrm) - 1;
        }
        return 0;
    }

    /** A = 2^shift A. */
    static void scaleMatrix(int n, int shift, double[] a, int aOff, int lda) {
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                a[aOff + i + j * lda] = Math.scalb(a[aOff + i + j * lda], shift);
            }
        }
    }

    private static void copy(int n, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        for (int j = 0; j < n; j++) {
            System.arraycopy(a, aOff + j * lda, b, bOff + j * ldb, n);
        }
    }

    /**
     * Unit 2-norm for each vector; for a complex pair (columns j, j + 1 with {@code wi[j] > 0})
     * also a rotation making its component of largest modulus real (dgeev's normalization).
     */
    private static void normalize(int n, double[] wi, int wiOff, double[] v, int vOff, int ldv) {
        for (int j = 0; j < n; j++) {
            int c = vOff + j * ldv;
            if (wi[wiOff + j] == 0) {
                double s = 1 / Balancing.norm2(n, v, c, 1);
                for (int r = 0; r < n; r++) {
                    v[c + r] *= s;
                }
            } else if (wi[wiOff + j] > 0) {
                int c2 = c + ldv;
                double s = 1 / PlaneRotations.hypot(Balancing.norm2(n, v, c, 1), Balancing.norm2(n, v, c2, 1));
                int k = 0;
                double best = -1;
                for (int r = 0; r < n; r++) {
                    v[c + r] *= s;
                    v[c2 + r] *= s;
                    double m = v[c + r] * v[c + r] + v[c2 + r] * v[c2 + r];
                    if (m > best) {
                        best = m;
                        k = r;
                    }
                }
                double f = v[c + k];
                double g = v[c2 + k];
                double d = PlaneRotations.hypot(f, g);
                if (d > 0) {
                    double cs = Math.abs(f) / d;
                    double rr = f == 0 ? d : Math.copySign(d, f);
                    double sn = g / rr;
                    FrancisQr.rotate(n, v, c, 1, v, c2, 1, cs, sn);
                }
                v[c2 + k] = 0;
            }
        }
    }
}

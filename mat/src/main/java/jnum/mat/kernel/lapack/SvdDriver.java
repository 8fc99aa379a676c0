package jnum.mat.kernel.lapack;

import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The singular value decomposition {@code A = U S V^T} of a general matrix, as LAPACK's dgesvd
 * builds it: reduction to bidiagonal form ({@link Bidiagonal#gebrd}), the orthogonal factors formed
 * explicitly ({@link Bidiagonal#orgbr}), then the bidiagonal QR iteration ({@link BidiagonalQr})
 * rotating those factors into the singular vectors. From order {@value #DIVIDE_AND_CONQUER_MIN}
 * the vectors of the bidiagonal come instead from divide and conquer ({@link
 * BidiagonalDivideConquer}, as dgesdd) and gebrd's reflectors are applied to them in blocks;
 * the singular values are still those of the QR iteration without vectors ({@code O(n^2)}), which
 * keeps their high relative accuracy on bidiagonal input. Up to order {@value
 * SmallSvd#MAX_ORDER} the thin vectors come from {@link SmallSvd}: the same reduction, factors and
 * iteration in plain loops, without the kernels' per-call overhead.
 *
 * <p>A matrix with many more rows than columns ({@code m >= 1.6 n}, dgesvd's crossover) is first
 * factored {@code A = Q R}, and R's SVD gives A's with {@code U = Q U_R}: the bidiagonal reduction
 * then works on n x n instead of m x n. A wide matrix is decomposed through its transpose.
 */
final class SvdDriver {
    /** Rows per column from which the QR factorization comes first (dgesvd's mnthr = 1.6 n). */
    static final double QR_FIRST_RATIO = 1.6;

    /** dgesvd's smlnum, {@code sqrt(safe minimum) / eps}: the smallest largest element left unscaled. */
    static final double SMALL = Math.sqrt(Double.MIN_NORMAL) / 0x1p-53;

    /**
     * Order from which the singular vectors of the bidiagonal come from divide and conquer
     * ({@link BidiagonalDivideConquer}) rather than the QR iteration.
     */
    static final int DIVIDE_AND_CONQUER_MIN = 100;

    // the stages are created where used: at small orders most of them are not, and their
    // creation would be a measurable share of the call
    private final Blas blas;

    SvdDriver(Blas blas) {
        this.blas = blas;
    }

    /**
     * The SVD of the m x n matrix A (destroyed): the min(m, n) singular values into s in decreasing
     * order; for THIN, U (m x min) and V^T (min x n); for FULL, U (m x m) and V^T (n x n).
     *
     * @return 0, or the number of superdiagonal elements that did not converge
     */
    int gesvd(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        int scale = scaleIntoRange(m, n, a, aOff, lda);
        int info = unscaled(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
        if (scale != 0) {
            for (int i = 0, p = Math.min(m, n); i < p; i++) {
                s[sOff + i] = Math.scalb(s[sOff + i], -scale);
            }
        }
        return info;
    }

    /**
     * As dgesvd does, brings the largest |a_ij| into {@code [SMALL, 1 / SMALL]} so that no
     * intermediate of the reduction or the iteration overflows or underflows; the scaling is by a
     * power of two, exact, and undone on the singular values. Returns the exponent applied.
     */
    private static int scaleIntoRange(int m, int n, double[] a, int aOff, int lda) {
        double max = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0, k = aOff + j * lda; i < m; i++, k++) {
                max = Math.max(max, Math.abs(a[k]));
            }
        }
        if (max == 0 || !Double.isFinite(max) || (max >= SMALL && max <= 1 / SMALL)) {
            return 0;
        }
        int scale = max < SMALL ? Math.getExponent(SMALL) + 1 - Math.getExponent(max) : -Math.getExponent(max);
        for (int j = 0; j < n; j++) {
            for (int i = 0, k = aOff + j * lda; i < m; i++, k++) {
                a[k] = Math.scalb(a[k], scale);
            }
        }
        return scale;
    }

    private int unscaled(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        if (m >= n) {
            return tall(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
        }
        // A^T = U' S V'^T gives A = V' S U'^T
        double[] at = Transposed.of(m, n, a, aOff, lda);
        if (job == SvdJob.VALUES) {
            return tall(job, n, m, at, 0, n, s, sOff, null, 0, 1, null, 0, 1);
        }
        int ucols = job == SvdJob.THIN ? m : n;
        double[] uPrime = new double[n * ucols];
        double[] vPrimeT = new double[m * m];
        int info = tall(job, n, m, at, 0, n, s, sOff, uPrime, 0, n, vPrimeT, 0, m);
        Transposed.back(m, m, vPrimeT, u, uOff, ldu);
        Transposed.back(n, ucols, uPrime, vt, vtOff, ldvt);
        return info;
    }

    private int tall(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        if (m < QR_FIRST_RATIO * n) {
            return direct(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
        }
        double[] tau = new double[n];
        HouseholderQr qr = new HouseholderQr(blas);
        qr.geqrf(m, n, a, aOff, lda, tau, 0);
        double[] r = new double[n * n];
        for (int j = 0; j < n; j++) {
            System.arraycopy(a, aOff + j * lda, r, j * n, j + 1);
        }
        if (job == SvdJob.VALUES) {
            return direct(job, n, n, r, 0, n, s, sOff, null, 0, 1, null, 0, 1);
        }
        double[] ur = new double[n * n];
        int info = direct(SvdJob.THIN, n, n, r, 0, n, s, sOff, ur, 0, n, vt, vtOff, ldvt);
        // U = Q [U_R 0; 0 I]: the identity block only for the full U
        int ucols = job == SvdJob.THIN ? n : m;
        embed(m, ucols, n, ur, u, uOff, ldu);
        qr.ormqr(Side.LEFT, Transpose.NO, m, ucols, n, a, aOff, lda, tau, 0, u, uOff, ldu);
        return info;
    }

    /** Bidiagonal reduction of the m x n matrix ({@code m >= n}), factors formed, then QR iteration. */
    private int direct(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        int ucols = job == SvdJob.THIN ? n : m;
        if (job != SvdJob.VALUES && n <= SmallSvd.MAX_ORDER && ucols == n) {
            return SmallSvd.gesvd(blas, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
        }
        double[] e = new double[Math.max(1, n - 1)];
        double[] tauq = new double[n];
        double[] taup = new double[n];
        Bidiagonal bidiagonal = new Bidiagonal(blas);
        BidiagonalQr bidiagonalQr = new BidiagonalQr(blas);
        bidiagonal.gebrd(m, n, a, aOff, lda, s, sOff, e, 0, tauq, 0, taup, 0);
        if (job == SvdJob.VALUES) {
            return bidiagonalQr.bdsqr(Uplo.UPPER, n, 0, 0, s, sOff, e, 0, null, 0, 1, null, 0, 1);
        }
        if (n >= DIVIDE_AND_CONQUER_MIN) {
            return divideAndConquer(m, n, ucols, a, aOff, lda, s, sOff, e, tauq, taup, u, uOff, ldu, vt, vtOff, ldvt);
        }
        for (int j = 0; j < n; j++) {
            System.arraycopy(a, aOff + j * lda, u, uOff + j * ldu, m);
            System.arraycopy(a, aOff + j * lda, vt, vtOff + j * ldvt, Math.min(j + 1, n));
        }
        bidiagonal.orgbr(BidiagonalFactor.Q, m, ucols, n, u, uOff, ldu, tauq, 0);
        bidiagonal.orgbr(BidiagonalFactor.P, n, n, n, vt, vtOff, ldvt, taup, 0);
        return bidiagonalQr.bdsqr(Uplo.UPPER, n, n, m, s, sOff, e, 0, vt, vtOff, ldvt, u, uOff, ldu);
    }

    /**
     * The vectors of the bidiagonal {@code B = U_B S V_B^T} by divide and conquer, then
     * {@code U = Q [U_B 0; 0 I]} and {@code V^T = V_B^T P^T} by applying gebrd's reflectors in
     * blocks (dormbr), Q's stored as geqrf's and P's ({@code P = diag(1, P')}) as gelqf's in the
     * rows right of the superdiagonal, so that {@code P^T = diag(1, Q_lq)}.
     */
    private int divideAndConquer(
            int m,
            int n,
            int ucols,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] e,
            double[] tauq,
            double[] taup,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        double[] ub = new double[n * n];
        double[] values = java.util.Arrays.copyOfRange(s, sOff, sOff + n);
        double[] offDiagonal = e.clone();
        BidiagonalQr bidiagonalQr = new BidiagonalQr(blas);
        int info = new BidiagonalDivideConquer(blas).bdsdc(Uplo.UPPER, n, s, sOff, e, 0, ub, 0, n, vt, vtOff, ldvt);
        // the values themselves from bdsqr without vectors (dqds): O(n^2) for high relative
        // accuracy, which divide and conquer (accurate to eps ||B||) lacks; S changes by
        // O(eps ||B||) at most
        if (info == 0
                && bidiagonalQr.bdsqr(Uplo.UPPER, n, 0, 0, values, 0, offDiagonal, 0, null, 0, 1, null, 0, 1) == 0) {
            System.arraycopy(values, 0, s, sOff, n);
        }
        embed(m, ucols, n, ub, u, uOff, ldu);
        new HouseholderQr(blas).ormqr(Side.LEFT, Transpose.NO, m, ucols, n, a, aOff, lda, tauq, 0, u, uOff, ldu);
        new HouseholderLq(blas)
                .ormlq(Side.RIGHT, Transpose.NO, n, n - 1, n - 1, a, aOff + lda, lda, taup, 0, vt, vtOff + ldvt, ldvt);
        return info;
    }

    /**
     * The m x ucols matrix {@code [W 0; 0 I]} into U for the compact n x n W: the columns Q's
     * reflectors then turn into the left singular vectors (the identity block only for the full U).
     */
    private static void embed(int m, int ucols, int n, double[] w, double[] u, int uOff, int ldu) {
        for (int j = 0; j < ucols; j++) {
            int col = uOff + j * ldu;
            java.util.Arrays.fill(u, col, col + m, 0);
            if (j < n) {
                System.arraycopy(w, j * n, u, col, n);
            } else {
                u[col + j] = 1;
            }
        }
    }
}

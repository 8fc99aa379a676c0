package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Uplo;

/**
 * dgesvd with vectors for small orders in plain loops: the unblocked bidiagonal reduction
 * ({@link Bidiagonal#gebd2} without kernels), U and V formed from its reflectors by backward
 * accumulation (dorg2r's order) straight into U and into V as columns, then the bidiagonal QR
 * iteration ({@link BidiagonalQr#bdsqrColumns}) rotating V's columns in place.
 *
 * <p>At small orders the general path's cost is its call overhead rather than its flops: a kernel
 * call per reflector, dorgbr's shifting of the reflectors, and three transposed copies of V (VT
 * formed by dorgbr, turned into columns for the rotations, turned back). The arithmetic here is
 * that of dgebd2, dorg2r and dbdsqr, so the result is backward stable in the same way:
 * {@code ||A - U S V^T|| = O(max(m, n) eps ||A||)}, U and V orthonormal to {@code O(n eps)}, the
 * values to high relative accuracy of the bidiagonal.
 *
 * <p>The caller ({@link SvdDriver}) has scaled A so that its largest element lies in dgesvd's
 * safe range; reflectors rescale a tiny beta as {@link Householder#generate} does, and norms are
 * computed without overflow or harmful underflow ({@link Householder#norm}).
 */
final class SmallSvd {
    /**
     * The largest n solved here. Above it the general path's kernels repay their calls: measured
     * for square matrices, the plain loops take about 0.8 of the general path's time at order 3,
     * 0.9 at 10 and 0.95 at 16 to 32, and 1.2 at 48.
     */
    static final int MAX_ORDER = 32;

    private SmallSvd() {}

    /**
     * The thin SVD of the m x n matrix A ({@code n <= m}, A destroyed): the n singular values into
     * s in decreasing order, U (m x n) and V^T (n x n).
     *
     * @return 0, or the number of superdiagonal elements that did not converge
     */
    static int gesvd(
            Blas blas,
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
        double[] e = new double[Math.max(1, n - 1)];
        double[] tauq = new double[n];
        double[] taup = new double[n];
        Bidiagonal.gebd2(null, m, n, a, aOff, lda, s, sOff, e, 0, tauq, 0, taup, 0);
        formU(m, n, a, aOff, lda, tauq, u, uOff, ldu);
        double[] v = formV(n, a, aOff, lda, taup);
        int info = new BidiagonalQr(blas).bdsqrColumns(Uplo.UPPER, n, n, m, s, sOff, e, 0, v, 0, n, u, uOff, ldu);
        Transposed.back(n, n, v, vt, vtOff, ldvt);
        return info;
    }

    /**
     * The first n columns of {@code Q = H_0 ... H_{n-1}} into U (m x n): from {@code [I; 0]}, the
     * reflectors applied from the last to the first, each to the trailing columns where U is not
     * yet the identity's. The diagonal of A is overwritten by the reflectors' unit elements.
     */
    static void formU(int m, int n, double[] a, int aOff, int lda, double[] tauq, double[] u, int uOff, int ldu) {
        for (int j = 0; j < n; j++) {
            int col = uOff + j * ldu;
            Arrays.fill(u, col, col + m, 0);
            u[col + j] = 1;
        }
        for (int k = n - 1; k >= 0; k--) {
            if (tauq[k] != 0) {
                int akk = aOff + k + k * lda;
                a[akk] = 1;
                Householder.applyLeftInLoops(m - k, n - k, a, akk, 1, tauq[k], u, uOff + k + k * ldu, ldu);
            }
        }
    }

    /**
     * {@code P = G_0 ... G_{n-3}} as a compact n x n matrix, G_k acting on rows k + 1.. with its
     * vector in row k of A from the superdiagonal on (unit element there, overwritten).
     */
    static double[] formV(int n, double[] a, int aOff, int lda, double[] taup) {
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            v[j + j * n] = 1;
        }
        for (int k = n - 3; k >= 0; k--) {
            if (taup[k] != 0) {
                int at = aOff + k + (k + 1) * lda; // A(k, k + 1)
                a[at] = 1;
                Householder.applyLeftInLoops(n - k - 1, n - k - 1, a, at, lda, taup[k], v, k + 1 + (k + 1) * n, n);
            }
        }
        return v;
    }
}

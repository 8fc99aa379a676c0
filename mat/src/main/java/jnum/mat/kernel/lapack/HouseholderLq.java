package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * Householder LQ: LAPACK's dgelqf, dorglq and dormlq, with LAPACK's storage (after
 * {@link #gelqf} the lower trapezoid of A holds L and row j right of the diagonal holds the tail of
 * v_j, {@code Q = H_{k-1} ... H_1 H_0}).
 *
 * <p>The LQ of A is the QR of A^T read transposed: {@code A^T = Q' R} gives {@code A = R^T Q'^T}
 * with {@code Q'^T = H_{k-1} ... H_0} and the same v_j and tau_j. So each routine transposes its
 * operand into a compact buffer, runs the blocked QR routine of {@link HouseholderQr} there
 * (unit-stride columns instead of strided rows for every reflector) and transposes back: O(m n)
 * copies beside O(m n min(m, n)) flops, and one tested kernel for both factorizations.
 */
final class HouseholderLq {
    private final HouseholderQr qr;

    HouseholderLq(HouseholderQr qr) {
        this.qr = qr;
    }

    /** dgelqf: {@code A = L Q} of the m x n matrix A. */
    void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (m == 0 || n == 0) {
            return;
        }
        double[] at = Transposed.of(m, n, a, aOff, lda);
        qr.geqrf(n, m, at, 0, n, tau, tauOff);
        Transposed.back(n, m, at, a, aOff, lda);
    }

    /**
     * dorglq: overwrites the m x n matrix A ({@code n >= m >= k}), whose first k rows hold
     * reflectors as {@link #gelqf} leaves them, with the first m rows of Q.
     */
    void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (m == 0) {
            return;
        }
        double[] at = Transposed.of(m, n, a, aOff, lda);
        qr.orgqr(n, m, k, at, 0, n, tau, tauOff);
        Transposed.back(n, m, at, a, aOff, lda);
    }

    /**
     * dormlq: {@code C = op(Q) C} (LEFT, Q of order m) or {@code C = C op(Q)} (RIGHT, Q of order
     * n), Q given by k reflectors stored in the rows of the {@code k x nq} matrix A. Since {@code Q
     * = Q'^T} with Q' the QR-ordered product of the same reflectors, this is {@link
     * HouseholderQr#ormqr} with the transpose flag flipped. A is only read.
     */
    void ormlq(
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        int nq = side == Side.LEFT ? m : n;
        double[] at = Transposed.of(k, nq, a, aOff, lda);
        Transpose flipped = trans == Transpose.NO ? Transpose.YES : Transpose.NO;
        qr.ormqr(side, flipped, m, n, k, at, 0, nq, tau, tauOff, c, cOff, ldc);
    }
}

package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * Householder LQ and its orthogonal factor: LAPACK's dgelqf/dgelq2 (factor), dorglq/dorgl2 (form
 * Q) and dormlq/dorml2 (apply Q), on the rows of A where they are stored, blocked with the compact
 * WY form of {@link BlockReflector}.
 *
 * <p>Storage is LAPACK's: after {@link #gelqf} the lower trapezoid of A holds L and row j right of
 * the diagonal holds the tail of v_j, with {@code Q = H_{k-1} ... H_1 H_0}, {@code H_j = I - tau_j
 * v_j v_j^T}, {@code k = min(m, n)}. A block of reflectors {@code H_i ... H_{i+b-1}} is {@code I -
 * V T V^T} whatever the storage (dlarft's rowwise T equals its columnwise one), so the row
 * reflectors are copied into the explicit V of {@link BlockReflector#loadRows} and the block
 * updates are the same GEMMs as QR's, applied from the right. Arguments are trusted (the facade
 * validates them).
 */
final class HouseholderLq {
    private final Blas blas;

    HouseholderLq(Blas blas) {
        this.blas = blas;
    }

    // ---- Factor ----------------------------------------------------------------------------------

    /**
     * dgelqf: {@code A = L Q} of the m x n matrix A. Panels of {@link QrBlocking#NB} rows are
     * factored by {@link #gelq2}, and their block reflector updates the rows below with GEMM; up to
     * {@link QrBlocking#CROSSOVER} the whole matrix is factored unblocked.
     */
    void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        int k = Math.min(m, n);
        int nb = QrBlocking.NB;
        double[] work = new double[Math.max(1, m)];
        if (k <= QrBlocking.CROSSOVER || nb >= k) {
            gelq2(m, n, a, aOff, lda, tau, tauOff, work);
            return;
        }
        BlockReflector block = new BlockReflector(blas, n, nb);
        for (int i = 0; i < k; i += nb) {
            int ib = Math.min(nb, k - i);
            int aii = aOff + i + i * lda;
            gelq2(ib, n - i, a, aii, lda, tau, tauOff + i, work);
            if (i + ib < m) {
                // A(i+ib:m, i:n) = A(i+ib:m, i:n) H_i ... H_{i+ib-1}
                block.loadRows(n - i, ib, a, aii, lda, tau, tauOff + i);
                block.apply(Side.RIGHT, Transpose.NO, m - i - ib, n - i, a, aii + ib, lda);
            }
        }
    }

    /**
     * dgelq2: unblocked LQ, one reflector per row applied to the rows below with gemv and ger;
     * work >= m.
     */
    void gelq2(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff, double[] work) {
        int k = Math.min(m, n);
        for (int i = 0; i < k; i++) {
            int aii = aOff + i + i * lda;
            Householder.generate(blas, n - i, a, aii, aii + lda, lda, tau, tauOff + i);
            if (i < m - 1) {
                double beta = a[aii];
                a[aii] = 1;
                Householder.applyRight(blas, m - i - 1, n - i, a, aii, lda, tau[tauOff + i], a, aii + 1, lda, work);
                a[aii] = beta;
            }
        }
    }

    // ---- Form Q ----------------------------------------------------------------------------------

    /**
     * dorglq: overwrites the m x n matrix A ({@code n >= m >= k}), whose first k rows hold
     * reflectors as {@link #gelqf} leaves them, with the first m rows of {@code Q = H_{k-1} ...
     * H_0}. Blocks of reflectors are applied last to first, each with GEMM to the rows already
     * formed below it, then expanded in place by {@link #orgl2}.
     */
    void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (m == 0) {
            return;
        }
        int nb = QrBlocking.NB;
        int kk = 0;
        int last = 0;
        boolean blocked = nb < k && k > QrBlocking.CROSSOVER;
        if (blocked) {
            // every reflector goes in a block; rows k..m-1 start as those of the identity
            last = ((k - 1) / nb) * nb;
            kk = k;
            for (int j = 0; j < kk; j++) {
                Arrays.fill(a, aOff + kk + j * lda, aOff + m + j * lda, 0);
            }
        }
        if (kk < m) {
            // the rows of Q below the blocked part (all rows when unblocked)
            orgl2(m - kk, n - kk, k - kk, a, aOff + kk + kk * lda, lda, tau, tauOff + kk);
        }
        if (blocked) {
            BlockReflector block = new BlockReflector(blas, n, nb);
            for (int i = last; i >= 0; i -= nb) {
                int ib = Math.min(nb, k - i);
                int aii = aOff + i + i * lda;
                if (i + ib < m) {
                    block.loadRows(n - i, ib, a, aii, lda, tau, tauOff + i);
                    block.apply(Side.RIGHT, Transpose.YES, m - i - ib, n - i, a, aii + ib, lda);
                }
                orgl2(ib, n - i, ib, a, aii, lda, tau, tauOff + i);
                for (int j = 0; j < i; j++) {
                    Arrays.fill(a, aOff + i + j * lda, aOff + i + ib + j * lda, 0);
                }
            }
        }
    }

    /** dorgl2: the unblocked form of {@link #orglq}. */
    void orgl2(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (m == 0) {
            return;
        }
        if (k < m) {
            // rows k..m-1 start as those of the identity
            for (int j = 0; j < n; j++) {
                int col = aOff + j * lda;
                Arrays.fill(a, col + k, col + m, 0);
                if (j >= k && j < m) {
                    a[col + j] = 1;
                }
            }
        }
        double[] work = new double[m];
        for (int i = k - 1; i >= 0; i--) {
            int aii = aOff + i + i * lda;
            double ti = tau[tauOff + i];
            if (i < n - 1) {
                if (i < m - 1) {
                    a[aii] = 1;
                    Householder.applyRight(blas, m - i - 1, n - i, a, aii, lda, ti, a, aii + 1, lda, work);
                }
                blas.scal(n - i - 1, -ti, a, aii + lda, lda);
            }
            a[aii] = 1 - ti;
            for (int j = 0; j < i; j++) {
                a[aOff + i + j * lda] = 0;
            }
        }
    }

    // ---- Apply Q ---------------------------------------------------------------------------------

    /**
     * dormlq: {@code C = op(Q) C} (LEFT, C is m x n, Q of order m) or {@code C = C op(Q)} (RIGHT,
     * Q of order n), Q given by k reflectors stored in the rows of the {@code k x nq} matrix A
     * ({@code nq} the order of Q) as {@link #gelqf} leaves them. A is only read.
     *
     * <p>A block {@code B = H_i ... H_{i+b-1}} enters {@code Q = ... B^T ...} transposed, so
     * {@code op(Q)} is applied as {@code op(B)^T} block by block; blocks of {@link QrBlocking#NB}
     * reflectors go through GEMM, and when C has fewer than {@link QrBlocking#NB} columns (LEFT) or
     * rows (RIGHT) the reflectors are applied one by one.
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
        boolean left = side == Side.LEFT;
        int nq = left ? m : n;
        int other = left ? n : m;
        // Q = H_{k-1} ... H_0: Q C and C Q^T take H_0 first
        boolean forward = left == (trans == Transpose.NO);
        Transpose blockOp = trans == Transpose.NO ? Transpose.YES : Transpose.NO;
        int nb = other < QrBlocking.NB ? 1 : Math.min(QrBlocking.NB, k);
        BlockReflector block = new BlockReflector(blas, nq, nb);
        int blocks = (k + nb - 1) / nb;
        for (int b = 0; b < blocks; b++) {
            int i = (forward ? b : blocks - 1 - b) * nb;
            int ib = Math.min(nb, k - i);
            block.loadRows(nq - i, ib, a, aOff + i + i * lda, lda, tau, tauOff + i);
            if (left) {
                block.apply(side, blockOp, m - i, n, c, cOff + i, ldc);
            } else {
                block.apply(side, blockOp, m, n - i, c, cOff + i * ldc, ldc);
            }
        }
    }
}

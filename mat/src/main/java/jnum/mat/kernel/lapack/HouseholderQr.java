package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * Householder QR and its orthogonal factor: LAPACK's dgeqrf/dgeqr2 (factor), dorgqr/dorg2r (form
 * Q) and dormqr/dorm2r (apply Q), blocked with the compact WY form of {@link BlockReflector}.
 *
 * <p>Storage is LAPACK's: after {@link #geqrf} the upper trapezoid of A holds R and column j below
 * the diagonal holds the tail of v_j, with {@code Q = H_0 H_1 ... H_{k-1}}, {@code H_j = I - tau_j
 * v_j v_j^T}, {@code k = min(m, n)}. Arguments are trusted (the facade validates them).
 */
final class HouseholderQr {
    private final Blas blas;

    HouseholderQr(Blas blas) {
        this.blas = blas;
    }

    // ---- Factor ----------------------------------------------------------------------------------

    /**
     * dgeqrf: {@code A = Q R} of the m x n matrix A. Panels of {@link QrBlocking#geqrfBlock}
     * columns are factored by {@link RecursiveQrPanel}, which leaves their block reflector ready,
     * and the block reflector updates the trailing columns with GEMM; up to
     * {@link QrBlocking#CROSSOVER} the whole matrix is factored by {@link #geqr2}.
     */
    void geqrf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        int k = Math.min(m, n);
        if (k <= QrBlocking.CROSSOVER) {
            geqr2(m, n, a, aOff, lda, tau, tauOff, new double[Math.max(1, n)]);
            return;
        }
        int nb = QrBlocking.geqrfBlock(m, n);
        BlockReflector block = new BlockReflector(blas, m, nb);
        RecursiveQrPanel panel = new RecursiveQrPanel(blas, this, nb);
        for (int i = 0; i < k; i += nb) {
            int ib = Math.min(nb, k - i);
            int aii = aOff + i + i * lda;
            panel.factor(m - i, ib, a, aii, lda, tau, tauOff + i, block);
            if (i + ib < n) {
                block.apply(Side.LEFT, Transpose.YES, m - i, n - i - ib, a, aii + ib * lda, lda);
            }
        }
    }

    /** dgeqr2: unblocked QR, one reflector per column applied with gemv and ger; work >= n. */
    void geqr2(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff, double[] work) {
        int k = Math.min(m, n);
        for (int i = 0; i < k; i++) {
            int aii = aOff + i + i * lda;
            Householder.generate(blas, m - i, a, aii, aii + 1, 1, tau, tauOff + i);
            if (i < n - 1) {
                double beta = a[aii];
                a[aii] = 1;
                Householder.applyLeft(blas, m - i, n - i - 1, a, aii, 1, tau[tauOff + i], a, aii + lda, lda, work);
                a[aii] = beta;
            }
        }
    }

    // ---- Form Q ----------------------------------------------------------------------------------

    /**
     * dorgqr: overwrites the m x n matrix A ({@code m >= n >= k}), whose first k columns hold
     * reflectors as {@link #geqrf} leaves them, with the first n columns of {@code Q = H_0 ...
     * H_{k-1}}. Blocks of reflectors are applied last to first, each with GEMM to the columns
     * already formed on its right, then expanded in place by {@link #org2r}.
     */
    void orgqr(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (n == 0) {
            return;
        }
        int nb = QrBlocking.NB;
        int kk = 0;
        int last = 0;
        boolean blocked = nb < k && k > QrBlocking.CROSSOVER;
        if (blocked) {
            // every reflector goes in a block; columns k..n-1 start as those of the identity
            last = ((k - 1) / nb) * nb;
            kk = k;
            for (int j = kk; j < n; j++) {
                Arrays.fill(a, aOff + j * lda, aOff + kk + j * lda, 0);
            }
        }
        if (kk < n) {
            // the columns of Q right of the blocked part (all columns when unblocked)
            org2r(m - kk, n - kk, k - kk, a, aOff + kk + kk * lda, lda, tau, tauOff + kk);
        }
        if (blocked) {
            BlockReflector block = new BlockReflector(blas, m, nb);
            for (int i = last; i >= 0; i -= nb) {
                int ib = Math.min(nb, k - i);
                int aii = aOff + i + i * lda;
                if (i + ib < n) {
                    block.loadColumns(m - i, ib, a, aii, lda, tau, tauOff + i);
                    block.apply(Side.LEFT, Transpose.NO, m - i, n - i - ib, a, aii + ib * lda, lda);
                }
                org2r(m - i, ib, ib, a, aii, lda, tau, tauOff + i);
                for (int j = i; j < i + ib; j++) {
                    Arrays.fill(a, aOff + j * lda, aOff + i + j * lda, 0);
                }
            }
        }
    }

    /** dorg2r: the unblocked form of {@link #orgqr}. */
    void org2r(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (n == 0) {
            return;
        }
        for (int j = k; j < n; j++) {
            int col = aOff + j * lda;
            Arrays.fill(a, col, col + m, 0);
            a[col + j] = 1;
        }
        double[] work = new double[n];
        for (int i = k - 1; i >= 0; i--) {
            int aii = aOff + i + i * lda;
            double ti = tau[tauOff + i];
            if (i < n - 1) {
                a[aii] = 1;
                Householder.applyLeft(blas, m - i, n - i - 1, a, aii, 1, ti, a, aii + lda, lda, work);
            }
            if (i < m - 1) {
                Householder.scale(blas, m - i - 1, -ti, a, aii + 1, 1);
            }
            a[aii] = 1 - ti;
            Arrays.fill(a, aOff + i * lda, aii, 0);
        }
    }

    // ---- Apply Q ---------------------------------------------------------------------------------

    /**
     * dormqr: {@code C = op(Q) C} (LEFT, C is m x n, Q of order m) or {@code C = C op(Q)} (RIGHT,
     * Q of order n), Q given by k reflectors stored in the columns of the {@code nq x k} matrix A
     * ({@code nq} the order of Q) as {@link #geqrf} leaves them. A is only read.
     *
     * <p>Blocks of {@link QrBlocking#NB} reflectors go through GEMM; when C has fewer than
     * {@link QrBlocking#NB} columns (LEFT) or rows (RIGHT), forming T would cost more than it
     * saves, and the reflectors are applied one by one.
     */
    void ormqr(
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
        // Q = H_0 ... H_{k-1}: Q^T C and C Q take H_0 first
        boolean forward = left == (trans == Transpose.YES);
        int nb = other < QrBlocking.NB ? 1 : Math.min(QrBlocking.NB, k);
        BlockReflector block = new BlockReflector(blas, nq, nb);
        int blocks = (k + nb - 1) / nb;
        for (int b = 0; b < blocks; b++) {
            int i = (forward ? b : blocks - 1 - b) * nb;
            int ib = Math.min(nb, k - i);
            block.loadColumns(nq - i, ib, a, aOff + i + i * lda, lda, tau, tauOff + i);
            if (left) {
                block.apply(side, trans, m - i, n, c, cOff + i, ldc);
            } else {
                block.apply(side, trans, m, n - i, c, cOff + i * ldc, ldc);
            }
        }
    }
}

package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Reduction of a symmetric matrix to tridiagonal form {@code A = Q T Q^T} from its lower triangle,
 * and its orthogonal factor: LAPACK's dsytrd with dlatrd and dsytd2 (reduce), dorgtr (form Q) and
 * dormtr (apply Q), for {@code uplo = 'L'}.
 *
 * <p>Storage is LAPACK's: the diagonal of T goes to d, its off-diagonal to e (and stays below the
 * diagonal of A), and column i below the subdiagonal holds the tail of the reflector
 * {@code H_i = I - tau_i v_i v_i^T} with {@code v_i(i + 1) = 1}, {@code Q = H_0 H_1 ... H_{n-2}}.
 *
 * <p>Blocking: dlatrd reduces a panel of {@link #NB} columns, accumulating the matrix W with
 * {@code A - V W^T - W V^T} the updated matrix, and the trailing lower triangle then receives that
 * rank-2nb update through GEMM (dsyr2k's work, on the lower triangle only, the triangle halved
 * recursively so that most of it is a few large rectangles): the level-2 half of the flops is the
 * symv in the panel, the other half GEMM.
 * Matrices up to {@link #CROSSOVER} are reduced unblocked.
 */
final class TridiagonalReduction {
    /** Columns per panel. */
    static final int NB = 32;

    /** Up to this order, or in the last columns, dsytd2 reduces unblocked. */
    static final int CROSSOVER = 64;

    /** Largest diagonal triangle of the rank-2k update done through a scratch block. */
    private static final int UPDATE_BLOCK = 32;

    private final Blas blas;

    TridiagonalReduction(Blas blas) {
        this.blas = blas;
    }

    // ---- Reduce ----------------------------------------------------------------------------------

    /** dsytrd ('L'): d (n), e (n - 1), tau (n - 1) receive T and the reflectors' scalars. */
    void sytrd(
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tau,
            int tauOff) {
        int i = 0;
        if (n > CROSSOVER) {
            double[] w = new double[n * NB];
            int ldw = n;
            UpdateBuffers buffers = new UpdateBuffers(n);
            for (; i < n - CROSSOVER; i += NB) {
                int ni = n - i;
                int aii = aOff + i + i * lda;
                latrd(ni, NB, a, aii, lda, e, eOff + i, tau, tauOff + i, w, 0, ldw);
                lowerRank2k(ni - NB, NB, a, aii + NB, lda, w, NB, ldw, a, aii + NB + NB * lda, lda, buffers);
                for (int j = i; j < i + NB; j++) {
                    a[aOff + j + 1 + j * lda] = e[eOff + j];
                    d[dOff + j] = a[aOff + j + j * lda];
                }
            }
        }
        int aii = aOff + i + i * lda;
        sytd2(n - i, a, aii, lda, d, dOff + i, e, eOff + i, tau, tauOff + i);
    }

    /** dsytd2 ('L'): the unblocked reduction, one symv and one symmetric rank-2 update per column. */
    void sytd2(
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tau,
            int tauOff) {
        for (int i = 0; i < n - 1; i++) {
            int sub = aOff + i + 1 + i * lda; // A(i+1, i)
            int m = n - i - 1;
            Householder.generate(blas, m, a, sub, aOff + Math.min(i + 2, n - 1) + i * lda, 1, tau, tauOff + i);
            double taui = tau[tauOff + i];
            e[eOff + i] = a[sub];
            if (taui != 0) {
                a[sub] = 1;
                int trailing = sub + lda; // A(i+1, i+1)
                // x = tau A v, kept in tau(i..n-2)
                blas.symv(Uplo.LOWER, m, taui, a, trailing, lda, a, sub, 1, 0, tau, tauOff + i, 1);
                // w = x - (tau / 2) (x^T v) v
                double alpha = -0.5 * taui * blas.dot(m, tau, tauOff + i, 1, a, sub, 1);
                blas.axpy(m, alpha, a, sub, 1, tau, tauOff + i, 1);
                lowerRank2(m, a, sub, tau, tauOff + i, a, trailing, lda);
                a[sub] = e[eOff + i];
            }
            d[dOff + i] = a[aOff + i + i * lda];
            tau[tauOff + i] = taui;
        }
        d[dOff + n - 1] = a[aOff + n - 1 + (n - 1) * lda];
    }

    /** {@code A = A - v w^T - w v^T} on the lower triangle of the m x m matrix A (dsyr2). */
    private void lowerRank2(int m, double[] v, int vOff, double[] w, int wOff, double[] a, int aOff, int lda) {
        for (int j = 0; j < m; j++) {
            int col = aOff + j + j * lda;
            double vj = v[vOff + j];
            double wj = w[wOff + j];
            if (wj != 0) {
                blas.axpy(m - j, -wj, v, vOff + j, 1, a, col, 1);
            }
            if (vj != 0) {
                blas.axpy(m - j, -vj, w, wOff + j, 1, a, col, 1);
            }
        }
    }

    /**
     * dlatrd ('L'): reduces the first nb columns of the n x n matrix A, leaving the n x nb matrix
     * W such that the trailing matrix, updated, is {@code A - V W^T - W V^T} (V the reflectors,
     * stored in A's first nb columns below the subdiagonal with unit elements set).
     */
    private void latrd(
            int n,
            int nb,
            double[] a,
            int aOff,
            int lda,
            double[] e,
            int eOff,
            double[] tau,
            int tauOff,
            double[] w,
            int wOff,
            int ldw) {
        for (int i = 0; i < nb; i++) {
            int aii = aOff + i + i * lda;
            // update A(i:n, i) with the i reflectors so far
            blas.gemv(Transpose.NO, n - i, i, -1, a, aOff + i, lda, w, wOff + i, ldw, 1, a, aii, 1);
            blas.gemv(Transpose.NO, n - i, i, -1, w, wOff + i, ldw, a, aOff + i, lda, 1, a, aii, 1);
            if (i < n - 1) {
                int sub = aii + 1;
                int m = n - i - 1;
                Householder.generate(blas, m, a, sub, aOff + Math.min(i + 2, n - 1) + i * lda, 1, tau, tauOff + i);
                e[eOff + i] = a[sub];
                a[sub] = 1;
                int wi = wOff + i + 1 + i * ldw; // W(i+1, i)
                int wTop = wOff + i * ldw; // W(0, i), i elements of scratch
                blas.symv(Uplo.LOWER, m, 1, a, sub + lda, lda, a, sub, 1, 0, w, wi, 1);
                blas.gemv(Transpose.YES, m, i, 1, w, wOff + i + 1, ldw, a, sub, 1, 0, w, wTop, 1);
                blas.gemv(Transpose.NO, m, i, -1, a, aOff + i + 1, lda, w, wTop, 1, 1, w, wi, 1);
                blas.gemv(Transpose.YES, m, i, 1, a, aOff + i + 1, lda, a, sub, 1, 0, w, wTop, 1);
                blas.gemv(Transpose.NO, m, i, -1, w, wOff + i + 1, ldw, w, wTop, 1, 1, w, wi, 1);
                double t = tau[tauOff + i];
                blas.scal(m, t, w, wi, 1);
                double alpha = -0.5 * t * blas.dot(m, w, wi, 1, a, sub, 1);
                blas.axpy(m, alpha, a, sub, 1, w, wi, 1);
            }
        }
    }

    /**
     * {@code C = C - V W^T - W V^T} on the lower triangle of the m x m matrix C, V and W m x k
     * (dsyr2k's work) as one product {@code C - [V W] [W V]^T} of inner dimension 2k, so that each
     * element of C is read and written once. The triangle is split in halves recursively: the
     * rectangle below the top half is one GEMM (large enough for the packed kernel, which the
     * narrow block columns of a column-by-column sweep never reach), and triangles of order up to
     * {@link #UPDATE_BLOCK} go through a small scratch so the strict upper triangle of C is not
     * written.
     */
    private void lowerRank2k(
            int m,
            int k,
            double[] v,
            int vOff,
            int ldv,
            double[] w,
            int wOff,
            int ldw,
            double[] c,
            int cOff,
            int ldc,
            UpdateBuffers buffers) {
        if (m == 0) {
            return;
        }
        int k2 = 2 * k;
        double[] vw = buffers.vw; // [V W], m x 2k
        double[] wv = buffers.wv; // [W V]
        for (int q = 0; q < k; q++) {
            System.arraycopy(v, vOff + q * ldv, vw, q * m, m);
            System.arraycopy(w, wOff + q * ldw, vw, (k + q) * m, m);
            System.arraycopy(w, wOff + q * ldw, wv, q * m, m);
            System.arraycopy(v, vOff + q * ldv, wv, (k + q) * m, m);
        }
        lowerTriangleUpdate(0, m, m, k2, vw, wv, c, cOff, ldc, buffers.diag);
    }

    /**
     * The scratch of {@link #lowerRank2k} for a reduction of order n, allocated once per sytrd
     * rather than per panel: the side-by-side copies {@code [V W]} and {@code [W V]} (at most
     * n x 2nb) and the square of a diagonal block.
     */
    private static final class UpdateBuffers {
        final double[] vw;
        final double[] wv;
        final double[] diag = new double[UPDATE_BLOCK * UPDATE_BLOCK];

        UpdateBuffers(int n) {
            vw = new double[n * 2 * NB];
            wv = new double[n * 2 * NB];
        }
    }

    /**
     * Rows and columns {@code j .. j + size} of the lower-triangle update of
     * {@link #lowerRank2k}: {@code C(j:, j:) -= vw(j:, :) wv(j:, :)^T} on and below the diagonal,
     * vw and wv m x k2 with leading dimension m.
     */
    private void lowerTriangleUpdate(
            int j, int size, int m, int k2, double[] vw, double[] wv, double[] c, int cOff, int ldc, double[] diag) {
        if (size <= UPDATE_BLOCK) {
            blas.gemm(Transpose.NO, Transpose.YES, size, size, k2, 1, vw, j, m, wv, j, m, 0, diag, 0, size);
            for (int q = 0; q < size; q++) {
                int col = cOff + j + (j + q) * ldc;
                for (int p = q; p < size; p++) {
                    c[col + p] -= diag[p + q * size];
                }
            }
            return;
        }
        // the top half a multiple of the block, so the recursion ends in full blocks but for the last
        int top = (size / 2 + UPDATE_BLOCK - 1) / UPDATE_BLOCK * UPDATE_BLOCK;
        int bottom = size - top;
        lowerTriangleUpdate(j, top, m, k2, vw, wv, c, cOff, ldc, diag);
        blas.gemm(
                Transpose.NO,
                Transpose.YES,
                bottom,
                top,
                k2,
                -1,
                vw,
                j + top,
                m,
                wv,
                j,
                m,
                1,
                c,
                cOff + j + top + j * ldc,
                ldc);
        lowerTriangleUpdate(j + top, bottom, m, k2, vw, wv, c, cOff, ldc, diag);
    }

    // ---- Form and apply Q ------------------------------------------------------------------------

    /**
     * dorgtr ('L'): overwrites A, as {@link #sytrd} left it, with the n x n orthogonal Q: the
     * reflectors move one column right, Q's first row and column become e_0, and dorgqr forms the
     * trailing (n - 1) x (n - 1) block.
     */
    void orgtr(int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        for (int j = n - 1; j >= 1; j--) {
            int col = aOff + j * lda;
            a[col] = 0;
            for (int i = j + 1; i < n; i++) {
                a[col + i] = a[col - lda + i];
            }
        }
        a[aOff] = 1;
        for (int i = 1; i < n; i++) {
            a[aOff + i] = 0;
        }
        if (n > 1) {
            new HouseholderQr(blas).orgqr(n - 1, n - 1, n - 1, a, aOff + 1 + lda, lda, tau, tauOff);
        }
    }

    /**
     * dormtr ('L'): {@code C = op(Q) C} (LEFT, C m x n with Q of order m) or {@code C op(Q)} (RIGHT,
     * Q of order n), Q as {@link #sytrd} left it in A; dormqr on the reflectors below the
     * subdiagonal.
     */
    void ormtr(
            Side side,
            Transpose trans,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        int nq = side == Side.LEFT ? m : n;
        if (nq <= 1) {
            return;
        }
        if (side == Side.LEFT) {
            new HouseholderQr(blas)
                    .ormqr(side, trans, m - 1, n, nq - 1, a, aOff + 1, lda, tau, tauOff, c, cOff + 1, ldc);
        } else {
            new HouseholderQr(blas)
                    .ormqr(side, trans, m, n - 1, nq - 1, a, aOff + 1, lda, tau, tauOff, c, cOff + ldc, ldc);
        }
    }
}

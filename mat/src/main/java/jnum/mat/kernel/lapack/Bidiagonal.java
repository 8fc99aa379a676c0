package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;

/**
 * Reduction to bidiagonal form {@code A = Q B P^T} and its orthogonal factors: LAPACK's dgebrd,
 * dgebd2, dlabrd and dorgbr.
 *
 * <p>Storage is LAPACK's. For {@code m >= n}, B is upper bidiagonal ({@code d} on the diagonal,
 * {@code e} above it), {@code Q = H_0 ... H_{n-1}} with v_i's tail in column i below the diagonal,
 * {@code P = G_0 ... G_{n-2}} with u_i's tail in row i right of the superdiagonal. For {@code m <
 * n}, B is lower bidiagonal, Q has m - 1 reflectors stored below the subdiagonal and P has m stored
 * right of the diagonal. The wide case is the tall one of A^T read transposed (the roles of Q and
 * P exchange), so one tested kernel serves both.
 *
 * <p>The blocked reduction follows dgebrd: {@link #labrd} reduces a panel of {@link QrBlocking#NB}
 * rows and columns with matrix-vector products against the whole trailing matrix (those products
 * are why half the flops stay at level 2, as in LAPACK), accumulating X and Y so that the trailing
 * matrix is then updated by two GEMMs {@code A -= V Y^T + X U^T}.
 */
final class Bidiagonal {
    private final Blas blas;
    private final HouseholderQr qr;

    Bidiagonal(Blas blas) {
        this.blas = blas;
        this.qr = new HouseholderQr(blas);
    }

    /** dgebrd: {@code A = Q B P^T} of the m x n matrix A, d and e of length min(m, n) and min(m, n) - 1. */
    void gebrd(
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff) {
        if (m >= n) {
            upper(m, n, a, aOff, lda, d, dOff, e, eOff, tauq, tauqOff, taup, taupOff);
            return;
        }
        double[] at = Transposed.of(m, n, a, aOff, lda);
        upper(n, m, at, 0, n, d, dOff, e, eOff, taup, taupOff, tauq, tauqOff);
        Transposed.back(n, m, at, a, aOff, lda);
    }

    /** The reduction of a tall or square matrix (m >= n) to upper bidiagonal form. */
    private void upper(
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff) {
        int nb = QrBlocking.NB;
        int nx = QrBlocking.CROSSOVER;
        int i = 0;
        if (n > nx && nb < n) {
            double[] x = new double[m * nb];
            double[] y = new double[n * nb];
            for (; i < n - nx; i += nb) {
                int aii = aOff + i + i * lda;
                labrd(
                        m - i,
                        n - i,
                        nb,
                        a,
                        aii,
                        lda,
                        d,
                        dOff + i,
                        e,
                        eOff + i,
                        tauq,
                        tauqOff + i,
                        taup,
                        taupOff + i,
                        x,
                        m - i,
                        y,
                        n - i);
                // A(i+nb:m, i+nb:n) -= V Y^T + X U^T, V the panel's columns and U its rows
                int rows = m - i - nb;
                int cols = n - i - nb;
                int trailing = aii + nb + nb * lda;
                blas.gemm(
                        Transpose.NO,
                        Transpose.YES,
                        rows,
                        cols,
                        nb,
                        -1,
                        a,
                        aii + nb,
                        lda,
                        y,
                        nb,
                        n - i,
                        1,
                        a,
                        trailing,
                        lda);
                blas.gemm(
                        Transpose.NO,
                        Transpose.NO,
                        rows,
                        cols,
                        nb,
                        -1,
                        x,
                        nb,
                        m - i,
                        a,
                        aii + nb * lda,
                        lda,
                        1,
                        a,
                        trailing,
                        lda);
                for (int j = i; j < i + nb; j++) {
                    a[aOff + j + j * lda] = d[dOff + j];
                    a[aOff + j + (j + 1) * lda] = e[eOff + j];
                }
            }
        }
        gebd2(
                blas,
                m - i,
                n - i,
                a,
                aOff + i + i * lda,
                lda,
                d,
                dOff + i,
                e,
                eOff + i,
                tauq,
                tauqOff + i,
                taup,
                taupOff + i);
    }

    /**
     * dgebd2 for m >= n: one left and one right reflector per column, applied with gemv and ger
     * (plain loops on small blocks); a null blas does it all in plain loops (small orders, where
     * the kernels' dispatch costs more than the flops).
     */
    static void gebd2(
            Blas blas,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff) {
        double[] work = new double[Math.max(1, m)];
        for (int i = 0; i < n; i++) {
            int aii = aOff + i + i * lda;
            Householder.generate(blas, m - i, a, aii, aOff + Math.min(i + 1, m - 1) + i * lda, 1, tauq, tauqOff + i);
            d[dOff + i] = a[aii];
            if (i < n - 1) {
                a[aii] = 1;
                Householder.applyLeft(blas, m - i, n - i - 1, a, aii, 1, tauq[tauqOff + i], a, aii + lda, lda, work);
                a[aii] = d[dOff + i];
                int right = aii + lda;
                Householder.generate(
                        blas, n - i - 1, a, right, aOff + i + Math.min(i + 2, n - 1) * lda, lda, taup, taupOff + i);
                e[eOff + i] = a[right];
                a[right] = 1;
                Householder.applyRight(
                        blas, m - i - 1, n - i - 1, a, right, lda, taup[taupOff + i], a, right + 1, lda, work);
                a[right] = e[eOff + i];
            } else {
                taup[taupOff + i] = 0;
            }
        }
    }

    /**
     * dlabrd for m >= n: reduces the first nb rows and columns of the m x n matrix A and returns
     * the m x nb matrix X and n x nb matrix Y with which the caller updates the trailing matrix
     * ({@code A -= V Y^T + X U^T}). The panel's diagonal and superdiagonal are left holding the
     * unit elements of the reflectors; the caller restores them from d and e after its update.
     */
    private void labrd(
            int m,
            int n,
            int nb,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff,
            double[] x,
            int ldx,
            double[] y,
            int ldy) {
        for (int i = 0; i < nb; i++) {
            int aii = aOff + i + i * lda;
            int rowI = aOff + i; // A(i, 0)
            int colI = aOff + i * lda; // A(0, i)
            // A(i:m, i) -= A(i:m, 0:i) Y(i, 0:i)^T + X(i:m, 0:i) A(0:i, i)
            blas.gemv(Transpose.NO, m - i, i, -1, a, rowI, lda, y, i, ldy, 1, a, aii, 1);
            blas.gemv(Transpose.NO, m - i, i, -1, x, i, ldx, a, colI, 1, 1, a, aii, 1);
            Householder.generate(blas, m - i, a, aii, aOff + Math.min(i + 1, m - 1) + i * lda, 1, tauq, tauqOff + i);
            d[dOff + i] = a[aii];
            if (i >= n - 1) {
                continue;
            }
            a[aii] = 1;
            int yi = i + 1 + i * ldy; // Y(i+1, i)
            int yTop = i * ldy; // Y(0, i)
            // Y(i+1:n, i) = tauq (A^T v - Y (A^T v)(0:i) - A(0:i, i+1:n)^T X^T v), the new column of Y
            blas.gemv(Transpose.YES, m - i, n - i - 1, 1, a, aii + lda, lda, a, aii, 1, 0, y, yi, 1);
            blas.gemv(Transpose.YES, m - i, i, 1, a, rowI, lda, a, aii, 1, 0, y, yTop, 1);
            blas.gemv(Transpose.NO, n - i - 1, i, -1, y, i + 1, ldy, y, yTop, 1, 1, y, yi, 1);
            blas.gemv(Transpose.YES, m - i, i, 1, x, i, ldx, a, aii, 1, 0, y, yTop, 1);
            blas.gemv(Transpose.YES, i, n - i - 1, -1, a, colI + lda, lda, y, yTop, 1, 1, y, yi, 1);
            blas.scal(n - i - 1, tauq[tauqOff + i], y, yi, 1);
            // A(i, i+1:n) -= Y(i+1:n, 0:i+1) A(i, 0:i+1)^T + A(0:i, i+1:n)^T X(i, 0:i)^T
            int right = aii + lda;
            blas.gemv(Transpose.NO, n - i - 1, i + 1, -1, y, i + 1, ldy, a, rowI, lda, 1, a, right, lda);
            blas.gemv(Transpose.YES, i, n - i - 1, -1, a, colI + lda, lda, x, i, ldx, 1, a, right, lda);
            Householder.generate(
                    blas, n - i - 1, a, right, aOff + i + Math.min(i + 2, n - 1) * lda, lda, taup, taupOff + i);
            e[eOff + i] = a[right];
            a[right] = 1;
            int xi = i + 1 + i * ldx; // X(i+1, i)
            int xTop = i * ldx; // X(0, i)
            // X(i+1:m, i) = taup (A u - A(i+1:m, 0:i+1) (Y^T u) - X (A(0:i, i+1:n) u)), the new column of X
            blas.gemv(Transpose.NO, m - i - 1, n - i - 1, 1, a, right + 1, lda, a, right, lda, 0, x, xi, 1);
            blas.gemv(Transpose.YES, n - i - 1, i + 1, 1, y, i + 1, ldy, a, right, lda, 0, x, xTop, 1);
            blas.gemv(Transpose.NO, m - i - 1, i + 1, -1, a, rowI + 1, lda, x, xTop, 1, 1, x, xi, 1);
            blas.gemv(Transpose.NO, i, n - i - 1, 1, a, colI + lda, lda, a, right, lda, 0, x, xTop, 1);
            blas.gemv(Transpose.NO, m - i - 1, i, -1, x, i + 1, ldx, x, xTop, 1, 1, x, xi, 1);
            blas.scal(m - i - 1, taup[taupOff + i], x, xi, 1);
        }
    }

    /**
     * dorgbr: overwrites the m x n matrix A with the first n columns of Q ({@code which == Q}, from
     * the reduction of an m x k matrix; {@code m >= n >= min(m, k)}) or the first m rows of
     * {@code P^T} ({@code which == P}, from the reduction of a k x n matrix; {@code n >= m >= min(n,
     * k)}), the reflectors as {@link #gebrd} left them in A.
     */
    void orgbr(BidiagonalFactor which, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        if (m == 0 || n == 0) {
            return;
        }
        if (which == BidiagonalFactor.Q) {
            if (m >= k) {
                qr.orgqr(m, n, k, a, aOff, lda, tau, tauOff);
                return;
            }
            // m < k = n: the m - 1 reflectors sit one column right of QR's place; shift them there
            for (int j = m - 1; j >= 1; j--) {
                int col = aOff + j * lda;
                a[col] = 0;
                System.arraycopy(a, col - lda + j + 1, a, col + j + 1, m - j - 1);
            }
            a[aOff] = 1;
            Arrays.fill(a, aOff + 1, aOff + m, 0);
            if (m > 1) {
                qr.orgqr(m - 1, m - 1, m - 1, a, aOff + 1 + lda, lda, tau, tauOff);
            }
            return;
        }
        HouseholderLq lq = new HouseholderLq(blas);
        if (k < n) {
            lq.orglq(m, n, k, a, aOff, lda, tau, tauOff);
            return;
        }
        // k >= n = m: the n - 1 reflectors sit one row below LQ's place; shift them there
        a[aOff] = 1;
        Arrays.fill(a, aOff + 1, aOff + n, 0);
        for (int j = 1; j < n; j++) {
            int col = aOff + j * lda;
            for (int i = j - 1; i >= 1; i--) {
                a[col + i] = a[col + i - 1];
            }
            a[col] = 0;
        }
        if (n > 1) {
            lq.orglq(n - 1, n - 1, n - 1, a, aOff + 1 + lda, lda, tau, tauOff);
        }
    }
}

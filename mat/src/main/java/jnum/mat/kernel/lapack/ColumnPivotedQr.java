package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;

/**
 * QR with column pivoting, {@code A P = Q R}: LAPACK's dgeqp3 with its blocked step dlaqps
 * (Quintana-Orti, Sun and Bischof, 1998) and unblocked step dlaqp2.
 *
 * <p>At step i the remaining column of largest partial norm (over rows i..m-1) is moved to
 * position i. Partial norms are downdated after each reflector as {@code vn1_j *= sqrt(1 -
 * (|r_ij| / vn1_j)^2)}; when the downdated norm has lost too many digits against the last norm
 * computed from scratch ({@code vn2_j}), i.e. {@code (1 - (|r_ij| / vn1_j)^2) (vn1_j / vn2_j)^2
 * <= sqrt(eps)}, it is recomputed (Drmac and Bujanovic, LAPACK Working Note 176). The blocked step
 * delays the trailing update: reflectors are accumulated in {@code F} so that {@code A := A - V
 * F^T} is one GEMM per block, and only the pivot row is updated at every step; a block ends early
 * when a norm must be recomputed, since that needs the updated trailing matrix.
 */
final class ColumnPivotedQr {
    /** Threshold of the norm recomputation test: {@code sqrt(eps)}, {@code eps = 2^-53}. */
    private static final double TOL3Z = Math.sqrt(0x1p-53);

    private final Blas blas;

    ColumnPivotedQr(Blas blas) {
        this.blas = blas;
    }

    /**
     * dgeqp3 with every column free: factors the m x n matrix A in place as {@code A P = Q R}
     * (R and the reflectors stored as by dgeqrf), {@code tau} gets min(m, n) scalars and
     * {@code jpvt[jpvtOff + j]} the original (0-based) index of the column that ended in position j.
     */
    void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff) {
        for (int j = 0; j < n; j++) {
            jpvt[jpvtOff + j] = j;
        }
        int k = Math.min(m, n);
        if (k == 0) {
            return;
        }
        double[] vn1 = new double[n];
        double[] vn2 = new double[n];
        for (int j = 0; j < n; j++) {
            vn1[j] = blas.nrm2(m, a, aOff + j * lda, 1);
            vn2[j] = vn1[j];
        }
        int nb = QrBlocking.NB;
        int j = 0;
        if (nb < k && k > QrBlocking.CROSSOVER) {
            int top = k - QrBlocking.NB; // the last columns go unblocked, as dgeqp3 leaves its crossover
            double[] f = new double[n * nb];
            double[] aux = new double[nb];
            int[] link = new int[n];
            while (j < top) {
                int jb = Math.min(nb, top - j);
                j += blockStep(
                        m,
                        n - j,
                        j,
                        jb,
                        a,
                        aOff + j * lda,
                        lda,
                        jpvt,
                        jpvtOff + j,
                        tau,
                        tauOff + j,
                        vn1,
                        vn2,
                        j,
                        aux,
                        f,
                        n - j,
                        link);
            }
        }
        if (j < k) {
            unblockedStep(m, n - j, j, a, aOff + j * lda, lda, jpvt, jpvtOff + j, tau, tauOff + j, vn1, vn2, j);
        }
    }

    /**
     * dlaqp2: pivots and factors the columns of the m x n block at {@code aOff} (which starts at
     * row 0 of the whole matrix), rows {@code offset..m-1}; rows above offset are only swapped.
     * The norms are {@code vn1[vOff..]}, {@code vn2[vOff..]}.
     */
    private void unblockedStep(
            int m,
            int n,
            int offset,
            double[] a,
            int aOff,
            int lda,
            int[] jpvt,
            int pOff,
            double[] tau,
            int tauOff,
            double[] vn1,
            double[] vn2,
            int vOff) {
        int mn = Math.min(m - offset, n);
        double[] work = new double[Math.max(1, n)];
        for (int i = 0; i < mn; i++) {
            int row = offset + i;
            pivot(m, i, i + blas.iamax(n - i, vn1, vOff + i, 1), a, aOff, lda, jpvt, pOff, vn1, vn2, vOff);
            int aii = aOff + row + i * lda;
            Householder.generate(blas, m - row, a, aii, aii + 1, 1, tau, tauOff + i);
            if (i < n - 1) {
                double beta = a[aii];
                a[aii] = 1;
                Householder.applyLeft(blas, m - row, n - i - 1, a, aii, 1, tau[tauOff + i], a, aii + lda, lda, work);
                a[aii] = beta;
            }
            for (int j = i + 1; j < n; j++) {
                int vj = vOff + j;
                if (vn1[vj] == 0) {
                    continue;
                }
                double ratio = Math.abs(a[aOff + row + j * lda]) / vn1[vj];
                double temp = Math.max(0, (1 + ratio) * (1 - ratio));
                double drift = vn1[vj] / vn2[vj];
                if (temp * drift * drift <= TOL3Z) {
                    vn1[vj] = row < m - 1 ? blas.nrm2(m - row - 1, a, aOff + row + 1 + j * lda, 1) : 0;
                    vn2[vj] = vn1[vj];
                } else {
                    vn1[vj] *= Math.sqrt(temp);
                }
            }
        }
    }

    /**
     * dlaqps: factors up to nb columns of the m x n block at {@code aOff} (rows offset..m-1),
     * accumulating the updates in the n x nb matrix F ({@code ldf >= n}) and applying them to the
     * trailing block with one GEMM at the end. Returns the number of columns factored, which is less
     * than nb when a partial norm had to be recomputed.
     */
    private int blockStep(
            int m,
            int n,
            int offset,
            int nb,
            double[] a,
            int aOff,
            int lda,
            int[] jpvt,
            int pOff,
            double[] tau,
            int tauOff,
            double[] vn1,
            double[] vn2,
            int vOff,
            double[] aux,
            double[] f,
            int ldf,
            int[] link) {
        int lastRow = Math.min(m, n + offset) - 1;
        int stale = -1; // head of the list of columns whose norms must be recomputed
        int k = 0;
        while (k < nb && stale < 0) {
            int rk = offset + k;
            int pvt = k + blas.iamax(n - k, vn1, vOff + k, 1);
            if (pvt != k) {
                blas.swap(k, f, pvt, ldf, f, k, ldf);
            }
            pivot(m, k, pvt, a, aOff, lda, jpvt, pOff, vn1, vn2, vOff);
            int akkAt = aOff + rk + k * lda;
            if (k > 0) {
                // bring column k up to date: A(rk:m, k) -= A(rk:m, 0:k) F(k, 0:k)^T
                blas.gemv(Transpose.NO, m - rk, k, -1, a, aOff + rk, lda, f, k, ldf, 1, a, akkAt, 1);
            }
            Householder.generate(blas, m - rk, a, akkAt, akkAt + 1, 1, tau, tauOff + k);
            double tk = tau[tauOff + k];
            double akk = a[akkAt];
            a[akkAt] = 1;
            if (k < n - 1) {
                // F(k+1:n, k) = tau_k A(rk:m, k+1:n)^T v_k
                blas.gemv(
                        Transpose.YES,
                        m - rk,
                        n - k - 1,
                        tk,
                        a,
                        akkAt + lda,
                        lda,
                        a,
                        akkAt,
                        1,
                        0,
                        f,
                        k + 1 + k * ldf,
                        1);
            }
            for (int j = 0; j <= k; j++) {
                f[j + k * ldf] = 0;
            }
            if (k > 0) {
                // F(:, k) -= tau_k F(:, 0:k) (V(:, 0:k)^T v_k): the earlier reflectors' part of H_k's update
                blas.gemv(Transpose.YES, m - rk, k, -tk, a, aOff + rk, lda, a, akkAt, 1, 0, aux, 0, 1);
                blas.gemv(Transpose.NO, n, k, 1, f, 0, ldf, aux, 0, 1, 1, f, k * ldf, 1);
            }
            if (k < n - 1) {
                // the pivot row: A(rk, k+1:n) -= A(rk, 0:k+1) F(k+1:n, 0:k+1)^T
                blas.gemv(Transpose.NO, n - k - 1, k + 1, -1, f, k + 1, ldf, a, aOff + rk, lda, 1, a, akkAt + lda, lda);
            }
            if (rk < lastRow) {
                for (int j = k + 1; j < n; j++) {
                    int vj = vOff + j;
                    if (vn1[vj] == 0) {
                        continue;
                    }
                    double ratio = Math.abs(a[aOff + rk + j * lda]) / vn1[vj];
                    double temp = Math.max(0, (1 + ratio) * (1 - ratio));
                    double drift = vn1[vj] / vn2[vj];
                    if (temp * drift * drift <= TOL3Z) {
                        link[j] = stale;
                        stale = j;
                    } else {
                        vn1[vj] *= Math.sqrt(temp);
                    }
                }
            }
            a[akkAt] = akk;
            k++;
        }
        int rk = offset + k;
        if (k < Math.min(n, m - offset)) {
            // the delayed update of the trailing block: A(rk:m, k:n) -= A(rk:m, 0:k) F(k:n, 0:k)^T
            blas.gemm(
                    Transpose.NO,
                    Transpose.YES,
                    m - rk,
                    n - k,
                    k,
                    -1,
                    a,
                    aOff + rk,
                    lda,
                    f,
                    k,
                    ldf,
                    1,
                    a,
                    aOff + rk + k * lda,
                    lda);
        }
        while (stale >= 0) {
            int vj = vOff + stale;
            vn1[vj] = rk < m ? blas.nrm2(m - rk, a, aOff + rk + stale * lda, 1) : 0;
            vn2[vj] = vn1[vj];
            stale = link[stale];
        }
        return k;
    }

    /** Moves column pvt to position i (whole columns, all m rows), with its pivot and norms. */
    private void pivot(
            int m,
            int i,
            int pvt,
            double[] a,
            int aOff,
            int lda,
            int[] jpvt,
            int pOff,
            double[] vn1,
            double[] vn2,
            int vOff) {
        if (pvt == i) {
            return;
        }
        blas.swap(m, a, aOff + pvt * lda, 1, a, aOff + i * lda, 1);
        int p = jpvt[pOff + pvt];
        jpvt[pOff + pvt] = jpvt[pOff + i];
        jpvt[pOff + i] = p;
        vn1[vOff + pvt] = vn1[vOff + i];
        vn2[vOff + pvt] = vn2[vOff + i];
    }
}

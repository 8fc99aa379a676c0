package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * A block of k reflectors {@code H_0 H_1 ... H_{k-1}} in the compact WY form {@code I - V T V^T}
 * (Schreiber and Van Loan, 1989): V is r x k, unit lower trapezoidal, T is k x k upper triangular
 * (LAPACK's dlarft and dlarfb, direction forward, stored columnwise).
 *
 * <p>V is held explicitly (zeros above the unit diagonal written out) in a compact buffer, so that
 * every product with it is one GEMM: the few extra flops on the k x k triangle cost less than the
 * triangular special cases, and the buffer is contiguous for the packing of the GEMM. The buffers
 * are reused from block to block; an instance is confined to one call.
 */
final class BlockReflector {
    private final Blas blas;
    private final double[] v;
    private final double[] t;
    private final int maxK;
    private double[] w = new double[0];
    private int rows;
    private int k;

    /** Room for blocks of up to {@code maxK} reflectors of order up to {@code maxRows}. */
    BlockReflector(Blas blas, int maxRows, int maxK) {
        this.blas = blas;
        this.maxK = maxK;
        this.v = new double[Math.max(1, maxRows * maxK)];
        this.t = new double[Math.max(1, maxK * maxK)];
    }

    /**
     * Loads the k reflectors of order r stored below the diagonal of the r x k matrix at {@code (a,
     * aOff, lda)} (QR's columnwise storage: v_j's tail is column j below row j) and their scalars
     * {@code tau[tauOff..tauOff+k-1]}, then forms T.
     */
    void loadColumns(int r, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        start(r, k);
        for (int j = 0; j < k; j++) {
            int col = j * r;
            for (int i = 0; i < j; i++) {
                v[col + i] = 0;
            }
            v[col + j] = 1;
            System.arraycopy(a, aOff + j + 1 + j * lda, v, col + j + 1, r - j - 1);
        }
        formT(tau, tauOff);
    }

    private void start(int r, int k) {
        if (k > maxK || (long) r * k > v.length) {
            throw new IllegalStateException("block of " + k + " reflectors of order " + r + " exceeds its buffer");
        }
        this.rows = r;
        this.k = k;
    }

    /**
     * dlarft: T(j, j) = tau_j and {@code T(0:j, j) = -tau_j T(0:j, 0:j) V(:, 0:j)^T v_j}, column by
     * column. The products {@code V^T V} of all columns are formed first by one GEMM (V is explicit,
     * zero above its unit diagonal), so V is read once at level-3 speed instead of once per column
     * by gemv; the recurrence then runs on k x k data only.
     */
    private void formT(double[] tau, int tauOff) {
        int r = rows;
        if (k > 1) {
            blas.gemm(Transpose.YES, Transpose.NO, k, k, r, 1, v, 0, r, v, 0, r, 0, t, 0, k);
        }
        for (int j = 0; j < k; j++) {
            double tj = tau[tauOff + j];
            int tcol = j * k;
            if (tj == 0) {
                for (int i = 0; i <= j; i++) {
                    t[tcol + i] = 0;
                }
                continue;
            }
            if (j > 0) {
                blas.scal(j, -tj, t, tcol, 1);
                blas.trmv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, j, t, 0, k, t, tcol, 1);
            }
            t[tcol + j] = tj;
        }
    }

    /**
     * Applies {@code H = I - V T V^T} or its transpose to the m x n matrix C: from the left
     * ({@code C = op(H) C}, m must equal the reflector order) or from the right ({@code C = C op(H)},
     * n must equal it).
     */
    void apply(Side side, Transpose trans, int m, int n, double[] c, int cOff, int ldc) {
        if (m == 0 || n == 0 || k == 0) {
            return;
        }
        int r = rows;
        if (side == Side.LEFT) {
            // W = V^T C (k x n); W = op(T) W; C -= V W
            double[] work = work(k * n);
            blas.gemm(Transpose.YES, Transpose.NO, k, n, r, 1, v, 0, r, c, cOff, ldc, 0, work, 0, k);
            blas.trmm(Side.LEFT, Uplo.UPPER, trans, Diag.NON_UNIT, k, n, 1, t, 0, k, work, 0, k);
            blas.gemm(Transpose.NO, Transpose.NO, r, n, k, -1, v, 0, r, work, 0, k, 1, c, cOff, ldc);
        } else {
            // W = C V (m x k); W = W op(T); C -= W V^T
            double[] work = work(m * k);
            blas.gemm(Transpose.NO, Transpose.NO, m, k, r, 1, c, cOff, ldc, v, 0, r, 0, work, 0, m);
            blas.trmm(Side.RIGHT, Uplo.UPPER, trans, Diag.NON_UNIT, m, k, 1, t, 0, k, work, 0, m);
            blas.gemm(Transpose.NO, Transpose.YES, m, r, k, -1, work, 0, m, v, 0, r, 1, c, cOff, ldc);
        }
    }

    private double[] work(int size) {
        if (w.length < size) {
            w = new double[size];
        }
        return w;
    }
}

package jnum.mat.kernel.lapack;

import java.util.Arrays;
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
            copyReflector(j, a, aOff + j + j * lda);
        }
        formT(0, k, tau, tauOff);
    }

    /**
     * Loads the k reflectors of order r stored right of the diagonal of the k x r matrix at {@code
     * (a, aOff, lda)} (LQ's rowwise storage: v_j's tail is row j right of column j) and their
     * scalars, then forms T. The block is the same {@code H_0 ... H_{k-1} = I - V T V^T} as for
     * columns; only the copy into V reads along rows.
     */
    void loadRows(int r, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        start(r, k);
        for (int j = 0; j < k; j++) {
            int col = j * r;
            Arrays.fill(v, col, col + j, 0);
            v[col + j] = 1;
            for (int i = j + 1, src = aOff + j + i * lda; i < r; i++, src += lda) {
                v[col + i] = a[src];
            }
        }
        formT(0, k, tau, tauOff);
    }

    /**
     * Writes column j of the explicit V: zeros above row j, 1 at row j, and below it the r - j - 1
     * elements of v_j's tail that follow {@code a[diagAt]} (the diagonal element of a QR-stored
     * reflector column, itself not read).
     */
    void copyReflector(int j, double[] a, int diagAt) {
        int col = j * rows;
        Arrays.fill(v, col, col + j, 0);
        v[col + j] = 1;
        System.arraycopy(a, diagAt + 1, v, col + j + 1, rows - j - 1);
    }

    /**
     * Makes room for a block of k reflectors of order r whose explicit V and T a caller fills in
     * through {@link #v()} and {@link #t()} (a panel factorization that forms them as it goes).
     */
    void start(int r, int k) {
        if (k > maxK || (long) r * k > v.length) {
            throw new IllegalStateException("block of " + k + " reflectors of order " + r + " exceeds its buffer");
        }
        this.rows = r;
        this.k = k;
    }

    /** Order r of the reflectors of the current block. */
    int rows() {
        return rows;
    }

    /** Number k of reflectors of the current block. */
    int k() {
        return k;
    }

    /** The explicit V of the current block: r x k, leading dimension r, zero above its unit diagonal. */
    double[] v() {
        return v;
    }

    /** The upper triangular T of the current block: k x k, leading dimension k. */
    double[] t() {
        return t;
    }

    /**
     * dlarft on the w columns {@code c..c+w-1} of the current block, whose reflectors start at row
     * c (V is explicit and zero above its unit diagonal): T's diagonal block at (c, c), with
     * {@code T(j, j) = tau_j} and {@code T(c:j, j) = -tau_j T(c:j, c:j) V(:, c:j)^T v_j}, column by
     * column. The products {@code V^T V} of the w columns are formed first by one GEMM, so V is
     * read once at level-3 speed instead of once per column by gemv; the recurrence then runs on
     * w x w data only.
     */
    void formT(int c, int w, double[] tau, int tauOff) {
        int r = rows;
        int ldt = k;
        int tOff = c + c * ldt;
        if (w > 1) {
            blas.gemm(Transpose.YES, Transpose.NO, w, w, r - c, 1, v, c + c * r, r, v, c + c * r, r, 0, t, tOff, ldt);
        }
        for (int j = 0; j < w; j++) {
            double tj = tau[tauOff + j];
            int tcol = tOff + j * ldt;
            if (tj == 0) {
                for (int i = 0; i <= j; i++) {
                    t[tcol + i] = 0;
                }
                continue;
            }
            if (j > 0) {
                blas.scal(j, -tj, t, tcol, 1);
                blas.trmv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, j, t, tOff, ldt, t, tcol, 1);
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

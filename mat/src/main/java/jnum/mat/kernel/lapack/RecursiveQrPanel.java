package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Recursive QR of a panel (Elmroth and Gustavson, 2000; LAPACK's dgeqrt3), which leaves the
 * panel's block reflector {@code I - V T V^T} ready in a {@link BlockReflector}: the explicit V
 * and the triangular T are built as the recursion returns, so the panel runs on GEMM and TRMM
 * instead of level-2 sweeps over its whole height, and no separate dlarft pass is needed.
 *
 * <p>For a panel {@code [A1 A2]} split into n1 and n2 columns: factor A1 (giving V1, T1), update
 * {@code A2 = (I - V1 T1^T V1^T) A2} (GEMM, TRMM, GEMM), factor the lower part of A2 (V2, T2), and
 * couple the two, {@code T12 = -T1 (V1^T V2) T2}. Columns up to {@link #LEAF} wide are factored by
 * dgeqr2 and their T formed by {@link BlockReflector#formT}: below that width the GEMMs of the
 * recursion are matrix-vector products with call overheads. The reflectors, tau and R are exactly
 * those of dgeqr2 in exact arithmetic, and the rounding errors of the same order (the backward
 * error analysis of blocked Householder QR covers both).
 */
final class RecursiveQrPanel {
    /** Widest panel factored unblocked by dgeqr2. */
    static final int LEAF = 16;

    private final Blas blas;
    private final HouseholderQr unblocked;
    private final double[] w;
    private final double[] work;

    /** Room for panels up to {@code maxK} columns wide. */
    RecursiveQrPanel(Blas blas, HouseholderQr unblocked, int maxK) {
        this.blas = blas;
        this.unblocked = unblocked;
        this.w = new double[Math.max(1, (maxK / 2) * (maxK - maxK / 2))];
        this.work = new double[Math.max(1, maxK)];
    }

    /**
     * Factors the r x k panel at {@code (a, aOff, lda)} ({@code r >= k}) in place as dgeqrf does,
     * tau into {@code tau[tauOff..tauOff+k-1]}, and loads the panel's block reflector into
     * {@code block} (which must have room for r x k).
     */
    void factor(int r, int k, double[] a, int aOff, int lda, double[] tau, int tauOff, BlockReflector block) {
        block.start(r, k);
        columns(0, k, a, aOff, lda, tau, tauOff, block);
    }

    /**
     * The columns {@code c..c+n-1} of the panel, whose leading c rows are already R: their
     * reflectors start at row c.
     */
    private void columns(int c, int n, double[] a, int aOff, int lda, double[] tau, int tauOff, BlockReflector block) {
        int r = block.rows();
        int acc = aOff + c + c * lda;
        if (n <= LEAF) {
            unblocked.geqr2(r - c, n, a, acc, lda, tau, tauOff + c, work);
            for (int j = c; j < c + n; j++) {
                block.copyReflector(j, a, aOff + j + j * lda);
            }
            block.formT(c, n, tau, tauOff + c);
            return;
        }
        int n1 = n / 2;
        int n2 = n - n1;
        columns(c, n1, a, aOff, lda, tau, tauOff, block);
        double[] v = block.v();
        double[] t = block.t();
        int ldt = block.k();
        int v1 = c + c * r;
        int t1 = c + c * ldt;
        int c2 = c + n1;
        int a12 = acc + n1 * lda;
        // A2 = (I - V1 T1 V1^T)^T A2: W = V1^T A2, W = T1^T W, A2 -= V1 W (rows c.. only: V1 is zero above)
        blas.gemm(Transpose.YES, Transpose.NO, n1, n2, r - c, 1, v, v1, r, a, a12, lda, 0, w, 0, n1);
        blas.trmm(Side.LEFT, Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n1, n2, 1, t, t1, ldt, w, 0, n1);
        blas.gemm(Transpose.NO, Transpose.NO, r - c, n2, n1, -1, v, v1, r, w, 0, n1, 1, a, a12, lda);
        columns(c2, n2, a, aOff, lda, tau, tauOff, block);
        // T12 = -T1 (V1^T V2) T2, V2 zero above row c2
        int t12 = c + c2 * ldt;
        int t2 = c2 + c2 * ldt;
        blas.gemm(Transpose.YES, Transpose.NO, n1, n2, r - c2, 1, v, c2 + c * r, r, v, c2 + c2 * r, r, 0, t, t12, ldt);
        blas.trmm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n1, n2, -1, t, t1, ldt, t, t12, ldt);
        blas.trmm(Side.RIGHT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n1, n2, 1, t, t2, ldt, t, t12, ldt);
    }
}

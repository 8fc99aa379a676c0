package jnum.mat.kernel.vector;

import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Symmetric matrix product, {@code C = alpha A B + beta C} (LEFT) or {@code C = alpha B A + beta
 * C} (RIGHT), with only the uplo triangle of A read.
 *
 * <p>A is expanded, one panel of {@link #PANEL} rows (LEFT) or columns (RIGHT) at a time, into a
 * contiguous full panel (each element read from whichever triangle stores it), and that panel
 * goes to one GEMM with the matching block row or block column of C. Expansion costs
 * {@code order^2} copies against {@code 2 m n order} flops, and the scratch holds
 * {@code PANEL * order} doubles, not a full copy of A.
 */
final class VectorSymm {
    /**
     * Rows (LEFT) or columns (RIGHT) of A expanded per GEMM call: 256 ran symm at n = 1024 about 15%
     * faster than 128 (GEMM with a taller panel), and 512 no faster (docs/benchmarks/level3.md).
     */
    static final int PANEL = 256;

    private VectorSymm() {}

    static void symm(
            Side side,
            Uplo uplo,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        if (alpha == 0) { // C = beta C, reading neither A nor B (nor C when beta = 0)
            UnitStride.scaleMatrix(m, n, beta, c, cOff, ldc);
            return;
        }
        boolean upper = uplo == Uplo.UPPER;
        int order = side == Side.LEFT ? m : n;
        int width = Math.min(PANEL, order);
        double[] panel = new double[width * order];
        for (int p0 = 0; p0 < order; p0 += width) {
            int ps = Math.min(width, order - p0);
            if (side == Side.LEFT) {
                // rows [p0, p0 + ps) of A as a ps x m panel: C[p0:p0+ps, :] = alpha A_p B + beta C_p
                expandRows(upper, a, aOff, lda, p0, ps, order, panel);
                VectorGemm.gemm(
                        Transpose.NO,
                        Transpose.NO,
                        ps,
                        n,
                        m,
                        alpha,
                        panel,
                        0,
                        ps,
                        b,
                        bOff,
                        ldb,
                        beta,
                        c,
                        cOff + p0,
                        ldc);
            } else {
                // columns [p0, p0 + ps) of A as an n x ps panel: C[:, p0:p0+ps] = alpha B A_p + beta C_p
                expandColumns(upper, a, aOff, lda, p0, ps, order, panel);
                VectorGemm.gemm(
                        Transpose.NO,
                        Transpose.NO,
                        m,
                        ps,
                        n,
                        alpha,
                        b,
                        bOff,
                        ldb,
                        panel,
                        0,
                        order,
                        beta,
                        c,
                        cOff + p0 * ldc,
                        ldc);
            }
        }
    }

    /** {@code panel(r, c) = A(p0 + r, c)} for a ps x order panel with leading dimension ps. */
    private static void expandRows(
            boolean upper, double[] a, int aOff, int lda, int p0, int ps, int order, double[] panel) {
        for (int col = 0; col < order; col++) {
            int dst = col * ps;
            for (int r = 0; r < ps; r++) {
                int i = p0 + r;
                boolean stored = upper ? i <= col : i >= col;
                panel[dst + r] = stored ? a[aOff + i + col * lda] : a[aOff + col + i * lda];
            }
        }
    }

    /** {@code panel(r, c) = A(r, p0 + c)} for an order x ps panel with leading dimension order. */
    private static void expandColumns(
            boolean upper, double[] a, int aOff, int lda, int p0, int ps, int order, double[] panel) {
        for (int c = 0; c < ps; c++) {
            int j = p0 + c;
            int dst = c * order;
            // column j of the full matrix: stored part from column j, the rest from row j of A
            int splitLo = upper ? 0 : j; // stored rows are [0, j] (upper) or [j, order) (lower)
            int splitHi = upper ? j + 1 : order;
            System.arraycopy(a, aOff + splitLo + j * lda, panel, dst + splitLo, splitHi - splitLo);
            int oLo = upper ? j + 1 : 0;
            int oHi = upper ? order : j;
            for (int r = oLo; r < oHi; r++) {
                panel[dst + r] = a[aOff + j + r * lda];
            }
        }
    }
}

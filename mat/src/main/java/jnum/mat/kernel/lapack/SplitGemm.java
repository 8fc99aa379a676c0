package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;

/**
 * The product {@code X S} of a divide-and-conquer merge, where each column of the rows x k matrix
 * X is zero below a split row ({@link #TOP}), above it ({@link #BOTTOM}) or neither ({@link
 * #DENSE}), as the singular or eigenvectors of two halves are: the columns are grouped TOP, DENSE,
 * BOTTOM (S's rows alike), so that the rows above the split take one GEMM over the TOP and DENSE
 * columns and the rows below another over the DENSE and BOTTOM ones, skipping the zero blocks.
 */
final class SplitGemm {
    /** A column with nonzeros only above the split row. */
    static final int TOP = 0;
    /** A column with nonzeros on both sides of the split row. */
    static final int DENSE = 1;
    /** A column with nonzeros only from the split row on. */
    static final int BOTTOM = 2;

    private SplitGemm() {}

    /**
     * {@code out = X S}: X is rows x k (leading dimension rows), column j of type {@code type[j]}
     * with respect to row {@code split}; S is k x k (leading dimension k); out is rows x k
     * (leading dimension rows).
     */
    static void multiply(Blas blas, int rows, int split, int k, double[] x, int[] type, double[] s, double[] out) {
        int[] count = new int[3];
        for (int j = 0; j < k; j++) {
            count[type[j]]++;
        }
        int[] next = {0, count[TOP], count[TOP] + count[DENSE]};
        double[] xg = new double[rows * k];
        double[] sg = new double[k * k];
        int[] group = new int[k];
        for (int j = 0; j < k; j++) {
            group[j] = next[type[j]]++;
            System.arraycopy(x, j * rows, xg, group[j] * rows, rows);
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                sg[group[j] + c * k] = s[j + c * k];
            }
        }
        int top = count[TOP] + count[DENSE];
        int bottom = count[DENSE] + count[BOTTOM];
        int below = rows - split;
        if (split > 0) {
            product(blas, split, k, top, xg, 0, rows, sg, 0, k, out, 0, rows);
        }
        if (below > 0) {
            int first = count[TOP];
            product(blas, below, k, bottom, xg, split + first * rows, rows, sg, first, k, out, split, rows);
        }
    }

    /** {@code C = A B} for an m x inner A and inner x n B; C zero when inner is 0. */
    private static void product(
            Blas blas,
            int m,
            int n,
            int inner,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            double[] c,
            int cOff,
            int ldc) {
        if (inner == 0) {
            for (int j = 0; j < n; j++) {
                java.util.Arrays.fill(c, cOff + j * ldc, cOff + j * ldc + m, 0.0);
            }
            return;
        }
        blas.gemm(Transpose.NO, Transpose.NO, m, n, inner, 1, a, aOff, lda, b, bOff, ldb, 0, c, cOff, ldc);
    }
}

package jnum.mat.kernel.scalar;

import jnum.mat.kernel.Transpose;

/**
 * The reference GEMM, {@code C = alpha op(A) op(B) + beta C}, in the loop orders of reference
 * BLAS: column axpy form when A is not transposed (unit stride down columns of A and C), dot
 * product form when it is. Each element of C sums its k products in increasing order of the
 * inner index.
 */
final class ReferenceGemm {
    private ReferenceGemm() {}

    static void gemm(
            Transpose transA,
            Transpose transB,
            int m,
            int n,
            int k,
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
        boolean tb = transB == Transpose.YES;
        for (int j = 0; j < n; j++) {
            int cCol = cOff + j * ldc;
            if (beta == 0) {
                java.util.Arrays.fill(c, cCol, cCol + m, 0.0);
            } else if (beta != 1) {
                for (int i = 0; i < m; i++) {
                    c[cCol + i] *= beta;
                }
            }
            if (alpha == 0 || k == 0) { // the product is absent: C = beta C whatever alpha is
                continue;
            }
            if (transA == Transpose.NO) {
                for (int l = 0; l < k; l++) {
                    double blj = tb ? b[bOff + j + l * ldb] : b[bOff + l + j * ldb];
                    double t = alpha * blj;
                    int aCol = aOff + l * lda;
                    for (int i = 0; i < m; i++) {
                        c[cCol + i] = Math.fma(t, a[aCol + i], c[cCol + i]);
                    }
                }
            } else {
                for (int i = 0; i < m; i++) {
                    int aCol = aOff + i * lda; // column i of A is row i of op(A)
                    double s = 0;
                    for (int l = 0; l < k; l++) {
                        double blj = tb ? b[bOff + j + l * ldb] : b[bOff + l + j * ldb];
                        s = Math.fma(a[aCol + l], blj, s);
                    }
                    c[cCol + i] += alpha * s;
                }
            }
        }
    }
}

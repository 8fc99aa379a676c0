package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Level-3 routines of the vector provider other than GEMM. Each is blocked so that most of its
 * flops run in {@link VectorGemm}; the blocking lives in one class per routine
 * ({@link VectorTrsm}, {@link VectorTrmm}, {@link VectorSyrk}, {@link VectorSymm}). None of them
 * writes the unreferenced triangle of A or C, or reads the unreferenced triangle of A.
 */
final class VectorLevel3 {
    private VectorLevel3() {}

    static void trsm(
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        VectorTrsm.trsm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    static void trmm(
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb) {
        VectorTrmm.trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
    }

    static void syrk(
            Uplo uplo,
            Transpose trans,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        VectorSyrk.syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
    }

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
        VectorSymm.symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
    }
}

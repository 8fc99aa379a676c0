package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.KernelProvider;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** SKELETON: VectorLevel3 routines of the vector provider; until written they delegate to scalar. */
final class VectorLevel3 {
  private static final KernelProvider SCALAR = Kernels.scalar();

  private VectorLevel3() {}

  static void trsm(Side side, Uplo uplo, Transpose transA, Diag diag, int m, int n, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
    SCALAR.trsm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
  }

  static void trmm(Side side, Uplo uplo, Transpose transA, Diag diag, int m, int n, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
    SCALAR.trmm(side, uplo, transA, diag, m, n, alpha, a, aOff, lda, b, bOff, ldb);
  }

  static void syrk(Uplo uplo, Transpose trans, int n, int k, double alpha, double[] a, int aOff, int lda, double beta, double[] c, int cOff, int ldc) {
    SCALAR.syrk(uplo, trans, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
  }

  static void symm(Side side, Uplo uplo, int m, int n, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta, double[] c, int cOff, int ldc) {
    SCALAR.symm(side, uplo, m, n, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
  }
}

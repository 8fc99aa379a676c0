package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.KernelProvider;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** SKELETON: VectorLevel2 routines of the vector provider; until written they delegate to scalar. */
final class VectorLevel2 {
  private static final KernelProvider SCALAR = Kernels.scalar();

  private VectorLevel2() {}

  static void gemv(Transpose trans, int m, int n, double alpha, double[] a, int aOff, int lda, double[] x, int xOff, int incX, double beta, double[] y, int yOff, int incY) {
    SCALAR.gemv(trans, m, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
  }

  static void ger(int m, int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double[] a, int aOff, int lda) {
    SCALAR.ger(m, n, alpha, x, xOff, incX, y, yOff, incY, a, aOff, lda);
  }

  static void symv(Uplo uplo, int n, double alpha, double[] a, int aOff, int lda, double[] x, int xOff, int incX, double beta, double[] y, int yOff, int incY) {
    SCALAR.symv(uplo, n, alpha, a, aOff, lda, x, xOff, incX, beta, y, yOff, incY);
  }

  static void trmv(Uplo uplo, Transpose trans, Diag diag, int n, double[] a, int aOff, int lda, double[] x, int xOff, int incX) {
    SCALAR.trmv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
  }

  static void trsv(Uplo uplo, Transpose trans, Diag diag, int n, double[] a, int aOff, int lda, double[] x, int xOff, int incX) {
    SCALAR.trsv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
  }
}

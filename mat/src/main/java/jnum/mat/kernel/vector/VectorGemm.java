package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.KernelProvider;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** SKELETON: VectorGemm routines of the vector provider; until written they delegate to scalar. */
final class VectorGemm {
  private static final KernelProvider SCALAR = Kernels.scalar();

  private VectorGemm() {}

  static void gemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, double[] a, int aOff, int lda, double[] b, int bOff, int ldb, double beta, double[] c, int cOff, int ldc) {
    SCALAR.gemm(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
  }
}

package jnum.mat.kernel.scalar;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** SKELETON: reference trsm, trmm, syrk and symm (to be written). */
final class ScalarLevel3 {
  private ScalarLevel3() {}

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
    throw new UnsupportedOperationException("trsm: not yet implemented");
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
    throw new UnsupportedOperationException("trmm: not yet implemented");
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
    throw new UnsupportedOperationException("syrk: not yet implemented");
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
    throw new UnsupportedOperationException("symm: not yet implemented");
  }
}

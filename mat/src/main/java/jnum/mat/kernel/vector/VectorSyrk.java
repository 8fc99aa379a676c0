package jnum.mat.kernel.vector;

import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked symmetric rank-k update, {@code C = alpha P P^T + beta C} with {@code P = op(A)} (n x
 * k), touching only the uplo triangle of C.
 *
 * <p>C is cut into block columns of {@link #BLOCK}. The off-diagonal part of each block column
 * inside the triangle is one GEMM ({@code C_ij = alpha P_i P_j^T + beta C_ij}); the diagonal block
 * is computed by GEMM into a scratch tile whose triangle is then merged into C, so the other
 * triangle of C is never written. Problems of order at most {@code BLOCK} take a direct
 * vectorized kernel instead (axpys down the columns of A when P = A, dot products of columns of
 * A when P = A^T) that computes only the triangle.
 */
final class VectorSyrk {
  /** Order of the diagonal blocks of C. */
  static final int BLOCK = 64;

  private VectorSyrk() {}

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
    boolean upper = uplo == Uplo.UPPER;
    if (n <= BLOCK || alpha == 0 || k == 0) {
      direct(upper, trans, 0, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
      return;
    }
    Transpose tb = trans == Transpose.NO ? Transpose.YES : Transpose.NO;
    double[] tile = new double[BLOCK * BLOCK];
    for (int j0 = 0; j0 < n; j0 += BLOCK) {
      int bs = Math.min(BLOCK, n - j0);
      int j1 = j0 + bs;
      // the diagonal tile: S = P_j P_j^T in scratch, then C_jj = alpha S + beta C_jj on the triangle
      VectorGemm.gemm(trans, tb, bs, bs, k, 1.0, a, row(trans, aOff, lda, j0), lda,
          a, row(trans, aOff, lda, j0), lda, 0.0, tile, 0, bs);
      mergeTriangle(upper, bs, alpha, tile, beta, c, cOff + j0 + j0 * ldc, ldc);
      int r0 = upper ? 0 : j1;
      int rows = upper ? j0 : n - j1;
      if (rows > 0) {
        VectorGemm.gemm(trans, tb, rows, bs, k, alpha, a, row(trans, aOff, lda, r0), lda,
            a, row(trans, aOff, lda, j0), lda, beta, c, cOff + r0 + j0 * ldc, ldc);
      }
    }
  }

  /** Offset of row r of P = op(A) as a GEMM operand: row r of A, or column r of A. */
  private static int row(Transpose trans, int aOff, int lda, int r) {
    return trans == Transpose.NO ? aOff + r : aOff + r * lda;
  }

  /** {@code C = alpha S + beta C} on the uplo triangle of the bs x bs tile; beta = 0 skips C. */
  private static void mergeTriangle(
      boolean upper, int bs, double alpha, double[] s, double beta, double[] c, int cOff, int ldc) {
    for (int j = 0; j < bs; j++) {
      int lo = upper ? 0 : j;
      int hi = upper ? j + 1 : bs;
      int cc = cOff + j * ldc;
      int sc = j * bs;
      for (int i = lo; i < hi; i++) {
        c[cc + i] = beta == 0 ? alpha * s[sc + i] : Math.fma(alpha, s[sc + i], beta * c[cc + i]);
      }
    }
  }

  /**
   * The unblocked kernel on columns {@code [j0, j0 + n)} of a C of order {@code j0 + n} (here
   * always j0 = 0): first the triangle of each column is scaled by beta (zeroed when beta = 0),
   * then the rank-k update is added with axpys (P = A) or dot products (P = A^T).
   */
  private static void direct(
      boolean upper,
      Transpose trans,
      int j0,
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
    for (int j = j0; j < j0 + n; j++) {
      int cc = cOff + j * ldc;
      int lo = upper ? 0 : j;
      int len = upper ? j + 1 : n - j;
      if (beta == 0) {
        java.util.Arrays.fill(c, cc + lo, cc + lo + len, 0.0);
      } else if (beta != 1) {
        UnitStride.scale(len, beta, c, cc + lo);
      }
      if (alpha == 0 || k == 0) { // the product is an empty sum
        continue;
      }
      if (trans == Transpose.NO) {
        for (int l = 0; l < k; l++) {
          int ac = aOff + l * lda;
          UnitStride.axpy(len, alpha * a[ac + j], a, ac + lo, c, cc + lo);
        }
      } else {
        int aj = aOff + j * lda;
        for (int i = lo; i < lo + len; i++) {
          c[cc + i] = Math.fma(alpha, UnitStride.dot(k, a, aOff + i * lda, a, aj), c[cc + i]);
        }
      }
    }
  }
}

package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked triangular matrix product in place, {@code B = alpha op(A) B} or
 * {@code B = alpha B op(A)}.
 *
 * <p>T = op(A) is cut into blocks of {@link VectorTrsm#BLOCK}. Block row (LEFT) or block column
 * (RIGHT) i of the result is {@code T_ii B_i} (a small vectorized kernel on the packed diagonal
 * block) plus the product of the off-diagonal part of T with the blocks of B that are still
 * unmodified (one GEMM with beta = 1). The blocks are visited in the order that keeps those
 * blocks unmodified: top-down for an upper T on the left, bottom-up for a lower one, and the
 * mirror images on the right. B is first scaled by alpha (alpha = 0 writes zeros and reads
 * neither A nor B).
 */
final class VectorTrmm {
  private static final int BLOCK = VectorTrsm.BLOCK;

  private VectorTrmm() {}

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
    UnitStride.scaleMatrix(m, n, alpha, b, bOff, ldb);
    if (alpha == 0) {
      return;
    }
    boolean up = TriangularBlock.upper(uplo, transA);
    int order = side == Side.LEFT ? m : n;
    double[] t = new double[Math.min(order, BLOCK) * Math.min(order, BLOCK)];
    int blocks = (order + BLOCK - 1) / BLOCK;
    // the blocks the product reads must not have been overwritten yet
    boolean forward = (side == Side.LEFT) == up;
    for (int s = 0; s < blocks; s++) {
      int k0 = (forward ? s : blocks - 1 - s) * BLOCK;
      int bs = Math.min(BLOCK, order - k0);
      int k1 = k0 + bs;
      TriangularBlock.pack(uplo, transA, diag, a, aOff, lda, k0, bs, t);
      if (side == Side.LEFT) {
        LeftTriangleKernel.apply(false, t, bs, up, n, b, bOff + k0, ldb);
        if (up && k1 < m) { // B_k += T[k0:k1, k1:m] B[k1:m]
          VectorGemm.gemm(transA, Transpose.NO, bs, n, m - k1, 1.0,
              a, TriangularBlock.offset(transA, aOff, lda, k0, k1), lda,
              b, bOff + k1, ldb, 1.0, b, bOff + k0, ldb);
        } else if (!up && k0 > 0) { // B_k += T[k0:k1, 0:k0] B[0:k0]
          VectorGemm.gemm(transA, Transpose.NO, bs, n, k0, 1.0,
              a, TriangularBlock.offset(transA, aOff, lda, k0, 0), lda,
              b, bOff, ldb, 1.0, b, bOff + k0, ldb);
        }
      } else {
        multiplyRight(t, bs, up, m, b, bOff + k0 * ldb, ldb);
        if (up && k0 > 0) { // B_k += B[:, 0:k0] T[0:k0, k0:k1]
          VectorGemm.gemm(Transpose.NO, transA, m, bs, k0, 1.0,
              b, bOff, ldb,
              a, TriangularBlock.offset(transA, aOff, lda, 0, k0), lda,
              1.0, b, bOff + k0 * ldb, ldb);
        } else if (!up && k1 < n) { // B_k += B[:, k1:n] T[k1:n, k0:k1]
          VectorGemm.gemm(Transpose.NO, transA, m, bs, n - k1, 1.0,
              b, bOff + k1 * ldb, ldb,
              a, TriangularBlock.offset(transA, aOff, lda, k1, k0), lda,
              1.0, b, bOff + k0 * ldb, ldb);
        }
      }
    }
  }

  /**
   * {@code B = T B} for the bs x n block at {@code bOff}, in place, column by column: for an
   * upper T, x_k adds to rows above k, which later steps no longer read, so k runs upward; for a
   * lower T the mirror image. Four columns of B at a time share each load of T.
   */
  static void multiplyLeftAxpy(double[] t, int bs, boolean upper, int n, double[] b, int bOff, int ldb) {
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      int c0 = bOff + j * ldb;
      int c1 = c0 + ldb;
      int c2 = c1 + ldb;
      int c3 = c2 + ldb;
      for (int s = 0; s < bs; s++) {
        int k = upper ? s : bs - 1 - s;
        double d = t[k + k * bs];
        double x0 = b[c0 + k];
        double x1 = b[c1 + k];
        double x2 = b[c2 + k];
        double x3 = b[c3 + k];
        b[c0 + k] = x0 * d;
        b[c1 + k] = x1 * d;
        b[c2 + k] = x2 * d;
        b[c3 + k] = x3 * d;
        UnitStride.axpy4(upper ? 0 : k + 1, upper ? k : bs, t, k * bs, x0, x1, x2, x3,
            b, c0, c1, c2, c3);
      }
    }
    for (; j < n; j++) {
      int col = bOff + j * ldb;
      for (int s = 0; s < bs; s++) {
        int k = upper ? s : bs - 1 - s;
        double x = b[col + k];
        b[col + k] = x * t[k + k * bs];
        int lo = upper ? 0 : k + 1;
        int hi = upper ? k : bs;
        UnitStride.axpy(hi - lo, x, t, lo + k * bs, b, col + lo);
      }
    }
  }

  /**
   * {@code B = B T} for the m x bs block at {@code bOff}, in place: column c becomes
   * {@code T(c, c) B(:, c) + sum_k T(k, c) B(:, k)} over k in the triangle, visiting c so that
   * those columns are still unmodified. Rows are independent and run in strips.
   */
  static void multiplyRight(double[] t, int bs, boolean upper, int m, double[] b, int bOff, int ldb) {
    final int strip = 256;
    for (int r0 = 0; r0 < m; r0 += strip) {
      int len = Math.min(strip, m - r0);
      int base = bOff + r0;
      for (int s = 0; s < bs; s++) {
        int c = upper ? bs - 1 - s : s;
        UnitStride.scale(len, t[c + c * bs], b, base + c * ldb);
        TriangularBlock.addColumns(len, 1.0, t, c * bs, upper ? 0 : c + 1, upper ? c : bs,
            b, base, ldb, base + c * ldb);
      }
    }
  }
}

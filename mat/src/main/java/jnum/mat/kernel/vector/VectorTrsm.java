package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked triangular solve with many right-hand sides, {@code op(A) X = alpha B} or
 * {@code X op(A) = alpha B}, in place of B.
 *
 * <p>Right-looking block substitution (the level-3 form of Dongarra, Du Croz, Hammarling, Duff,
 * ACM TOMS 16(1), 1990, as used by LAPACK-era BLAS): T = op(A) is cut into blocks of {@link #BLOCK};
 * each step solves with one packed diagonal block by a small vectorized substitution kernel, then
 * removes the solved block from the remaining right-hand sides with one GEMM
 * ({@code B_rest -= T_rest,k X_k}), so all but a fraction {@code BLOCK / order} of the flops run in
 * {@link VectorGemm}. A triangle of order at most {@code BLOCK} is solved by the small kernel alone.
 * B is first scaled by alpha (alpha = 0 writes zeros and reads neither A nor B).
 */
final class VectorTrsm {
  /** Order of the diagonal blocks. */
  static final int BLOCK = 64;

  /** Rows of B per pass of the right-side kernel, so that a strip of BLOCK columns stays in L2. */
  private static final int ROW_STRIP = 256;

  private VectorTrsm() {}

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
    UnitStride.scaleMatrix(m, n, alpha, b, bOff, ldb);
    if (alpha == 0) {
      return;
    }
    boolean up = TriangularBlock.upper(uplo, transA);
    int order = side == Side.LEFT ? m : n;
    double[] t = new double[Math.min(order, BLOCK) * Math.min(order, BLOCK)];
    int blocks = (order + BLOCK - 1) / BLOCK;
    // T lower with B on the left, or T upper with B on the right: the solve runs forward
    boolean forward = (side == Side.LEFT) != up;
    for (int s = 0; s < blocks; s++) {
      int k0 = (forward ? s : blocks - 1 - s) * BLOCK;
      int bs = Math.min(BLOCK, order - k0);
      int k1 = k0 + bs;
      TriangularBlock.pack(uplo, transA, diag, a, aOff, lda, k0, bs, t);
      if (side == Side.LEFT) {
        LeftTriangleKernel.apply(true, t, bs, up, n, b, bOff + k0, ldb);
        if (forward && k1 < m) { // B[k1:m] -= T[k1:m, k0:k1] X_k
          VectorGemm.gemm(transA, Transpose.NO, m - k1, n, bs, -1.0,
              a, TriangularBlock.offset(transA, aOff, lda, k1, k0), lda,
              b, bOff + k0, ldb, 1.0, b, bOff + k1, ldb);
        } else if (!forward && k0 > 0) { // B[0:k0] -= T[0:k0, k0:k1] X_k
          VectorGemm.gemm(transA, Transpose.NO, k0, n, bs, -1.0,
              a, TriangularBlock.offset(transA, aOff, lda, 0, k0), lda,
              b, bOff + k0, ldb, 1.0, b, bOff, ldb);
        }
      } else {
        solveRight(t, bs, up, m, b, bOff + k0 * ldb, ldb);
        if (forward && k1 < n) { // B[:, k1:n] -= X_k T[k0:k1, k1:n]
          VectorGemm.gemm(Transpose.NO, transA, m, n - k1, bs, -1.0,
              b, bOff + k0 * ldb, ldb,
              a, TriangularBlock.offset(transA, aOff, lda, k0, k1), lda,
              1.0, b, bOff + k1 * ldb, ldb);
        } else if (!forward && k0 > 0) { // B[:, 0:k0] -= X_k T[k0:k1, 0:k0]
          VectorGemm.gemm(Transpose.NO, transA, m, k0, bs, -1.0,
              b, bOff + k0 * ldb, ldb,
              a, TriangularBlock.offset(transA, aOff, lda, k0, 0), lda,
              1.0, b, bOff, ldb);
        }
      }
    }
  }

  /**
   * Solves {@code T X = B} for the bs x n block of B at {@code bOff}, T the packed bs x bs
   * triangle: substitution down (lower) or up (upper) each column, eliminating with axpys down
   * the columns of T; four columns of B at a time share each load of T.
   */
  static void solveLeftAxpy(double[] t, int bs, boolean upper, int n, double[] b, int bOff, int ldb) {
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      int c0 = bOff + j * ldb;
      int c1 = c0 + ldb;
      int c2 = c1 + ldb;
      int c3 = c2 + ldb;
      for (int s = 0; s < bs; s++) {
        int k = upper ? bs - 1 - s : s;
        double d = t[k + k * bs];
        double x0 = b[c0 + k] / d;
        double x1 = b[c1 + k] / d;
        double x2 = b[c2 + k] / d;
        double x3 = b[c3 + k] / d;
        b[c0 + k] = x0;
        b[c1 + k] = x1;
        b[c2 + k] = x2;
        b[c3 + k] = x3;
        UnitStride.axpy4(upper ? 0 : k + 1, upper ? k : bs, t, k * bs, -x0, -x1, -x2, -x3,
            b, c0, c1, c2, c3);
      }
    }
    for (; j < n; j++) {
      int col = bOff + j * ldb;
      for (int s = 0; s < bs; s++) {
        int k = upper ? bs - 1 - s : s;
        double x = b[col + k] / t[k + k * bs];
        b[col + k] = x;
        int lo = upper ? 0 : k + 1;
        int hi = upper ? k : bs;
        UnitStride.axpy(hi - lo, -x, t, lo + k * bs, b, col + lo);
      }
    }
  }

  /**
   * Solves {@code X T = B} for the m x bs block of B at {@code bOff}: column j of X is column j
   * of B minus the solved columns times T(k, j), divided by T(j, j). Rows are independent, so the
   * work runs in strips of {@link #ROW_STRIP} rows that stay in cache.
   */
  static void solveRight(double[] t, int bs, boolean upper, int m, double[] b, int bOff, int ldb) {
    for (int r0 = 0; r0 < m; r0 += ROW_STRIP) {
      int len = Math.min(ROW_STRIP, m - r0);
      int base = bOff + r0;
      for (int s = 0; s < bs; s++) {
        int j = upper ? s : bs - 1 - s;
        TriangularBlock.addColumns(len, -1.0, t, j * bs, upper ? 0 : j + 1, upper ? j : bs,
            b, base, ldb, base + j * ldb);
        UnitStride.divide(len, t[j + j * bs], b, base + j * ldb);
      }
    }
  }
}

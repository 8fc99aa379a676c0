package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The left-side diagonal-block kernels of trsm and trmm, {@code X = T^-1 X} and {@code X = T X}
 * for a packed bs x bs triangle T and a bs x n block X, vectorized across columns of X.
 *
 * <p>Down a column, substitution is a chain of dependent scalar steps; across columns it is
 * independent. So the kernel copies as many columns as a vector has lanes into a small buffer
 * with the columns interleaved ({@code buf[k * lanes + c] = X(k, c)}), runs the substitution (or
 * the product) on whole vectors, one row of the block per step, with a broadcast element of T per
 * fused multiply-add and two accumulators, and copies the columns back. The remaining columns
 * (fewer than a vector) take the axpy form.
 */
final class LeftTriangleKernel {
  private static final VectorSpecies<Double> S = UnitStride.SPECIES;
  private static final int LANES = S.length();

  private LeftTriangleKernel() {}

  /**
   * Solves {@code T X = X} (when {@code solve}) or forms {@code X = T X} in place, for the bs x n
   * block of B at {@code bOff}, T packed column-major with leading dimension bs (zeros outside its
   * triangle, its diagonal explicit).
   */
  static void apply(
      boolean solve, double[] t, int bs, boolean upper, int n, double[] b, int bOff, int ldb) {
    double[] buf = new double[bs * LANES];
    int j = 0;
    for (; j + LANES <= n; j += LANES) {
      int first = bOff + j * ldb;
      for (int c = 0; c < LANES; c++) {
        int col = first + c * ldb;
        for (int k = 0; k < bs; k++) {
          buf[k * LANES + c] = b[col + k];
        }
      }
      rows(solve, t, bs, upper, buf);
      for (int c = 0; c < LANES; c++) {
        int col = first + c * ldb;
        for (int k = 0; k < bs; k++) {
          b[col + k] = buf[k * LANES + c];
        }
      }
    }
    if (j < n) {
      if (solve) {
        VectorTrsm.solveLeftAxpy(t, bs, upper, n - j, b, bOff + j * ldb, ldb);
      } else {
        VectorTrmm.multiplyLeftAxpy(t, bs, upper, n - j, b, bOff + j * ldb, ldb);
      }
    }
  }

  /**
   * Row k of the solution is {@code (x_k - sum_l T(k, l) x_l) / T(k, k)} over the solved rows l
   * (l < k for lower T, top-down; l > k for upper T, bottom-up); with {@code solve == false},
   * row k of the product {@code T(k, k) x_k + sum_l T(k, l) x_l}, visiting the rows so that the
   * x_l it reads are still unmodified (top-down for upper T). Two accumulators; the loop is
   * written out in one method so that the vectors stay in registers.
   */
  private static void rows(boolean solve, double[] t, int bs, boolean upper, double[] buf) {
    double sign = solve ? -1.0 : 1.0;
    boolean topDown = solve != upper;
    for (int s = 0; s < bs; s++) {
      int k = topDown ? s : bs - 1 - s;
      int lo = upper ? k + 1 : 0;
      int hi = upper ? bs : k;
      double d = t[k + k * bs];
      DoubleVector acc0 = DoubleVector.fromArray(S, buf, k * LANES);
      if (!solve) {
        acc0 = acc0.mul(d);
      }
      DoubleVector acc1 = DoubleVector.zero(S);
      int l = lo;
      for (; l + 2 <= hi; l += 2) {
        acc0 = DoubleVector.fromArray(S, buf, l * LANES)
            .fma(DoubleVector.broadcast(S, sign * t[k + l * bs]), acc0);
        acc1 = DoubleVector.fromArray(S, buf, (l + 1) * LANES)
            .fma(DoubleVector.broadcast(S, sign * t[k + (l + 1) * bs]), acc1);
      }
      if (l < hi) {
        acc0 = DoubleVector.fromArray(S, buf, l * LANES)
            .fma(DoubleVector.broadcast(S, sign * t[k + l * bs]), acc0);
      }
      acc0 = acc0.add(acc1);
      if (solve) {
        acc0 = acc0.div(d);
      }
      acc0.intoArray(buf, k * LANES);
    }
  }
}

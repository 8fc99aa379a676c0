package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * Unit-stride vector primitives on {@code (array, offset)} operands that the level-3 blocked
 * algorithms use inside their diagonal-block kernels: axpy, dot, scaling and division of a strip
 * of contiguous doubles. Each has the usual shape: a vector main loop, then a scalar tail.
 */
final class UnitStride {
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();

  private UnitStride() {}

  /** {@code y[yo + i] += alpha * x[xo + i]} for {@code i < n}. */
  static void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
    int i = 0;
    int bound = SPECIES.loopBound(n);
    if (bound > 0) {
      DoubleVector va = DoubleVector.broadcast(SPECIES, alpha);
      for (; i < bound; i += LANES) {
        DoubleVector.fromArray(SPECIES, x, xo + i)
            .fma(va, DoubleVector.fromArray(SPECIES, y, yo + i))
            .intoArray(y, yo + i);
      }
    }
    for (; i < n; i++) {
      y[yo + i] = Math.fma(alpha, x[xo + i], y[yo + i]);
    }
  }

  /**
   * Four axpys that share x: {@code y[yc + i] += ac * x[xo + i]} for rows {@code lo <= i < hi}
   * and the four (column) offsets yc of y, loading each vector of x once. The last partial
   * vector is done with a lane mask, so no row outside [lo, hi) is touched.
   */
  static void axpy4(
      int lo,
      int hi,
      double[] x,
      int xo,
      double a0,
      double a1,
      double a2,
      double a3,
      double[] y,
      int y0,
      int y1,
      int y2,
      int y3) {
    if (lo >= hi) {
      return;
    }
    DoubleVector v0 = DoubleVector.broadcast(SPECIES, a0);
    DoubleVector v1 = DoubleVector.broadcast(SPECIES, a1);
    DoubleVector v2 = DoubleVector.broadcast(SPECIES, a2);
    DoubleVector v3 = DoubleVector.broadcast(SPECIES, a3);
    int i = lo;
    for (; i <= hi - LANES; i += LANES) {
      DoubleVector xv = DoubleVector.fromArray(SPECIES, x, xo + i);
      xv.fma(v0, DoubleVector.fromArray(SPECIES, y, y0 + i)).intoArray(y, y0 + i);
      xv.fma(v1, DoubleVector.fromArray(SPECIES, y, y1 + i)).intoArray(y, y1 + i);
      xv.fma(v2, DoubleVector.fromArray(SPECIES, y, y2 + i)).intoArray(y, y2 + i);
      xv.fma(v3, DoubleVector.fromArray(SPECIES, y, y3 + i)).intoArray(y, y3 + i);
    }
    if (i < hi) {
      VectorMask<Double> m = SPECIES.indexInRange(0, hi - i);
      DoubleVector xv = DoubleVector.fromArray(SPECIES, x, xo + i, m);
      xv.fma(v0, DoubleVector.fromArray(SPECIES, y, y0 + i, m)).intoArray(y, y0 + i, m);
      xv.fma(v1, DoubleVector.fromArray(SPECIES, y, y1 + i, m)).intoArray(y, y1 + i, m);
      xv.fma(v2, DoubleVector.fromArray(SPECIES, y, y2 + i, m)).intoArray(y, y2 + i, m);
      xv.fma(v3, DoubleVector.fromArray(SPECIES, y, y3 + i, m)).intoArray(y, y3 + i, m);
    }
  }

  /**
   * Four axpys into one y: {@code y[yo + i] += a0 x[x0 + i] + a1 x[x1 + i] + a2 x[x2 + i] + a3
   * x[x3 + i]} for {@code i < n} (as four successive fused updates), loading and storing y once.
   */
  static void madd4(
      int n,
      double[] x,
      int x0,
      double a0,
      int x1,
      double a1,
      int x2,
      double a2,
      int x3,
      double a3,
      double[] y,
      int yo) {
    DoubleVector v0 = DoubleVector.broadcast(SPECIES, a0);
    DoubleVector v1 = DoubleVector.broadcast(SPECIES, a1);
    DoubleVector v2 = DoubleVector.broadcast(SPECIES, a2);
    DoubleVector v3 = DoubleVector.broadcast(SPECIES, a3);
    int i = 0;
    for (; i <= n - LANES; i += LANES) {
      DoubleVector acc = DoubleVector.fromArray(SPECIES, y, yo + i);
      acc = DoubleVector.fromArray(SPECIES, x, x0 + i).fma(v0, acc);
      acc = DoubleVector.fromArray(SPECIES, x, x1 + i).fma(v1, acc);
      acc = DoubleVector.fromArray(SPECIES, x, x2 + i).fma(v2, acc);
      acc = DoubleVector.fromArray(SPECIES, x, x3 + i).fma(v3, acc);
      acc.intoArray(y, yo + i);
    }
    for (; i < n; i++) {
      double s = y[yo + i];
      s = Math.fma(a0, x[x0 + i], s);
      s = Math.fma(a1, x[x1 + i], s);
      s = Math.fma(a2, x[x2 + i], s);
      s = Math.fma(a3, x[x3 + i], s);
      y[yo + i] = s;
    }
  }

  /** {@code sum x[xo + i] * y[yo + i]} for {@code i < n}, with two vector accumulators. */
  static double dot(int n, double[] x, int xo, double[] y, int yo) {
    int i = 0;
    double s = 0;
    int bound2 = n - n % (2 * LANES);
    if (bound2 > 0) {
      DoubleVector acc0 = DoubleVector.zero(SPECIES);
      DoubleVector acc1 = DoubleVector.zero(SPECIES);
      for (; i < bound2; i += 2 * LANES) {
        acc0 = DoubleVector.fromArray(SPECIES, x, xo + i)
            .fma(DoubleVector.fromArray(SPECIES, y, yo + i), acc0);
        acc1 = DoubleVector.fromArray(SPECIES, x, xo + i + LANES)
            .fma(DoubleVector.fromArray(SPECIES, y, yo + i + LANES), acc1);
      }
      s = acc0.add(acc1).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
    for (; i < n; i++) {
      s = Math.fma(x[xo + i], y[yo + i], s);
    }
    return s;
  }

  /** {@code x[xo + i] *= alpha} for {@code i < n}. */
  static void scale(int n, double alpha, double[] x, int xo) {
    int i = 0;
    int bound = SPECIES.loopBound(n);
    if (bound > 0) {
      DoubleVector va = DoubleVector.broadcast(SPECIES, alpha);
      for (; i < bound; i += LANES) {
        DoubleVector.fromArray(SPECIES, x, xo + i).mul(va).intoArray(x, xo + i);
      }
    }
    for (; i < n; i++) {
      x[xo + i] *= alpha;
    }
  }

  /** {@code x[xo + i] /= d} for {@code i < n} (a true division, not a reciprocal product). */
  static void divide(int n, double d, double[] x, int xo) {
    int i = 0;
    int bound = SPECIES.loopBound(n);
    if (bound > 0) {
      DoubleVector vd = DoubleVector.broadcast(SPECIES, d);
      for (; i < bound; i += LANES) {
        DoubleVector.fromArray(SPECIES, x, xo + i).div(vd).intoArray(x, xo + i);
      }
    }
    for (; i < n; i++) {
      x[xo + i] /= d;
    }
  }

  /**
   * {@code B = alpha B} for the m x n matrix at {@code (b, bOff, ldb)}; alpha = 0 writes zeros
   * without reading B (so NaN in B does not survive), alpha = 1 does nothing.
   */
  static void scaleMatrix(int m, int n, double alpha, double[] b, int bOff, int ldb) {
    if (alpha == 1) {
      return;
    }
    for (int j = 0; j < n; j++) {
      int col = bOff + j * ldb;
      if (alpha == 0) {
        java.util.Arrays.fill(b, col, col + m, 0.0);
      } else {
        scale(m, alpha, b, col);
      }
    }
  }
}

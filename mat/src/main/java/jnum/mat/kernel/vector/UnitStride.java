package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
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

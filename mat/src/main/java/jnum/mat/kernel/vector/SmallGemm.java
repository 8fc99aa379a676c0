package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM for small problems, where packing costs more than it saves: C is computed in blocks of
 * {@code L x 4} (L lanes, masked at the bottom edge) straight from the columns of A, with the four
 * elements of B broadcast. op(A) = A^T is first copied to a column-major buffer so that its columns
 * are contiguous. Element (i, j) is {@code fma} summed over {@code p} in increasing order, then
 * written as {@code alpha * ab} or {@code fma(beta, c, alpha * ab)}, as in {@link TileUpdate}.
 */
final class SmallGemm {
  private static final VectorSpecies<Double> S = VectorMicroKernel.SPECIES;
  private static final int L = S.length();

  private SmallGemm() {}

  static void multiply(
      boolean transA,
      boolean transB,
      int m,
      int n,
      int k,
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
    if (!transA) {
      columns(transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
      return;
    }
    PackBuffers buf = PackBuffers.takeA();
    try {
      double[] at = buf.array(m * k);
      for (int i = 0; i < m; i++) {
        int src = aOff + i * lda;
        for (int p = 0, d = i; p < k; p++, d += m) {
          at[d] = a[src + p];
        }
      }
      columns(transB, m, n, k, alpha, at, 0, m, b, bOff, ldb, beta, c, cOff, ldc);
    } finally {
      PackBuffers.giveBackA(buf);
    }
  }

  /** The kernel proper, A not transposed. */
  private static void columns(
      boolean transB,
      int m,
      int n,
      int k,
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
    // op(B)(p, j) = b[bOff + p * bp + j * bj]
    int bp = transB ? ldb : 1;
    int bj = transB ? 1 : ldb;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
      int b0 = bOff + j * bj;
      for (int i = 0; i < m; i += L) {
        VectorMask<Double> mask = S.indexInRange(i, m);
        DoubleVector s0 = DoubleVector.zero(S);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        for (int p = 0, ai = aOff + i, bi = b0; p < k; p++, ai += lda, bi += bp) {
          DoubleVector av = DoubleVector.fromArray(S, a, ai, mask);
          s0 = av.fma(DoubleVector.broadcast(S, b[bi]), s0);
          s1 = av.fma(DoubleVector.broadcast(S, b[bi + bj]), s1);
          s2 = av.fma(DoubleVector.broadcast(S, b[bi + 2 * bj]), s2);
          s3 = av.fma(DoubleVector.broadcast(S, b[bi + 3 * bj]), s3);
        }
        int ci = cOff + i + j * ldc;
        store(s0, alpha, beta, c, ci, mask);
        store(s1, alpha, beta, c, ci + ldc, mask);
        store(s2, alpha, beta, c, ci + 2 * ldc, mask);
        store(s3, alpha, beta, c, ci + 3 * ldc, mask);
      }
    }
    for (; j < n; j++) {
      int b0 = bOff + j * bj;
      for (int i = 0; i < m; i += L) {
        VectorMask<Double> mask = S.indexInRange(i, m);
        DoubleVector s0 = DoubleVector.zero(S);
        for (int p = 0, ai = aOff + i, bi = b0; p < k; p++, ai += lda, bi += bp) {
          s0 = DoubleVector.fromArray(S, a, ai, mask).fma(DoubleVector.broadcast(S, b[bi]), s0);
        }
        store(s0, alpha, beta, c, cOff + i + j * ldc, mask);
      }
    }
  }

  private static void store(
      DoubleVector ab, double alpha, double beta, double[] c, int ci, VectorMask<Double> mask) {
    DoubleVector t = ab.mul(alpha);
    if (beta != 0) {
      t = DoubleVector.fromArray(S, c, ci, mask).fma(DoubleVector.broadcast(S, beta), t);
    }
    t.intoArray(c, ci, mask);
  }
}

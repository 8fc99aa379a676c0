package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * GEMM for small problems, where packing costs more than it saves: C is computed in blocks of
 * {@code 2L x 4} (L lanes, masked at the bottom edge) straight from the columns of A, with the four
 * elements of B broadcast. op(A) = A^T is first copied to a column-major buffer so that its columns
 * are contiguous. Element (i, j) is {@code fma} summed over {@code p} in increasing order, then
 * merged into C by {@link TileUpdate}.
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
        PackBuffers buf = PackBuffers.takeA();
        try {
            double[] tile = buf.tile(8 * L);
            if (!transA) {
                columns(transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, tile);
                return;
            }
            double[] at = buf.array(m * k);
            for (int i = 0; i < m; i++) {
                int src = aOff + i * lda;
                for (int p = 0, d = i; p < k; p++, d += m) {
                    at[d] = a[src + p];
                }
            }
            columns(transB, m, n, k, alpha, at, 0, m, b, bOff, ldb, beta, c, cOff, ldc, tile);
        } finally {
            PackBuffers.giveBackA(buf);
        }
    }

    /**
     * The kernel proper, A not transposed: blocks of {@code 2L x 4} (eight accumulators, enough
     * independent FMAs to fill both FMA pipes), masked at the bottom edge; at the right edge the
     * missing columns broadcast a valid element of B and are not written.
     */
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
            int ldc,
            double[] tile) {
        // op(B)(p, j) = b[bOff + p * bp + j * bj]
        int bp = transB ? ldb : 1;
        int bj = transB ? 1 : ldb;
        for (int j = 0; j < n; j += 4) {
            int w = Math.min(4, n - j);
            int b0 = bOff + j * bj;
            int d1 = w > 1 ? bj : 0;
            int d2 = w > 2 ? 2 * bj : 0;
            int d3 = w > 3 ? 3 * bj : 0;
            for (int i = 0; i < m; i += 2 * L) {
                VectorMask<Double> lo = S.indexInRange(i, m);
                VectorMask<Double> hi = S.indexInRange(i + L, m);
                DoubleVector s00 = DoubleVector.zero(S);
                DoubleVector s01 = s00;
                DoubleVector s10 = s00;
                DoubleVector s11 = s00;
                DoubleVector s20 = s00;
                DoubleVector s21 = s00;
                DoubleVector s30 = s00;
                DoubleVector s31 = s00;
                for (int p = 0, ai = aOff + i, bi = b0; p < k; p++, ai += lda, bi += bp) {
                    DoubleVector a0 = DoubleVector.fromArray(S, a, ai, lo);
                    DoubleVector a1 = DoubleVector.fromArray(S, a, ai + L, hi);
                    DoubleVector bv = DoubleVector.broadcast(S, b[bi]);
                    s00 = a0.fma(bv, s00);
                    s01 = a1.fma(bv, s01);
                    bv = DoubleVector.broadcast(S, b[bi + d1]);
                    s10 = a0.fma(bv, s10);
                    s11 = a1.fma(bv, s11);
                    bv = DoubleVector.broadcast(S, b[bi + d2]);
                    s20 = a0.fma(bv, s20);
                    s21 = a1.fma(bv, s21);
                    bv = DoubleVector.broadcast(S, b[bi + d3]);
                    s30 = a0.fma(bv, s30);
                    s31 = a1.fma(bv, s31);
                }
                s00.intoArray(tile, 0);
                s01.intoArray(tile, L);
                s10.intoArray(tile, 2 * L);
                s11.intoArray(tile, 3 * L);
                s20.intoArray(tile, 4 * L);
                s21.intoArray(tile, 5 * L);
                s30.intoArray(tile, 6 * L);
                s31.intoArray(tile, 7 * L);
                int h = Math.min(2 * L, m - i);
                TileUpdate.update(tile, 2 * L, alpha, beta, c, cOff + i + j * ldc, ldc, h, w);
            }
        }
    }
}

package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code C = alpha A^T B + beta C} for a small m x n result with a long inner dimension k (the
 * products {@code V^T C} of a few Householder vectors with a few tall columns): every element is
 * a dot product of a column of A with a column of B, both contiguous in column-major storage, so
 * the columns are streamed once per block of 4 x 3 results with no transposed copy and no packing.
 * Twelve vector accumulators take L-element slices of the inner dimension (fused multiply-adds),
 * are reduced across lanes at the end and merged into C by {@link TileUpdate}. At the edges the
 * missing columns repeat a valid one and are not written.
 *
 * <p>Error: each element is summed in L interleaved partial sums (then a scalar tail), so
 * {@code |C - C_exact| <= gamma_(k+2) (|alpha| |A^T| |B| + |beta| |C|)} elementwise as for the
 * other GEMM paths.
 */
final class InnerProductGemm {
    private static final VectorSpecies<Double> S = VectorMicroKernel.SPECIES;
    private static final int L = S.length();

    /** Largest m and n this path takes. */
    static final int MAX_SIDE = 64;

    /** Smallest inner dimension, as a multiple of max(m, n), for which it pays. */
    static final int MIN_DEPTH_RATIO = 8;

    private InnerProductGemm() {}

    /** Whether {@code A^T B} with these sizes belongs here. */
    static boolean suits(int m, int n, int k) {
        return m <= MAX_SIDE && n <= MAX_SIDE && k >= MIN_DEPTH_RATIO * Math.max(m, n) && k >= 2 * L;
    }

    static void multiply(
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
        int vk = k - k % L;
        for (int j = 0; j < n; j += 3) {
            int w = Math.min(3, n - j);
            int b0 = bOff + j * ldb;
            int b1 = w > 1 ? b0 + ldb : b0;
            int b2 = w > 2 ? b0 + 2 * ldb : b0;
            for (int i = 0; i < m; i += 4) {
                int h = Math.min(4, m - i);
                int a0 = aOff + i * lda;
                int a1 = h > 1 ? a0 + lda : a0;
                int a2 = h > 2 ? a0 + 2 * lda : a0;
                int a3 = h > 3 ? a0 + 3 * lda : a0;
                DoubleVector s00 = DoubleVector.zero(S);
                DoubleVector s10 = s00;
                DoubleVector s20 = s00;
                DoubleVector s30 = s00;
                DoubleVector s01 = s00;
                DoubleVector s11 = s00;
                DoubleVector s21 = s00;
                DoubleVector s31 = s00;
                DoubleVector s02 = s00;
                DoubleVector s12 = s00;
                DoubleVector s22 = s00;
                DoubleVector s32 = s00;
                for (int p = 0; p < vk; p += L) {
                    DoubleVector x0 = DoubleVector.fromArray(S, a, a0 + p);
                    DoubleVector x1 = DoubleVector.fromArray(S, a, a1 + p);
                    DoubleVector x2 = DoubleVector.fromArray(S, a, a2 + p);
                    DoubleVector x3 = DoubleVector.fromArray(S, a, a3 + p);
                    DoubleVector y = DoubleVector.fromArray(S, b, b0 + p);
                    s00 = x0.fma(y, s00);
                    s10 = x1.fma(y, s10);
                    s20 = x2.fma(y, s20);
                    s30 = x3.fma(y, s30);
                    y = DoubleVector.fromArray(S, b, b1 + p);
                    s01 = x0.fma(y, s01);
                    s11 = x1.fma(y, s11);
                    s21 = x2.fma(y, s21);
                    s31 = x3.fma(y, s31);
                    y = DoubleVector.fromArray(S, b, b2 + p);
                    s02 = x0.fma(y, s02);
                    s12 = x1.fma(y, s12);
                    s22 = x2.fma(y, s22);
                    s32 = x3.fma(y, s32);
                }
                tile[0] = LaneSums.sum(s00);
                tile[1] = LaneSums.sum(s10);
                tile[2] = LaneSums.sum(s20);
                tile[3] = LaneSums.sum(s30);
                tile[4] = LaneSums.sum(s01);
                tile[5] = LaneSums.sum(s11);
                tile[6] = LaneSums.sum(s21);
                tile[7] = LaneSums.sum(s31);
                tile[8] = LaneSums.sum(s02);
                tile[9] = LaneSums.sum(s12);
                tile[10] = LaneSums.sum(s22);
                tile[11] = LaneSums.sum(s32);
                for (int p = vk; p < k; p++) {
                    double y0 = b[b0 + p];
                    double y1 = b[b1 + p];
                    double y2 = b[b2 + p];
                    double x0 = a[a0 + p];
                    double x1 = a[a1 + p];
                    double x2 = a[a2 + p];
                    double x3 = a[a3 + p];
                    tile[0] = Math.fma(x0, y0, tile[0]);
                    tile[1] = Math.fma(x1, y0, tile[1]);
                    tile[2] = Math.fma(x2, y0, tile[2]);
                    tile[3] = Math.fma(x3, y0, tile[3]);
                    tile[4] = Math.fma(x0, y1, tile[4]);
                    tile[5] = Math.fma(x1, y1, tile[5]);
                    tile[6] = Math.fma(x2, y1, tile[6]);
                    tile[7] = Math.fma(x3, y1, tile[7]);
                    tile[8] = Math.fma(x0, y2, tile[8]);
                    tile[9] = Math.fma(x1, y2, tile[9]);
                    tile[10] = Math.fma(x2, y2, tile[10]);
                    tile[11] = Math.fma(x3, y2, tile[11]);
                }
                TileUpdate.update(tile, 4, alpha, beta, c, cOff + i + j * ldc, ldc, h, w);
            }
        }
    }
}

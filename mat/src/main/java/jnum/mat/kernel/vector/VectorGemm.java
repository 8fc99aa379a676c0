package jnum.mat.kernel.vector;

import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;

/**
 * GEMM of the vector provider: {@code C = alpha op(A) op(B) + beta C}, op(A) m x k, op(B) k x n.
 *
 * <ul>
 *   <li>{@code m == 0 || n == 0}: nothing. {@code alpha == 0 || k == 0}: C is only scaled by beta
 *       (A and B are not read; {@code beta == 0} sets C to zero, {@code beta == 1} does nothing).
 *   <li>{@code beta == 0}: C is not read, so NaN or infinity in C does not propagate (as in BLAS).
 *   <li>{@code A^T B} with a small m x n result and a long inner dimension (see
 *       {@link InnerProductGemm#suits}) runs {@link InnerProductGemm}, dot products of contiguous
 *       columns, without transposed copy or packing.
 *   <li>Small problems ({@code m n k <= }{@value #SMALL_WORK}) run {@link SmallGemm}, which does
 *       not pack; the rest runs the packed, register-blocked {@link BlockedGemm} with the
 *       {@link VectorMicroKernel} and the block sizes of {@link GemmBlocking#forLanes}.
 *   <li>Threads: the packed path (above {@value #SMALL_WORK}) uses up to
 *       {@link Parallelism#threads()} threads; results are bitwise identical to one thread.
 * </ul>
 *
 * <p>Error: every element is a sum of k products accumulated with fused multiply-adds in
 * increasing order of the inner index within blocks of {@link GemmBlocking#KC}, so
 * {@code |C - C_exact| <= gamma_(k+2) (|alpha| |op(A)| |op(B)| + |beta| |C|)} elementwise.
 */
final class VectorGemm {
    /**
     * Largest {@code m n k} (multiply-adds) done by {@link SmallGemm}, without packing and on one
     * thread. Measured (thread CPU time, one core): the unpacked kernel beats the packed one up to
     * n = 128 (47 vs 42 GF/s there, 44 vs 34 at n = 64); see docs/benchmarks/gemm.md.
     */
    static final long SMALL_WORK = 128L * 128 * 128;

    static final BlockedGemm BLOCKED =
            new BlockedGemm(GemmBlocking.forLanes(VectorMicroKernel.LANES), VectorMicroKernel.INSTANCE);

    private VectorGemm() {}

    static void gemm(
            Transpose transA,
            Transpose transB,
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
        if (m == 0 || n == 0) {
            return;
        }
        if (alpha == 0 || k == 0) {
            scale(m, n, beta, c, cOff, ldc);
            return;
        }
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        if (ta && !tb && InnerProductGemm.suits(m, n, k)) {
            PackBuffers buf = PackBuffers.takeA();
            try {
                InnerProductGemm.multiply(m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, buf.tile(16));
            } finally {
                PackBuffers.giveBackA(buf);
            }
            return;
        }
        long work = (long) m * n * k;
        if (work <= SMALL_WORK) {
            SmallGemm.multiply(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
            return;
        }
        BLOCKED.multiply(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, Parallelism.threads());
    }

    /** {@code C = beta C}; with {@code beta == 0} C is set to zero without being read. */
    static void scale(int m, int n, double beta, double[] c, int cOff, int ldc) {
        if (beta == 1) {
            return;
        }
        for (int j = 0; j < n; j++) {
            int col = cOff + j * ldc;
            if (beta == 0) {
                java.util.Arrays.fill(c, col, col + m, 0.0);
            } else {
                for (int i = col; i < col + m; i++) {
                    c[i] *= beta;
                }
            }
        }
    }
}

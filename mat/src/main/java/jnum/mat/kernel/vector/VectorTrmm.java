package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked triangular matrix product in place, {@code B = alpha op(A) B} or
 * {@code B = alpha B op(A)}.
 *
 * <p>Recursive, like {@link VectorTrsm}: T = op(A) is split into halves; the half of B that
 * receives an off-diagonal product is multiplied by its diagonal half of T (recursively), then
 * gets the off-diagonal product with the other half of B, still unmodified, in one GEMM with beta
 * = 1; then the other half is multiplied. Diagonal blocks of order at most {@link
 * VectorTrsm#BLOCK} go to the packed small kernels ({@link LeftTriangleKernel} on the left,
 * column updates on the right). B is first scaled by alpha (alpha = 0 writes zeros and reads
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
        new Recursion(
                        side,
                        uplo,
                        transA,
                        diag,
                        m,
                        n,
                        a,
                        aOff,
                        lda,
                        b,
                        bOff,
                        ldb,
                        TriangularBlock.upper(uplo, transA),
                        TriangularBlock.leafBuffer(side == Side.LEFT ? m : n, BLOCK))
                .multiply(0, side == Side.LEFT ? m : n);
    }

    /** The operands of one call, so that the recursion passes only the range of T it works on. */
    private record Recursion(
            Side side,
            Uplo uplo,
            Transpose transA,
            Diag diag,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb,
            boolean up,
            double[] t) {

        /** Multiplies by the diagonal range {@code [k0, k1)} of T, rows (LEFT) or columns of B. */
        void multiply(int k0, int k1) {
            int size = k1 - k0;
            if (size <= BLOCK) {
                TriangularBlock.pack(uplo, transA, diag, a, aOff, lda, k0, size, t);
                if (side == Side.LEFT) {
                    LeftTriangleKernel.apply(false, t, size, up, n, b, bOff + k0, ldb);
                } else {
                    multiplyRight(t, size, up, m, b, bOff + k0 * ldb, ldb);
                }
                return;
            }
            int mid = TriangularBlock.split(k0, k1, BLOCK);
            // The half of B that receives the off-diagonal product is finished first: its diagonal
            // product, then one GEMM with the other half while that half is still unmodified.
            // LEFT upper: B1 = T11 B1 + T12 B2; LEFT lower: B2 = T22 B2 + T21 B1;
            // RIGHT upper: B2 = B2 T22 + B1 T12; RIGHT lower: B1 = B1 T11 + B2 T21.
            boolean firstHalfReceives = (side == Side.LEFT) == up;
            if (firstHalfReceives) {
                multiply(k0, mid);
                add(mid, k1, k0, mid);
                multiply(mid, k1);
            } else {
                multiply(mid, k1);
                add(k0, mid, mid, k1);
                multiply(k0, mid);
            }
        }

        /** Adds the product of the unmodified range {@code [s0, s1)} of B into the range [r0, r1). */
        private void add(int s0, int s1, int r0, int r1) {
            if (side == Side.LEFT) { // B[r] += T[r, s] B[s]
                VectorGemm.gemm(
                        transA,
                        Transpose.NO,
                        r1 - r0,
                        n,
                        s1 - s0,
                        1.0,
                        a,
                        TriangularBlock.offset(transA, aOff, lda, r0, s0),
                        lda,
                        b,
                        bOff + s0,
                        ldb,
                        1.0,
                        b,
                        bOff + r0,
                        ldb);
            } else { // B[:, r] += B[:, s] T[s, r]
                VectorGemm.gemm(
                        Transpose.NO,
                        transA,
                        m,
                        r1 - r0,
                        s1 - s0,
                        1.0,
                        b,
                        bOff + s0 * ldb,
                        ldb,
                        a,
                        TriangularBlock.offset(transA, aOff, lda, s0, r0),
                        lda,
                        1.0,
                        b,
                        bOff + r0 * ldb,
                        ldb);
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
                UnitStride.axpy4(upper ? 0 : k + 1, upper ? k : bs, t, k * bs, x0, x1, x2, x3, b, c0, c1, c2, c3);
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
                TriangularBlock.addColumns(
                        len, 1.0, t, c * bs, upper ? 0 : c + 1, upper ? c : bs, b, base, ldb, base + c * ldb);
            }
        }
    }
}

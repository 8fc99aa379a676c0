package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked triangular solve with many right-hand sides, {@code op(A) X = alpha B} or
 * {@code X op(A) = alpha B}, in place of B.
 *
 * <p>Recursive block substitution (Elmroth, Gustavson, Jonsson, Kagstrom, "Recursive blocked
 * algorithms and hybrid data structures for dense matrix library software", SIAM Review 46(1),
 * 2004): T = op(A) is split into halves at a multiple of {@link #BLOCK}; the half that does not
 * depend on the other is solved (recursively), removed from the other half's right-hand sides
 * with one GEMM ({@code B_2 -= T_21 X_1}), and the other half is solved. All but a fraction
 * {@code BLOCK / order} of the flops run in {@link VectorGemm}, mostly in large GEMMs (inner
 * dimension order / 2, order / 4, ...) that run near its peak, where a loop over block columns
 * would call GEMM with inner dimension BLOCK only. Diagonal blocks of order at most {@code BLOCK}
 * are packed and solved by a small vectorized kernel ({@link LeftTriangleKernel} on the left,
 * column updates on the right), which is also the whole algorithm for small triangles. B is
 * first scaled by alpha (alpha = 0 writes zeros and reads neither A nor B). A single right-hand
 * side (a column on the left, a row on the right) goes to the level-2 trsv.
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
        // one right-hand side: the level-2 solve streams A once, where the recursion's GEMMs with a
        // single column would copy its transposed blocks
        if (side == Side.LEFT && n == 1) {
            VectorLevel2.trsv(uplo, transA, diag, m, a, aOff, lda, b, bOff, 1);
            return;
        }
        if (side == Side.RIGHT && m == 1) {
            Transpose flipped = transA == Transpose.NO ? Transpose.YES : Transpose.NO;
            VectorLevel2.trsv(uplo, flipped, diag, n, a, aOff, lda, b, bOff, ldb);
            return;
        }
        Recursion r = new Recursion(side, uplo, transA, diag, m, n, a, aOff, lda, b, bOff, ldb);
        r.solve(0, side == Side.LEFT ? m : n);
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

        Recursion(
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
                int ldb) {
            this(
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
                    TriangularBlock.leafBuffer(side == Side.LEFT ? m : n, BLOCK));
        }

        /** Solves with the diagonal range {@code [k0, k1)} of T, rows (LEFT) or columns of B. */
        void solve(int k0, int k1) {
            int size = k1 - k0;
            if (size <= BLOCK) {
                TriangularBlock.pack(uplo, transA, diag, a, aOff, lda, k0, size, t);
                if (side == Side.LEFT) {
                    LeftTriangleKernel.apply(true, t, size, up, n, b, bOff + k0, ldb);
                } else {
                    solveRight(t, size, up, m, b, bOff + k0 * ldb, ldb);
                }
                return;
            }
            int mid = TriangularBlock.split(k0, k1, BLOCK);
            // T = [T11 T12; 0 T22] (upper) or [T11 0; T21 T22] (lower): solve the half that does not
            // depend on the other, remove it from the other half with one GEMM, solve that half
            boolean firstHalfFirst = (side == Side.LEFT) != up;
            if (firstHalfFirst) {
                solve(k0, mid);
                update(k0, mid, mid, k1);
                solve(mid, k1);
            } else {
                solve(mid, k1);
                update(mid, k1, k0, mid);
                solve(k0, mid);
            }
        }

        /** Subtracts the solved range {@code [s0, s1)} from the range {@code [r0, r1)} of B. */
        private void update(int s0, int s1, int r0, int r1) {
            if (side == Side.LEFT) { // B[r] -= T[r, s] X[s]
                VectorGemm.gemm(
                        transA,
                        Transpose.NO,
                        r1 - r0,
                        n,
                        s1 - s0,
                        -1.0,
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
            } else { // B[:, r] -= X[:, s] T[s, r]
                VectorGemm.gemm(
                        Transpose.NO,
                        transA,
                        m,
                        r1 - r0,
                        s1 - s0,
                        -1.0,
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
                UnitStride.axpy4(upper ? 0 : k + 1, upper ? k : bs, t, k * bs, -x0, -x1, -x2, -x3, b, c0, c1, c2, c3);
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
                TriangularBlock.addColumns(
                        len, -1.0, t, j * bs, upper ? 0 : j + 1, upper ? j : bs, b, base, ldb, base + j * ldb);
                UnitStride.divide(len, t[j + j * bs], b, base + j * ldb);
            }
        }
    }
}

package jnum.mat.kernel.vector;

import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Blocked symmetric rank-k update, {@code C = alpha P P^T + beta C} with {@code P = op(A)} (n x
 * k), touching only the uplo triangle of C.
 *
 * <p>Recursive halving (as in {@link VectorTrsm}): the range of C is split in two at a multiple of
 * {@link #BLOCK}; the two diagonal halves are updated recursively and the off-diagonal block inside
 * the triangle is one GEMM ({@code C_21 = alpha P_2 P_1^T + beta C_21}), so most flops run in
 * large GEMMs. A diagonal block of order at most BLOCK is computed by GEMM into a scratch tile
 * whose triangle is then merged into C, so the other triangle of C is never written. Problems of order at most {@code BLOCK} take a direct
 * vectorized kernel instead (axpys down the columns of A when P = A, dot products of columns of
 * A when P = A^T) that computes only the triangle.
 */
final class VectorSyrk {
    /** Order of the diagonal blocks of C. */
    static final int BLOCK = 64;

    private VectorSyrk() {}

    static void syrk(
            Uplo uplo,
            Transpose trans,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        boolean upper = uplo == Uplo.UPPER;
        if (n <= BLOCK || alpha == 0 || k == 0) {
            direct(upper, trans, 0, n, k, alpha, a, aOff, lda, beta, c, cOff, ldc);
            return;
        }
        new Recursion(upper, trans, k, alpha, a, aOff, lda, beta, c, cOff, ldc, new double[BLOCK * BLOCK]).update(0, n);
    }

    /** The operands of one call, so that the recursion passes only its range of C. */
    private record Recursion(
            boolean upper,
            Transpose trans,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double beta,
            double[] c,
            int cOff,
            int ldc,
            double[] tile) {

        /** Updates the diagonal block {@code C[j0:j1, j0:j1]} (its uplo triangle). */
        void update(int j0, int j1) {
            int size = j1 - j0;
            Transpose tb = trans == Transpose.NO ? Transpose.YES : Transpose.NO;
            int pj = row(trans, aOff, lda, j0);
            if (size <= BLOCK) {
                // S = P_j P_j^T in scratch, then C_jj = alpha S + beta C_jj on the triangle only
                VectorGemm.gemm(trans, tb, size, size, k, 1.0, a, pj, lda, a, pj, lda, 0.0, tile, 0, size);
                mergeTriangle(upper, size, alpha, tile, beta, c, cOff + j0 + j0 * ldc, ldc);
                return;
            }
            int mid = TriangularBlock.split(j0, j1, BLOCK);
            update(j0, mid);
            update(mid, j1);
            int pm = row(trans, aOff, lda, mid);
            if (upper) { // C[j0:mid, mid:j1] = alpha P[j0:mid] P[mid:j1]^T + beta C
                VectorGemm.gemm(
                        trans,
                        tb,
                        mid - j0,
                        j1 - mid,
                        k,
                        alpha,
                        a,
                        pj,
                        lda,
                        a,
                        pm,
                        lda,
                        beta,
                        c,
                        cOff + j0 + mid * ldc,
                        ldc);
            } else { // C[mid:j1, j0:mid] = alpha P[mid:j1] P[j0:mid]^T + beta C
                VectorGemm.gemm(
                        trans,
                        tb,
                        j1 - mid,
                        mid - j0,
                        k,
                        alpha,
                        a,
                        pm,
                        lda,
                        a,
                        pj,
                        lda,
                        beta,
                        c,
                        cOff + mid + j0 * ldc,
                        ldc);
            }
        }
    }

    /** Offset of row r of P = op(A) as a GEMM operand: row r of A, or column r of A. */
    private static int row(Transpose trans, int aOff, int lda, int r) {
        return trans == Transpose.NO ? aOff + r : aOff + r * lda;
    }

    /** {@code C = alpha S + beta C} on the uplo triangle of the bs x bs tile; beta = 0 skips C. */
    private static void mergeTriangle(
            boolean upper, int bs, double alpha, double[] s, double beta, double[] c, int cOff, int ldc) {
        for (int j = 0; j < bs; j++) {
            int lo = upper ? 0 : j;
            int hi = upper ? j + 1 : bs;
            int cc = cOff + j * ldc;
            int sc = j * bs;
            for (int i = lo; i < hi; i++) {
                c[cc + i] = beta == 0 ? alpha * s[sc + i] : Math.fma(alpha, s[sc + i], beta * c[cc + i]);
            }
        }
    }

    /**
     * The unblocked kernel on columns {@code [j0, j0 + n)} of a C of order {@code j0 + n} (here
     * always j0 = 0): first the triangle of each column is scaled by beta (zeroed when beta = 0),
     * then the rank-k update is added with axpys (P = A) or dot products (P = A^T).
     */
    private static void direct(
            boolean upper,
            Transpose trans,
            int j0,
            int n,
            int k,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double beta,
            double[] c,
            int cOff,
            int ldc) {
        for (int j = j0; j < j0 + n; j++) {
            int cc = cOff + j * ldc;
            int lo = upper ? 0 : j;
            int len = upper ? j + 1 : n - j;
            if (beta == 0) {
                java.util.Arrays.fill(c, cc + lo, cc + lo + len, 0.0);
            } else if (beta != 1) {
                UnitStride.scale(len, beta, c, cc + lo);
            }
            if (alpha == 0 || k == 0) { // the product is an empty sum
                continue;
            }
            if (trans == Transpose.NO) {
                for (int l = 0; l < k; l++) {
                    int ac = aOff + l * lda;
                    UnitStride.axpy(len, alpha * a[ac + j], a, ac + lo, c, cc + lo);
                }
            } else {
                int aj = aOff + j * lda;
                for (int i = lo; i < lo + len; i++) {
                    c[cc + i] = Math.fma(alpha, UnitStride.dot(k, a, aOff + i * lda, a, aj), c[cc + i]);
                }
            }
        }
    }
}

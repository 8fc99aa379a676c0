package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Addressing of {@code T = op(A)} for the blocked trsm and trmm, and the packing of one diagonal
 * block of T into an explicit small triangle.
 *
 * <p>The blocked algorithms work on T, never on A directly: element (r, c) of T is A(r, c) when
 * {@code trans == NO} and A(c, r) otherwise. An off-diagonal block of T inside its triangle lies
 * inside the referenced triangle of A, so handing it to GEMM (with {@code transA}) never reads the
 * unreferenced triangle. The diagonal block is packed with explicit zeros outside its triangle and
 * explicit ones on the diagonal when {@code diag == UNIT}, so the small kernels have one form for
 * all sixteen flag combinations and never read what they must not.
 */
final class TriangularBlock {
    private TriangularBlock() {}

    /** Whether T = op(A) is upper triangular: transposing swaps the triangles. */
    static boolean upper(Uplo uplo, Transpose trans) {
        return (uplo == Uplo.UPPER) == (trans == Transpose.NO);
    }

    /**
     * Where to split the range {@code [k0, k1)} (longer than {@code block}) into two halves: near
     * the middle, at a multiple of {@code block} from k0, so that the leaves of the recursion are
     * full blocks except the last one.
     */
    static int split(int k0, int k1, int block) {
        int blocks = Math.ceilDiv(k1 - k0, block);
        return k0 + (blocks / 2) * block;
    }

    /** Scratch for the packed diagonal blocks of a triangle of that order (small for small calls). */
    static double[] leafBuffer(int order, int block) {
        int leaf = Math.min(order, block);
        return new double[leaf * leaf];
    }

    /** Offset in A of element (r, c) of T = op(A); with {@code trans} this addresses a GEMM operand. */
    static int offset(Transpose trans, int aOff, int lda, int r, int c) {
        return trans == Transpose.NO ? aOff + r + c * lda : aOff + c + r * lda;
    }

    /**
     * Copies the diagonal block {@code T[k0 : k0 + bs, k0 : k0 + bs]} into {@code t} (column-major,
     * leading dimension bs): its triangle from A, zeros in the other triangle, and ones on the
     * diagonal when {@code diag == UNIT} (the diagonal of A is then not read).
     */
    static void pack(Uplo uplo, Transpose trans, Diag diag, double[] a, int aOff, int lda, int k0, int bs, double[] t) {
        boolean up = upper(uplo, trans);
        boolean unit = diag == Diag.UNIT;
        java.util.Arrays.fill(t, 0, bs * bs, 0.0);
        for (int c = 0; c < bs; c++) {
            int lo = up ? 0 : c + 1;
            int hi = up ? c : bs; // strict triangle rows [lo, hi) of column c
            for (int r = lo; r < hi; r++) {
                t[r + c * bs] = a[offset(trans, aOff, lda, k0 + r, k0 + c)];
            }
            t[c + c * bs] = unit ? 1.0 : a[aOff + (k0 + c) + (k0 + c) * lda];
        }
    }

    /**
     * {@code B(:, dst) += sign * sum_k T(k, j) B(:, k)} over {@code kLo <= k < kHi}, for the len
     * rows of the strip of B at {@code base}, where {@code T(k, j) = t[tCol + k]}: four source
     * columns per pass, so the destination column is loaded and stored once per four.
     */
    static void addColumns(
            int len, double sign, double[] t, int tCol, int kLo, int kHi, double[] b, int base, int ldb, int dst) {
        int k = kLo;
        for (; k + 4 <= kHi; k += 4) {
            UnitStride.madd4(
                    len,
                    b,
                    base + k * ldb,
                    sign * t[tCol + k],
                    base + (k + 1) * ldb,
                    sign * t[tCol + k + 1],
                    base + (k + 2) * ldb,
                    sign * t[tCol + k + 2],
                    base + (k + 3) * ldb,
                    sign * t[tCol + k + 3],
                    b,
                    dst);
        }
        for (; k < kHi; k++) {
            UnitStride.axpy(len, sign * t[tCol + k], b, base + k * ldb, b, dst);
        }
    }
}

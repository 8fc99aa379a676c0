package jnum.mat.kernel.scalar;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The reference level-3 routines other than GEMM: trsm, trmm, syrk and symm, written as plain
 * column-oriented loops in the style of reference BLAS (Dongarra, Du Croz, Hammarling, Duff, "A
 * set of level 3 basic linear algebra subprograms", ACM TOMS 16(1), 1990). They are the oracle the
 * faster providers are tested against, so clarity wins over speed: each side/uplo/trans case is its
 * own loop nest, reading only the referenced triangle of A (and of C for syrk).
 *
 * <p>trsm and trmm first scale B by alpha (alpha = 0 sets B to zero without reading A or B, as
 * reference BLAS does), then apply {@code op(A)} or its inverse with alpha = 1.
 */
final class ScalarLevel3 {
    private ScalarLevel3() {}

    /** {@code B = alpha B}; alpha = 0 writes zeros without reading B. */
    private static void scale(int m, int n, double alpha, double[] b, int bOff, int ldb) {
        if (alpha == 1) {
            return;
        }
        for (int j = 0; j < n; j++) {
            int col = bOff + j * ldb;
            if (alpha == 0) {
                java.util.Arrays.fill(b, col, col + m, 0.0);
            } else {
                for (int i = 0; i < m; i++) {
                    b[col + i] *= alpha;
                }
            }
        }
    }

    /**
     * Solves {@code op(A) X = alpha B} (LEFT, A is m x m) or {@code X op(A) = alpha B} (RIGHT, A is
     * n x n) in place of B (m x n). No test for singularity: a zero diagonal gives infinities or NaN,
     * as in reference BLAS.
     */
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
        scale(m, n, alpha, b, bOff, ldb);
        if (alpha == 0) {
            return;
        }
        boolean unit = diag == Diag.UNIT;
        boolean upper = uplo == Uplo.UPPER;
        boolean noTrans = transA == Transpose.NO;
        if (side == Side.LEFT) {
            for (int j = 0; j < n; j++) {
                int bc = bOff + j * ldb;
                if (noTrans && upper) {
                    // back substitution, column form: x_k is final, then removed from the rows above
                    for (int k = m - 1; k >= 0; k--) {
                        int ac = aOff + k * lda;
                        double t = unit ? b[bc + k] : b[bc + k] / a[ac + k];
                        b[bc + k] = t;
                        for (int i = 0; i < k; i++) {
                            b[bc + i] -= t * a[ac + i];
                        }
                    }
                } else if (noTrans) {
                    for (int k = 0; k < m; k++) {
                        int ac = aOff + k * lda;
                        double t = unit ? b[bc + k] : b[bc + k] / a[ac + k];
                        b[bc + k] = t;
                        for (int i = k + 1; i < m; i++) {
                            b[bc + i] -= t * a[ac + i];
                        }
                    }
                } else if (upper) {
                    // A^T is lower: row i of A^T is column i of A, a dot product with the solved part
                    for (int i = 0; i < m; i++) {
                        int ac = aOff + i * lda;
                        double s = b[bc + i];
                        for (int k = 0; k < i; k++) {
                            s -= a[ac + k] * b[bc + k];
                        }
                        b[bc + i] = unit ? s : s / a[ac + i];
                    }
                } else {
                    for (int i = m - 1; i >= 0; i--) {
                        int ac = aOff + i * lda;
                        double s = b[bc + i];
                        for (int k = i + 1; k < m; k++) {
                            s -= a[ac + k] * b[bc + k];
                        }
                        b[bc + i] = unit ? s : s / a[ac + i];
                    }
                }
            }
            return;
        }
        // RIGHT: column j of X op(A) is sum_k X(:, k) op(A)(k, j); op(A)(k, j) = A(k, j) or A(j, k)
        if (Triangular.upperEffective(uplo, transA)) {
            // column j depends on columns k < j only: solve left to right
            for (int j = 0; j < n; j++) {
                int bj = bOff + j * ldb;
                for (int k = 0; k < j; k++) {
                    double t = noTrans ? a[aOff + k + j * lda] : a[aOff + j + k * lda];
                    int bk = bOff + k * ldb;
                    for (int i = 0; i < m; i++) {
                        b[bj + i] -= t * b[bk + i];
                    }
                }
                if (!unit) {
                    double d = a[aOff + j + j * lda];
                    for (int i = 0; i < m; i++) {
                        b[bj + i] /= d;
                    }
                }
            }
        } else {
            for (int j = n - 1; j >= 0; j--) {
                int bj = bOff + j * ldb;
                for (int k = j + 1; k < n; k++) {
                    double t = noTrans ? a[aOff + k + j * lda] : a[aOff + j + k * lda];
                    int bk = bOff + k * ldb;
                    for (int i = 0; i < m; i++) {
                        b[bj + i] -= t * b[bk + i];
                    }
                }
                if (!unit) {
                    double d = a[aOff + j + j * lda];
                    for (int i = 0; i < m; i++) {
                        b[bj + i] /= d;
                    }
                }
            }
        }
    }

    /**
     * {@code B = alpha op(A) B} (LEFT, A is m x m) or {@code B = alpha B op(A)} (RIGHT, A is n x n),
     * B is m x n, in place.
     */
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
        scale(m, n, alpha, b, bOff, ldb);
        if (alpha == 0) {
            return;
        }
        boolean unit = diag == Diag.UNIT;
        boolean upper = uplo == Uplo.UPPER;
        boolean noTrans = transA == Transpose.NO;
        if (side == Side.LEFT) {
            for (int j = 0; j < n; j++) {
                int bc = bOff + j * ldb;
                if (noTrans && upper) {
                    // column form: x_k adds to rows i < k, which are not read again, so go top-down
                    for (int k = 0; k < m; k++) {
                        int ac = aOff + k * lda;
                        double t = b[bc + k];
                        for (int i = 0; i < k; i++) {
                            b[bc + i] += t * a[ac + i];
                        }
                        b[bc + k] = unit ? t : t * a[ac + k];
                    }
                } else if (noTrans) {
                    for (int k = m - 1; k >= 0; k--) {
                        int ac = aOff + k * lda;
                        double t = b[bc + k];
                        b[bc + k] = unit ? t : t * a[ac + k];
                        for (int i = k + 1; i < m; i++) {
                            b[bc + i] += t * a[ac + i];
                        }
                    }
                } else if (upper) {
                    // (A^T x)_i = sum_{k <= i} A(k, i) x_k: bottom-up keeps x_k (k < i) unmodified
                    for (int i = m - 1; i >= 0; i--) {
                        int ac = aOff + i * lda;
                        double s = unit ? b[bc + i] : b[bc + i] * a[ac + i];
                        for (int k = 0; k < i; k++) {
                            s += a[ac + k] * b[bc + k];
                        }
                        b[bc + i] = s;
                    }
                } else {
                    for (int i = 0; i < m; i++) {
                        int ac = aOff + i * lda;
                        double s = unit ? b[bc + i] : b[bc + i] * a[ac + i];
                        for (int k = i + 1; k < m; k++) {
                            s += a[ac + k] * b[bc + k];
                        }
                        b[bc + i] = s;
                    }
                }
            }
            return;
        }
        // RIGHT: column j of B op(A) is sum_k B(:, k) op(A)(k, j)
        if (Triangular.upperEffective(uplo, transA)) {
            // column j needs columns k <= j: go right to left so they are still unmodified
            for (int j = n - 1; j >= 0; j--) {
                int bj = bOff + j * ldb;
                if (!unit) {
                    double d = a[aOff + j + j * lda];
                    for (int i = 0; i < m; i++) {
                        b[bj + i] *= d;
                    }
                }
                for (int k = 0; k < j; k++) {
                    double t = noTrans ? a[aOff + k + j * lda] : a[aOff + j + k * lda];
                    int bk = bOff + k * ldb;
                    for (int i = 0; i < m; i++) {
                        b[bj + i] += t * b[bk + i];
                    }
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                int bj = bOff + j * ldb;
                if (!unit) {
                    double d = a[aOff + j + j * lda];
                    for (int i = 0; i < m; i++) {
                        b[bj + i] *= d;
                    }
                }
                for (int k = j + 1; k < n; k++) {
                    double t = noTrans ? a[aOff + k + j * lda] : a[aOff + j + k * lda];
                    int bk = bOff + k * ldb;
                    for (int i = 0; i < m; i++) {
                        b[bj + i] += t * b[bk + i];
                    }
                }
            }
        }
    }

    /**
     * {@code C = alpha A A^T + beta C} (NO, A is n x k) or {@code C = alpha A^T A + beta C} (YES, A
     * is k x n); only the uplo triangle of C is read and written. beta = 0 does not read C; alpha =
     * 0 or k = 0 only scales C by beta.
     */
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
        for (int j = 0; j < n; j++) {
            int cc = cOff + j * ldc;
            int lo = upper ? 0 : j;
            int hi = upper ? j + 1 : n; // rows [lo, hi) of column j lie in the triangle
            for (int i = lo; i < hi; i++) {
                c[cc + i] = beta == 0 ? 0.0 : beta * c[cc + i];
            }
            if (alpha == 0 || k == 0) { // the product is an empty sum
                continue;
            }
            if (trans == Transpose.NO) {
                // C(:, j) += alpha A(j, l) A(:, l) over the triangle rows
                for (int l = 0; l < k; l++) {
                    int ac = aOff + l * lda;
                    double t = alpha * a[ac + j];
                    for (int i = lo; i < hi; i++) {
                        c[cc + i] += t * a[ac + i];
                    }
                }
            } else {
                int aj = aOff + j * lda;
                for (int i = lo; i < hi; i++) {
                    int ai = aOff + i * lda;
                    double s = 0;
                    for (int l = 0; l < k; l++) {
                        s += a[ai + l] * a[aj + l];
                    }
                    c[cc + i] += alpha * s;
                }
            }
        }
    }

    /** Element (i, k) of the symmetric matrix whose uplo triangle is stored in A. */
    private static double symmetric(double[] a, int aOff, int lda, boolean upper, int i, int k) {
        boolean stored = upper ? i <= k : i >= k;
        return stored ? a[aOff + i + k * lda] : a[aOff + k + i * lda];
    }

    /**
     * {@code C = alpha A B + beta C} (LEFT, A is m x m) or {@code C = alpha B A + beta C} (RIGHT, A
     * is n x n), A symmetric with only its uplo triangle read; B and C are m x n. beta = 0 does not
     * read C.
     */
    static void symm(
            Side side,
            Uplo uplo,
            int m,
            int n,
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
        boolean upper = uplo == Uplo.UPPER;
        for (int j = 0; j < n; j++) {
            int cc = cOff + j * ldc;
            for (int i = 0; i < m; i++) {
                c[cc + i] = beta == 0 ? 0.0 : beta * c[cc + i];
            }
            if (alpha == 0) {
                continue;
            }
            if (side == Side.LEFT) {
                // C(:, j) += alpha B(k, j) A(:, k)
                for (int k = 0; k < m; k++) {
                    double t = alpha * b[bOff + k + j * ldb];
                    for (int i = 0; i < m; i++) {
                        c[cc + i] += t * symmetric(a, aOff, lda, upper, i, k);
                    }
                }
            } else {
                // C(:, j) += alpha A(k, j) B(:, k)
                for (int k = 0; k < n; k++) {
                    double t = alpha * symmetric(a, aOff, lda, upper, k, j);
                    int bk = bOff + k * ldb;
                    for (int i = 0; i < m; i++) {
                        c[cc + i] += t * b[bk + i];
                    }
                }
            }
        }
    }
}

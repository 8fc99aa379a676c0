package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Cholesky factorization and its solver (LAPACK's dpotrf2, dpotf2, dpotrs).
 *
 * <p>Recursive on halves, as dpotrf2: with {@code A = [A11 A12; A21 A22]} (LOWER), factor
 * {@code A11 = L11 L11^T}, solve {@code L21 = A21 L11^-T} (trsm), update {@code A22 -= L21 L21^T}
 * (syrk) and factor it. UPPER is the transpose. Below {@link #BASE} the unblocked
 * right-looking algorithm runs.
 */
final class Cholesky {
    /** Smallest order the recursion splits further. */
    static final int BASE = 16;

    private Cholesky() {}

    /** dpotrf: the column whose leading minor is not positive definite, or -1. */
    static int potrf(Blas blas, Uplo uplo, int n, double[] a, int off, int lda) {
        if (n <= BASE) {
            return uplo == Uplo.LOWER ? unblockedLower(n, a, off, lda) : unblockedUpper(n, a, off, lda);
        }
        int n1 = n / 2;
        int n2 = n - n1;
        int first = potrf(blas, uplo, n1, a, off, lda);
        if (first >= 0) {
            return first;
        }
        int a22 = off + n1 + n1 * lda;
        if (uplo == Uplo.LOWER) {
            int a21 = off + n1;
            blas.trsm(Side.RIGHT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, n2, n1, 1.0, a, off, lda, a, a21, lda);
            blas.syrk(Uplo.LOWER, Transpose.NO, n2, n1, -1.0, a, a21, lda, 1.0, a, a22, lda);
        } else {
            int a12 = off + n1 * lda;
            blas.trsm(Side.LEFT, Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n1, n2, 1.0, a, off, lda, a, a12, lda);
            blas.syrk(Uplo.UPPER, Transpose.YES, n2, n1, -1.0, a, a12, lda, 1.0, a, a22, lda);
        }
        int second = potrf(blas, uplo, n2, a, a22, lda);
        return second >= 0 ? second + n1 : -1;
    }

    /** Whether a pivot can be taken: positive, and not NaN. */
    private static boolean positive(double d) {
        return d > 0;
    }

    /** dpotf2 for LOWER, right-looking by columns (unit-stride inner loops). */
    static int unblockedLower(int n, double[] a, int off, int lda) {
        for (int j = 0; j < n; j++) {
            int cj = off + j * lda;
            double d = a[cj + j];
            if (!positive(d)) {
                return j;
            }
            d = Math.sqrt(d);
            a[cj + j] = d;
            double r = 1.0 / d;
            for (int i = j + 1; i < n; i++) {
                a[cj + i] *= r;
            }
            for (int c = j + 1; c < n; c++) {
                int cc = off + c * lda;
                double t = a[cj + c];
                for (int i = c; i < n; i++) {
                    a[cc + i] -= a[cj + i] * t;
                }
            }
        }
        return -1;
    }

    /**
     * dpotf2 for UPPER, left-looking by columns: column j of U is
     * {@code U(0:j, j) = U(0:j, 0:j)^-T A(0:j, j)}, then {@code U(j, j) = sqrt(a_jj - |U(0:j, j)|^2)};
     * every access runs down a column.
     */
    static int unblockedUpper(int n, double[] a, int off, int lda) {
        for (int j = 0; j < n; j++) {
            int cj = off + j * lda;
            double sum = 0;
            for (int i = 0; i < j; i++) {
                int ci = off + i * lda;
                double s = a[cj + i];
                for (int k = 0; k < i; k++) {
                    s -= a[ci + k] * a[cj + k];
                }
                s /= a[ci + i];
                a[cj + i] = s;
                sum += s * s;
            }
            double d = a[cj + j] - sum;
            if (!positive(d)) {
                return j;
            }
            a[cj + j] = Math.sqrt(d);
        }
        return -1;
    }

    /** dpotrs: two triangular solves with the factor. */
    static void potrs(
            Blas blas, Uplo uplo, int n, int nrhs, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        Transpose first = uplo == Uplo.LOWER ? Transpose.NO : Transpose.YES;
        Transpose second = uplo == Uplo.LOWER ? Transpose.YES : Transpose.NO;
        blas.trsm(Side.LEFT, uplo, first, Diag.NON_UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
        blas.trsm(Side.LEFT, uplo, second, Diag.NON_UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
    }
}

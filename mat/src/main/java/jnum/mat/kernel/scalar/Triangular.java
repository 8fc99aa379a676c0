package jnum.mat.kernel.scalar;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** Triangular matrix-vector product and solve, column-oriented where the access pattern allows. */
final class Triangular {
    private Triangular() {}

    /** Whether op(A) is upper triangular: transposing swaps the triangles. */
    static boolean upperEffective(Uplo uplo, Transpose trans) {
        return (uplo == Uplo.UPPER) == (trans == Transpose.NO);
    }

    static void trmv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        boolean unit = diag == Diag.UNIT;
        if (trans == Transpose.NO) {
            if (uplo == Uplo.UPPER) {
                // x[i] for i < j receives a(i, j) x[j]; go up-down so x[j] is still the input
                for (int j = 0; j < n; j++) {
                    double t = x[xOff + j * incX];
                    int col = aOff + j * lda;
                    for (int i = 0; i < j; i++) {
                        x[xOff + i * incX] = Math.fma(t, a[col + i], x[xOff + i * incX]);
                    }
                    if (!unit) {
                        x[xOff + j * incX] = t * a[col + j];
                    }
                }
            } else {
                for (int j = n - 1; j >= 0; j--) {
                    double t = x[xOff + j * incX];
                    int col = aOff + j * lda;
                    for (int i = n - 1; i > j; i--) {
                        x[xOff + i * incX] = Math.fma(t, a[col + i], x[xOff + i * incX]);
                    }
                    if (!unit) {
                        x[xOff + j * incX] = t * a[col + j];
                    }
                }
            }
        } else {
            // x[j] = sum_i a(i, j) x[i] over the stored part of column j: dot products down columns
            if (uplo == Uplo.UPPER) {
                for (int j = n - 1; j >= 0; j--) {
                    int col = aOff + j * lda;
                    double s = unit ? x[xOff + j * incX] : x[xOff + j * incX] * a[col + j];
                    for (int i = j - 1; i >= 0; i--) {
                        s = Math.fma(a[col + i], x[xOff + i * incX], s);
                    }
                    x[xOff + j * incX] = s;
                }
            } else {
                for (int j = 0; j < n; j++) {
                    int col = aOff + j * lda;
                    double s = unit ? x[xOff + j * incX] : x[xOff + j * incX] * a[col + j];
                    for (int i = j + 1; i < n; i++) {
                        s = Math.fma(a[col + i], x[xOff + i * incX], s);
                    }
                    x[xOff + j * incX] = s;
                }
            }
        }
    }

    static void trsv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        boolean unit = diag == Diag.UNIT;
        if (trans == Transpose.NO) {
            if (uplo == Uplo.UPPER) {
                // back substitution, column form: x[j] final, then eliminate it from rows above
                for (int j = n - 1; j >= 0; j--) {
                    int col = aOff + j * lda;
                    double t = x[xOff + j * incX];
                    if (!unit) {
                        t /= a[col + j];
                    }
                    x[xOff + j * incX] = t;
                    for (int i = 0; i < j; i++) {
                        x[xOff + i * incX] = Math.fma(-t, a[col + i], x[xOff + i * incX]);
                    }
                }
            } else {
                for (int j = 0; j < n; j++) {
                    int col = aOff + j * lda;
                    double t = x[xOff + j * incX];
                    if (!unit) {
                        t /= a[col + j];
                    }
                    x[xOff + j * incX] = t;
                    for (int i = j + 1; i < n; i++) {
                        x[xOff + i * incX] = Math.fma(-t, a[col + i], x[xOff + i * incX]);
                    }
                }
            }
        } else {
            // solve A^T x = b: row j of A^T is column j of A, a dot product with solved entries
            if (uplo == Uplo.UPPER) {
                for (int j = 0; j < n; j++) {
                    int col = aOff + j * lda;
                    double s = x[xOff + j * incX];
                    for (int i = 0; i < j; i++) {
                        s = Math.fma(-a[col + i], x[xOff + i * incX], s);
                    }
                    x[xOff + j * incX] = unit ? s : s / a[col + j];
                }
            } else {
                for (int j = n - 1; j >= 0; j--) {
                    int col = aOff + j * lda;
                    double s = x[xOff + j * incX];
                    for (int i = n - 1; i > j; i--) {
                        s = Math.fma(-a[col + i], x[xOff + i * incX], s);
                    }
                    x[xOff + j * incX] = unit ? s : s / a[col + j];
                }
            }
        }
    }
}

package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * LU factorization with partial pivoting and its solver (LAPACK's dgetrf2, dgetf2, dlaswp,
 * dgetrs).
 *
 * <p>The factorization recurses on halves of the columns, as dgetrf2 does (Toledo 1997; Gustavson
 * 1997): factor the left half, apply its interchanges to the right half, solve with its unit lower
 * triangle (trsm), update the trailing block with one GEMM and factor it. Almost all flops land in
 * a few large GEMMs, and the panels never need a block size to be tuned. Below {@link #BASE}
 * columns (or rows) the unblocked right-looking algorithm finishes the job.
 */
final class Lu {
    /** Narrowest problem the recursion splits further; below it the unblocked code runs. */
    static final int BASE = 8;

    /** Smallest |pivot| whose reciprocal is finite; below it the column is divided instead. */
    private static final double SAFE_MIN = Double.MIN_NORMAL;

    private Lu() {}

    /** dgetrf: returns the index of the first exactly zero pivot, or -1. */
    static int getrf(Blas blas, int m, int n, double[] a, int off, int lda, int[] ipiv, int ipOff) {
        int p = Math.min(m, n);
        if (p <= BASE) {
            return unblocked(m, n, a, off, lda, ipiv, ipOff);
        }
        int n1 = p / 2;
        int n2 = n - n1;
        int first = getrf(blas, m, n1, a, off, lda, ipiv, ipOff);
        int right = off + n1 * lda;
        laswp(n2, a, right, lda, 0, n1, ipiv, ipOff);
        blas.trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, n1, n2, 1.0, a, off, lda, a, right, lda);
        int trailing = right + n1;
        blas.gemm(
                Transpose.NO,
                Transpose.NO,
                m - n1,
                n2,
                n1,
                -1.0,
                a,
                off + n1,
                lda,
                a,
                right,
                lda,
                1.0,
                a,
                trailing,
                lda);
        int second = getrf(blas, m - n1, n2, a, trailing, lda, ipiv, ipOff + n1);
        for (int i = n1; i < p; i++) {
            ipiv[ipOff + i] += n1;
        }
        laswp(n1, a, off, lda, n1, p, ipiv, ipOff);
        if (first >= 0) {
            return first;
        }
        return second >= 0 ? second + n1 : -1;
    }

    /**
     * dgetf2, right-looking: for each column pick the largest magnitude at or below the diagonal,
     * swap its row up across the whole width, scale the column below, and subtract the rank-one
     * update from the trailing block (column by column, so the inner loop has unit stride).
     */
    static int unblocked(int m, int n, double[] a, int off, int lda, int[] ipiv, int ipOff) {
        int p = Math.min(m, n);
        int info = -1;
        for (int j = 0; j < p; j++) {
            int cj = off + j * lda;
            int piv = j;
            double max = Math.abs(a[cj + j]);
            for (int i = j + 1; i < m; i++) {
                double v = Math.abs(a[cj + i]);
                if (v > max || (Double.isNaN(v) && !Double.isNaN(max))) {
                    max = v;
                    piv = i;
                }
            }
            ipiv[ipOff + j] = piv;
            double pivot = a[cj + piv];
            if (pivot == 0) {
                if (info < 0) {
                    info = j;
                }
                continue; // the column below is already zero: no interchange, no elimination
            }
            if (piv != j) {
                for (int c = 0, o = off; c < n; c++, o += lda) {
                    double t = a[o + j];
                    a[o + j] = a[o + piv];
                    a[o + piv] = t;
                }
            }
            if (Math.abs(pivot) >= SAFE_MIN) {
                double r = 1.0 / pivot;
                for (int i = j + 1; i < m; i++) {
                    a[cj + i] *= r;
                }
            } else {
                for (int i = j + 1; i < m; i++) {
                    a[cj + i] /= pivot;
                }
            }
            for (int c = j + 1; c < n; c++) {
                int cc = off + c * lda;
                double t = a[cc + j];
                if (t != 0) {
                    for (int i = j + 1; i < m; i++) {
                        a[cc + i] -= a[cj + i] * t;
                    }
                }
            }
        }
        return info;
    }

    /**
     * dlaswp: applies the interchanges {@code ipiv[k1 .. k2-1]} in that order to the rows of the
     * {@code cols} columns at {@code off} (row k with row ipiv[k]).
     */
    static void laswp(int cols, double[] a, int off, int lda, int k1, int k2, int[] ipiv, int ipOff) {
        for (int c = 0, o = off; c < cols; c++, o += lda) {
            for (int k = k1; k < k2; k++) {
                int p = ipiv[ipOff + k];
                if (p != k) {
                    double t = a[o + k];
                    a[o + k] = a[o + p];
                    a[o + p] = t;
                }
            }
        }
    }

    /** As {@link #laswp}, the interchanges in reverse order (undoes it). */
    static void laswpBackward(int cols, double[] a, int off, int lda, int k1, int k2, int[] ipiv, int ipOff) {
        for (int c = 0, o = off; c < cols; c++, o += lda) {
            for (int k = k2 - 1; k >= k1; k--) {
                int p = ipiv[ipOff + k];
                if (p != k) {
                    double t = a[o + k];
                    a[o + k] = a[o + p];
                    a[o + p] = t;
                }
            }
        }
    }

    /** dgetrs: {@code A X = B} is {@code L U X = P B}; {@code A^T X = B} is {@code U^T L^T P X = B}. */
    static void getrs(
            Blas blas,
            Transpose trans,
            int n,
            int nrhs,
            double[] a,
            int aOff,
            int lda,
            int[] ipiv,
            int ipOff,
            double[] b,
            int bOff,
            int ldb) {
        if (trans == Transpose.NO) {
            laswp(nrhs, b, bOff, ldb, 0, n, ipiv, ipOff);
            blas.trsm(Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
            blas.trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
        } else {
            blas.trsm(Side.LEFT, Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
            blas.trsm(Side.LEFT, Uplo.LOWER, Transpose.YES, Diag.UNIT, n, nrhs, 1.0, a, aOff, lda, b, bOff, ldb);
            laswpBackward(nrhs, b, bOff, ldb, 0, n, ipiv, ipOff);
        }
    }
}

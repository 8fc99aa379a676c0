package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Uplo;

/**
 * LAPACK's dbdsdc (with dlasd0 and dlasdq) for the singular vectors of an n x n bidiagonal matrix
 * B: divide and conquer. B is scaled to unit max-norm, diagonal elements below eps raised to
 * {@code +-eps} and B split where an off-diagonal element is below eps (perturbations of at most
 * {@code eps ||B||}); each block larger than {@value #LEAF} is cut at its middle row recursively,
 * the left part keeping the column that couples it to the middle row (so every left part is
 * k x (k + 1)), down to blocks of at most {@value #LEAF} rows decomposed by the bidiagonal QR
 * iteration ({@link BidiagonalQr}); the parts are joined by {@link BidiagonalMerge}, whose vector
 * updates are GEMMs. The singular values are accurate to {@code O(eps ||B||)} (not to high
 * relative accuracy, which only the QR iteration gives), the vectors orthogonal to working
 * precision.
 */
final class BidiagonalDivideConquer {
    /** dbdsdc's SMLSIZ: blocks up to this order go to the QR iteration. */
    static final int LEAF = 25;

    /** dbdsdc's threshold {@code 0.9 eps} for raising diagonal and splitting at off-diagonal elements. */
    private static final double TINY = 0.9 * 0x1p-53;

    private final Blas blas;
    private final BidiagonalQr qr;
    private final BidiagonalMerge merge;

    BidiagonalDivideConquer(Blas blas) {
        this(blas, SecularEquation.MAX_ITERATIONS);
    }

    /** With at most maxIterations steps per secular root (lowered only to test the failure path). */
    BidiagonalDivideConquer(Blas blas, int maxIterations) {
        this.blas = blas;
        this.qr = new BidiagonalQr(blas);
        this.merge = new BidiagonalMerge(blas, maxIterations);
    }

    /**
     * The SVD {@code B = U S V^T} of the n x n bidiagonal B (diagonal d, off-diagonal e above it
     * for {@code UPPER}, below for {@code LOWER}): the singular values replace d in decreasing
     * order, U (n x n) and V^T (n x n) are overwritten; e is destroyed.
     *
     * @return 0, or the number of off-diagonal elements a leaf's QR iteration left unreduced
     * @throws jnum.mat.NoConvergenceException if a secular equation does not converge
     */
    int bdsdc(
            Uplo uplo,
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt) {
        if (n == 0) {
            return 0;
        }
        if (uplo == Uplo.LOWER) {
            // B^T is upper with the same d and e: B^T = U' S V'^T gives U = V', V^T = U'^T
            double[] uPrime = new double[n * n];
            double[] vPrimeT = new double[n * n];
            int info = bdsdc(Uplo.UPPER, n, d, dOff, e, eOff, uPrime, 0, n, vPrimeT, 0, n);
            Transposed.back(n, n, vPrimeT, u, uOff, ldu);
            Transposed.back(n, n, uPrime, vt, vtOff, ldvt);
            return info;
        }
        double[] dd = Arrays.copyOfRange(d, dOff, dOff + n);
        double[] ee = new double[n];
        System.arraycopy(e, eOff, ee, 0, n - 1);
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            Arrays.fill(u, uOff + j * ldu, uOff + j * ldu + n, 0.0);
        }
        int info = scaledSplit(n, dd, ee, u, uOff, ldu, v);
        System.arraycopy(dd, 0, d, dOff, n);
        Transposed.back(n, n, v, vt, vtOff, ldvt);
        return info;
    }

    private int scaledSplit(int n, double[] dd, double[] ee, double[] u, int uOff, int ldu, double[] v) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.max(Math.abs(dd[i]), Math.abs(ee[i])));
        }
        if (norm == 0 || !Double.isFinite(norm)) {
            for (int i = 0; i < n; i++) {
                u[uOff + i * (ldu + 1)] = 1;
                v[i * (n + 1)] = 1;
            }
            return norm == 0 ? 0 : n;
        }
        for (int i = 0; i < n; i++) {
            dd[i] /= norm;
            ee[i] /= norm;
            if (Math.abs(dd[i]) < TINY) {
                dd[i] = Math.copySign(TINY, dd[i]);
            }
        }
        int blocks = 0;
        for (int start = 0, i = 0; i < n; i++) {
            if (i == n - 1 || Math.abs(ee[i]) < TINY) {
                ee[i] = 0;
                int size = i - start + 1;
                int failed = divide(start, size, 0, dd, ee, u, uOff, ldu, v, n);
                if (failed > 0) {
                    return failed;
                }
                blocks++;
                start = i + 1;
            }
        }
        for (int i = 0; i < n; i++) {
            dd[i] *= norm;
        }
        if (blocks > 1) {
            sortDescending(n, dd, u, uOff, ldu, v);
        }
        return 0;
    }

    /**
     * The SVD of the rows {@code [r0, r0 + n)} and columns {@code [r0, r0 + n + sqre)} of B:
     * values descending into dd, vectors into the diagonal blocks of U and V (zero on entry).
     */
    private int divide(
            int r0, int n, int sqre, double[] dd, double[] ee, double[] u, int uOff, int ldu, double[] v, int ldv) {
        if (n <= LEAF) {
            return leaf(r0, n, sqre, dd, ee, u, uOff, ldu, v, ldv);
        }
        int nl = n / 2;
        int nr = n - nl - 1;
        double alpha = dd[r0 + nl];
        double beta = ee[r0 + nl];
        int failed = divide(r0, nl, 1, dd, ee, u, uOff, ldu, v, ldv);
        if (failed == 0) {
            failed = divide(r0 + nl + 1, nr, sqre, dd, ee, u, uOff, ldu, v, ldv);
        }
        if (failed == 0) {
            int block = r0 + r0 * ldv;
            merge.merge(nl, nr, sqre, alpha, beta, dd, r0, u, uOff + r0 + r0 * ldu, ldu, v, block, ldv);
        }
        return failed;
    }

    /**
     * A block of at most {@value #LEAF} rows by the QR iteration. When sqre = 1, rotations from
     * the right first chase its extra column's element up and out ({@code B G = [B' 0]}, B'
     * square upper bidiagonal), and {@code V = G diag(W, 1)} for {@code B' = U S W^T}.
     */
    private int leaf(
            int r0, int n, int sqre, double[] dd, double[] ee, double[] u, int uOff, int ldu, double[] v, int ldv) {
        int m = n + sqre;
        double[] g = new double[m * m];
        for (int i = 0; i < m; i++) {
            g[i * (m + 1)] = 1;
        }
        if (sqre == 1) {
            double f = ee[r0 + n - 1];
            for (int i = n - 1; i >= 0; i--) {
                double r = Math.hypot(dd[r0 + i], f);
                double c = r == 0 ? 1 : dd[r0 + i] / r;
                double s = r == 0 ? 0 : f / r;
                dd[r0 + i] = r;
                if (i > 0) {
                    f = -s * ee[r0 + i - 1];
                    ee[r0 + i - 1] *= c;
                }
                blas.rot(m, g, i * m, 1, g, n * m, 1, c, s);
            }
        }
        // V^T's first n rows as bdsqr updates them: the columns of G transposed
        double[] vtl = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                vtl[i + j * n] = g[j + i * m];
            }
        }
        int ub = uOff + r0 + r0 * ldu;
        for (int i = 0; i < n; i++) {
            u[ub + i * (ldu + 1)] = 1;
        }
        int info = qr.bdsqr(Uplo.UPPER, n, m, n, dd, r0, ee, r0, vtl, 0, n, u, ub, ldu);
        int vb = r0 + r0 * ldv;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                v[vb + j + i * ldv] = vtl[i + j * n];
            }
        }
        if (sqre == 1) {
            System.arraycopy(g, n * m, v, vb + n * ldv, m);
        }
        return info;
    }

    /** Selection sort of the values descending with their columns of U and V. */
    private void sortDescending(int n, double[] dd, double[] u, int uOff, int ldu, double[] v) {
        for (int i = 0; i < n - 1; i++) {
            int max = i;
            for (int j = i + 1; j < n; j++) {
                if (dd[j] > dd[max]) {
                    max = j;
                }
            }
            if (max != i) {
                double t = dd[i];
                dd[i] = dd[max];
                dd[max] = t;
                blas.swap(n, u, uOff + i * ldu, 1, u, uOff + max * ldu, 1);
                blas.swap(n, v, i * n, 1, v, max * n, 1);
            }
        }
    }
}

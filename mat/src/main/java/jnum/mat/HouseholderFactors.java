package jnum.mat;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The result of a Householder QR (geqrf or geqp3) as LAPACK stores it: the m x n array holding R
 * on and above the diagonal and the reflectors below it, and their min(m, n) scalars. Shared by
 * {@link QR} and {@link PivotedQR}; never modified after construction, so safe to share.
 */
final class HouseholderFactors {
    final int m;
    final int n;
    final int k;
    /** Compact column-major, leading dimension max(1, m). */
    final double[] a;

    final double[] tau;

    HouseholderFactors(int m, int n, double[] a, double[] tau) {
        this.m = m;
        this.n = n;
        this.k = Math.min(m, n);
        this.a = a;
        this.tau = tau;
    }

    int ld() {
        return Math.max(1, m);
    }

    /** The k x n upper trapezoid R. */
    Dense r() {
        Dense r = Dense.zeros(k, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0, top = Math.min(j, k - 1); i <= top; i++) {
                r.set(i, j, a[i + j * ld()]);
            }
        }
        return r;
    }

    /** The first {@code cols} columns of Q (k <= cols <= m), with orthonormal columns. */
    Dense q(int cols) {
        double[] q = new double[Math.max(1, m * cols)];
        int ldq = Math.max(1, m);
        for (int j = 0; j < k; j++) {
            System.arraycopy(a, j + 1 + j * ld(), q, j + 1 + j * ldq, m - j - 1);
        }
        Kernels.lapack().orgqr(m, cols, k, q, 0, ldq, tau, 0);
        return Dense.wrap(q, 0, ldq, m, cols);
    }

    /** {@code c = Q^T c} for the m x nrhs matrix c (compact, leading dimension max(1, m)). */
    void applyQt(double[] c, int nrhs) {
        Kernels.lapack().ormqr(Side.LEFT, Transpose.YES, m, nrhs, k, a, 0, ld(), tau, 0, c, 0, Math.max(1, m));
    }

    /** The largest |R(i, i)|; 0 for an empty matrix, NaN if a diagonal element is NaN. */
    double maxDiagonal() {
        double best = 0;
        for (int i = 0; i < k; i++) {
            double d = Math.abs(a[i + i * ld()]);
            if (!(d <= best)) {
                best = d;
            }
        }
        return best;
    }

    double diagonal(int i) {
        return a[i + i * ld()];
    }

    /**
     * Solves {@code R(0:r, 0:r) X = C(0:r, :)} in place, R's leading r x r upper triangle, C compact
     * with leading dimension ldc.
     */
    void solveUpper(int r, double[] c, int ldc, int nrhs) {
        Kernels.blas().trsm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, r, nrhs, 1, a, 0, ld(), c, 0, ldc);
    }

    /** The rows of b as a compact column-major m x nrhs copy. */
    static double[] columns(Dense b) {
        return b.copy().array();
    }
}

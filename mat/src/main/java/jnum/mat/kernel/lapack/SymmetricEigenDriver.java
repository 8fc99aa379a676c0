package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * LAPACK's dsyev for the lower triangle: scale A into a safe range when its largest element is
 * tiny or huge, reduce it to tridiagonal form ({@link TridiagonalReduction}), then either the
 * eigenvalues alone by {@link RootFreeQl} or, after forming Q, the eigenvectors by
 * {@link TridiagonalQl} accumulating onto Q; the eigenvalues are scaled back at the end. Up to
 * order {@link SmallSymmetricEigen#MAX_ORDER} (and for syev only) the reduction and Q come from
 * {@link SmallSymmetricEigen}'s plain loops instead of the kernels.
 */
final class SymmetricEigenDriver {
    private static final double EPS = 0x1p-52;
    private static final double SMLNUM = Double.MIN_NORMAL / EPS;
    private static final double RMIN = Math.sqrt(SMLNUM);
    private static final double RMAX = Math.sqrt(1 / SMLNUM);

    private final Blas blas;

    SymmetricEigenDriver(Blas blas) {
        this.blas = blas;
    }

    /**
     * Eigenvalues ascending into w (n); with {@code vectors}, A is overwritten by the orthonormal
     * eigenvectors, else its lower triangle is destroyed.
     *
     * @return the number of off-diagonal elements of the tridiagonal form left unconverged, or 0
     */
    int syev(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return solve(vectors, false, n, a, aOff, lda, w, wOff);
    }

    /**
     * LAPACK's dsyevd: as {@link #syev}, but the eigenvectors of the tridiagonal form come from
     * divide and conquer ({@link TridiagonalDivideConquer}) and are then multiplied by Q with the
     * blocked ormtr, so that nearly all the flops after the reduction are GEMMs.
     *
     * @return 0, or the order of the tridiagonal block that did not converge
     */
    int syevd(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        return solve(vectors, true, n, a, aOff, lda, w, wOff);
    }

    private int solve(
            boolean vectors, boolean divideConquer, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        if (n == 1) {
            w[wOff] = a[aOff];
            if (vectors) {
                a[aOff] = 1;
            }
            return 0;
        }
        double anrm = lowerMaxAbs(n, a, aOff, lda);
        double sigma = 1;
        if (anrm > 0 && anrm < RMIN) {
            sigma = RMIN / anrm;
        } else if (anrm > RMAX) {
            sigma = RMAX / anrm;
        }
        if (sigma != 1) {
            for (int j = 0; j < n; j++) {
                blas.scal(n - j, sigma, a, aOff + j + j * lda, 1);
            }
        }
        int failed = !divideConquer && n <= SmallSymmetricEigen.MAX_ORDER
                ? small(vectors, n, a, aOff, lda, w, wOff)
                : blocked(vectors, divideConquer, n, a, aOff, lda, w, wOff);
        if (sigma != 1) {
            blas.scal(n, 1 / sigma, w, wOff, 1);
        }
        return failed;
    }

    /** {@link #solve} on the scaled A through the blocked reduction and the kernels. */
    private int blocked(
            boolean vectors, boolean divideConquer, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        double[] e = new double[n - 1];
        double[] tau = new double[n - 1];
        TridiagonalReduction reduction = new TridiagonalReduction(blas);
        reduction.sytrd(n, a, aOff, lda, w, wOff, e, 0, tau, 0);
        if (vectors && divideConquer) {
            double[] z = new double[n * n];
            int failed = new TridiagonalDivideConquer(blas).stedc(n, w, wOff, e, 0, z, 0, n);
            reduction.ormtr(Side.LEFT, Transpose.NO, n, n, a, aOff, lda, tau, 0, z, 0, n);
            copyOver(n, z, a, aOff, lda);
            return failed;
        }
        if (vectors) {
            reduction.orgtr(n, a, aOff, lda, tau, 0);
            return new TridiagonalQl(blas).steqr(n, w, wOff, e, 0, true, a, aOff, lda);
        }
        return new RootFreeQl().sterf(n, w, wOff, e, 0);
    }

    /**
     * {@link #solve} on the scaled A up to {@link SmallSymmetricEigen#MAX_ORDER}: the reduction
     * and Q in plain loops, then the same QL/QR iterations; the vectors are formed in a scratch
     * square and copied over A.
     */
    private int small(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        double[] e = new double[n - 1];
        double[] tau = new double[n];
        double[] p = new double[n];
        SmallSymmetricEigen.tridiagonalize(n, a, aOff, lda, w, wOff, e, tau, p);
        if (!vectors) {
            return new RootFreeQl().sterf(n, w, wOff, e, 0);
        }
        double[] z = new double[n * n];
        SmallSymmetricEigen.formQ(n, a, aOff, lda, tau, z);
        int failed = new TridiagonalQl(blas).steqr(n, w, wOff, e, 0, true, z, 0, n);
        copyOver(n, z, a, aOff, lda);
        return failed;
    }

    /** The n x n matrix z (leading dimension n) copied over A. */
    private static void copyOver(int n, double[] z, double[] a, int aOff, int lda) {
        for (int j = 0; j < n; j++) {
            System.arraycopy(z, j * n, a, aOff + j * lda, n);
        }
    }

    /** The largest |a_ij| of the lower triangle; NaN if one is NaN. */
    private static double lowerMaxAbs(int n, double[] a, int aOff, int lda) {
        double max = 0;
        for (int j = 0; j < n; j++) {
            for (int i = aOff + j + j * lda, end = aOff + n + j * lda; i < end; i++) {
                double v = Math.abs(a[i]);
                if (v > max) {
                    max = v;
                } else if (Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return max;
    }
}

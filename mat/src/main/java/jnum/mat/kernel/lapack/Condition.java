package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Reciprocal condition numbers from triangular factors (LAPACK's dgecon and dpocon):
 * {@code rcond = 1 / (||A|| est(||A^-1||))}, the inverse applied through triangular solves and its
 * norm estimated by {@link OneNormEstimator}.
 *
 * <p>Where LAPACK scales its triangular solves (dlatrs) to avoid overflow, a solve that overflows
 * here means {@code ||A^-1||} is beyond the range of doubles, and rcond is 0. An exactly zero
 * diagonal gives 0, a NaN in the factors NaN.
 */
final class Condition {
    private Condition() {}

    /** dgecon on the factors of getrf, for {@code norm} ONE or INF. */
    static double gecon(Blas blas, MatrixNorm norm, int n, double[] a, int off, int lda, double anorm) {
        Double special = diagonalOutcome(n, a, off, lda);
        if (special != null) {
            return special;
        }
        // A^-1 = U^-1 L^-1 P; the permutation does not change 1- or infinity-norms
        OneNormEstimator.Operator inverse = x -> {
            blas.trsv(Uplo.LOWER, Transpose.NO, Diag.UNIT, n, a, off, lda, x, 0, 1);
            blas.trsv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, a, off, lda, x, 0, 1);
        };
        OneNormEstimator.Operator inverseT = x -> {
            blas.trsv(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n, a, off, lda, x, 0, 1);
            blas.trsv(Uplo.LOWER, Transpose.YES, Diag.UNIT, n, a, off, lda, x, 0, 1);
        };
        // ||A^-1||_inf = ||A^-T||_1
        double inverseNorm = norm == MatrixNorm.ONE
                ? OneNormEstimator.estimate(n, inverse, inverseT)
                : OneNormEstimator.estimate(n, inverseT, inverse);
        return reciprocal(anorm, inverseNorm);
    }

    /** dpocon on the factor of potrf. */
    static double pocon(Blas blas, Uplo uplo, int n, double[] a, int off, int lda, double anorm) {
        Double special = diagonalOutcome(n, a, off, lda);
        if (special != null) {
            return special;
        }
        // A^-1 = L^-T L^-1 (LOWER) or U^-1 U^-T (UPPER): symmetric, one operator serves both ways
        Transpose first = uplo == Uplo.LOWER ? Transpose.NO : Transpose.YES;
        Transpose second = uplo == Uplo.LOWER ? Transpose.YES : Transpose.NO;
        OneNormEstimator.Operator inverse = x -> {
            blas.trsv(uplo, first, Diag.NON_UNIT, n, a, off, lda, x, 0, 1);
            blas.trsv(uplo, second, Diag.NON_UNIT, n, a, off, lda, x, 0, 1);
        };
        return reciprocal(anorm, OneNormEstimator.estimate(n, inverse, inverse));
    }

    /** 0 for an exactly zero diagonal element, NaN for a NaN one (the first met), else null. */
    private static Double diagonalOutcome(int n, double[] a, int off, int lda) {
        for (int k = 0; k < n; k++) {
            double d = a[off + k + k * lda];
            if (Double.isNaN(d)) {
                return Double.NaN;
            }
            if (d == 0) {
                return 0.0;
            }
        }
        return null;
    }

    private static double reciprocal(double anorm, double inverseNorm) {
        if (Double.isNaN(inverseNorm)) {
            return Double.NaN;
        }
        if (Double.isInfinite(inverseNorm)) {
            return 0.0;
        }
        double r = (1 / inverseNorm) / anorm;
        return Math.min(r, 1.0);
    }
}

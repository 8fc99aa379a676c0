package jnum.stat;

import jnum.mat.Dense;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * A data block with its columns centred at their (two-pass, corrected) means, and its co-moment
 * matrix {@code Xc^T Xc} by the kernels' rank-k update (syrk), with the shift correction
 * {@code - s s^T / n} for the column sums s of the centred block.
 */
final class CenteredBlock {
    final int n;
    final int p;
    final double[] means;
    /** The n x p centred data, compact column-major. */
    final double[] xc;
    /** {@code sum (x - means)} per column without rounding errors to speak of: the means' lo parts times n. */
    private final double[] residuals;

    private CenteredBlock(int n, int p, double[] means, double[] xc, double[] residuals) {
        this.n = n;
        this.p = p;
        this.means = means;
        this.xc = xc;
        this.residuals = residuals;
    }

    static CenteredBlock of(Dense data) {
        int n = data.rows(), p = data.cols();
        double[] xc = data.copy().array();
        double[] means = new double[p], residuals = new double[p];
        for (int j = 0; j < p; j++) {
            means[j] = Moments.mean(xc, j * n, n);
            residuals[j] = DoubleDouble.residualSum(xc, j * n, n, means[j]);
            for (int i = 0; i < n; i++) {
                xc[i + j * n] -= means[j];
            }
        }
        return new CenteredBlock(n, p, means, xc, residuals);
    }

    /** The full symmetric co-moment matrix, column-major p x p. */
    double[] comoments() {
        double[] c = new double[p * p];
        Kernels.blas().syrk(Uplo.UPPER, Transpose.YES, p, n, 1.0, xc, 0, Math.max(1, n), 0.0, c, 0, p);
        double[] s = new double[p];
        for (int j = 0; j < p; j++) {
            s[j] = Kernels.blas().sum(n, xc, j * n, 1);
        }
        for (int k = 0; k < p; k++) {
            for (int j = 0; j <= k; j++) {
                double v = c[j + k * p] - s[j] * s[k] / n;
                c[j + k * p] = v;
                c[k + j * p] = v;
            }
        }
        return c;
    }

    /** The block's accumulator; its means carry the residuals as lo parts (see {@link DoubleDouble}). */
    CovarianceAccumulator accumulator() {
        double[] hi = new double[p], lo = new double[p];
        for (int j = 0; j < p; j++) {
            if (!Double.isFinite(means[j])) {
                hi[j] = means[j]; // NaN or an infinity propagates as is
                continue;
            }
            double t = residuals[j] / n;
            hi[j] = DoubleDouble.sumHi(means[j], 0, t);
            lo[j] = DoubleDouble.sumLo(means[j], 0, t, hi[j]);
        }
        return CovarianceAccumulator.of(n, hi, lo, comoments());
    }

    /**
     * Correlations from a symmetric co-moment (or covariance) matrix: {@code c_jk / sqrt(c_jj c_kk)},
     * clamped to [-1, 1], unit diagonal.
     */
    static Dense correlationFromComoments(Dense c, String op) {
        int p = c.rows();
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            double v = c.get(j, j);
            if (v == 0) {
                throw new IllegalArgumentException(
                        op + ": variable " + j + " has zero variance, its correlation is undefined");
            }
            sd[j] = Math.sqrt(v);
        }
        Dense r = Dense.zeros(p, p);
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                double v = j == k && !Double.isNaN(c.get(j, k)) ? 1 : c.get(j, k) / sd[j] / sd[k];
                r.set(j, k, Math.max(-1, Math.min(1, v)));
            }
        }
        return r;
    }
}

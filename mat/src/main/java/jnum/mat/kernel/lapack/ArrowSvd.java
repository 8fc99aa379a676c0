package jnum.mat.kernel.lapack;

/**
 * The SVD of the k x k matrix M of a bidiagonal divide-and-conquer merge (LAPACK's dlasd3 with
 * dlasd4): its first row is z, below it the diagonal {@code diag(d_1, ..., d_{k-1})}, and
 * {@code d_0 = 0 < d_1 < ... < d_{k-1}}, every {@code z_j != 0}. Since
 * {@code M^T M = D^2 + z z^T}, the singular values are the roots sigma of the secular equation
 * {@code 1 + sum_j z_j^2 / ((d_j - sigma)(d_j + sigma)) = 0}, sigma_i in {@code (d_i, d_{i+1})}.
 *
 * <p>Each root is sought in the squared variable from its nearer pole as origin: with
 * {@code q_j = (d_j - d_o)(d_j + d_o)} (exact to a few ulps, {@code q_o = 0} exactly) the symmetric
 * solver ({@link SecularEquation}, dlaed4) finds {@code tau = sigma^2 - d_o^2} and the
 * differences {@code d_j^2 - sigma^2 = q_j - tau} with high relative accuracy, which is what
 * dlasd4's shifting achieves. The origin is the pole on the root's side of the midpoint of
 * {@code (d_i^2, d_{i+1}^2)}, decided by the solver's own test; {@code sigma = sqrt(d_o^2 + tau)}
 * has no cancellation since {@code tau >= -d_o^2 / 2} there.
 *
 * <p>The vectors come from z recomputed from the roots (Gu and Eisenstat): {@code zhat_i^2 =
 * (sigma_{k-1}^2 - d_i^2) prod_{j<i} (sigma_j^2 - d_i^2) / (d_j^2 - d_i^2) prod_{i<=j<k-1}
 * (sigma_j^2 - d_i^2) / (d_{j+1}^2 - d_i^2)}, every factor in (0, 1] by interlacing, is the exact
 * z of a matrix with exactly the computed singular values, so the right vectors {@code v_j =
 * zhat_j / (d_j^2 - sigma^2)} and left vectors {@code u = (-1, d_j zhat_j / (d_j^2 - sigma^2))}
 * (normalized) are orthogonal to working precision however close the roots.
 */
final class ArrowSvd {
    private ArrowSvd() {}

    /**
     * The singular values of M ascending into sigma (k), its left singular vectors into the k x k
     * matrix uM and the right ones into vM (column i belongs to sigma_i); each root takes at most
     * maxIterations steps.
     *
     * @throws jnum.mat.NoConvergenceException if the secular equation does not converge
     */
    static void decompose(int k, double[] d, double[] z, double[] sigma, double[] uM, double[] vM, int maxIterations) {
        if (k == 1) {
            sigma[0] = Math.abs(z[0]);
            uM[0] = z[0] < 0 ? -1 : 1;
            vM[0] = 1;
            return;
        }
        // delta(j, i) = d_j^2 - sigma_i^2, column i per root
        double[] delta = vM;
        roots(k, d, z, sigma, delta, maxIterations);
        double[] zhat = new double[k];
        for (int i = 0; i < k; i++) {
            double w = -delta[i + (k - 1) * k];
            for (int j = 0; j < i; j++) {
                w *= delta[i + j * k] / ((d[i] - d[j]) * (d[i] + d[j]));
            }
            for (int j = i; j < k - 1; j++) {
                w *= delta[i + j * k] / ((d[i] - d[j + 1]) * (d[i] + d[j + 1]));
            }
            zhat[i] = Math.copySign(Math.sqrt(Math.abs(w)), z[i]);
        }
        for (int i = 0; i < k; i++) {
            int col = i * k;
            uM[col] = -1;
            double uu = 1;
            double vv = 0;
            for (int j = 0; j < k; j++) {
                double v = zhat[j] / delta[j + col];
                vM[j + col] = v;
                vv += v * v;
                if (j > 0) {
                    double u = d[j] * v;
                    uM[j + col] = u;
                    uu += u * u;
                }
            }
            double su = 1 / Math.sqrt(uu);
            double sv = 1 / Math.sqrt(vv);
            for (int j = 0; j < k; j++) {
                uM[j + col] *= su;
                vM[j + col] *= sv;
            }
        }
    }

    /** The k >= 2 roots ascending into sigma and {@code d_j^2 - sigma_i^2} into delta (k x k). */
    private static void roots(int k, double[] d, double[] z, double[] sigma, double[] delta, int maxIterations) {
        double rho = 0;
        for (int j = 0; j < k; j++) {
            rho += z[j] * z[j];
        }
        double norm = Math.sqrt(rho);
        double[] zn = new double[k];
        for (int j = 0; j < k; j++) {
            zn[j] = z[j] / norm;
        }
        double[] q = new double[k];
        double[] column = new double[k];
        for (int i = 0; i < k; i++) {
            int origin = i;
            shiftedSquares(k, d, origin, q);
            if (i < k - 1 && !SecularEquation.inLowerHalf(k, i, q, zn, rho)) {
                origin = i + 1;
                shiftedSquares(k, d, origin, q);
            }
            double tau = SecularEquation.root(k, i, q, zn, column, rho, maxIterations);
            sigma[i] = Math.sqrt(d[origin] * d[origin] + tau);
            System.arraycopy(column, 0, delta, i * k, k);
        }
    }

    /** {@code q_j = d_j^2 - d_o^2}, formed as a product so that it keeps its relative accuracy. */
    private static void shiftedSquares(int k, double[] d, int o, double[] q) {
        for (int j = 0; j < k; j++) {
            q[j] = (d[j] - d[o]) * (d[j] + d[o]);
        }
    }
}

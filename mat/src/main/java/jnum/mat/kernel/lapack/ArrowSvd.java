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
 * (normalized) are orthogonal to working precision however close the roots, as long as those
 * differences keep their relative accuracy. Roots within a few ulps of each other are the
 * exception: their vectors are orthonormalized as a cluster (see {@code orthogonalizeClusters}).
 */
final class ArrowSvd {
    /** How many preceding right vectors a vector's orthogonality is checked against. */
    private static final int NEIGHBOURS = 4;

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
        orthogonalizeClusters(k, d, z, sigma, uM, vM);
    }

    /**
     * Roots closer together than a few ulps (three or more poles within rounding distance, the
     * glued Wilkinson matrices' case) leave the differences {@code d_j^2 - sigma^2} next to them
     * with only a few correct bits, and their right vectors, though each accurate up to
     * components inside the cluster, are no longer orthogonal to each other. Such a run of
     * adjacent roots, recognised by the inner products of right vectors up to {@value #NEIGHBOURS}
     * apart or by a relative gap below 2^-36, has its right vectors orthonormalized by modified
     * Gram-Schmidt (twice) and its left vectors recomputed as {@code M v / sigma}, which keeps
     * {@code M v = sigma u} exact and makes U as orthogonal as V. That product is accurate to
     * {@code k eps ||M|| / sigma} only: for roots below {@code ||M|| / 16} (the glued clusters lie
     * near the top of the spectrum; exactly repeated singular values of a rank-deficient matrix
     * meet the gap test anywhere) the left vectors are orthonormalized as the right ones are
     * instead.
     */
    private static void orthogonalizeClusters(int k, double[] d, double[] z, double[] sigma, double[] uM, double[] vM) {
        double limit = 4 * k * 0x1p-53;
        double small = sigma[k - 1] / 16;
        int start = 0;
        for (int i = 1; i <= k; i++) {
            boolean joined = i < k && (sigma[i] - sigma[i - 1] <= 0x1p-36 * sigma[i] || coupled(k, vM, i, limit));
            if (joined) {
                continue;
            }
            for (int c = start; i - start > 1 && c < i; c++) {
                orthonormalize(k, vM, start, c);
                if (sigma[c] < small) {
                    orthonormalize(k, uM, start, c);
                    continue;
                }
                double first = 0;
                for (int j = 0; j < k; j++) {
                    first += z[j] * vM[j + c * k];
                }
                uM[c * k] = first;
                for (int j = 1; j < k; j++) {
                    uM[j + c * k] = d[j] * vM[j + c * k];
                }
                double nu = Math.sqrt(dot(k, uM, c * k, c * k));
                for (int j = 0; j < k; j++) {
                    uM[j + c * k] /= nu;
                }
            }
            start = i;
        }
    }

    /** Column c of the k x k q made orthonormal to columns start..c-1 by modified Gram-Schmidt, twice. */
    private static void orthonormalize(int k, double[] q, int start, int c) {
        for (int pass = 0; pass < 2; pass++) {
            for (int b = start; b < c; b++) {
                double h = dot(k, q, c * k, b * k);
                for (int j = 0; j < k; j++) {
                    q[j + c * k] -= h * q[j + b * k];
                }
            }
            double norm = Math.sqrt(dot(k, q, c * k, c * k));
            for (int j = 0; j < k; j++) {
                q[j + c * k] /= norm;
            }
        }
    }

    /** Whether right vector i has an inner product above limit with one of the NEIGHBOURS before it. */
    private static boolean coupled(int k, double[] vM, int i, double limit) {
        for (int j = Math.max(0, i - NEIGHBOURS); j < i; j++) {
            if (Math.abs(dot(k, vM, i * k, j * k)) > limit) {
                return true;
            }
        }
        return false;
    }

    private static double dot(int k, double[] x, int a, int b) {
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += x[a + j] * x[b + j];
        }
        return s;
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

package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;

/**
 * One merge of Cuppen's divide and conquer (LAPACK's dlaed1, dlaed2 and dlaed3): from the
 * eigendecompositions {@code T_1 = Q_1 D_1 Q_1^T} and {@code T_2 = Q_2 D_2 Q_2^T} of the two
 * halves of a tridiagonal matrix torn at the off-diagonal beta, the eigendecomposition of
 * {@code diag(T_1, T_2) + |beta| v v^T} (v = {@code e_{n1} + sign(beta) e_{n1+1}}), that is of
 * {@code diag(D_1, D_2) + rho z z^T} with {@code z = diag(Q_1, Q_2)^T v / sqrt 2} and
 * {@code rho = 2 |beta|}.
 *
 * <p>Deflation (Gu and Eisenstat's criteria as in dlaed2, tol = 8 eps max(|d|, |z|)): an
 * eigenpair is kept as it is when {@code rho |z_j| <= tol}; two poles so close that a Givens
 * rotation zeroing one z component perturbs the matrix by at most tol are rotated together and
 * one of them kept. The k remaining poles give the secular equation ({@link SecularEquation});
 * its eigenvectors come from Lowner's formula with z recomputed from the computed roots (Gu and
 * Eisenstat), so they are orthogonal to working precision however close the roots. The new
 * eigenvectors are the old ones times that k x k matrix: two GEMMs, one for the rows of the
 * first half and one for the second, each over only the columns that are nonzero there.
 */
final class RankOneMerge {
    private static final double EPS = 0x1p-53;
    /** The columns of Q with nonzeros only in the first n1 rows, in both halves, only in the last. */
    private static final int TOP = SplitGemm.TOP;

    private static final int DENSE = SplitGemm.DENSE;
    private static final int BOTTOM = SplitGemm.BOTTOM;
    private static final int DEFLATED = 3;

    private final Blas blas;

    RankOneMerge(Blas blas) {
        this.blas = blas;
    }

    /**
     * On entry d (n) holds the ascending eigenvalues of the two halves (n1, then n - n1) and the
     * n x n block q their eigenvectors block-diagonally; on return d holds the eigenvalues of the
     * merged matrix ascending and q their eigenvectors.
     *
     * @throws ArithmeticException if the secular equation does not converge
     */
    void merge(int n, int n1, double beta, double[] d, int dOff, double[] q, int qOff, int ldq) {
        double scale = Math.sqrt(0.5);
        double[] z = new double[n];
        for (int j = 0; j < n1; j++) {
            z[j] = scale * q[qOff + n1 - 1 + j * ldq];
        }
        double sign = beta < 0 ? -scale : scale;
        for (int j = n1; j < n; j++) {
            z[j] = sign * q[qOff + n1 + j * ldq];
        }
        double rho = 2 * Math.abs(beta);

        // the poles in ascending order: a merge of the two ascending halves
        int[] col = new int[n];
        for (int p = 0, i = 0, j = n1; p < n; p++) {
            col[p] = j >= n || (i < n1 && d[dOff + i] <= d[dOff + j]) ? i++ : j++;
        }
        double[] ds = new double[n];
        double[] zs = new double[n];
        int[] type = new int[n];
        double dmax = 0;
        double zmax = 0;
        for (int p = 0; p < n; p++) {
            ds[p] = d[dOff + col[p]];
            zs[p] = z[col[p]];
            type[col[p]] = col[p] < n1 ? TOP : BOTTOM;
            dmax = Math.max(dmax, Math.abs(ds[p]));
            zmax = Math.max(zmax, Math.abs(zs[p]));
        }
        double tol = 8 * EPS * Math.max(dmax, zmax);

        int[] kept = new int[n];
        int k = 0;
        double[] deflatedValue = new double[n];
        int[] deflatedCol = new int[n];
        int nd = 0;
        if (rho * zmax <= tol) {
            for (int p = 0; p < n; p++) {
                deflatedValue[nd] = ds[p];
                deflatedCol[nd++] = col[p];
            }
        } else {
            int pj = -1;
            for (int j = 0; j < n; j++) {
                if (rho * Math.abs(zs[j]) <= tol) {
                    type[col[j]] = DEFLATED;
                    deflatedValue[nd] = ds[j];
                    deflatedCol[nd++] = col[j];
                    continue;
                }
                if (pj >= 0) {
                    double s = zs[pj];
                    double c = zs[j];
                    double tau = Math.hypot(c, s);
                    double t = ds[j] - ds[pj];
                    c /= tau;
                    s = -s / tau;
                    if (Math.abs(t * c * s) <= tol) {
                        // close poles: rotate z_pj onto z_j; pj's pair is then exact up to tol
                        zs[j] = tau;
                        zs[pj] = 0;
                        int cp = col[pj];
                        int cj = col[j];
                        if (type[cp] != type[cj]) {
                            type[cj] = DENSE;
                        }
                        type[cp] = DEFLATED;
                        blas.rot(n, q, qOff + cp * ldq, 1, q, qOff + cj * ldq, 1, c, s);
                        double dp = ds[pj] * c * c + ds[j] * s * s;
                        ds[j] = ds[pj] * s * s + ds[j] * c * c;
                        ds[pj] = dp;
                        deflatedValue[nd] = dp;
                        deflatedCol[nd++] = cp;
                    } else {
                        kept[k++] = pj;
                    }
                }
                pj = j;
            }
            if (pj >= 0) {
                kept[k++] = pj;
            }
        }

        double[] lambda = new double[k];
        double[] u = k > 0 ? secularVectors(n, n1, k, kept, ds, zs, col, type, rho, lambda, q, qOff, ldq) : null;
        writeSorted(n, k, lambda, u, nd, deflatedValue, deflatedCol, d, dOff, q, qOff, ldq);
    }

    /**
     * The eigenvalues (into lambda) of the k undeflated poles and the n x k matrix of their
     * eigenvectors: Q's columns of those poles times the secular eigenvectors.
     */
    private double[] secularVectors(
            int n,
            int n1,
            int k,
            int[] kept,
            double[] ds,
            double[] zs,
            int[] col,
            int[] type,
            double rho,
            double[] lambda,
            double[] q,
            int qOff,
            int ldq) {
        double[] dl = new double[k];
        double[] wl = new double[k];
        for (int r = 0; r < k; r++) {
            dl[r] = ds[kept[r]];
            wl[r] = zs[kept[r]];
        }
        double[] s = secularEigenvectors(k, dl, wl, rho, lambda);

        // the kept columns' products with the secular vectors, zero blocks skipped
        double[] qc = new double[n * k];
        int[] kind = new int[k];
        for (int r = 0; r < k; r++) {
            kind[r] = type[col[kept[r]]];
            System.arraycopy(q, qOff + col[kept[r]] * ldq, qc, r * n, n);
        }
        double[] u = new double[n * k];
        SplitGemm.multiply(blas, n, n1, k, qc, kind, s, u);
        return u;
    }

    /**
     * The roots of the secular equation of {@code diag(dl) + rho wl wl^T} (k poles) into lambda
     * and its k x k orthogonal eigenvector matrix.
     */
    static double[] secularEigenvectors(int k, double[] dl, double[] wl, double rho, double[] lambda) {
        double[] s = new double[k * k];
        if (k == 1) {
            lambda[0] = dl[0] + rho * wl[0] * wl[0];
            s[0] = 1;
            return s;
        }
        if (k == 2) {
            double[] v = new double[2];
            for (int j = 0; j < 2; j++) {
                lambda[j] = SecularEquation.twoByTwo(j, dl, wl, v, rho);
                s[2 * j] = v[0];
                s[2 * j + 1] = v[1];
            }
            return s;
        }
        double[] delta = new double[k];
        for (int j = 0; j < k; j++) {
            lambda[j] = SecularEquation.root(k, j, dl, wl, delta, rho);
            System.arraycopy(delta, 0, s, j * k, k);
        }
        // z recomputed from the roots (Lowner): the exact z of a matrix with exactly these
        // eigenvalues, so that the vectors below are orthogonal however close the roots
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = s[i + i * k];
        }
        for (int j = 0; j < k; j++) {
            double dj = dl[j];
            int col = j * k;
            for (int i = 0; i < j; i++) {
                w[i] *= s[i + col] / (dl[i] - dj);
            }
            for (int i = j + 1; i < k; i++) {
                w[i] *= s[i + col] / (dl[i] - dj);
            }
        }
        for (int i = 0; i < k; i++) {
            w[i] = Math.copySign(Math.sqrt(-w[i]), wl[i]);
        }
        for (int j = 0; j < k; j++) {
            int col = j * k;
            for (int i = 0; i < k; i++) {
                s[i + col] = w[i] / s[i + col];
            }
            double inv = 1 / Math.sqrt(sumOfSquares(s, col, k));
            for (int i = 0; i < k; i++) {
                s[i + col] *= inv;
            }
        }
        return s;
    }

    /** {@code sum x_i^2} over k elements from off, with two partial sums. */
    private static double sumOfSquares(double[] x, int off, int k) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < k; i += 2) {
            s0 += x[off + i] * x[off + i];
            s1 += x[off + i + 1] * x[off + i + 1];
        }
        if (i < k) {
            s0 += x[off + i] * x[off + i];
        }
        return s0 + s1;
    }

    /**
     * d and q from the k secular pairs (lambda ascending, vectors u) and the deflated pairs (the
     * columns of q named by deflatedCol), merged into ascending order.
     */
    private static void writeSorted(
            int n,
            int k,
            double[] lambda,
            double[] u,
            int nd,
            double[] deflatedValue,
            int[] deflatedCol,
            double[] d,
            int dOff,
            double[] q,
            int qOff,
            int ldq) {
        Integer[] byValue = new Integer[nd];
        for (int i = 0; i < nd; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (x, y) -> Double.compare(deflatedValue[x], deflatedValue[y]));
        double[] out = new double[n * n];
        for (int p = 0, i = 0, j = 0; p < n; p++) {
            if (j >= nd || (i < k && lambda[i] <= deflatedValue[byValue[j]])) {
                d[dOff + p] = lambda[i];
                System.arraycopy(u, i * n, out, p * n, n);
                i++;
            } else {
                int c = byValue[j++];
                d[dOff + p] = deflatedValue[c];
                System.arraycopy(q, qOff + deflatedCol[c] * ldq, out, p * n, n);
            }
        }
        for (int p = 0; p < n; p++) {
            System.arraycopy(out, p * n, q, qOff + p * ldq, n);
        }
    }
}

package jnum.mat.sparse.linalg;

import java.util.SplittableRandom;
import jnum.mat.NoConvergenceException;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.SvdJob;
import jnum.mat.sparse.LinearOperator;

/**
 * Golub-Kahan-Lanczos bidiagonalization with thick restarts and full reorthogonalization of both
 * Krylov bases: the engine of {@link Eigensolvers#svds}. This is the augmented implicitly
 * restarted Lanczos bidiagonalization of Baglama and Reichel (2005, "irlba", restarted with Ritz
 * vectors), in exact arithmetic the same iteration as the thick-restart bidiagonalization behind
 * scipy's {@code svds(solver='propack')}.
 *
 * <p>For a tall operator {@code A} ({@code rows >= cols}; a wide one is given transposed), a
 * cycle builds orthonormal bases {@code P} ({@code cols x (s + 1)}) and {@code Q}
 * ({@code rows x s}) with
 *
 * <pre>
 *   A P_s = Q_s B,    A^T Q_s = P_s B^T + beta_s p_{s+1} e_s^T,
 * </pre>
 *
 * {@code B} upper triangular ({@code s x s}): column j of {@code B} holds the Gram-Schmidt
 * coefficients of {@code A p_j} against {@code q_0..q_{j-1}} and its remaining norm
 * {@code alpha_j}, and {@code p_{j+1}} is {@code A^T q_j} orthogonalized against
 * {@code p_0..p_j} (norm {@code beta_j}). Without restarts {@code B} is upper bidiagonal; after a
 * restart its leading block is {@code diag(sigma_0..sigma_{l-1})} with the couplings
 * {@code rho} above the next diagonal entry. Both bases are reorthogonalized at every step
 * ({@link KrylovBasis}, GEMV-bound), so no squared condition number enters anywhere: small
 * singular values keep their absolute accuracy {@code O(eps ||A||)}, where Lanczos on
 * {@code A^T A} only gets {@code O(eps ||A||^2 / sigma)}.
 *
 * <p>The Ritz triplets come from the dense SVD {@code B = U S V^T} (LAPACK's {@code gesvd}
 * through the facade); {@code (sigma_i, Q u_i, P v_i)} satisfies {@code A (P v_i) = sigma_i Q u_i}
 * and {@code ||A^T Q u_i - sigma_i P v_i|| = |beta_s u_{s,i}|}, which decides convergence. A
 * restart keeps the best {@code l} Ritz vectors of each side and {@code p_{s+1}}.
 *
 * <p>A vector that vanishes after reorthogonalization is replaced by a random one orthogonal to
 * its basis with coupling 0; when {@code P} spans the whole space the Ritz triplets are exact and
 * the run ends.
 */
final class ThickRestartBidiagonalization {

    /** The k largest Ritz triplets, largest first; left ({@code rows x k}) and right ({@code cols x k}). */
    record Triplets(
            double[] values,
            double[] left,
            double[] right,
            double[] residualEstimates,
            int converged,
            EigenStatus status,
            int restarts,
            int applications) {}

    private final LinearOperator a;
    private final LinearOperator aT;
    private final int rows;
    private final int cols;
    private final int k;
    private final int s;
    private final double tol;
    private final int restartLimit;
    private final Progress progress;
    private final KrylovBasis p; // cols x (s + 1)
    private final KrylovBasis q; // rows x s
    private final double[] b; // s x s, column-major
    private final double[] xCols;
    private final double[] xRows;
    private final double[] wCols;
    private final double[] wRows;
    private final double[] coef;
    private int applications;

    private ThickRestartBidiagonalization(LinearOperator a, LinearOperator aT, int k, int s, EigenSettings settings) {
        this.a = a;
        this.aT = aT;
        this.rows = a.rows();
        this.cols = a.cols();
        this.k = k;
        this.s = s;
        this.tol = settings.effectiveTolerance();
        this.restartLimit = settings.restartLimit(cols);
        this.progress = settings.progress();
        SplittableRandom random = new SplittableRandom(0x474B4C42696469L);
        this.p = new KrylovBasis(cols, s + 1, random);
        this.q = new KrylovBasis(rows, s, random);
        this.b = new double[s * s];
        this.xCols = new double[cols];
        this.xRows = new double[rows];
        this.wCols = new double[cols];
        this.wRows = new double[rows];
        this.coef = new double[s + 1];
    }

    /**
     * The {@code k} largest singular triplets of {@code a} ({@code rows >= cols}, with its
     * transpose {@code aT}), from a basis of {@code s} vectors ({@code k <= s <= cols}) and the
     * start vector {@code start} (length cols, non-zero, finite) or a random one when null.
     */
    static Triplets run(LinearOperator a, LinearOperator aT, int k, int s, double[] start, EigenSettings settings) {
        return new ThickRestartBidiagonalization(a, aT, k, s, settings).iterate(start);
    }

    private Triplets iterate(double[] start) {
        p.start(start);
        int kept = 0;
        int restarts = 0;
        double bNorm = 0;
        double[] sigma = new double[s];
        double[] u = new double[s * s];
        double[] vt = new double[s * s];
        double[] residual = new double[s];
        while (true) {
            int size = s;
            double betaLast = 0;
            double beta = 0;
            for (int j = kept; j < s; j++) {
                // q_j: A p_j against q_0..q_{j-1}; the coefficients are column j of B
                System.arraycopy(p.columns, j * cols, xCols, 0, cols);
                a.apply(xCols, wRows);
                applications++;
                if (!ThickRestartLanczos.allFinite(wRows)) {
                    return notFinite(restarts);
                }
                // past the first step of a cycle, A p_j = beta_{j-1} q_{j-1} + alpha_j q_j in exact arithmetic
                double alpha =
                        j > kept ? q.orthogonalize(wRows, j, coef, j - 1, beta) : q.orthogonalize(wRows, j, coef);
                System.arraycopy(coef, 0, b, j * s, j);
                b[j + j * s] = alpha;
                if (alpha > 0) {
                    q.store(j, wRows, alpha);
                } else if (!q.storeRandomOrthogonal(j, wRows)) {
                    // j < s <= cols <= rows leaves room; only rounding could get here
                    throw new IllegalStateException(
                            "svds: no vector orthogonal to " + j + " left Lanczos vectors of length " + rows);
                }
                // p_{j+1}: A^T q_j against p_0..p_j
                System.arraycopy(q.columns, j * rows, xRows, 0, rows);
                aT.apply(xRows, wCols);
                applications++;
                if (!ThickRestartLanczos.allFinite(wCols)) {
                    return notFinite(restarts);
                }
                // A^T q_j = alpha_j p_j + beta_j p_{j+1} in exact arithmetic
                beta = p.orthogonalize(wCols, j + 1, coef, j, alpha);
                if (beta > 0) {
                    p.store(j + 1, wCols, beta);
                } else if (!p.storeRandomOrthogonal(j + 1, wCols)) { // P spans the whole space
                    size = j + 1;
                    break;
                }
                if (j + 1 == s) {
                    betaLast = beta;
                }
            }
            svd(size, sigma, u, vt);
            bNorm = Math.max(bNorm, sigma[0]);
            for (int i = 0; i < size; i++) {
                residual[i] = Math.abs(betaLast * u[(size - 1) + i * size]);
            }
            int converged = 0;
            double worst = 0;
            for (int i = 0; i < k; i++) {
                if (residual[i] <= tol * bNorm) {
                    converged++;
                }
                worst = Math.max(worst, residual[i]);
            }
            if (progress != null) {
                progress.iteration(restarts, worst);
            }
            boolean done = converged == k || size < s;
            if (done || restarts >= restartLimit) {
                EigenStatus status = done ? EigenStatus.CONVERGED : EigenStatus.MAX_RESTARTS;
                return wanted(sigma, u, vt, residual, size, converged, status, restarts);
            }
            kept = ThickRestartLanczos.keptCount(k, s, converged);
            restart(sigma, u, vt, kept);
            restarts++;
        }
    }

    /**
     * The singular values (descending, into {@code sigma}) and vectors ({@code size x size}, U
     * column-major into {@code u}, V^T into {@code vt}) of the leading block of B.
     */
    private void svd(int size, double[] sigma, double[] u, double[] vt) {
        double[] work = new double[size * size];
        for (int j = 0; j < size; j++) {
            System.arraycopy(b, j * s, work, j * size, size);
        }
        int info = Kernels.lapack().gesvd(SvdJob.THIN, size, size, work, 0, size, sigma, 0, u, 0, size, vt, 0, size);
        if (info > 0) {
            throw new NoConvergenceException(
                    "svds: the SVD of the " + size + " x " + size + " projected matrix did not converge",
                    6 * size * size);
        }
    }

    /**
     * The thick restart: {@code P(:, 0..kept) = P_s V(:, 0..kept)}, {@code p_{s}} moves to
     * column {@code kept}, {@code Q(:, 0..kept) = Q_s U(:, 0..kept)} and B becomes
     * {@code diag(sigma_0..sigma_{kept-1})}; the next step fills the couplings of column
     * {@code kept}.
     */
    private void restart(double[] sigma, double[] u, double[] vt, int kept) {
        double[] right = new double[cols * kept];
        p.combine(s, vt, s, true, kept, right);
        System.arraycopy(right, 0, p.columns, 0, cols * kept);
        System.arraycopy(p.columns, s * cols, p.columns, kept * cols, cols);
        double[] left = new double[rows * kept];
        q.combine(s, u, s, false, kept, left);
        System.arraycopy(left, 0, q.columns, 0, rows * kept);
        java.util.Arrays.fill(b, 0.0);
        for (int i = 0; i < kept; i++) {
            b[i + i * s] = sigma[i];
        }
    }

    /** The {@code k} largest Ritz triplets of the last projected problem of order {@code size}. */
    private Triplets wanted(
            double[] sigma,
            double[] u,
            double[] vt,
            double[] residual,
            int size,
            int converged,
            EigenStatus status,
            int restarts) {
        double[] left = new double[rows * k];
        q.combine(size, u, size, false, k, left);
        double[] right = new double[cols * k];
        p.combine(size, vt, size, true, k, right);
        return new Triplets(
                java.util.Arrays.copyOf(sigma, k),
                left,
                right,
                java.util.Arrays.copyOf(residual, k),
                converged,
                status,
                restarts,
                applications);
    }

    private Triplets notFinite(int restarts) {
        double[] values = new double[k];
        java.util.Arrays.fill(values, Double.NaN);
        double[] left = new double[rows * k];
        java.util.Arrays.fill(left, Double.NaN);
        double[] right = new double[cols * k];
        java.util.Arrays.fill(right, Double.NaN);
        return new Triplets(values, left, right, values.clone(), 0, EigenStatus.NOT_FINITE, restarts, applications);
    }
}

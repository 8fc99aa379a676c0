package jnum.mat.sparse.linalg;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.mat.Vec;
import jnum.mat.sparse.LinearOperator;

/**
 * Thick-restart Lanczos (Wu and Simon 2000) with full reorthogonalization: the engine of
 * {@link Eigensolvers}.
 *
 * <p>A cycle extends an orthonormal basis {@code V} of {@code m} vectors by Lanczos steps
 * {@code w = OP v_j}, orthogonalized against the whole basis by classical Gram-Schmidt with the
 * DGKS correction ({@link KrylovBasis}: two GEMV per pass, so a step costs one product and
 * {@code O(n j)} streamed through the BLAS facade; a restart is one GEMM). The projected matrix
 * {@code T = V^T OP V} is tridiagonal after the kept block, whose Ritz values sit on the
 * diagonal with the couplings {@code s_i} in one row and column (an arrowhead). The Ritz pairs
 * of {@code T} and their residuals {@code |beta_m y_{m,i}|} decide convergence; if the wanted
 * ones have not converged, the best {@code l} Ritz vectors and the residual vector start the next
 * cycle. In exact arithmetic this is the implicitly restarted Lanczos method of ARPACK with exact
 * shifts (Sorensen 1992), without the numerical hazards of implicit QR shifts.
 *
 * <p>A step whose vector vanishes after reorthogonalization (an invariant subspace) continues
 * with a random vector orthogonal to the basis and coupling 0; when the basis spans the whole
 * space, its Ritz pairs are exact and the run ends.
 */
final class ThickRestartLanczos {

    /** The wanted Ritz pairs, best first. */
    record Ritz(
            double[] values,
            double[] vectors,
            double[] residualEstimates,
            int converged,
            EigenStatus status,
            int restarts,
            int applications) {}

    private static final double EPS = Math.ulp(1.0);
    private static final double EPS23 = Math.pow(EPS, 2.0 / 3.0);

    private final LinearOperator op;
    private final int n;
    private final int k;
    private final int m;
    private final Which which;
    private final double tol;
    private final int restartLimit;
    private final Progress progress;
    private final KrylovBasis basis; // n x (m + 1): the basis and the residual vector
    private final double[] v; // the basis' columns
    private final double[] t; // m x m, column-major: the projected matrix
    private final double[] x;
    private final double[] w;
    private final double[] c;
    private int applications;

    private ThickRestartLanczos(LinearOperator op, int k, int m, Which which, EigenSettings s) {
        this.op = op;
        this.n = op.rows();
        this.k = k;
        this.m = m;
        this.which = which;
        this.tol = s.effectiveTolerance();
        this.restartLimit = s.restartLimit(n);
        this.progress = s.progress();
        this.basis = new KrylovBasis(n, m + 1, new SplittableRandom(0x4C616E637A6F73L));
        this.v = basis.columns;
        this.t = new double[m * m];
        this.x = new double[n];
        this.w = new double[n];
        this.c = new double[m + 1];
    }

    /**
     * The {@code k} Ritz pairs of {@code op} (square, symmetric) best by {@code which}, from the
     * start vector {@code start} (non-zero, finite, length n) or a random one when null.
     */
    static Ritz run(LinearOperator op, int k, int m, Which which, double[] start, EigenSettings s) {
        return new ThickRestartLanczos(op, k, m, which, s).iterate(start);
    }

    private Ritz iterate(double[] start) {
        basis.start(start);
        int kept = 0;
        int restarts = 0;
        double tNorm = 0;
        double[] theta = new double[m];
        double[] y = new double[m * m];
        double[] residual = new double[m];
        while (true) {
            int size = m;
            double betaLast = 0;
            for (int j = kept; j < m; j++) {
                System.arraycopy(v, j * n, x, 0, n);
                op.apply(x, w);
                applications++;
                if (!allFinite(w)) {
                    return notFinite(restarts);
                }
                double beta = basis.orthogonalize(w, j + 1, c);
                t[j + j * m] = c[j];
                if (beta > 0) {
                    basis.store(j + 1, w, beta);
                } else if (!basis.storeRandomOrthogonal(j + 1, w)) { // the basis spans the whole space
                    size = j + 1;
                    break;
                }
                if (j + 1 < m) {
                    t[(j + 1) + j * m] = beta;
                    t[j + (j + 1) * m] = beta;
                } else {
                    betaLast = beta;
                }
            }
            rayleighRitz(size, theta, y);
            for (int i = 0; i < size; i++) {
                tNorm = Math.max(tNorm, Math.abs(theta[i]));
                residual[i] = Math.abs(betaLast * y[(size - 1) + i * size]);
            }
            int[] ranked = which.rank(theta, size);
            int converged = 0;
            double worst = 0;
            for (int r = 0; r < k; r++) {
                int i = ranked[r];
                if (residual[i] <= tol * Math.max(Math.abs(theta[i]), EPS23 * tNorm)) {
                    converged++;
                }
                worst = Math.max(worst, residual[i]);
            }
            if (progress != null) {
                progress.iteration(restarts, worst);
            }
            boolean done = converged == k || size < m;
            if (done || restarts >= restartLimit) {
                EigenStatus status = done ? EigenStatus.CONVERGED : EigenStatus.MAX_RESTARTS;
                return wanted(theta, y, residual, ranked, size, converged, status, restarts);
            }
            kept = keptCount(converged);
            restart(theta, y, ranked, kept, betaLast);
            restarts++;
        }
    }

    /**
     * The eigenvalues (ascending, into {@code theta}) and eigenvectors ({@code size x size}, into
     * {@code y}) of the leading {@code size x size} block of the projected matrix.
     */
    private void rayleighRitz(int size, double[] theta, double[] y) {
        EigenSym e = EigenSym.of(Dense.wrap(t, 0, m, size, size));
        Vec values = e.values();
        Dense vectors = e.vectors();
        for (int j = 0; j < size; j++) {
            theta[j] = values.get(j);
            for (int i = 0; i < size; i++) {
                y[i + j * size] = vectors.get(i, j);
            }
        }
    }

    /**
     * How many Ritz vectors a restart keeps: the wanted ones plus half of the others' room per
     * converged pair, as ARPACK's {@code dsaup2} adjusts {@code nev}; more for a single wanted pair.
     */
    private int keptCount(int converged) {
        return keptCount(k, m, converged);
    }

    /** {@link #keptCount(int)} for {@code k} wanted pairs and a basis of {@code m} vectors. */
    static int keptCount(int k, int m, int converged) {
        int kept = k + Math.min(converged, (m - k) / 2);
        if (k == 1) {
            kept = Math.max(kept, m >= 6 ? m / 2 : Math.min(2, m - 1));
        }
        return Math.min(kept, m - 1);
    }

    /**
     * The thick restart: {@code V(:, 0..kept) = V Y(:, ranked[0..kept])}, the residual vector
     * moves to column {@code kept}, and {@code T} becomes the arrowhead of the kept Ritz values
     * and their couplings {@code beta y_{m,i}}.
     */
    private void restart(double[] theta, double[] y, int[] ranked, int kept, double betaLast) {
        double[] yk = new double[m * kept];
        for (int r = 0; r < kept; r++) {
            System.arraycopy(y, ranked[r] * m, yk, r * m, m);
        }
        double[] ritz = new double[n * kept];
        basis.combine(m, yk, m, false, kept, ritz);
        System.arraycopy(ritz, 0, v, 0, n * kept);
        System.arraycopy(v, m * n, v, kept * n, n);
        java.util.Arrays.fill(t, 0.0);
        for (int r = 0; r < kept; r++) {
            int i = ranked[r];
            double s = betaLast * y[(m - 1) + i * m];
            t[r + r * m] = theta[i];
            t[r + kept * m] = s;
            t[kept + r * m] = s;
        }
    }

    /** The {@code k} best Ritz pairs of the last projected problem of order {@code size}. */
    private Ritz wanted(
            double[] theta,
            double[] y,
            double[] residual,
            int[] ranked,
            int size,
            int converged,
            EigenStatus status,
            int restarts) {
        double[] values = new double[k];
        double[] estimates = new double[k];
        double[] yk = new double[size * k];
        for (int r = 0; r < k; r++) {
            int i = ranked[r];
            values[r] = theta[i];
            estimates[r] = residual[i];
            System.arraycopy(y, i * size, yk, r * size, size);
        }
        double[] vectors = new double[n * k];
        basis.combine(size, yk, size, false, k, vectors);
        return new Ritz(values, vectors, estimates, converged, status, restarts, applications);
    }

    private Ritz notFinite(int restarts) {
        double[] values = new double[k];
        java.util.Arrays.fill(values, Double.NaN);
        double[] vectors = new double[n * k];
        java.util.Arrays.fill(vectors, Double.NaN);
        double[] estimates = values.clone();
        return new Ritz(values, vectors, estimates, 0, EigenStatus.NOT_FINITE, restarts, applications);
    }

    static boolean allFinite(double[] a) {
        for (double d : a) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}

package jnum.mat.sparse.linalg;

/**
 * How the sparse eigensolvers of {@link Eigensolvers} run and when they stop.
 *
 * <p>A Ritz pair {@code (theta, x)} of the operator {@code OP} ({@code A}, or
 * {@code (A - sigma I)^-1} in shift-invert mode) counts as converged when its residual
 * {@code ||OP x - theta x||}, known without forming {@code x} from the last entry of the projected
 * eigenvector, satisfies {@code ||OP x - theta x|| <= tolerance * max(|theta|, eps^(2/3) ||T||)}
 * (ARPACK's test, made scale-invariant through the norm of the projected matrix {@code T}). In
 * {@code svds} a singular triplet {@code (s, u, v)} of an {@code m x n} operator counts as
 * converged when {@code ||A^T u - s v|| <= tolerance * ||B||}, {@code ||B||} the largest Ritz
 * value seen (the bidiagonalization makes {@code A v = s u} exact), and the operator's order
 * below is {@code min(m, n)}.
 *
 * @param tolerance relative tolerance on the Ritz residuals; 0 (the default) means the machine
 *     epsilon {@code 2^-52}, as ARPACK
 * @param maxRestarts restart limit; 0 (the default) means {@code max(100, 10 n)} for an
 *     {@code n x n} operator, as scipy's {@code maxiter}
 * @param subspaceSize the Lanczos basis size {@code m} (ARPACK's {@code ncv}; in {@code svds} the
 *     number of Lanczos vectors of each side); 0 (the default)
 *     means {@code m0 = max(2 k + 1, 20)} (ARPACK's), or {@code n} when {@code n <= 2 m0}: a
 *     single Krylov sequence holds one vector of each eigenspace, so the other copies of a
 *     multiple eigenvalue appear only as rounding grows them over restarts, and a small operator
 *     converges before that; a basis of the whole space finds every copy (its sequence continues
 *     with random orthogonal vectors once it becomes invariant) at a cost of the order of a dense
 *     solve, which is small at this size; otherwise {@code k < m <= n}
 * @param progress called after every restart with the restart count and the largest residual
 *     among the wanted Ritz pairs, or null for none (the default)
 */
public record EigenSettings(double tolerance, int maxRestarts, int subspaceSize, Progress progress) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the tolerance is negative, NaN or not below 1, or a limit
     *     is negative
     */
    public EigenSettings {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("EigenSettings: tolerance = " + tolerance + " outside [0, 1)");
        }
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("EigenSettings: maxRestarts = " + maxRestarts + " < 0");
        }
        if (subspaceSize < 0) {
            throw new IllegalArgumentException("EigenSettings: subspaceSize = " + subspaceSize + " < 0");
        }
    }

    /** The defaults: machine-epsilon tolerance, {@code max(100, 10 n)} restarts, ARPACK's basis size. */
    public static EigenSettings defaults() {
        return new EigenSettings(0.0, 0, 0, null);
    }

    /** These settings with another tolerance (0 for the machine epsilon). */
    public EigenSettings withTolerance(double tol) {
        return new EigenSettings(tol, maxRestarts, subspaceSize, progress);
    }

    /** These settings with another restart limit (0 for the default). */
    public EigenSettings withMaxRestarts(int n) {
        return new EigenSettings(tolerance, n, subspaceSize, progress);
    }

    /** These settings with another basis size (0 for the default). */
    public EigenSettings withSubspaceSize(int m) {
        return new EigenSettings(tolerance, maxRestarts, m, progress);
    }

    /** These settings with a progress listener (null for none). */
    public EigenSettings withProgress(Progress listener) {
        return new EigenSettings(tolerance, maxRestarts, subspaceSize, listener);
    }

    double effectiveTolerance() {
        return tolerance == 0 ? Math.ulp(1.0) : tolerance;
    }

    int restartLimit(int n) {
        return maxRestarts > 0 ? maxRestarts : (int) Math.min(Integer.MAX_VALUE, Math.max(100L, 10L * n));
    }

    /**
     * The basis size for {@code k} wanted pairs of an {@code n x n} operator.
     *
     * @throws IllegalArgumentException if an explicit size is not in {@code (k, n]} (or {@code k = n})
     */
    int basisSize(String op, int k, int n) {
        if (subspaceSize == 0) {
            int m0 = Math.max(2 * k + 1, 20);
            return n <= 2L * m0 ? n : m0;
        }
        if (subspaceSize > n || (subspaceSize <= k && !(subspaceSize == n && k == n))) {
            throw new IllegalArgumentException(
                    op + ": subspaceSize = " + subspaceSize + " outside (k, n] for k = " + k + ", n = " + n);
        }
        return subspaceSize;
    }
}

package jnum.mat.sparse.linalg;

import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.LinearOperator;
import jnum.mat.sparse.SparseMatrix;

/**
 * A few eigenpairs of a large symmetric operator and a few singular triplets of a large matrix,
 * as scipy.sparse.linalg's {@code eigsh} and {@code svds}: thick-restart Lanczos and Lanczos
 * bidiagonalization with full reorthogonalization (Wu and Simon 2000, Baglama and Reichel 2005;
 * the same iterations as ARPACK's implicitly restarted Lanczos with exact shifts and PROPACK's
 * restarted bidiagonalization).
 *
 * <ul>
 *   <li>{@link #eigsh(LinearOperator, int, Which, Vec, EigenSettings)}: the k eigenvalues at one
 *       end of the spectrum ({@link Which}) of a symmetric operator known by its products.
 *   <li>{@link #eigsh(LinearOperator, int, double, LinearOperator, Which, Vec, EigenSettings)}:
 *       shift-invert mode, Lanczos on {@code (A - sigma I)^-1} (a given operator, or jnum's
 *       {@link SparseLU} of a sparse {@code A - sigma I}), for the eigenvalues nearest
 *       {@code sigma}, which converge fast there even deep inside the spectrum.
 *   <li>{@link #svds(LinearOperator, LinearOperator, int, Vec, EigenSettings)}: the k largest
 *       singular values of {@code A} and their vectors, by Golub-Kahan-Lanczos bidiagonalization
 *       of {@code A} itself with thick restarts (Baglama and Reichel 2005), both Krylov bases
 *       fully reorthogonalized, so the small singular values keep their accuracy.
 * </ul>
 *
 * <p>The operator must be symmetric; this is not checked (a non-symmetric one gives meaningless
 * results, as with ARPACK). Each result holds the residual of every pair computed with {@code A}
 * itself, and a status: non-convergence within {@link EigenSettings#maxRestarts()} is a status
 * ({@code requireConverged()} turns it into an exception), not a silent answer. The default start
 * vector is pseudo-random with a fixed seed, so runs are repeatable. Bad arguments throw
 * {@link IllegalArgumentException} or {@link DimensionMismatchException} naming the operation;
 * null operators and settings throw {@link NullPointerException}.
 */
public final class Eigensolvers {

    private static final Blas BLAS = Kernels.blas();

    private Eigensolvers() {}

    /** The k eigenvalues of a symmetric operator selected by {@code which}, with default settings. */
    public static EigenResult eigsh(LinearOperator a, int k, Which which) {
        return eigsh(a, k, which, null, EigenSettings.defaults());
    }

    /**
     * The k eigenpairs of the symmetric operator {@code a} selected by {@code which}.
     *
     * @param v0 the start vector (non-zero, finite), or null for the default
     * @throws DimensionMismatchException if {@code a} is not square or {@code v0} does not fit
     * @throws IllegalArgumentException if k is outside {@code [1, n]}, {@code v0} is zero or not
     *     finite, or the settings' subspace size does not fit k and n
     */
    public static EigenResult eigsh(LinearOperator a, int k, Which which, Vec v0, EigenSettings settings) {
        String op = "eigsh";
        Objects.requireNonNull(which, op + ": which is null");
        int m = validate(op, a, k, v0, settings);
        ThickRestartLanczos.Ritz ritz = ThickRestartLanczos.run(a, k, m, which, start(v0), settings);
        return result(a, ritz, ritz.values());
    }

    /**
     * The k eigenpairs of the sparse symmetric matrix {@code a} nearest {@code sigma}, in
     * shift-invert mode with the sparse LU of {@code A - sigma I}.
     *
     * @throws jnum.mat.SingularMatrixException if {@code sigma} is an eigenvalue (to working
     *     precision)
     */
    public static EigenResult eigsh(SparseMatrix a, int k, double sigma) {
        return eigsh(a, k, sigma, null, Which.LARGEST_MAGNITUDE, null, EigenSettings.defaults());
    }

    /**
     * The k eigenpairs of the symmetric operator {@code a} in shift-invert mode: Lanczos on
     * {@code OP = (A - sigma I)^-1}, whose eigenvalues {@code nu = 1 / (lambda - sigma)} are
     * selected by {@code which} (so {@link Which#LARGEST_MAGNITUDE} gives the eigenvalues nearest
     * {@code sigma}, {@link Which#LARGEST_ALGEBRAIC} the nearest above it); the result holds
     * {@code lambda = sigma + 1 / nu}.
     *
     * @param inverse the operator {@code x -> (A - sigma I)^-1 x} (for instance from a
     *     factorization the caller keeps), or null to factor {@code A - sigma I} with
     *     {@link SparseLU} (then {@code a} must be a {@link SparseMatrix})
     * @param v0 the start vector (non-zero, finite), or null for the default
     * @throws IllegalArgumentException if {@code sigma} is not finite, {@code inverse} is null and
     *     {@code a} is not sparse, or as {@link #eigsh(LinearOperator, int, Which, Vec,
     *     EigenSettings)}
     * @throws DimensionMismatchException if {@code inverse} does not have the shape of {@code a}
     * @throws jnum.mat.SingularMatrixException if jnum factors {@code A - sigma I} and it is
     *     singular
     */
    public static EigenResult eigsh(
            LinearOperator a,
            int k,
            double sigma,
            LinearOperator inverse,
            Which which,
            Vec v0,
            EigenSettings settings) {
        String op = "eigsh";
        Objects.requireNonNull(which, op + ": which is null");
        int m = validate(op, a, k, v0, settings);
        if (!Double.isFinite(sigma)) {
            throw new IllegalArgumentException(op + ": sigma = " + sigma + " is not finite");
        }
        LinearOperator opInverse = inverse != null ? inverse : shiftedInverse(op, a, sigma);
        if (opInverse.rows() != a.rows() || opInverse.cols() != a.cols()) {
            throw new DimensionMismatchException(op + ": inverse is " + opInverse.rows() + "x" + opInverse.cols()
                    + ", operator is " + a.rows() + "x" + a.cols());
        }
        ThickRestartLanczos.Ritz ritz = ThickRestartLanczos.run(opInverse, k, m, which, start(v0), settings);
        double[] lambda = new double[k];
        for (int j = 0; j < k; j++) {
            lambda[j] = sigma + 1 / ritz.values()[j];
        }
        return result(a, ritz, lambda);
    }

    /** {@code x -> (A - sigma I)^-1 x} through the sparse LU of {@code A - sigma I}. */
    private static LinearOperator shiftedInverse(String op, LinearOperator a, double sigma) {
        if (!(a instanceof SparseMatrix s)) {
            throw new IllegalArgumentException(
                    op + ": shift-invert needs the inverse operator or a sparse matrix, got " + a);
        }
        SparseMatrix shifted = sigma == 0 ? s : s.minus(Csr.identity(s.rows()).scale(sigma));
        SparseLU lu = SparseLU.of(shifted);
        int n = s.rows();
        return LinearOperator.of(n, n, (x, y) -> {
            Vec solution = lu.solve(Vec.wrap(x, 0, 1, n));
            for (int i = 0; i < n; i++) {
                y[i] = solution.get(i);
            }
        });
    }

    /** The k largest singular triplets of a sparse matrix, with default settings. */
    public static SvdResult svds(SparseMatrix a, int k) {
        Objects.requireNonNull(a, "svds: matrix is null");
        return svds(a, a.t(), k, null, EigenSettings.defaults());
    }

    /**
     * The k largest singular triplets of the {@code m x n} operator {@code a}, given with its
     * transpose, by Golub-Kahan-Lanczos bidiagonalization with thick restarts (Baglama and
     * Reichel's augmented restarted bidiagonalization, as irlba and scipy's {@code svds} with the
     * PROPACK solver) and full reorthogonalization of both Krylov bases. A wide operator is
     * bidiagonalized through its transpose, so the start vector has {@code min(m, n)} elements.
     *
     * <p>The operator itself is iterated, never {@code A^T A}: each singular value is found to an
     * absolute accuracy of about {@code (tol + c s eps) ||A||}, {@code s} the basis size, so a
     * singular value {@code 1e-8 ||A||} keeps about eight correct digits at the default
     * tolerance, where the normal equations would lose all of them. A triplet counts as
     * converged when its residual {@code ||A^T u - s v||} (the projection makes
     * {@code A v = s u} exact), known from the projected problem, is at most
     * {@code tol ||B||}, {@code ||B||} the largest Ritz value seen, an estimate of
     * {@code ||A||}. The settings' subspace size is the number of Lanczos vectors {@code s} of
     * each side ({@code k < s <= min(m, n)}, default {@code min(min(m, n), max(2 k + 1, 20))});
     * their restart limit is on thick restarts, each {@code 2 (s - l)} products for {@code l}
     * kept vectors.
     *
     * @param aT the transpose of {@code a}, {@code n x m}
     * @param v0 the start vector of length {@code min(m, n)} (right vectors when
     *     {@code m >= n}, left ones otherwise), or null for the default
     * @return the triplets with singular values descending and residuals
     *     {@code sqrt(||A v - s u||^2 + ||A^T u - s v||^2)} computed with {@code a} and
     *     {@code aT}
     * @throws DimensionMismatchException if {@code aT} is not the transpose's shape or {@code v0}
     *     does not fit
     * @throws IllegalArgumentException if k is outside {@code [1, min(m, n)]}, {@code v0} is zero
     *     or not finite, or the subspace size does not fit
     */
    public static SvdResult svds(LinearOperator a, LinearOperator aT, int k, Vec v0, EigenSettings settings) {
        String op = "svds";
        Objects.requireNonNull(a, op + ": operator is null");
        Objects.requireNonNull(aT, op + ": transpose is null");
        int rows = a.rows();
        int cols = a.cols();
        if (aT.rows() != cols || aT.cols() != rows) {
            throw new DimensionMismatchException(
                    op + ": transpose is " + aT.rows() + "x" + aT.cols() + ", operator is " + rows + "x" + cols);
        }
        boolean tall = rows >= cols; // bidiagonalize A (tall), else A^T
        LinearOperator f = tall ? a : aT;
        LinearOperator fT = tall ? aT : a;
        int order = Math.min(rows, cols);
        int s = checkStart(op, order, k, v0, settings);
        ThickRestartBidiagonalization.Triplets t = ThickRestartBidiagonalization.run(f, fT, k, s, start(v0), settings);
        Dense left = Dense.wrap(t.left(), 0, Math.max(1, f.rows()), f.rows(), k);
        Dense right = Dense.wrap(t.right(), 0, Math.max(1, order), order, k);
        Dense u = tall ? left : right;
        Dense v = tall ? right : left;
        double[] residuals = new double[k];
        double[] au = new double[rows];
        double[] atv = new double[cols];
        for (int j = 0; j < k; j++) {
            if (t.status() == EigenStatus.NOT_FINITE) {
                residuals[j] = Double.NaN;
                continue;
            }
            double sj = t.values()[j];
            double[] uj = u.column(j).toArray();
            double[] vj = v.column(j).toArray();
            a.apply(vj, au);
            aT.apply(uj, atv);
            BLAS.axpy(rows, -sj, uj, 0, 1, au, 0, 1);
            BLAS.axpy(cols, -sj, vj, 0, 1, atv, 0, 1);
            residuals[j] = Math.hypot(BLAS.nrm2(rows, au, 0, 1), BLAS.nrm2(cols, atv, 0, 1));
        }
        return new SvdResult(
                Vec.of(t.values()), u, v, Vec.of(residuals), t.status(), t.converged(), t.restarts(), t.applications());
    }

    /** Checks the common arguments; returns the basis size. */
    private static int validate(String op, LinearOperator a, int k, Vec v0, EigenSettings settings) {
        Objects.requireNonNull(a, op + ": operator is null");
        Objects.requireNonNull(settings, op + ": settings is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": operator is " + a.rows() + "x" + a.cols() + ", not square");
        }
        return checkStart(op, a.rows(), k, v0, settings);
    }

    /** Checks k and the start vector for an operator of order n; returns the basis size. */
    private static int checkStart(String op, int n, int k, Vec v0, EigenSettings settings) {
        Objects.requireNonNull(settings, op + ": settings is null");
        if (k < 1 || k > n) {
            throw new IllegalArgumentException(op + ": k = " + k + " outside [1, " + n + "]");
        }
        if (v0 != null) {
            if (v0.length() != n) {
                throw new DimensionMismatchException(op + ": v0 has " + v0.length() + " elements, need " + n);
            }
            double norm = v0.norm2();
            if (!(norm > 0 && Double.isFinite(norm))) {
                throw new IllegalArgumentException(op + ": v0 has norm " + norm + ", need a non-zero finite vector");
            }
        }
        return settings.basisSize(op, k, n);
    }

    private static double[] start(Vec v0) {
        return v0 == null ? null : v0.toArray();
    }

    /**
     * The result in ascending order of {@code lambda}, vectors signed (largest element positive),
     * residuals {@code ||A x - lambda x||} computed with {@code a}.
     */
    private static EigenResult result(LinearOperator a, ThickRestartLanczos.Ritz ritz, double[] lambda) {
        int n = a.rows();
        int k = lambda.length;
        Integer[] perm = new Integer[k];
        for (int j = 0; j < k; j++) {
            perm[j] = j;
        }
        java.util.Arrays.sort(perm, (p, q) -> Double.compare(lambda[p], lambda[q]));
        Dense vectors = Dense.zeros(n, k);
        double[] values = new double[k];
        double[] residuals = new double[k];
        double[] xj = new double[n];
        double[] axj = new double[n];
        for (int j = 0; j < k; j++) {
            int src = perm[j];
            values[j] = lambda[src];
            System.arraycopy(ritz.vectors(), src * n, xj, 0, n);
            int big = n == 0 ? 0 : BLAS.iamax(n, xj, 0, 1);
            if (n > 0 && xj[big] < 0) {
                BLAS.scal(n, -1, xj, 0, 1);
            }
            for (int i = 0; i < n; i++) {
                vectors.set(i, j, xj[i]);
            }
            if (ritz.status() == EigenStatus.NOT_FINITE) {
                residuals[j] = Double.NaN;
                continue;
            }
            a.apply(xj, axj);
            BLAS.axpy(n, -values[j], xj, 0, 1, axj, 0, 1);
            residuals[j] = BLAS.nrm2(n, axj, 0, 1);
        }
        return new EigenResult(
                Vec.of(values),
                vectors,
                Vec.of(residuals),
                ritz.status(),
                ritz.converged(),
                ritz.restarts(),
                ritz.applications());
    }
}

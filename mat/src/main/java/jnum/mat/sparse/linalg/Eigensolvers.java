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
 * as scipy.sparse.linalg's {@code eigsh} and {@code svds}, by thick-restart Lanczos with full
 * reorthogonalization (Wu and Simon 2000; the same iteration as ARPACK's implicitly restarted
 * Lanczos with exact shifts).
 *
 * <ul>
 *   <li>{@link #eigsh(LinearOperator, int, Which, Vec, EigenSettings)}: the k eigenvalues at one
 *       end of the spectrum ({@link Which}) of a symmetric operator known by its products.
 *   <li>{@link #eigsh(LinearOperator, int, double, LinearOperator, Which, Vec, EigenSettings)}:
 *       shift-invert mode, Lanczos on {@code (A - sigma I)^-1} (a given operator, or jnum's
 *       {@link SparseLU} of a sparse {@code A - sigma I}), for the eigenvalues nearest
 *       {@code sigma}, which converge fast there even deep inside the spectrum.
 *   <li>{@link #svds(LinearOperator, LinearOperator, int, Vec, EigenSettings)}: the k largest
 *       singular values of {@code A} and their vectors, by Lanczos on {@code A^T A} or
 *       {@code A A^T}, whichever is smaller.
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
     * transpose: Lanczos for the largest eigenvalues of {@code A^T A} (when {@code n <= m}) or
     * {@code A A^T}, then {@code s_j = ||A v_j||} and {@code u_j = A v_j / s_j} (or the same with
     * the roles of u and v exchanged). Singular values below {@code sqrt(eps) s_1} lose relative
     * accuracy through the squaring; the largest ones, which this method is for, do not.
     *
     * @param aT the transpose of {@code a}, {@code n x m}
     * @param v0 the start vector of length {@code min(m, n)}, or null for the default
     * @throws DimensionMismatchException if {@code aT} is not the transpose's shape or {@code v0}
     *     does not fit
     * @throws IllegalArgumentException if k is outside {@code [1, min(m, n)]}
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
        boolean normal = cols <= rows; // Lanczos on A^T A (order cols), else on A A^T (order rows)
        LinearOperator first = normal ? a : aT;
        LinearOperator second = normal ? aT : a;
        int order = Math.min(rows, cols);
        double[] mid = new double[Math.max(rows, cols)];
        LinearOperator gram = LinearOperator.of(order, order, (x, y) -> {
            first.apply(x, mid);
            second.apply(mid, y);
        });
        int m = validate(op, gram, k, v0, settings);
        ThickRestartLanczos.Ritz ritz =
                ThickRestartLanczos.run(gram, k, m, Which.LARGEST_ALGEBRAIC, start(v0), settings);
        int big = Math.max(rows, cols);
        double[] small = ritz.vectors(); // order x k: v (normal) or u
        double[] other = new double[big * k];
        double[] values = new double[k];
        double[] col = new double[order];
        double[] image = new double[big];
        for (int j = 0; j < k; j++) {
            System.arraycopy(small, j * order, col, 0, order);
            first.apply(col, image);
            double s = BLAS.nrm2(big, image, 0, 1);
            values[j] = s;
            if (s > 0) {
                BLAS.scal(big, 1 / s, image, 0, 1);
                System.arraycopy(image, 0, other, j * big, big);
            }
        }
        completeZeroColumns(other, big, k, values);
        // descending values; the Ritz pairs came best (largest) first, but equal-looking ones may swap
        Integer[] perm = descending(values);
        Dense smallD = columns(small, order, perm);
        Dense otherD = columns(other, big, perm);
        double[] sorted = new double[k];
        for (int j = 0; j < k; j++) {
            sorted[j] = values[perm[j]];
        }
        Dense u = normal ? otherD : smallD;
        Dense v = normal ? smallD : otherD;
        double[] residuals = new double[k];
        double[] au = new double[rows];
        double[] atv = new double[cols];
        for (int j = 0; j < k; j++) {
            double[] uj = u.column(j).toArray();
            double[] vj = v.column(j).toArray();
            a.apply(vj, au);
            aT.apply(uj, atv);
            double r = 0;
            for (int i = 0; i < rows; i++) {
                double d = au[i] - sorted[j] * uj[i];
                r += d * d;
            }
            for (int i = 0; i < cols; i++) {
                double d = atv[i] - sorted[j] * vj[i];
                r += d * d;
            }
            residuals[j] = Math.sqrt(r);
        }
        return new SvdResult(
                Vec.of(sorted),
                u,
                v,
                Vec.of(residuals),
                ritz.status(),
                ritz.converged(),
                ritz.restarts(),
                2 * ritz.applications());
    }

    /**
     * Columns of {@code q} ({@code rows x k}) for zero singular values: unit vectors orthogonal to
     * the other columns, by Gram-Schmidt on the coordinate vectors.
     */
    private static void completeZeroColumns(double[] q, int rows, int k, double[] values) {
        for (int j = 0; j < k; j++) {
            if (values[j] > 0) {
                continue;
            }
            for (int e = 0; e < rows; e++) {
                double[] cand = new double[rows];
                cand[e] = 1;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i < k; i++) {
                        if (i != j && (values[i] > 0 || i < j)) {
                            double d = BLAS.dot(rows, q, i * rows, 1, cand, 0, 1);
                            BLAS.axpy(rows, -d, q, i * rows, 1, cand, 0, 1);
                        }
                    }
                }
                double norm = BLAS.nrm2(rows, cand, 0, 1);
                if (norm > 0.5) {
                    BLAS.scal(rows, 1 / norm, cand, 0, 1);
                    System.arraycopy(cand, 0, q, j * rows, rows);
                    break;
                }
            }
        }
    }

    private static Integer[] descending(double[] values) {
        Integer[] perm = new Integer[values.length];
        for (int j = 0; j < perm.length; j++) {
            perm[j] = j;
        }
        java.util.Arrays.sort(perm, (p, q) -> Double.compare(values[q], values[p]));
        return perm;
    }

    private static Dense columns(double[] data, int rows, Integer[] perm) {
        Dense d = Dense.zeros(rows, perm.length);
        for (int j = 0; j < perm.length; j++) {
            for (int i = 0; i < rows; i++) {
                d.set(i, j, data[perm[j] * rows + i]);
            }
        }
        return d;
    }

    /** Checks the common arguments; returns the basis size. */
    private static int validate(String op, LinearOperator a, int k, Vec v0, EigenSettings settings) {
        Objects.requireNonNull(a, op + ": operator is null");
        Objects.requireNonNull(settings, op + ": settings is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": operator is " + a.rows() + "x" + a.cols() + ", not square");
        }
        int n = a.rows();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException(op + ": k = " + k + " outside [1, " + n + "]");
        }
        if (v0 != null) {
            if (v0.length() != n) {
                throw new DimensionMismatchException(
                        op + ": v0 has " + v0.length() + " elements, operator is " + n + "x" + n);
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
            double r = 0;
            for (int i = 0; i < n; i++) {
                double d = axj[i] - values[j] * xj[i];
                r += d * d;
            }
            residuals[j] = Math.sqrt(r);
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

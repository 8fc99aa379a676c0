/**
 * Iterative solvers for sparse and matrix-free linear systems, as scipy.sparse.linalg has them:
 * {@link jnum.mat.sparse.linalg.Solvers} (CG, MINRES, BiCGSTAB, GMRES(m)) on any
 * {@link jnum.mat.sparse.LinearOperator}, with the preconditioners
 * {@link jnum.mat.sparse.linalg.Jacobi}, {@link jnum.mat.sparse.linalg.IncompleteCholesky} (IC(0))
 * and {@link jnum.mat.sparse.linalg.IncompleteLU} (ILU(0)); sparse direct factorizations
 * ({@link jnum.mat.sparse.linalg.SparseCholesky} with AMD and supernodes, {@link jnum.mat.sparse.linalg.SparseLU}
 * with COLAMD and supernodes, the fill-reducing orders in {@link jnum.mat.sparse.linalg.Ordering}); and a
 * few eigenpairs or singular triplets of large operators ({@link
 * jnum.mat.sparse.linalg.Eigensolvers}: {@code eigsh} by thick-restart Lanczos, {@code svds} by
 * thick-restart Lanczos bidiagonalization of the operator itself, never of {@code A^T A}; both
 * keep their Krylov bases fully reorthogonalized with Gram-Schmidt through GEMV).
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Every solve stops on the true residual {@code ||b - A x||}, recomputed from {@code x}
 *       whenever the method's own residual estimate passes the test (recurrences drift from the
 *       true residual in floating point; when they have, the method restarts from the current
 *       iterate), and always within the iteration limit of
 *       {@link jnum.mat.sparse.linalg.SolverSettings}.
 *   <li>Non-convergence, breakdown, an indefinite operator given to CG, and NaN or infinities are
 *       reported as a {@link jnum.mat.sparse.linalg.SolverStatus} in the result, not thrown; the
 *       result still holds the last iterate and its true residual.
 *   <li>The eigensolvers stop on their Ritz residual estimates within
 *       {@link jnum.mat.sparse.linalg.EigenSettings#maxRestarts()} restarts, report the true
 *       residual {@code ||A x - lambda x||} of every pair (of every singular triplet
 *       {@code sqrt(||A v - s u||^2 + ||A^T u - s v||^2)}), and report non-convergence or NaN as
 *       an {@link jnum.mat.sparse.linalg.EigenStatus}.
 *   <li>Operators, right-hand sides and starting iterates are never modified.
 *   <li>The sparse LU throws {@link jnum.mat.SingularMatrixException} naming the step when a
 *       column has no non-zero pivot (the matrix is structurally or numerically singular), and
 *       never returns factors with a zero pivot; the sparse Cholesky factorization throws
 *       {@link jnum.mat.NotPositiveDefiniteException} naming the column.
 *   <li>Preconditioners are built once and are immutable; building one that does not exist (a
 *       zero pivot of ILU(0), a non-positive one of IC(0)) throws
 *       {@link java.lang.IllegalArgumentException} naming the row.
 * </ul>
 */
package jnum.mat.sparse.linalg;

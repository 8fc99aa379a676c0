package jnum.mat.kernel.spi;

import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.LapackRoutine;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The service-provider interface of the LAPACK layer: the dense factorizations and their solvers
 * on column-major {@code double[]} storage, with the conventions of the BLAS SPI (matrices are
 * {@code (array, offset, ld)}, element {@code (i, j)} at {@code offset + i + j * ld}).
 *
 * <p>Implementations may assume valid arguments: {@link jnum.mat.kernel.Lapack} has checked
 * shapes, leading dimensions and every array bound, and never calls a provider for an empty
 * problem. Work space is the provider's business (there is no {@code lwork} here).
 *
 * <p>Differences from reference LAPACK, the same in every provider:
 *
 * <ul>
 *   <li>Indices are 0-based. Row interchanges {@code ipiv[i] = p} mean row {@code i} was swapped
 *       with row {@code p >= i}; column permutations {@code jpvt[j] = c} mean column {@code j} of
 *       {@code A P} is column {@code c} of {@code A}.
 *   <li>What LAPACK reports in {@code info > 0} is returned as a 0-based index, or {@code -1} when
 *       there is nothing to report. The facade turns it into a typed result.
 * </ul>
 *
 * <p>jnum's own Java implementation ({@code java}) is always present; others (the {@code native}
 * one of {@code linalg-native}) are found through {@link LapackProviderFactory}.
 */
public interface LapackProvider {

    /** Short name: {@code "java"}, {@code "native"}. */
    String name();

    /**
     * Whether this provider wants to serve {@code routine} for a problem of about {@code work}
     * floating-point operations (a native provider declines small problems).
     */
    default boolean accepts(LapackRoutine routine, long work) {
        return true;
    }

    // ---- LU ------------------------------------------------------------------------------------

    /**
     * {@code P A = L U} with partial pivoting, in place: L (unit lower, below the diagonal) and U
     * overwrite the m x n matrix A; {@code ipiv} receives {@code min(m, n)} row interchanges.
     *
     * @return the index of the first exactly zero pivot {@code U(k, k)}, or -1 (the factorization
     *     is completed either way)
     */
    int getrf(int m, int n, double[] a, int aOff, int lda, int[] ipiv, int ipivOff);

    /** Solves {@code op(A) X = B} in place of the n x nrhs matrix B with the factors of getrf. */
    void getrs(
            Transpose trans,
            int n,
            int nrhs,
            double[] a,
            int aOff,
            int lda,
            int[] ipiv,
            int ipivOff,
            double[] b,
            int bOff,
            int ldb);

    /**
     * Cholesky factorization {@code A = U^T U} (UPPER) or {@code A = L L^T} (LOWER) in place of the
     * {@code uplo} triangle of the n x n matrix A; the other triangle is not touched.
     *
     * @return the column {@code k} whose leading minor of order {@code k + 1} is not positive
     *     (or is NaN), leaving the factorization of the first k columns in place; or -1
     */
    int potrf(Uplo uplo, int n, double[] a, int aOff, int lda);

    /** Solves {@code A X = B} in place of the n x nrhs matrix B with the factor of potrf. */
    void potrs(Uplo uplo, int n, int nrhs, double[] a, int aOff, int lda, double[] b, int bOff, int ldb);

    /**
     * Solves {@code op(A) X = B} in place of B (n x nrhs), A triangular n x n.
     *
     * @return the index of the first zero diagonal element (B is then left unchanged), or -1;
     *     always -1 when {@code diag == UNIT}
     */
    int trtrs(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            int nrhs,
            double[] a,
            int aOff,
            int lda,
            double[] b,
            int bOff,
            int ldb);

    // ---- Condition and norms -------------------------------------------------------------------

    /**
     * Estimates the reciprocal condition number {@code 1 / (||A|| ||A^-1||)} in the 1-norm
     * ({@code norm == ONE}) or infinity-norm ({@code INF}) from the LU factors of getrf, given
     * {@code anorm = ||A||} (finite, positive).
     */
    double gecon(MatrixNorm norm, int n, double[] a, int aOff, int lda, double anorm);

    /**
     * Estimates the reciprocal 1-norm condition number from the Cholesky factor of potrf, given
     * {@code anorm = ||A||_1} (finite, positive).
     */
    double pocon(Uplo uplo, int n, double[] a, int aOff, int lda, double anorm);

    /** The {@code norm} of the m x n matrix A; NaN when an element is NaN. */
    double lange(MatrixNorm norm, int m, int n, double[] a, int aOff, int lda);

    // ---- QR, LQ --------------------------------------------------------------------------------

    /**
     * Householder QR of the m x n matrix A in place: R on and above the diagonal, the reflectors
     * {@code H_i = I - tau_i v_i v_i^T} below it (implicit unit first element), {@code min(m, n)}
     * scalars into {@code tau}.
     */
    void geqrf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * {@code C = op(Q) C} (LEFT) or {@code C op(Q)} (RIGHT) for the m x n matrix C, with
     * {@code Q = H_0 ... H_{k-1}} as geqrf leaves it in A (m x k for LEFT, n x k for RIGHT).
     */
    void ormqr(
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc);

    /**
     * The first n columns of {@code Q = H_0 ... H_{k-1}} in place of the m x n matrix A
     * ({@code m >= n >= k}), from geqrf's reflectors in its first k columns.
     */
    void orgqr(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * Householder LQ of the m x n matrix A in place: L on and below the diagonal, the reflectors
     * (stored as rows) to the right of it, {@code min(m, n)} scalars into {@code tau}.
     */
    void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * {@code C = op(Q) C} (LEFT) or {@code C op(Q)} (RIGHT) for the m x n matrix C, with
     * {@code Q = H_{k-1} ... H_0} as gelqf leaves it in A (k x m for LEFT, k x n for RIGHT).
     */
    void ormlq(
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc);

    /**
     * The first m rows of Q in place of the m x n matrix A ({@code n >= m >= k}), from gelqf's
     * reflectors in its first k rows.
     */
    void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * QR with column pivoting, {@code A P = Q R}, in place as geqrf; {@code jpvt} receives the n
     * column indices of the permutation (its input contents are ignored: every column is free).
     */
    void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff);

    // ---- SVD -----------------------------------------------------------------------------------

    /**
     * Reduction to bidiagonal form {@code A = Q B P^T} in place of the m x n matrix A (LAPACK's
     * dgebrd and its storage): {@code min(m, n)} diagonal elements into d, {@code min(m, n) - 1}
     * off-diagonal ones into e (B upper bidiagonal when {@code m >= n}, lower otherwise), the
     * reflectors of Q and P in A with their {@code min(m, n)} scalars in tauq and taup.
     */
    void gebrd(
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tauq,
            int tauqOff,
            double[] taup,
            int taupOff);

    /**
     * LAPACK's dorgbr: the first n columns of Q ({@code which == Q}, A m x n with {@code m >= n >=
     * min(m, k)}, Q from the reduction of an m x k matrix) or the first m rows of P^T ({@code P}, A
     * m x n with {@code n >= m >= min(n, k)}, P from the reduction of a k x n matrix), in place of
     * A holding gebrd's reflectors.
     */
    void orgbr(BidiagonalFactor which, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * The SVD of the n x n bidiagonal B = d + e above ({@code UPPER}) or below the diagonal by
     * implicit QR with relative accuracy (LAPACK's dbdsqr without C): the singular values replace
     * d in decreasing order, VT (n x ncvt) becomes {@code P^T VT}, U (nru x n) becomes {@code U Q};
     * e is destroyed. VT and U are not referenced when ncvt, respectively nru, is 0.
     *
     * @return 0, or the number of elements of e that failed to converge to zero within the
     *     iteration limit
     */
    int bdsqr(
            Uplo uplo,
            int n,
            int ncvt,
            int nru,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] vt,
            int vtOff,
            int ldvt,
            double[] u,
            int uOff,
            int ldu);

    /**
     * The SVD {@code A = U S V^T} of the m x n matrix A, which is destroyed: {@code p = min(m, n)}
     * singular values into s in decreasing order; U (m x p for THIN, m x m for FULL) and V^T (p x n
     * for THIN, n x n for FULL); U and VT are not referenced for VALUES.
     *
     * @return 0, or a positive number when the iteration failed to converge (the outputs are then
     *     unreliable)
     */
    int gesvd(
            SvdJob job,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] s,
            int sOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt);

    // ---- general eigenproblem ------------------------------------------------------------------

    /**
     * Balances the n x n matrix A in place (dgebal): permutes to isolate eigenvalues, then scales
     * the active block by powers of 2; {@code scale} receives n entries as {@link
     * jnum.mat.kernel.Lapack#gebal} documents.
     */
    BalanceRange gebal(BalanceJob job, int n, double[] a, int aOff, int lda, double[] scale, int scaleOff);

    /**
     * Back-transforms the m columns of the n x m matrix V, eigenvectors of the matrix balanced by
     * {@link #gebal}, into eigenvectors of the original matrix (dgebak).
     */
    void gebak(
            BalanceJob job,
            Side side,
            int n,
            int ilo,
            int ihi,
            double[] scale,
            int scaleOff,
            int m,
            double[] v,
            int vOff,
            int ldv);

    /**
     * Reduces the n x n matrix A to upper Hessenberg form {@code Q^T A Q} in place (dgehrd), rows
     * and columns ilo..ihi active; the reflectors below the subdiagonal, n - 1 scalars into tau.
     */
    void gehrd(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /** Overwrites the reflectors of {@link #gehrd} in A with the n x n orthogonal Q (dorghr). */
    void orghr(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /**
     * Eigenvalues of the upper Hessenberg H and, with {@code wantT}, its real Schur form in place
     * of H; with {@code wantZ}, {@code Z = Z S} for the Schur vectors S (dhseqr with compz 'V').
     *
     * @return -1, or the 0-based index i such that the eigenvalues of rows ilo..i did not converge
     */
    int hseqr(
            boolean wantT,
            boolean wantZ,
            int n,
            int ilo,
            int ihi,
            double[] h,
            int hOff,
            int ldh,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            double[] z,
            int zOff,
            int ldz);

    /**
     * Left and/or right eigenvectors of the quasi-triangular T in Schur canonical form, multiplied
     * by the n x n matrices VL and VR given on entry (dtrevc3 with howmny 'B').
     */
    void trevc3(
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] t,
            int tOff,
            int ldt,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr);

    /**
     * Eigenvalues and optionally left and right eigenvectors of the general n x n matrix A, which
     * is overwritten (dgeev; dgeevx without balancing when {@code balance} is false).
     *
     * @return -1, or the 0-based index i such that the eigenvalues 0..i were not computed
     */
    int geev(
            boolean balance,
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] wr,
            int wrOff,
            double[] wi,
            int wiOff,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr);

    // ---- symmetric eigen -----------------------------------------------------------------------

    /**
     * dsteqr with {@code job} UPDATE or IDENTITY: eigenvalues ascending into d (n), e (n - 1)
     * destroyed, eigenvectors into the n x n matrix Z (accumulated onto its contents for UPDATE).
     *
     * @return the number of unconverged off-diagonal elements, 0 on success
     */
    int steqr(EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz);

    /**
     * dsterf: eigenvalues ascending into d (n), e (n - 1) destroyed.
     *
     * @return the number of unconverged off-diagonal elements, 0 on success
     */
    int sterf(int n, double[] d, int dOff, double[] e, int eOff);

    /** dsytrd ('L'): T into d (n) and e (n - 1), reflectors below A's subdiagonal, scalars in tau. */
    void sytrd(
            int n, double[] a, int aOff, int lda, double[] d, int dOff, double[] e, int eOff, double[] tau, int tauOff);

    /** dorgtr ('L'): the n x n Q of sytrd in place of A. */
    void orgtr(int n, double[] a, int aOff, int lda, double[] tau, int tauOff);

    /** dormtr ('L'): {@code C = op(Q) C} (LEFT) or {@code C op(Q)} (RIGHT) with Q of sytrd. */
    void ormtr(
            Side side,
            Transpose trans,
            int m,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc);

    /**
     * Eigenvalues ascending into w, and with {@code vectors} eigenvectors in place of A, of the
     * symmetric n x n matrix whose lower triangle A holds ({@code n >= 1}).
     *
     * @return the number of unconverged off-diagonal elements, 0 on success
     */
    int syev(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff);

    /** The number of eigenvalues at most x of the tridiagonal T (d, e), {@code n >= 1}. */
    int sturmCount(int n, double[] d, int dOff, double[] e, int eOff, double x);

    /** dstebz ('I', 0-based il..iu inclusive): those eigenvalues of T ascending into w. */
    void stebz(int n, double[] d, int dOff, double[] e, int eOff, int il, int iu, double[] w, int wOff);

    /**
     * dstein: eigenvectors of T for the m ascending eigenvalues w into the n x m matrix Z.
     *
     * @return the number of vectors that did not converge, 0 on success
     */
    int stein(
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int m,
            double[] w,
            int wOff,
            double[] z,
            int zOff,
            int ldz);

    // ---- divide and conquer ----

    /**
     * dstedc with {@code job} UPDATE or IDENTITY: eigenvalues ascending into d (n), e (n - 1)
     * destroyed, eigenvectors into the n x n matrix Z (multiplied onto its contents for UPDATE).
     *
     * @return 0 on success, else a positive number (the Java provider: the order of the block that
     *     did not converge; native: dstedc's info)
     */
    int stedc(EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz);

    /**
     * dsyevd: eigenvalues ascending into w, and with {@code vectors} eigenvectors in place of A, of
     * the symmetric n x n matrix whose lower triangle A holds ({@code n >= 1}).
     *
     * @return 0 on success, else a positive number
     */
    int syevd(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff);

    // ---- bidiagonal divide and conquer ----

    /**
     * dbdsdc with COMPQ 'I': the singular values of the n x n bidiagonal B (off-diagonal e above
     * the diagonal d for UPPER, below for LOWER) descending into d, {@code B = U S V^T} with U and
     * V^T (n x n) overwritten; e destroyed.
     *
     * @return 0 on success, else a positive number (dbdsdc's info)
     */
    int bdsdc(
            Uplo uplo,
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] u,
            int uOff,
            int ldu,
            double[] vt,
            int vtOff,
            int ldvt);
}

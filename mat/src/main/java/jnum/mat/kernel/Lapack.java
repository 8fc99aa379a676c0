package jnum.mat.kernel;

import java.util.List;
import java.util.OptionalInt;
import jnum.mat.kernel.spi.LapackProvider;

/**
 * The validating facade of the LAPACK layer, beside {@link Blas} and with its conventions:
 * column-major {@code (array, offset, ld)} matrices, enums for flags, arguments checked once
 * (sizes, leading dimensions, every array bound, null arrays and flags), empty problems returning
 * at once without touching anything. Indices are 0-based.
 *
 * <p>What LAPACK reports through {@code info > 0} comes back typed: {@link #getrf} and
 * {@link #potrf} return an {@link OptionalInt} naming the first zero pivot or the failing column,
 * {@link #trtrs} the first zero diagonal element.
 *
 * <p>Errors: {@link IllegalArgumentException} for negative sizes, too-small leading dimensions and
 * inconsistent sizes (such as {@code k > n} in orgqr); {@link IndexOutOfBoundsException} when an
 * operand runs outside its array; {@link NullPointerException} for null arrays or flags. Messages
 * start with the routine's name.
 *
 * <p>Each call goes to the first provider that accepts the routine at its size: a native LAPACK
 * for large problems when {@code linalg-native} is present, else jnum's Java implementation on the
 * {@link Blas} facade. Get one from {@link Kernels#lapack()}. Instances are immutable and
 * thread-safe.
 */
public final class Lapack {
    private final List<LapackProvider> providers;

    Lapack(List<LapackProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    LapackProvider select(LapackRoutine routine, long work) {
        for (int i = 0, last = providers.size() - 1; i < last; i++) {
            LapackProvider p = providers.get(i);
            if (p.accepts(routine, work)) {
                return p;
            }
        }
        return providers.get(providers.size() - 1);
    }

    private static OptionalInt index(int k) {
        return k < 0 ? OptionalInt.empty() : OptionalInt.of(k);
    }

    private static long cube(long m, long n, long k) {
        return m * n * k;
    }

    // ---- LU ------------------------------------------------------------------------------------

    /**
     * LU factorization with partial pivoting, {@code P A = L U}, in place of the m x n matrix A:
     * the strictly lower part holds L (unit diagonal implied), the upper part U. Row {@code i} was
     * interchanged with row {@code ipiv[ipivOff + i] >= i}, for {@code i < min(m, n)}.
     *
     * <p>The factorization is always completed. A zero pivot leaves U exactly singular; NaN in A
     * propagates into the factors (a NaN pivot is not reported as zero).
     *
     * @return the index {@code k} of the first exactly zero {@code U(k, k)}, or empty
     */
    public OptionalInt getrf(int m, int n, double[] a, int aOff, int lda, int[] ipiv, int ipivOff) {
        Checks.size("getrf", "m", m);
        Checks.size("getrf", "n", n);
        Checks.matrix("getrf", "A", m, n, a, aOff, lda);
        Checks.indices("getrf", "ipiv", Math.min(m, n), ipiv, ipivOff);
        if (m == 0 || n == 0) {
            return OptionalInt.empty();
        }
        long p = Math.min(m, n);
        return index(select(LapackRoutine.GETRF, cube(p, p, Math.max(m, n))).getrf(m, n, a, aOff, lda, ipiv, ipivOff));
    }

    /**
     * Solves {@code A X = B} ({@code trans == NO}) or {@code A^T X = B} ({@code YES}) in place of
     * the n x nrhs matrix B, with the factors and interchanges of {@link #getrf} of the n x n
     * matrix A. No test for singularity: a zero pivot gives infinities or NaN.
     */
    public void getrs(
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
            int ldb) {
        Checks.flag("getrs", "trans", trans);
        Checks.size("getrs", "n", n);
        Checks.size("getrs", "nrhs", nrhs);
        Checks.matrix("getrs", "A", n, n, a, aOff, lda);
        Checks.indices("getrs", "ipiv", n, ipiv, ipivOff);
        Checks.matrix("getrs", "B", n, nrhs, b, bOff, ldb);
        if (n > 0 && nrhs > 0) {
            select(LapackRoutine.GETRS, cube(2, n, (long) n * nrhs))
                    .getrs(trans, n, nrhs, a, aOff, lda, ipiv, ipivOff, b, bOff, ldb);
        }
    }

    // ---- Cholesky ------------------------------------------------------------------------------

    /**
     * Cholesky factorization of the symmetric n x n matrix A in place of its {@code uplo}
     * triangle: {@code A = U^T U} (UPPER) or {@code A = L L^T} (LOWER). Only that triangle is
     * read and written.
     *
     * @return the column {@code k} at which the leading minor of order {@code k + 1} is found not
     *     positive definite (a pivot {@code <= 0} or NaN), the first k columns then holding the
     *     factor of the leading k x k block; or empty when A is positive definite
     */
    public OptionalInt potrf(Uplo uplo, int n, double[] a, int aOff, int lda) {
        Checks.flag("potrf", "uplo", uplo);
        Checks.size("potrf", "n", n);
        Checks.matrix("potrf", "A", n, n, a, aOff, lda);
        if (n == 0) {
            return OptionalInt.empty();
        }
        return index(select(LapackRoutine.POTRF, cube(n, n, n) / 3).potrf(uplo, n, a, aOff, lda));
    }

    /**
     * Solves {@code A X = B} in place of the n x nrhs matrix B, with the Cholesky factor of
     * {@link #potrf} in the {@code uplo} triangle of A.
     */
    public void potrs(Uplo uplo, int n, int nrhs, double[] a, int aOff, int lda, double[] b, int bOff, int ldb) {
        Checks.flag("potrs", "uplo", uplo);
        Checks.size("potrs", "n", n);
        Checks.size("potrs", "nrhs", nrhs);
        Checks.matrix("potrs", "A", n, n, a, aOff, lda);
        Checks.matrix("potrs", "B", n, nrhs, b, bOff, ldb);
        if (n > 0 && nrhs > 0) {
            select(LapackRoutine.POTRS, cube(2, n, (long) n * nrhs)).potrs(uplo, n, nrhs, a, aOff, lda, b, bOff, ldb);
        }
    }

    // ---- Triangular ----------------------------------------------------------------------------

    /**
     * Solves {@code op(A) X = B} in place of the n x nrhs matrix B, A triangular n x n (its
     * {@code uplo} triangle; a UNIT diagonal is not read). Unlike {@link Blas#trsm}, an exactly
     * zero diagonal element is reported and B is then left unchanged.
     *
     * @return the index of the first zero diagonal element, or empty (always empty for UNIT)
     */
    public OptionalInt trtrs(
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
            int ldb) {
        Checks.flag("trtrs", "uplo", uplo);
        Checks.flag("trtrs", "trans", trans);
        Checks.flag("trtrs", "diag", diag);
        Checks.size("trtrs", "n", n);
        Checks.size("trtrs", "nrhs", nrhs);
        Checks.matrix("trtrs", "A", n, n, a, aOff, lda);
        Checks.matrix("trtrs", "B", n, nrhs, b, bOff, ldb);
        if (n == 0) {
            return OptionalInt.empty();
        }
        if (nrhs == 0) {
            return diag == Diag.UNIT ? OptionalInt.empty() : index(firstZeroDiagonal(n, a, aOff, lda));
        }
        return index(select(LapackRoutine.TRTRS, cube(1, n, (long) n * nrhs))
                .trtrs(uplo, trans, diag, n, nrhs, a, aOff, lda, b, bOff, ldb));
    }

    private static int firstZeroDiagonal(int n, double[] a, int aOff, int lda) {
        for (int k = 0; k < n; k++) {
            if (a[aOff + k + k * lda] == 0) {
                return k;
            }
        }
        return -1;
    }

    // ---- Condition and norms -------------------------------------------------------------------

    /**
     * Estimates the reciprocal condition number {@code 1 / (||A|| ||A^-1||)} of the n x n matrix
     * A in the 1-norm ({@code norm == ONE}) or infinity-norm ({@code INF}), from its LU factors
     * ({@link #getrf}) and {@code anorm = ||A||} in the same norm (Hager-Higham estimator, as
     * LAPACK's dgecon: the estimate of {@code ||A^-1||} is a lower bound, usually within a factor
     * of 3). Returns 1 for n = 0; 0 when anorm is 0 or infinite or U has a zero pivot; NaN when
     * anorm or the factors hold NaN.
     *
     * @throws IllegalArgumentException if norm is not ONE or INF, or anorm is negative
     */
    public double gecon(MatrixNorm norm, int n, double[] a, int aOff, int lda, double anorm) {
        Checks.flag("gecon", "norm", norm);
        if (norm != MatrixNorm.ONE && norm != MatrixNorm.INF) {
            throw new IllegalArgumentException("gecon: norm must be ONE or INF, not " + norm);
        }
        Checks.size("gecon", "n", n);
        Checks.matrix("gecon", "A", n, n, a, aOff, lda);
        Double early = conditionShortcut("gecon", n, anorm);
        if (early != null) {
            return early;
        }
        return select(LapackRoutine.GECON, cube(2, n, n) * 5).gecon(norm, n, a, aOff, lda, anorm);
    }

    /**
     * Estimates the reciprocal 1-norm condition number of the symmetric positive definite n x n
     * matrix A from its Cholesky factor ({@link #potrf}) and {@code anorm = ||A||_1}, as
     * {@link #gecon} does for LU factors.
     *
     * @throws IllegalArgumentException if anorm is negative
     */
    public double pocon(Uplo uplo, int n, double[] a, int aOff, int lda, double anorm) {
        Checks.flag("pocon", "uplo", uplo);
        Checks.size("pocon", "n", n);
        Checks.matrix("pocon", "A", n, n, a, aOff, lda);
        Double early = conditionShortcut("pocon", n, anorm);
        if (early != null) {
            return early;
        }
        return select(LapackRoutine.POCON, cube(2, n, n) * 5).pocon(uplo, n, a, aOff, lda, anorm);
    }

    /** The answers that need no estimate (LAPACK 3.12's conventions), or null. */
    private static Double conditionShortcut(String op, int n, double anorm) {
        if (anorm < 0) {
            throw new IllegalArgumentException(op + ": anorm = " + anorm + " is negative");
        }
        if (Double.isNaN(anorm)) {
            return Double.NaN;
        }
        if (n == 0) {
            return 1.0;
        }
        if (anorm == 0 || anorm == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return null;
    }

    /**
     * The {@code norm} of the m x n matrix A: 0 when A is empty, NaN when an element is NaN (the
     * Frobenius norm without undue overflow or underflow).
     */
    public double lange(MatrixNorm norm, int m, int n, double[] a, int aOff, int lda) {
        Checks.flag("lange", "norm", norm);
        Checks.size("lange", "m", m);
        Checks.size("lange", "n", n);
        Checks.matrix("lange", "A", m, n, a, aOff, lda);
        if (m == 0 || n == 0) {
            return 0.0;
        }
        return select(LapackRoutine.LANGE, (long) m * n).lange(norm, m, n, a, aOff, lda);
    }

    // ---- QR, LQ --------------------------------------------------------------------------------

    /**
     * Householder QR of the m x n matrix A in place: R on and above the diagonal, the reflectors
     * {@code H_i = I - tau_i v_i v_i^T} below it (their first element 1 implied), the
     * {@code min(m, n)} scalars {@code tau_i} into {@code tau}.
     */
    public void geqrf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.size("geqrf", "m", m);
        Checks.size("geqrf", "n", n);
        Checks.matrix("geqrf", "A", m, n, a, aOff, lda);
        int p = Math.min(m, n);
        Checks.vector("geqrf", "tau", p, tau, tauOff, 1);
        if (p > 0) {
            select(LapackRoutine.GEQRF, 2L * m * n * p).geqrf(m, n, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * {@code C = op(Q) C} (LEFT) or {@code C = C op(Q)} (RIGHT) for the m x n matrix C, with
     * {@code Q = H_0 H_1 ... H_{k-1}} from {@link #geqrf}: its first k columns of A (m x k with
     * {@code k <= m} for LEFT, n x k with {@code k <= n} for RIGHT) and k scalars in tau.
     */
    public void ormqr(
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
            int ldc) {
        int order = reflectorProductChecks("ormqr", side, trans, m, n, k, tau, tauOff, c, cOff, ldc);
        Checks.matrix("ormqr", "A", order, k, a, aOff, lda);
        if (m > 0 && n > 0 && k > 0) {
            select(LapackRoutine.ORMQR, 4L * m * n * k)
                    .ormqr(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc);
        }
    }

    /**
     * The first n columns of {@code Q = H_0 ... H_{k-1}} (m x n, orthonormal columns) in place of
     * A, from the reflectors {@link #geqrf} left in its first k columns; {@code m >= n >= k}.
     */
    public void orgqr(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        generateChecks("orgqr", m, n, k, a, aOff, lda, tau, tauOff);
        Checks.atMost("orgqr", "n", n, "m", m);
        if (n > 0) {
            select(LapackRoutine.ORGQR, 4L * m * n * Math.max(k, 1)).orgqr(m, n, k, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * Householder LQ of the m x n matrix A in place: L on and below the diagonal, the reflectors
     * stored by rows to its right, {@code min(m, n)} scalars into tau.
     */
    public void gelqf(int m, int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.size("gelqf", "m", m);
        Checks.size("gelqf", "n", n);
        Checks.matrix("gelqf", "A", m, n, a, aOff, lda);
        int p = Math.min(m, n);
        Checks.vector("gelqf", "tau", p, tau, tauOff, 1);
        if (p > 0) {
            select(LapackRoutine.GELQF, 2L * m * n * p).gelqf(m, n, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * {@code C = op(Q) C} (LEFT) or {@code C = C op(Q)} (RIGHT) for the m x n matrix C, with
     * {@code Q = H_{k-1} ... H_0} from {@link #gelqf}: its first k rows of A (k x m with
     * {@code k <= m} for LEFT, k x n with {@code k <= n} for RIGHT) and k scalars in tau.
     */
    public void ormlq(
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
            int ldc) {
        int order = reflectorProductChecks("ormlq", side, trans, m, n, k, tau, tauOff, c, cOff, ldc);
        Checks.matrix("ormlq", "A", k, order, a, aOff, lda);
        if (m > 0 && n > 0 && k > 0) {
            select(LapackRoutine.ORMLQ, 4L * m * n * k)
                    .ormlq(side, trans, m, n, k, a, aOff, lda, tau, tauOff, c, cOff, ldc);
        }
    }

    /**
     * The first m rows of Q (m x n, orthonormal rows) in place of A, from the reflectors
     * {@link #gelqf} left in its first k rows; {@code n >= m >= k}.
     */
    public void orglq(int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        generateChecks("orglq", m, n, k, a, aOff, lda, tau, tauOff);
        Checks.atMost("orglq", "m", m, "n", n);
        Checks.atMost("orglq", "k", k, "m", m);
        if (m > 0) {
            select(LapackRoutine.ORGLQ, 4L * m * n * Math.max(k, 1)).orglq(m, n, k, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * QR with column pivoting, {@code A P = Q R}, in place of the m x n matrix A as {@link #geqrf}
     * leaves it; column {@code j} of {@code A P} is column {@code jpvt[jpvtOff + j]} of A (every
     * column is free to move; the input contents of jpvt are ignored). The diagonal of R does not
     * increase in magnitude.
     */
    public void geqp3(int m, int n, double[] a, int aOff, int lda, int[] jpvt, int jpvtOff, double[] tau, int tauOff) {
        Checks.size("geqp3", "m", m);
        Checks.size("geqp3", "n", n);
        Checks.matrix("geqp3", "A", m, n, a, aOff, lda);
        Checks.indices("geqp3", "jpvt", n, jpvt, jpvtOff);
        int p = Math.min(m, n);
        Checks.vector("geqp3", "tau", p, tau, tauOff, 1);
        if (n == 0) {
            return;
        }
        if (m == 0) {
            for (int j = 0; j < n; j++) {
                jpvt[jpvtOff + j] = j;
            }
            return;
        }
        select(LapackRoutine.GEQP3, 2L * m * n * p).geqp3(m, n, a, aOff, lda, jpvt, jpvtOff, tau, tauOff);
    }

    private static int reflectorProductChecks(
            String op,
            Side side,
            Transpose trans,
            int m,
            int n,
            int k,
            double[] tau,
            int tauOff,
            double[] c,
            int cOff,
            int ldc) {
        Checks.flag(op, "side", side);
        Checks.flag(op, "trans", trans);
        Checks.size(op, "m", m);
        Checks.size(op, "n", n);
        Checks.size(op, "k", k);
        int order = side == Side.LEFT ? m : n;
        Checks.atMost(op, "k", k, side == Side.LEFT ? "m" : "n", order);
        Checks.vector(op, "tau", k, tau, tauOff, 1);
        Checks.matrix(op, "C", m, n, c, cOff, ldc);
        return order;
    }

    private static void generateChecks(
            String op, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.size(op, "m", m);
        Checks.size(op, "n", n);
        Checks.size(op, "k", k);
        Checks.atMost(op, "k", k, "n", n);
        Checks.matrix(op, "A", m, n, a, aOff, lda);
        Checks.vector(op, "tau", k, tau, tauOff, 1);
    }

    // ---- symmetric eigen -----------------------------------------------------------------------

    /**
     * Eigenvalues, and with {@code job != NONE} eigenvectors, of the symmetric tridiagonal n x n
     * matrix T with diagonal {@code d} (n elements) and off-diagonal {@code e} (n - 1), by the
     * implicit QL/QR method with Wilkinson's shift (LAPACK's dsteqr). On return d holds the
     * eigenvalues in ascending order and e is destroyed. With {@code UPDATE} the n x n matrix Z
     * holds on entry an orthogonal Q with {@code A = Q T Q^T} and on return the eigenvectors of
     * A; with {@code IDENTITY} Z is overwritten with those of T; column j belongs to eigenvalue j.
     * With {@code NONE}, Z is not referenced (and may be null): the values come from
     * {@link #sterf}'s square-root-free variant.
     *
     * <p>At most 30 n QL/QR sweeps in all. Each eigenvalue has an absolute error of a modest
     * multiple of {@code eps ||T||}; eigenvectors are orthonormal to working precision.
     *
     * @return 0, or the number of off-diagonal elements that had not converged to zero when the
     *     sweeps ran out (d and Z then hold a partial, unordered result); a NaN in d or e is
     *     reported so, without sweeping
     */
    public int steqr(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        Checks.flag("steqr", "job", job);
        Checks.size("steqr", "n", n);
        Checks.vector("steqr", "d", n, d, dOff, 1);
        Checks.vector("steqr", "e", Math.max(0, n - 1), e, eOff, 1);
        if (job != EigenvectorJob.NONE) {
            Checks.matrix("steqr", "Z", n, n, z, zOff, ldz);
        }
        if (n == 0) {
            return 0;
        }
        if (job == EigenvectorJob.NONE) {
            return select(LapackRoutine.STERF, 30L * n * n).sterf(n, d, dOff, e, eOff);
        }
        return select(LapackRoutine.STEQR, 6L * n * n * n).steqr(job, n, d, dOff, e, eOff, z, zOff, ldz);
    }

    /**
     * Eigenvalues of the symmetric tridiagonal n x n matrix with diagonal {@code d} (n elements)
     * and off-diagonal {@code e} (n - 1) by the Pal-Walker-Kahan square-root-free QL/QR method
     * (LAPACK's dsterf). On return d holds them ascending; e is destroyed.
     *
     * @return 0, or the number of off-diagonal elements that had not converged after 30 n sweeps
     *     (d then partial and unordered); a NaN in d or e is reported so, without sweeping
     */
    public int sterf(int n, double[] d, int dOff, double[] e, int eOff) {
        Checks.size("sterf", "n", n);
        Checks.vector("sterf", "d", n, d, dOff, 1);
        Checks.vector("sterf", "e", Math.max(0, n - 1), e, eOff, 1);
        if (n == 0) {
            return 0;
        }
        return select(LapackRoutine.STERF, 30L * n * n).sterf(n, d, dOff, e, eOff);
    }

    /**
     * Reduces the symmetric n x n matrix A, of which the lower triangle is read, to tridiagonal
     * form {@code A = Q T Q^T} (LAPACK's dsytrd with {@code uplo = 'L'}): the diagonal of T into
     * d (n), its off-diagonal into e (n - 1) and below A's diagonal, the reflectors
     * {@code H_i = I - tau_i v_i v_i^T} ({@code Q = H_0 ... H_{n-2}}) below the subdiagonal of
     * column i with their n - 1 scalars into tau. The strict upper triangle is not referenced.
     */
    public void sytrd(
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] tau,
            int tauOff) {
        Checks.size("sytrd", "n", n);
        Checks.matrix("sytrd", "A", n, n, a, aOff, lda);
        Checks.vector("sytrd", "d", n, d, dOff, 1);
        Checks.vector("sytrd", "e", Math.max(0, n - 1), e, eOff, 1);
        Checks.vector("sytrd", "tau", Math.max(0, n - 1), tau, tauOff, 1);
        if (n > 0) {
            select(LapackRoutine.SYTRD, 4L * n * n * n / 3).sytrd(n, a, aOff, lda, d, dOff, e, eOff, tau, tauOff);
        }
    }

    /**
     * The n x n orthogonal Q of {@link #sytrd} in place of A, from the reflectors and scalars it
     * left there (LAPACK's dorgtr, {@code uplo = 'L'}).
     */
    public void orgtr(int n, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.size("orgtr", "n", n);
        Checks.matrix("orgtr", "A", n, n, a, aOff, lda);
        Checks.vector("orgtr", "tau", Math.max(0, n - 1), tau, tauOff, 1);
        if (n > 0) {
            select(LapackRoutine.ORGTR, 4L * n * n * n / 3).orgtr(n, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * {@code C = op(Q) C} (LEFT, Q of order m) or {@code C = C op(Q)} (RIGHT, Q of order n) for
     * the m x n matrix C, with Q of {@link #sytrd} as its reflectors in A (order x order) and tau
     * (order - 1) (LAPACK's dormtr, {@code uplo = 'L'}).
     */
    public void ormtr(
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
            int ldc) {
        Checks.flag("ormtr", "side", side);
        Checks.flag("ormtr", "trans", trans);
        Checks.size("ormtr", "m", m);
        Checks.size("ormtr", "n", n);
        int order = side == Side.LEFT ? m : n;
        Checks.matrix("ormtr", "A", order, order, a, aOff, lda);
        Checks.vector("ormtr", "tau", Math.max(0, order - 1), tau, tauOff, 1);
        Checks.matrix("ormtr", "C", m, n, c, cOff, ldc);
        if (m > 0 && n > 0) {
            select(LapackRoutine.ORMTR, 2L * m * n * order)
                    .ormtr(side, trans, m, n, a, aOff, lda, tau, tauOff, c, cOff, ldc);
        }
    }

    /**
     * All eigenvalues, ascending into w (n), and with {@code vectors} the orthonormal
     * eigenvectors in place of A (column j for {@code w[j]}), of the symmetric n x n matrix A of
     * which the lower triangle is read (LAPACK's dsyev: sytrd, then sterf, or orgtr and steqr;
     * the native provider calls dsyevd, divide and conquer). Without vectors the lower triangle is
     * destroyed. A is scaled first when its largest element is below about 1e-146 or above 1e146.
     *
     * @return 0, or a positive number when the iteration did not converge (w and A then partial):
     *     the Java provider's count of unconverged off-diagonal elements of the tridiagonal form,
     *     dsyevd's info for the native one; a NaN in A is reported so
     */
    public int syev(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        Checks.size("syev", "n", n);
        Checks.matrix("syev", "A", n, n, a, aOff, lda);
        Checks.vector("syev", "w", n, w, wOff, 1);
        if (n == 0) {
            return 0;
        }
        long work = vectors ? 9L * n * n * n : 4L * n * n * n / 3;
        return select(LapackRoutine.SYEV, work).syev(vectors, n, a, aOff, lda, w, wOff);
    }

    // ---- general eigenproblem ------------------------------------------------------------------

    /**
     * Balances the n x n matrix A in place (LAPACK's dgebal, 3.12): with {@code PERMUTE} or
     * {@code BOTH}, rows and columns that isolate an eigenvalue are permuted to the bottom right
     * and top left, leaving the active block {@code ilo..ihi}; with {@code SCALE} or {@code BOTH}
     * the active block is scaled by powers of 2 ({@code A <- D^-1 A D}, exact) so that rows and
     * columns have comparable 2-norms. {@code scale[j]} receives, for j outside the active block,
     * the 0-based index of the row swapped with j, and inside it the scale factor {@code d_j}.
     * Eigenvalues are unchanged; those of the isolated rows are the diagonal elements there. NaN in
     * A stops the scaling (the permutation is still done).
     *
     * @return the active block {@code (ilo, ihi)}, 0-based inclusive ({@code (0, -1)} when n = 0)
     */
    public BalanceRange gebal(BalanceJob job, int n, double[] a, int aOff, int lda, double[] scale, int scaleOff) {
        Checks.flag("gebal", "job", job);
        Checks.size("gebal", "n", n);
        Checks.matrix("gebal", "A", n, n, a, aOff, lda);
        Checks.vector("gebal", "scale", n, scale, scaleOff, 1);
        if (n == 0) {
            return new BalanceRange(0, -1);
        }
        return select(LapackRoutine.GEBAL, cube(1, n, n)).gebal(job, n, a, aOff, lda, scale, scaleOff);
    }

    /**
     * Turns the m eigenvectors in the columns of the n x m matrix V, computed for the matrix
     * balanced by {@link #gebal} with the same {@code job}, into those of the original matrix
     * (LAPACK's dgebak): right vectors ({@code side == RIGHT}) are multiplied by D, left ones by
     * {@code D^-1}, then the permutation is undone.
     *
     * @throws IllegalArgumentException unless {@code 0 <= ilo <= ihi < n} (or {@code ilo = 0,
     *     ihi = -1} when n = 0)
     */
    public void gebak(
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
            int ldv) {
        Checks.flag("gebak", "job", job);
        Checks.flag("gebak", "side", side);
        Checks.size("gebak", "n", n);
        Checks.size("gebak", "m", m);
        activeBlock("gebak", n, ilo, ihi);
        Checks.vector("gebak", "scale", n, scale, scaleOff, 1);
        Checks.matrix("gebak", "V", n, m, v, vOff, ldv);
        if (n > 0 && m > 0) {
            select(LapackRoutine.GEBAK, cube(1, n, m)).gebak(job, side, n, ilo, ihi, scale, scaleOff, m, v, vOff, ldv);
        }
    }

    /**
     * Reduces the n x n matrix A to upper Hessenberg form {@code H = Q^T A Q} in place (LAPACK's
     * dgehrd, blocked with dlahr2): H on and above the first subdiagonal, Q as n - 1 reflectors
     * {@code H_i = I - tau_i v_i v_i^T} stored below it ({@code v_i} has zeros in rows 0..i and 1 in
     * row i + 1), their scalars in {@code tau[tauOff..tauOff+n-2]}. Only rows and columns
     * ilo..ihi are reduced (A must already be upper triangular outside them, as {@link #gebal}
     * leaves it; use {@code 0, n - 1} otherwise); tau is 0 outside {@code ilo..ihi-1}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= ilo <= ihi < n} (or {@code 0, -1} for n = 0)
     */
    public void gehrd(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        hessenbergChecks("gehrd", n, ilo, ihi, a, aOff, lda, tau, tauOff);
        if (n > 1) {
            select(LapackRoutine.GEHRD, cube(n, n, n) * 10 / 3).gehrd(n, ilo, ihi, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * Overwrites A, holding the reflectors of {@link #gehrd} with the same ilo, ihi, by the n x n
     * orthogonal matrix Q with {@code Q^T A Q = H} (LAPACK's dorghr).
     *
     * @throws IllegalArgumentException unless {@code 0 <= ilo <= ihi < n} (or {@code 0, -1} for n = 0)
     */
    public void orghr(int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        hessenbergChecks("orghr", n, ilo, ihi, a, aOff, lda, tau, tauOff);
        if (n > 0) {
            select(LapackRoutine.ORGHR, cube(n, n, n) * 4 / 3).orghr(n, ilo, ihi, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * Eigenvalues of the n x n upper Hessenberg matrix H by the double-shift QR algorithm
     * (LAPACK's dhseqr): {@code wr[i] + i wi[i]}, complex conjugate pairs adjacent with the
     * positive imaginary part first. With {@code wantT}, H is overwritten by its real Schur form T
     * (upper quasi-triangular, 2 x 2 blocks standardized: equal diagonal, off-diagonal elements of
     * opposite signs), the eigenvalues in the order of T's diagonal. With {@code wantZ}, rows
     * ilo..ihi of the n x n matrix Z are multiplied by the orthogonal Schur vectors ({@code Z <- Z S},
     * so passing the Q of {@link #orghr} gives the Schur vectors of the original matrix); Z is not
     * referenced otherwise and may be null. H must be upper triangular outside rows and columns
     * ilo..ihi. H is not referenced below its subdiagonal on entry and is zero there on exit.
     *
     * @return the 0-based index i such that the eigenvalues of rows ilo..i failed to converge
     *     within the iteration limit (the others are in wr, wi; H and Z then hold a partial
     *     reduction), or empty on success
     */
    public OptionalInt hseqr(
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
            int ldz) {
        Checks.size("hseqr", "n", n);
        activeBlock("hseqr", n, ilo, ihi);
        Checks.matrix("hseqr", "H", n, n, h, hOff, ldh);
        Checks.vector("hseqr", "wr", n, wr, wrOff, 1);
        Checks.vector("hseqr", "wi", n, wi, wiOff, 1);
        if (wantZ) {
            Checks.matrix("hseqr", "Z", n, n, z, zOff, ldz);
        }
        if (n == 0) {
            return OptionalInt.empty();
        }
        return index(select(LapackRoutine.HSEQR, cube(n, n, n) * 10)
                .hseqr(wantT, wantZ, n, ilo, ihi, h, hOff, ldh, wr, wrOff, wi, wiOff, z, zOff, ldz));
    }

    /**
     * Eigenvectors of the n x n upper quasi-triangular T in the Schur canonical form of
     * {@link #hseqr}, back-transformed (LAPACK's dtrevc3 with howmny 'B'): on entry VL and VR hold
     * n x n matrices Q (the Schur vectors, or the identity for T's own eigenvectors), on exit
     * {@code Q y_j} and {@code Q x_j} with {@code y_j^H T = lambda_j y_j^H}, {@code T x_j =
     * lambda_j x_j}. A real eigenvalue has a real vector in its column; for a complex pair in columns
     * j, j + 1 the real and imaginary parts of the vector of {@code lambda_j} (positive imaginary
     * part) are columns j and j + 1. Each vector is scaled to have largest element magnitude 1
     * ({@code |re| + |im|}). Only the matrices asked for are referenced (the others may be null).
     */
    public void trevc3(
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
            int ldvr) {
        Checks.size("trevc3", "n", n);
        Checks.matrix("trevc3", "T", n, n, t, tOff, ldt);
        if (wantLeft) {
            Checks.matrix("trevc3", "VL", n, n, vl, vlOff, ldvl);
        }
        if (wantRight) {
            Checks.matrix("trevc3", "VR", n, n, vr, vrOff, ldvr);
        }
        if (n > 0 && (wantLeft || wantRight)) {
            select(LapackRoutine.TREVC3, cube(n, n, n))
                    .trevc3(wantLeft, wantRight, n, t, tOff, ldt, vl, vlOff, ldvl, vr, vrOff, ldvr);
        }
    }

    /**
     * Eigenvalues and, on request, left and right eigenvectors of the general n x n matrix A
     * (LAPACK's dgeev; without balancing, dgeevx with balanc 'N'). A is overwritten (by its Schur
     * form when vectors are asked for). The eigenvalues {@code wr[j] + i wi[j]} come with complex
     * conjugate pairs adjacent, the positive imaginary part first. Right eigenvectors
     * {@code A x_j = lambda_j x_j} go to the columns of VR, left ones {@code y_j^H A = lambda_j
     * y_j^H} to VL, stored as {@link #trevc3} stores them, each normalized to unit 2-norm with its
     * largest component real. Only the matrices asked for are referenced (the others may be null).
     *
     * @return the 0-based index i such that the QR algorithm failed to compute eigenvalues 0..i
     *     (those from i + 1 on are in wr, wi; no vectors are computed), or empty on success
     */
    public OptionalInt geev(
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
            int ldvr) {
        Checks.size("geev", "n", n);
        Checks.matrix("geev", "A", n, n, a, aOff, lda);
        Checks.vector("geev", "wr", n, wr, wrOff, 1);
        Checks.vector("geev", "wi", n, wi, wiOff, 1);
        if (wantLeft) {
            Checks.matrix("geev", "VL", n, n, vl, vlOff, ldvl);
        }
        if (wantRight) {
            Checks.matrix("geev", "VR", n, n, vr, vrOff, ldvr);
        }
        if (n == 0) {
            return OptionalInt.empty();
        }
        long work = cube(n, n, n) * (wantLeft || wantRight ? 25 : 10);
        return index(select(LapackRoutine.GEEV, work)
                .geev(
                        balance, wantLeft, wantRight, n, a, aOff, lda, wr, wrOff, wi, wiOff, vl, vlOff, ldvl, vr, vrOff,
                        ldvr));
    }

    private static void activeBlock(String op, int n, int ilo, int ihi) {
        boolean ok = n == 0 ? ilo == 0 && ihi == -1 : 0 <= ilo && ilo <= ihi && ihi < n;
        if (!ok) {
            throw new IllegalArgumentException(op + ": active block ilo = " + ilo + ", ihi = " + ihi
                    + " must satisfy 0 <= ilo <= ihi < n = " + n + " (ilo = 0, ihi = -1 when n = 0)");
        }
    }

    private static void hessenbergChecks(
            String op, int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.size(op, "n", n);
        activeBlock(op, n, ilo, ihi);
        Checks.matrix(op, "A", n, n, a, aOff, lda);
        Checks.vector(op, "tau", Math.max(0, n - 1), tau, tauOff, 1);
    }

    // ---- SVD -----------------------------------------------------------------------------------

    /**
     * Reduces the m x n matrix A to bidiagonal form {@code A = Q B P^T} in place (LAPACK's dgebrd):
     * with {@code p = min(m, n)}, the diagonal of B into d (p elements), its off-diagonal into e
     * ({@code p - 1}; above the diagonal when {@code m >= n}, below it otherwise), and the
     * reflectors {@code H_i = I - tauq_i v_i v_i^T} of Q and {@code G_i = I - taup_i u_i u_i^T} of
     * P stored in A below and right of B as LAPACK stores them, with p scalars each in tauq and
     * taup. Blocked: about half the flops go through GEMM.
     */
    public void gebrd(
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
            int taupOff) {
        Checks.size("gebrd", "m", m);
        Checks.size("gebrd", "n", n);
        Checks.matrix("gebrd", "A", m, n, a, aOff, lda);
        int p = Math.min(m, n);
        Checks.vector("gebrd", "d", p, d, dOff, 1);
        Checks.vector("gebrd", "e", Math.max(0, p - 1), e, eOff, 1);
        Checks.vector("gebrd", "tauq", p, tauq, tauqOff, 1);
        Checks.vector("gebrd", "taup", p, taup, taupOff, 1);
        if (p > 0) {
            select(LapackRoutine.GEBRD, 4L * m * n * p)
                    .gebrd(m, n, a, aOff, lda, d, dOff, e, eOff, tauq, tauqOff, taup, taupOff);
        }
    }

    /**
     * Forms an orthogonal factor of {@link #gebrd} in place of A (LAPACK's dorgbr): for
     * {@code which == Q}, the first n columns of Q, A being m x n with {@code m >= n >= min(m, k)}
     * and k the column count of the reduced matrix; for {@code P}, the first m rows of
     * {@code P^T}, A being m x n with {@code n >= m >= min(n, k)} and k the row count of the
     * reduced matrix. tau holds tauq (for Q) or taup (for P).
     */
    public void orgbr(
            BidiagonalFactor which, int m, int n, int k, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        Checks.flag("orgbr", "which", which);
        Checks.size("orgbr", "m", m);
        Checks.size("orgbr", "n", n);
        Checks.size("orgbr", "k", k);
        Checks.matrix("orgbr", "A", m, n, a, aOff, lda);
        if (which == BidiagonalFactor.Q) {
            Checks.atMost("orgbr", "n", n, "m", m);
            Checks.atMost("orgbr", "min(m, k)", Math.min(m, k), "n", n);
        } else {
            Checks.atMost("orgbr", "m", m, "n", n);
            Checks.atMost("orgbr", "min(n, k)", Math.min(n, k), "m", m);
        }
        Checks.vector("orgbr", "tau", which == BidiagonalFactor.Q ? Math.min(m, k) : Math.min(n, k), tau, tauOff, 1);
        if (m > 0 && n > 0) {
            select(LapackRoutine.ORGBR, 4L * m * n * Math.max(1, Math.min(k, Math.min(m, n))))
                    .orgbr(which, m, n, k, a, aOff, lda, tau, tauOff);
        }
    }

    /**
     * The singular values of the n x n bidiagonal matrix B (diagonal d, off-diagonal e above it
     * for {@code UPPER}, below it for {@code LOWER}) by implicit zero-shift and shifted QR with
     * high relative accuracy (LAPACK's dbdsqr, Demmel and Kahan 1990): they replace d, non-negative
     * and in decreasing order, {@code B = Q S P^T}; VT (n x ncvt) is overwritten by {@code P^T VT}
     * and U (nru x n) by {@code U Q}, each unread when its count is 0. e is destroyed. Iterations
     * are bounded by {@code 6 n^2} inner steps. Without vectors (ncvt = nru = 0) the values may
     * come from the dqds algorithm instead (as dbdsqr calls dlasq1), with the same high relative
     * accuracy.
     *
     * @return 0 on convergence, else the number of off-diagonal elements not reduced to zero (d
     *     then holds no reliable singular values)
     */
    public int bdsqr(
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
            int ldu) {
        Checks.flag("bdsqr", "uplo", uplo);
        Checks.size("bdsqr", "n", n);
        Checks.size("bdsqr", "ncvt", ncvt);
        Checks.size("bdsqr", "nru", nru);
        Checks.vector("bdsqr", "d", n, d, dOff, 1);
        Checks.vector("bdsqr", "e", Math.max(0, n - 1), e, eOff, 1);
        if (ncvt > 0) {
            Checks.matrix("bdsqr", "VT", n, ncvt, vt, vtOff, ldvt);
        }
        if (nru > 0) {
            Checks.matrix("bdsqr", "U", nru, n, u, uOff, ldu);
        }
        if (n == 0) {
            return 0;
        }
        long work = 30L * n * n + 6L * n * n * ((long) ncvt + nru);
        return select(LapackRoutine.BDSQR, work)
                .bdsqr(uplo, n, ncvt, nru, d, dOff, e, eOff, vt, vtOff, ldvt, u, uOff, ldu);
    }

    /**
     * The singular value decomposition {@code A = U S V^T} of the m x n matrix A, which is
     * destroyed: the {@code p = min(m, n)} singular values into s, non-negative and in decreasing
     * order; for {@link SvdJob#THIN} the m x p matrix U and the p x n matrix V^T, for
     * {@link SvdJob#FULL} the m x m U and the n x n V^T, both with orthonormal columns (rows);
     * for {@link SvdJob#VALUES} u and vt are not referenced and may be null. The Java provider
     * reduces to bidiagonal form and runs {@link #bdsqr} (LAPACK's dgesvd), with vectors from
     * order 100 on {@link #bdsdc} (divide and conquer, as dgesdd) for the bidiagonal's vectors and
     * bdsqr without vectors for its values; the native one calls dgesdd (divide and conquer). The
     * automatic choice takes the native provider for the values alone ({@link LapackRoutine#GESVD})
     * and asks it separately for the decomposition with vectors ({@link LapackRoutine#GESDD}).
     *
     * @return 0, or a positive number when the iteration failed to converge (the outputs are
     *     then unreliable)
     * @throws jnum.mat.NoConvergenceException if (Java provider) a secular equation of the divide
     *     and conquer does not converge within its iteration bound
     */
    public int gesvd(
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
            int ldvt) {
        Checks.flag("gesvd", "job", job);
        Checks.size("gesvd", "m", m);
        Checks.size("gesvd", "n", n);
        Checks.matrix("gesvd", "A", m, n, a, aOff, lda);
        int p = Math.min(m, n);
        Checks.vector("gesvd", "s", p, s, sOff, 1);
        if (job != SvdJob.VALUES) {
            boolean full = job == SvdJob.FULL;
            Checks.matrix("gesvd", "U", m, full ? m : p, u, uOff, ldu);
            Checks.matrix("gesvd", "VT", full ? n : p, n, vt, vtOff, ldvt);
        }
        if (p == 0) {
            return 0;
        }
        boolean values = job == SvdJob.VALUES;
        long work = 4L * m * n * p + (values ? 0 : 8L * m * n * p);
        return select(values ? LapackRoutine.GESVD : LapackRoutine.GESDD, work)
                .gesvd(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
    }

    /**
     * How many eigenvalues of the symmetric tridiagonal n x n matrix T (diagonal d, off-diagonal
     * e) are at most x: the Sturm count, the number of non-positive pivots of
     * {@code T - x I = L D L^T} (pivots within dstebz's pivmin of zero count, so an eigenvalue
     * equal to x does). Backward stable: exact for a matrix within a few ulps of T.
     */
    public int sturmCount(int n, double[] d, int dOff, double[] e, int eOff, double x) {
        Checks.size("sturmCount", "n", n);
        Checks.vector("sturmCount", "d", n, d, dOff, 1);
        Checks.vector("sturmCount", "e", Math.max(0, n - 1), e, eOff, 1);
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("sturmCount: x is NaN");
        }
        if (n == 0) {
            return 0;
        }
        LapackProvider p = select(LapackRoutine.STEBZ, n);
        int shift = safeShift(tridiagonalMax(n, d, dOff, e, eOff));
        if (shift == 0) {
            return p.sturmCount(n, d, dOff, e, eOff, x);
        }
        return p.sturmCount(n, scalb(d, dOff, n, shift), 0, scalb(e, eOff, n - 1, shift), 0, Math.scalb(x, shift));
    }

    /**
     * The eigenvalues with indices {@code il..iu} (0-based, inclusive, in ascending order) of the
     * symmetric tridiagonal n x n matrix T (diagonal d, off-diagonal e), ascending into w, by
     * bisection on Sturm counts (LAPACK's dstebz with {@code range = 'I'}): each to an absolute
     * accuracy of a small multiple of {@code eps ||T||}. d and e are not modified; T is scaled
     * by a power of two first when its largest element is above 2^100 or below 2^-100. NaN or an
     * infinity in T gives NaN values.
     *
     * @throws IllegalArgumentException unless {@code 0 <= il <= iu < n}
     */
    public void stebz(int n, double[] d, int dOff, double[] e, int eOff, int il, int iu, double[] w, int wOff) {
        Checks.size("stebz", "n", n);
        Checks.vector("stebz", "d", n, d, dOff, 1);
        Checks.vector("stebz", "e", Math.max(0, n - 1), e, eOff, 1);
        if (il < 0 || il > iu || iu >= n) {
            throw new IllegalArgumentException(
                    "stebz: need 0 <= il <= iu < n, got il = " + il + ", iu = " + iu + ", n = " + n);
        }
        Checks.vector("stebz", "w", iu - il + 1, w, wOff, 1);
        LapackProvider p = select(LapackRoutine.STEBZ, 60L * n * (iu - il + 1));
        int shift = safeShift(tridiagonalMax(n, d, dOff, e, eOff));
        if (shift == 0) {
            p.stebz(n, d, dOff, e, eOff, il, iu, w, wOff);
            return;
        }
        p.stebz(n, scalb(d, dOff, n, shift), 0, scalb(e, eOff, n - 1, shift), 0, il, iu, w, wOff);
        for (int i = 0; i <= iu - il; i++) {
            w[wOff + i] = Math.scalb(w[wOff + i], -shift);
        }
    }

    /**
     * The eigenvectors of the symmetric tridiagonal n x n matrix T (diagonal d, off-diagonal e)
     * for its m eigenvalues in w (ascending, as {@link #stebz} gives them), into the columns of
     * the n x m matrix Z, by inverse iteration with reorthogonalization within clusters (LAPACK's
     * dstein), on each unreduced block of T where it splits (see {@code TridiagonalBlocks}). d, e
     * and w are not modified. T is scaled as for {@link #stebz}; the zero matrix gives the first m
     * columns of the identity.
     *
     * @return 0, or how many vectors did not converge within 5 iterations (those columns hold the
     *     last iterate, normalized)
     * @throws IllegalArgumentException if m is negative or above n
     */
    public int stein(
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
            int ldz) {
        Checks.size("stein", "n", n);
        Checks.size("stein", "m", m);
        Checks.atMost("stein", "m", m, "n", n);
        Checks.vector("stein", "d", n, d, dOff, 1);
        Checks.vector("stein", "e", Math.max(0, n - 1), e, eOff, 1);
        Checks.vector("stein", "w", m, w, wOff, 1);
        Checks.matrix("stein", "Z", n, m, z, zOff, ldz);
        if (m == 0) {
            return 0;
        }
        double max = tridiagonalMax(n, d, dOff, e, eOff);
        if (max == 0) {
            // T = 0: any orthonormal columns are eigenvectors; those of the identity
            for (int j = 0; j < m; j++) {
                java.util.Arrays.fill(z, zOff + j * ldz, zOff + j * ldz + n, 0.0);
                z[zOff + j + j * ldz] = 1;
            }
            return 0;
        }
        LapackProvider p = select(LapackRoutine.STEIN, 10L * n * m);
        int shift = safeShift(max);
        if (shift != 0) {
            return TridiagonalBlocks.stein(
                    p,
                    n,
                    scalb(d, dOff, n, shift),
                    0,
                    scalb(e, eOff, n - 1, shift),
                    0,
                    m,
                    scalb(w, wOff, m, shift),
                    0,
                    z,
                    zOff,
                    ldz);
        }
        return TridiagonalBlocks.stein(p, n, d, dOff, e, eOff, m, w, wOff, z, zOff, ldz);
    }

    static double tridiagonalMax(int n, double[] d, int dOff, double[] e, int eOff) {
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(d[dOff + i]));
        }
        for (int i = 0; i < n - 1; i++) {
            max = Math.max(max, Math.abs(e[eOff + i]));
        }
        return max;
    }

    /**
     * 0 when a tridiagonal matrix's largest element {@code max} lies in {@code [2^-100, 2^100]}
     * (or is 0 or not finite), else the power of two that brings it near 1: bisection squares
     * the elements and inverse iteration scales by the norm, so both run on T scaled exactly.
     */
    static int safeShift(double max) {
        if (max == 0 || !Double.isFinite(max) || (max <= TRIDIAGONAL_SAFE && max >= 1 / TRIDIAGONAL_SAFE)) {
            return 0;
        }
        return -Math.getExponent(max);
    }

    static double[] scalb(double[] x, int off, int len, int shift) {
        double[] y = new double[Math.max(0, len)];
        for (int i = 0; i < len; i++) {
            y[i] = Math.scalb(x[off + i], shift);
        }
        return y;
    }

    /** Tridiagonal matrices with a largest element outside [1 / this, this] are rescaled. */
    private static final double TRIDIAGONAL_SAFE = 0x1p100;

    // ---- divide and conquer ----

    /**
     * Eigenvalues, and with {@code job != NONE} eigenvectors, of the symmetric tridiagonal n x n
     * matrix T with diagonal {@code d} (n elements) and off-diagonal {@code e} (n - 1), by
     * Cuppen's divide and conquer (LAPACK's dstedc): T is split at negligible off-diagonal
     * elements, halved recursively down to blocks of 25 solved by the QL/QR method, and the
     * halves joined by rank-one updates (deflation, the secular equation, eigenvectors from
     * Lowner's formula) whose eigenvector products are matrix multiplications. On return d holds
     * the eigenvalues in ascending order and e is destroyed. With {@code IDENTITY} Z (n x n) is
     * overwritten with the eigenvectors of T; with {@code UPDATE} it holds on entry an orthogonal
     * Q with {@code A = Q T Q^T} and on return the eigenvectors of A; column j belongs to
     * eigenvalue j. With {@code NONE}, Z is not referenced (and may be null) and the values come
     * from {@link #sterf}.
     *
     * <p>Each eigenvalue has an absolute error of a modest multiple of {@code eps ||T||}; the
     * eigenvectors are orthonormal to working precision, also for clustered eigenvalues.
     *
     * @return 0, or a positive number when an iteration did not converge (d and Z then partial);
     *     a NaN in d or e is reported so
     */
    public int stedc(
            EigenvectorJob job, int n, double[] d, int dOff, double[] e, int eOff, double[] z, int zOff, int ldz) {
        Checks.flag("stedc", "job", job);
        Checks.size("stedc", "n", n);
        Checks.vector("stedc", "d", n, d, dOff, 1);
        Checks.vector("stedc", "e", Math.max(0, n - 1), e, eOff, 1);
        if (job != EigenvectorJob.NONE) {
            Checks.matrix("stedc", "Z", n, n, z, zOff, ldz);
        }
        if (n == 0) {
            return 0;
        }
        if (job == EigenvectorJob.NONE) {
            return select(LapackRoutine.STERF, 30L * n * n).sterf(n, d, dOff, e, eOff);
        }
        long work = job == EigenvectorJob.UPDATE ? 4L * n * n * n : 2L * n * n * n;
        return select(LapackRoutine.STEDC, work).stedc(job, n, d, dOff, e, eOff, z, zOff, ldz);
    }

    /**
     * All eigenvalues, ascending into w (n), and with {@code vectors} the orthonormal
     * eigenvectors in place of A (column j for {@code w[j]}), of the symmetric n x n matrix A of
     * which the lower triangle is read (LAPACK's dsyevd): the blocked reduction {@link #sytrd},
     * then {@link #sterf} for the values alone, or {@link #stedc} for the eigenvectors of the
     * tridiagonal form, multiplied by Q with the blocked {@link #ormtr}. The same results and
     * accuracy as {@link #syev}, several times faster with vectors at large n. Without vectors the
     * lower triangle is destroyed. A is scaled first when its largest element is below about
     * 1e-146 or above 1e146.
     *
     * @return 0, or a positive number when an iteration did not converge (w and A then partial);
     *     a NaN in A is reported so
     */
    public int syevd(boolean vectors, int n, double[] a, int aOff, int lda, double[] w, int wOff) {
        Checks.size("syevd", "n", n);
        Checks.matrix("syevd", "A", n, n, a, aOff, lda);
        Checks.vector("syevd", "w", n, w, wOff, 1);
        if (n == 0) {
            return 0;
        }
        long work = vectors ? 5L * n * n * n : 4L * n * n * n / 3;
        return select(LapackRoutine.SYEVD, work).syevd(vectors, n, a, aOff, lda, w, wOff);
    }

    // ---- bidiagonal divide and conquer ----

    /**
     * The singular value decomposition {@code B = U S V^T} of the n x n bidiagonal matrix B
     * (diagonal d, off-diagonal e above it for {@code UPPER}, below it for {@code LOWER}) by
     * divide and conquer (LAPACK's dbdsdc): B is cut at middle rows recursively down to blocks of
     * 25 solved by the QR iteration of {@link #bdsqr}, and the parts are joined by deflation, the
     * roots of the secular equation {@code 1 + sum_j z_j^2 / ((d_j - sigma)(d_j + sigma)) = 0}
     * and singular vectors from a recomputed z, whose products with the parts' vectors are matrix
     * multiplications. The singular values replace d, non-negative and in decreasing order; U and
     * V^T (n x n each) are overwritten; e is destroyed. Each value has an absolute error of a
     * modest multiple of {@code eps ||B||} (for high relative accuracy of tiny values use
     * {@link #bdsqr}), and the vectors are orthonormal to working precision. For the values alone
     * call {@link #bdsqr} without vectors.
     *
     * @return 0, or a positive number when an iteration did not converge
     * @throws jnum.mat.NoConvergenceException if (Java implementation) a secular equation does not
     *     converge within its iteration bound
     */
    public int bdsdc(
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
            int ldvt) {
        Checks.flag("bdsdc", "uplo", uplo);
        Checks.size("bdsdc", "n", n);
        Checks.vector("bdsdc", "d", n, d, dOff, 1);
        Checks.vector("bdsdc", "e", Math.max(0, n - 1), e, eOff, 1);
        Checks.matrix("bdsdc", "U", n, n, u, uOff, ldu);
        Checks.matrix("bdsdc", "VT", n, n, vt, vtOff, ldvt);
        if (n == 0) {
            return 0;
        }
        return select(LapackRoutine.BDSDC, 4L * n * n * n)
                .bdsdc(uplo, n, d, dOff, e, eOff, u, uOff, ldu, vt, vtOff, ldvt);
    }
}

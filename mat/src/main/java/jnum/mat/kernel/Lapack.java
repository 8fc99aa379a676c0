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
     * are bounded by {@code 6 n^2} inner steps.
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
     * reduces to bidiagonal form and runs {@link #bdsqr} (LAPACK's dgesvd); the native one calls
     * dgesdd (divide and conquer).
     *
     * @return 0, or a positive number when the iteration failed to converge (the outputs are
     *     then unreliable)
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
        long work = 4L * m * n * p + (job == SvdJob.VALUES ? 0 : 8L * m * n * p);
        return select(LapackRoutine.GESVD, work).gesvd(job, m, n, a, aOff, lda, s, sOff, u, uOff, ldu, vt, vtOff, ldvt);
    }
}

package jnum.mat;

import java.util.Objects;
import java.util.OptionalInt;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Transpose;

/**
 * The LU factorization with partial pivoting of a square matrix, {@code P A = L U} (LAPACK's
 * dgetrf): L unit lower triangular, U upper triangular, P a row permutation chosen so that every
 * multiplier in L is at most 1 in magnitude. Backward stable in practice: the computed factors
 * are those of {@code A + E} with {@code ||E|| <= c n eps ||A||} for a modest growth factor.
 *
 * <p>Obtain one with {@code a.lu()} or {@link #of(Dense)}; the input is copied and never modified.
 * The object is immutable and safe to share between threads. {@link #update} gives the factors of
 * {@code A + u v^T} in O(n^2) when that is stable.
 *
 * <p>An exactly singular matrix (a pivot exactly zero) still factors: {@link #isSingular()} says
 * so, {@link #det()} is 0, and {@link #solve} and {@link #inverse()} throw
 * {@link SingularMatrixException}. A nearly singular matrix solves without complaint; check
 * {@link #rcond()}. NaN in A propagates into the factors and every result.
 */
public final class LU {
    private final int n;
    /** L below the diagonal, U on and above, column-major n x n. */
    private final double[] f;
    /** The row interchanges of getrf: row i was swapped with row ipiv[i]. */
    private final int[] ipiv;

    private final OptionalInt zeroPivot;
    private final double anorm;
    private volatile double rcond = -1;

    private LU(int n, double[] f, int[] ipiv, OptionalInt zeroPivot, double anorm) {
        this.n = n;
        this.f = f;
        this.ipiv = ipiv;
        this.zeroPivot = zeroPivot;
        this.anorm = anorm;
    }

    /**
     * Factors the square matrix {@code a}.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     */
    public static LU of(Dense a) {
        Objects.requireNonNull(a, "lu: a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("lu: " + a.rows() + "x" + a.cols() + " is not square");
        }
        int n = a.rows();
        double[] f = Factors.compact(a);
        int ld = Math.max(1, n);
        Lapack lapack = Kernels.lapack();
        double anorm = lapack.lange(MatrixNorm.ONE, n, n, f, 0, ld);
        int[] ipiv = new int[n];
        OptionalInt zero = lapack.getrf(n, n, f, 0, ld, ipiv, 0);
        return new LU(n, f, ipiv, zero, anorm);
    }

    /** A factorization from factors computed elsewhere in the package (no interchanges are checked). */
    static LU fromFactors(int n, double[] f, int[] ipiv, double anorm) {
        OptionalInt zero = OptionalInt.empty();
        for (int k = 0; k < n; k++) {
            if (f[k + k * n] == 0) {
                zero = OptionalInt.of(k);
                break;
            }
        }
        return new LU(n, f, ipiv, zero, anorm);
    }

    /**
     * The factorization of {@code A + u v^T}, this one unchanged. In O(n^2) by Bennett's recurrence
     * on the factors, keeping this factorization's row order, when that is stable (every new
     * multiplier at most 10 in magnitude, as threshold pivoting allows); otherwise, in O(n^3), by
     * factoring {@code A + u v^T} afresh (formed from these factors) with partial pivoting. Either
     * way the result is backward stable: the factors of {@code A + u v^T + E} with E of the order of
     * n eps times the size of the factors. After an O(n^2) update, {@link #rcond()} uses an
     * estimate of {@code ||A + u v^T||_1} (a lower bound), so it may exceed the exact value by up
     * to the estimator's factor (rarely more than 3).
     *
     * @throws NullPointerException if u or v is null
     * @throws DimensionMismatchException if u or v does not have length n
     * @throws SingularMatrixException if {@code A + u v^T} is exactly singular (a zero pivot of its
     *     fresh factorization), with the pivot's index
     */
    public LU update(Vec u, Vec v) {
        Objects.requireNonNull(u, "update: u is null");
        Objects.requireNonNull(v, "update: v is null");
        if (u.length() != n || v.length() != n) {
            throw new DimensionMismatchException("update: " + Text.shape(n, n) + " + u v^T with u of length "
                    + u.length() + " and v of length " + v.length());
        }
        return LURankOneUpdate.update(n, f, ipiv, u, v);
    }

    /** The order n of the factored matrix. */
    public int order() {
        return n;
    }

    /** Whether a pivot is exactly zero, i.e. A is exactly singular in floating point. */
    public boolean isSingular() {
        return zeroPivot.isPresent();
    }

    /** The index of the first exactly zero pivot; only for a singular factorization. */
    int zeroPivot() {
        return zeroPivot.getAsInt();
    }

    /**
     * Solves {@code A x = b}.
     *
     * @throws DimensionMismatchException if b's length is not n
     * @throws SingularMatrixException if A is exactly singular
     */
    public Vec solve(Vec b) {
        return solveVec("solve", Transpose.NO, b);
    }

    /**
     * Solves {@code A X = B} for every column of B (n x k).
     *
     * @throws DimensionMismatchException if B does not have n rows
     * @throws SingularMatrixException if A is exactly singular
     */
    public Dense solve(Dense b) {
        return solveDense("solve", Transpose.NO, b);
    }

    /**
     * Solves {@code A^T x = b}.
     *
     * @throws DimensionMismatchException if b's length is not n
     * @throws SingularMatrixException if A is exactly singular
     */
    public Vec solveTransposed(Vec b) {
        return solveVec("solveTransposed", Transpose.YES, b);
    }

    /**
     * Solves {@code A^T X = B} for every column of B (n x k).
     *
     * @throws DimensionMismatchException if B does not have n rows
     * @throws SingularMatrixException if A is exactly singular
     */
    public Dense solveTransposed(Dense b) {
        return solveDense("solveTransposed", Transpose.YES, b);
    }

    private Vec solveVec(String op, Transpose trans, Vec b) {
        Objects.requireNonNull(b, () -> op + ": b is null");
        if (b.length() != n) {
            throw DimensionMismatchException.of(op, n, n, "\\", b.length(), 1);
        }
        requireNonsingular(op);
        double[] x = b.toArray();
        Kernels.lapack().getrs(trans, n, 1, f, 0, Math.max(1, n), ipiv, 0, x, 0, Math.max(1, n));
        return Vec.wrap(x, 0, 1, n);
    }

    private Dense solveDense(String op, Transpose trans, Dense b) {
        Objects.requireNonNull(b, () -> op + ": b is null");
        if (b.rows() != n) {
            throw DimensionMismatchException.of(op, n, n, "\\", b.rows(), b.cols());
        }
        requireNonsingular(op);
        double[] x = Factors.compact(b);
        int ld = Math.max(1, n);
        Kernels.lapack().getrs(trans, n, b.cols(), f, 0, ld, ipiv, 0, x, 0, ld);
        return Dense.wrap(x, 0, ld, n, b.cols());
    }

    private void requireNonsingular(String op) {
        if (zeroPivot.isPresent()) {
            int k = zeroPivot.getAsInt();
            throw new SingularMatrixException(
                    op + ": the " + n + "x" + n + " matrix is singular (pivot " + k + " is exactly zero)", k);
        }
    }

    /**
     * {@code A^-1} (n x n), by solving against the identity.
     *
     * @throws SingularMatrixException if A is exactly singular
     */
    public Dense inverse() {
        requireNonsingular("inverse");
        Dense x = Dense.identity(n);
        int ld = Math.max(1, n);
        Kernels.lapack().getrs(Transpose.NO, n, n, f, 0, ld, ipiv, 0, x.array(), x.offset(), x.ld());
        return x;
    }

    /**
     * {@code det A = (-1)^s prod U(k, k)} with s the number of row interchanges: 0 for a singular
     * matrix; it overflows to infinity or underflows to 0 for large n (use {@link #logDet()}).
     */
    public double det() {
        if (zeroPivot.isPresent()) {
            return 0.0; // not -0.0 from a negative sign
        }
        double d = sign();
        for (int k = 0; k < n; k++) {
            d *= f[k + k * n];
        }
        return d;
    }

    /**
     * {@code det A} as sign and log-magnitude, {@code log |det A| = sum log |U(k, k)|}, which never
     * overflows. For a singular matrix the sign is 0 and the log is negative infinity.
     */
    public LogDeterminant logDet() {
        double sign = sign();
        double log = 0;
        for (int k = 0; k < n; k++) {
            double u = f[k + k * n];
            if (u < 0) {
                sign = -sign;
            } else if (u == 0) {
                return new LogDeterminant(0, Double.NEGATIVE_INFINITY);
            } else if (Double.isNaN(u)) {
                return new LogDeterminant(Double.NaN, Double.NaN);
            }
            log += Math.log(Math.abs(u));
        }
        return new LogDeterminant(sign, log);
    }

    private double sign() {
        double s = 1;
        for (int k = 0; k < n; k++) {
            if (ipiv[k] != k) {
                s = -s;
            }
        }
        return s;
    }

    /**
     * An estimate of the reciprocal 1-norm condition number {@code 1 / (||A||_1 ||A^-1||_1)}
     * (LAPACK's dgecon): near 1 for a well-conditioned matrix, near eps or below for a matrix
     * that is singular to working precision, 0 for an exactly singular one, NaN when A held NaN.
     * The estimate is at least the exact value and rarely more than 3 times it. Computed on first
     * call, in O(n^2).
     */
    public double rcond() {
        double r = rcond;
        if (r < 0) {
            r = n == 0 ? 1.0 : Kernels.lapack().gecon(MatrixNorm.ONE, n, f, 0, Math.max(1, n), anorm);
            rcond = r;
        }
        return r;
    }

    /** L (n x n, unit lower triangular), a new matrix. */
    public Dense l() {
        Dense l = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            l.set(j, j, 1);
            for (int i = j + 1; i < n; i++) {
                l.set(i, j, f[i + j * n]);
            }
        }
        return l;
    }

    /** U (n x n, upper triangular), a new matrix. */
    public Dense u() {
        Dense u = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                u.set(i, j, f[i + j * n]);
            }
        }
        return u;
    }

    /**
     * The row permutation as indices: row {@code i} of {@code P A} is row {@code pivots()[i]} of
     * A (a new array).
     */
    public int[] pivots() {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int p = ipiv[i];
            int t = perm[i];
            perm[i] = perm[p];
            perm[p] = t;
        }
        return perm;
    }

    /** The permutation matrix P of {@code P A = L U}, a new n x n matrix. */
    public Dense p() {
        Dense p = Dense.zeros(n, n);
        int[] perm = pivots();
        for (int i = 0; i < n; i++) {
            p.set(i, perm[i], 1);
        }
        return p;
    }

    @Override
    public String toString() {
        return "LU of a " + n + "x" + n + " matrix" + (isSingular() ? " (singular)" : "");
    }
}

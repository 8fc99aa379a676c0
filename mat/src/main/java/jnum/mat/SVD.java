package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.SvdJob;

/**
 * The singular value decomposition {@code A = U S V^T} of an m x n matrix, any shape: with
 * {@code p = min(m, n)}, the singular values {@code s_0 >= s_1 >= ... >= s_{p-1} >= 0}, U with
 * orthonormal columns (the left singular vectors) and V with orthonormal columns (the right ones).
 * Created by {@link #of(Dense, Kind)} or {@link Dense#svd()}.
 *
 * <p>Computed as LAPACK does (through {@link jnum.mat.kernel.Lapack#gesvd}): Householder reduction
 * to bidiagonal form, QR first when {@code m >= 1.6 n}, then the bidiagonal QR iteration of
 * Demmel and Kahan in jnum's Java LAPACK (with vectors from min(m, n) = 100 on, the bidiagonal's
 * vectors by divide and conquer as dgesdd's, its values still by the QR iteration). With the
 * native module present, the values alone come from native dgesdd; the decomposition with vectors
 * stays in Java, whose divide and conquer keeps U and V orthogonal on rank-deficient matrices
 * where OpenBLAS 0.3.21's does not. The result is backward stable:
 * {@code ||A - U S V^T|| <= c max(m, n) u ||A||} and each singular value is within
 * {@code c max(m, n) u s_0} of the exact one of A; orthogonality holds to {@code c p u}.
 *
 * <p>As dgesvd, the decomposition is computed for {@code 2^k A}, with the power of 2 that brings the
 * largest element into {@code [sqrt(2^-1022) / eps, eps / sqrt(2^-1022)]} (k = 0 for most
 * matrices). The singular values of A are then those scaled back, and a singular value beyond the
 * double range (only when elements are near {@code Double.MAX_VALUE}) is infinite, one below it 0
 * or subnormal with fewer significant bits; but {@link #rank()}, {@link #cond()},
 * {@link #tolerance()}, {@link #solve}, {@link #pinv()} and {@link #nullSpace()} are computed from
 * the values of {@code 2^k A}, so they stay right wherever their own results are representable.
 *
 * <p>Immutable and safe to share between threads; the input is copied, never modified, and every
 * matrix returned is a new one. A matrix with a NaN or infinite element is rejected.
 */
public final class SVD {
    /** What {@link #of(Dense, Kind)} computes. */
    public enum Kind {
        /** The singular values only: {@link #u()}, {@link #v()} and what needs them throw. */
        VALUES,
        /** The thin decomposition: U is m x p, V is n x p ({@code p = min(m, n)}). */
        THIN,
        /** The full decomposition: U is m x m, V is n x n (square orthogonal matrices). */
        FULL
    }

    private static final double EPS = 0x1p-52;

    private final int m;
    private final int n;
    private final Kind kind;
    private final double[] s; // the singular values of 2^shift A
    private final int shift;
    private final Dense u; // null for VALUES
    private final Dense v; // null for VALUES

    private SVD(int m, int n, Kind kind, double[] s, int shift, Dense u, Dense v) {
        this.m = m;
        this.n = n;
        this.kind = kind;
        this.s = s;
        this.shift = shift;
        this.u = u;
        this.v = v;
    }

    /**
     * The thin SVD of {@code a}, {@link #of(Dense, Kind)} with {@link Kind#THIN}.
     *
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if {@code a} has a NaN or infinite element
     * @throws NoConvergenceException if the iteration does not converge within its bound
     */
    public static SVD of(Dense a) {
        return of(a, Kind.THIN);
    }

    /**
     * The SVD of {@code a}: the singular values, and the singular vectors the kind asks for.
     *
     * @throws NullPointerException if {@code a} or {@code kind} is null
     * @throws IllegalArgumentException if {@code a} has a NaN or infinite element, named by its
     *     position
     * @throws NoConvergenceException if the bidiagonal iteration does not converge within its
     *     bound of {@code 6 p^2} inner steps, or a secular equation of the divide and conquer
     *     within 30 steps per root (never seen in practice; LAPACK has the same bounds)
     */
    public static SVD of(Dense a, Kind kind) {
        Objects.requireNonNull(a, "svd: a is null");
        Objects.requireNonNull(kind, "svd: kind is null");
        int m = a.rows();
        int n = a.cols();
        int p = Math.min(m, n);
        double[] work = a.finiteCopy("svd");
        // scaled here rather than only inside the kernel, so that the values of 2^shift A are kept
        // (the kernel's own scaling back overflows or underflows where A's values do)
        int shift = SafeRange.shift(SafeRange.maxAbs(work));
        SafeRange.scalb(work, shift);
        double[] s = new double[p];
        if (kind == Kind.VALUES) {
            check(
                    Kernels.lapack().gesvd(SvdJob.VALUES, m, n, work, 0, Math.max(1, m), s, 0, null, 0, 1, null, 0, 1),
                    m,
                    n);
            return new SVD(m, n, kind, s, shift, null, null);
        }
        boolean full = kind == Kind.FULL;
        int ucols = full ? m : p;
        int vtrows = full ? n : p;
        if (p == 0) {
            Dense uu = full ? Dense.identity(m) : Dense.zeros(m, 0);
            Dense vv = full ? Dense.identity(n) : Dense.zeros(n, 0);
            return new SVD(m, n, kind, s, shift, uu, vv);
        }
        double[] uu = new double[m * ucols];
        double[] vt = new double[vtrows * n];
        int info = Kernels.lapack()
                .gesvd(full ? SvdJob.FULL : SvdJob.THIN, m, n, work, 0, m, s, 0, uu, 0, m, vt, 0, Math.max(1, vtrows));
        check(info, m, n);
        Dense uMat = Dense.wrap(uu, 0, m, m, ucols);
        Dense vMat = Dense.wrap(vt, 0, Math.max(1, vtrows), vtrows, n).t().copy();
        return new SVD(m, n, kind, s, shift, uMat, vMat);
    }

    private static void check(int info, int m, int n) {
        if (info > 0) {
            int p = Math.min(m, n);
            throw new NoConvergenceException(
                    "svd: the bidiagonal iteration for the " + Text.shape(m, n) + " matrix did not converge (" + info
                            + " off-diagonal elements left)",
                    (int) Math.min(Integer.MAX_VALUE, 6L * p * p));
        }
    }

    /** Rows m of the decomposed matrix. */
    public int rows() {
        return m;
    }

    /** Columns n of the decomposed matrix. */
    public int cols() {
        return n;
    }

    /** What was computed. */
    public Kind kind() {
        return kind;
    }

    /**
     * The min(m, n) singular values in decreasing order, all {@code >= 0}; a new vector. Infinite
     * where a value exceeds {@code Double.MAX_VALUE} (see the class docs).
     */
    public Vec values() {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Math.scalb(s[i], -shift);
        }
        return Vec.of(out);
    }

    /**
     * U: the left singular vectors as columns, m x min(m, n) ({@link Kind#THIN}) or m x m
     * ({@link Kind#FULL}); a new matrix. Column j belongs to {@code values().get(j)}.
     *
     * @throws IllegalStateException for a values-only decomposition
     */
    public Dense u() {
        return vectors("u", u).copy();
    }

    /**
     * V: the right singular vectors as columns, n x min(m, n) ({@link Kind#THIN}) or n x n
     * ({@link Kind#FULL}); a new matrix ({@code A = U S V^T}).
     *
     * @throws IllegalStateException for a values-only decomposition
     */
    public Dense v() {
        return vectors("v", v).copy();
    }

    private Dense vectors(String op, Dense x) {
        if (x == null) {
            throw new IllegalStateException(op + ": this SVD of a " + Text.shape(m, n)
                    + " matrix has singular values only; use SVD.of(a, Kind.THIN) or Kind.FULL");
        }
        return x;
    }

    /**
     * The 2-norm of A, its largest singular value; 0 for an empty matrix, infinite if it exceeds
     * {@code Double.MAX_VALUE}.
     */
    public double norm2() {
        return s.length == 0 ? 0 : Math.scalb(s[0], -shift);
    }

    /**
     * The 2-norm condition number {@code s_0 / s_{p-1}}: infinite when the smallest singular value
     * is 0 (also for a zero matrix), 1 for an empty one. The ratio of the values of
     * {@code 2^k A} (class docs): finite and right also where {@link #values()} overflow or
     * underflow.
     */
    public double cond() {
        if (s.length == 0) {
            return 1;
        }
        double smin = s[s.length - 1];
        return smin == 0 ? Double.POSITIVE_INFINITY : s[0] / smin;
    }

    /**
     * The default rank tolerance {@code max(m, n) eps s_0} ({@code eps = 2^-52}), that of NumPy's
     * {@code matrix_rank}: singular values at or below it are indistinguishable from zero at the
     * rounding level of A. Finite also when {@code s_0} overflows.
     */
    public double tolerance() {
        return Math.scalb(scaledTolerance(), -shift);
    }

    /** The tolerance for the values of {@code 2^shift A}. */
    private double scaledTolerance() {
        return s.length == 0 ? 0 : Math.max(m, n) * EPS * s[0];
    }

    /**
     * The numerical rank: the number of singular values above {@link #tolerance()} (decided on the
     * values of {@code 2^k A}, class docs, so neither overflow of {@code s_0} nor underflow of the
     * tolerance changes it).
     */
    public int rank() {
        int r = 0;
        double tol = scaledTolerance();
        while (r < s.length && s[r] > tol) {
            r++;
        }
        return r;
    }

    /**
     * The number of singular values (those {@link #values()} returns) above {@code tol}.
     *
     * @throws IllegalArgumentException if tol is negative or NaN
     */
    public int rank(double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("rank: tolerance " + tol + " is negative or NaN");
        }
        int r = 0;
        while (r < s.length && Math.scalb(s[r], -shift) > tol) {
            r++;
        }
        return r;
    }

    /**
     * The minimum-norm least-squares solution of {@code A x = b}: among the x minimizing
     * {@code ||A x - b||_2}, the one of least norm, {@code x = V_r S_r^-1 U_r^T b} with r =
     * {@link #rank()} (singular values at or below the tolerance are treated as zero, as NumPy's
     * {@code lstsq} with {@code rcond = None} does). Any shape, any rank.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if b's length is not m
     * @throws IllegalStateException for a values-only decomposition
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.length() != m) {
            throw DimensionMismatchException.of("solve", m, n, "\\", b.length(), 1);
        }
        return Vec.of(solve(Dense.wrap(b.toArray(), 0, Math.max(1, m), m, 1))
                .column(0)
                .toArray());
    }

    /**
     * The minimum-norm least-squares solutions of {@code A X = B}, column by column as
     * {@link #solve(Vec)}; B is m x k, X is n x k.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws DimensionMismatchException if B does not have m rows
     * @throws IllegalStateException for a values-only decomposition
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "solve: b is null");
        if (b.rows() != m) {
            throw DimensionMismatchException.of("solve", m, n, "\\", b.rows(), b.cols());
        }
        int r = rank();
        Dense ur = vectors("solve", u).slice(0, m, 0, r);
        Dense c = ur.t().times(b); // r x k
        // divided, not multiplied by 1 / s_i: that reciprocal overflows once s_i < 1 / MAX_VALUE
        // (about 5.6e-309) while c_i / s_i may well be in range
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c.cols(); j++) {
                c.set(i, j, c.get(i, j) / s[i]);
            }
        }
        return scaled(v.slice(0, n, 0, r).times(c)); // A^+ = 2^shift (2^shift A)^+
    }

    /** x = 2^shift x, in place (x is a new matrix). */
    private Dense scaled(Dense x) {
        if (shift != 0) {
            for (int j = 0; j < x.cols(); j++) {
                for (int i = 0; i < x.rows(); i++) {
                    x.set(i, j, Math.scalb(x.get(i, j), shift));
                }
            }
        }
        return x;
    }

    /**
     * The Moore-Penrose pseudo-inverse {@code A^+ = V_r S_r^-1 U_r^T} (n x m) with r =
     * {@link #rank()}: it satisfies {@code A A^+ A = A}, {@code A^+ A A^+ = A^+} and both products
     * symmetric, to rounding, on the numerically nonzero part of the spectrum.
     *
     * @throws IllegalStateException for a values-only decomposition
     */
    public Dense pinv() {
        int r = rank();
        Dense vr = vectors("pinv", v).slice(0, n, 0, r).copy();
        for (int j = 0; j < r; j++) {
            for (int i = 0; i < n; i++) {
                vr.set(i, j, vr.get(i, j) / s[j]); // as in solve: no reciprocal to overflow
            }
        }
        return scaled(vr.times(u.slice(0, m, 0, r).t()));
    }

    /**
     * An orthonormal basis of the null space of A, n x (n - r) with r = {@link #rank()}: the right
     * singular vectors of the singular values at or below the tolerance, and of the n - m directions
     * a wide matrix cannot see ({@code A N} is at the rounding level {@code tolerance()}).
     *
     * @throws IllegalStateException for a values-only decomposition, or a thin one of a wide matrix
     *     (its V lacks the n - m vectors; use {@link Kind#FULL})
     */
    public Dense nullSpace() {
        Dense vv = vectors("nullSpace", v);
        if (vv.cols() < n) {
            throw new IllegalStateException("nullSpace: the thin SVD of a wide " + Text.shape(m, n) + " matrix lacks "
                    + (n - vv.cols()) + " right singular vectors; use SVD.of(a, Kind.FULL)");
        }
        return vv.slice(0, n, rank(), n).copy();
    }

    @Override
    public String toString() {
        return "SVD (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ") of a " + Text.shape(m, n) + " matrix";
    }
}

package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;

/**
 * The Hessenberg decomposition {@code A = Q H Q^T} of a square real matrix (LAPACK's dgehrd,
 * blocked, and dorghr): Q orthogonal, H upper Hessenberg (zero below the first subdiagonal).
 * Created by {@link Dense#hessenberg()} or {@link #of(Dense)}. The first step of the
 * nonsymmetric eigenvalue problem, useful on its own for shifted solves {@code (A - s I) x = b}
 * with many shifts. No balancing: H is similar to A by Q alone.
 *
 * <p>Backward stable: {@code ||A - Q H Q^T|| <= c n eps ||A||}, {@code ||Q^T Q - I|| <= c n eps}.
 * As dgees does before its reduction, a matrix whose largest element is outside
 * {@code [sqrt(2^-1022) / eps, eps / sqrt(2^-1022)]} is reduced as {@code 2^k A} (exact), so Q stays
 * orthogonal and finite also when an element of H, such as a subdiagonal element
 * {@code ||A(j+1:n, j)||}, exceeds {@code Double.MAX_VALUE} (that element is then infinite). NaN
 * and infinities in A propagate. Immutable and safe to share between threads; the input is copied,
 * never modified.
 */
public final class Hessenberg {
    private final int n;
    private final double[] h;
    private final double[] q;

    private Hessenberg(int n, double[] h, double[] q) {
        this.n = n;
        this.h = h;
        this.q = q;
    }

    /**
     * The Hessenberg decomposition of {@code a}.
     *
     * @throws NullPointerException if {@code a} is null
     * @throws DimensionMismatchException if a is not square
     */
    public static Hessenberg of(Dense a) {
        Objects.requireNonNull(a, "hessenberg: a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("hessenberg: " + a.rows() + "x" + a.cols() + " is not square");
        }
        int n = a.rows();
        int ld = Math.max(1, n);
        double[] h = a.copy().array();
        // the reflectors of 2^shift A are those of A, without the overflow of its column norms
        int shift = SafeRange.shift(SafeRange.maxAbs(h));
        SafeRange.scalb(h, shift);
        double[] tau = new double[Math.max(0, n - 1)];
        Lapack lapack = Kernels.lapack();
        lapack.gehrd(n, 0, n - 1, h, 0, ld, tau, 0);
        double[] q = h.clone();
        lapack.orghr(n, 0, n - 1, q, 0, ld, tau, 0);
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                h[i + j * ld] = 0;
            }
        }
        SafeRange.scalb(h, -shift);
        return new Hessenberg(n, h, q);
    }

    /** The order n. */
    public int order() {
        return n;
    }

    /** H: upper Hessenberg, n x n, a new matrix. */
    public Dense h() {
        return Dense.wrap(h.clone(), 0, Math.max(1, n), n, n);
    }

    /** Q: orthogonal, n x n, with {@code A = Q H Q^T}, a new matrix. */
    public Dense q() {
        return Dense.wrap(q.clone(), 0, Math.max(1, n), n, n);
    }

    /** {@code Hessenberg 3x3}. */
    @Override
    public String toString() {
        return "Hessenberg " + n + "x" + n;
    }
}

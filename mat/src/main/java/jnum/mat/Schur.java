package jnum.mat;

import java.util.Objects;
import java.util.OptionalInt;
import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;

/**
 * The real Schur decomposition {@code A = Z T Z^T} of a square real matrix (LAPACK's dgees without
 * sorting): Z orthogonal, T upper quasi-triangular with 1 x 1 blocks (real eigenvalues) and 2 x 2
 * blocks in standardized form {@code [a b; c a]} with {@code b c < 0} (the complex pair
 * {@code a +- i sqrt(-b c)}). Created by {@link Dense#schur()} or {@link #of(Dense)}.
 *
 * <p>Computed as dgees does: scaling by a power of 2 when the largest element is below
 * {@code sqrt(2^-1022) / eps} or above its reciprocal, permutations isolating eigenvalues (no
 * scaling, which would spoil
 * the orthogonality of Z), Hessenberg reduction, the QR algorithm accumulating Z (dhseqr's:
 * double shift below order 75, multishift with aggressive early deflation above it and where the
 * double shift fails to converge, as on strongly graded matrices). The computed factors satisfy {@code ||A - Z T Z^T|| <= c n eps ||A||} and
 * {@code ||Z^T Z - I|| <= c n eps}.
 *
 * <p>Immutable and safe to share between threads; the input is copied, never modified.
 */
public final class Schur {
    private final int n;
    private final double[] t;
    private final double[] z;
    private final double[] wr;
    private final double[] wi;

    private Schur(int n, double[] t, double[] z, double[] wr, double[] wi) {
        this.n = n;
        this.t = t;
        this.z = z;
        this.wr = wr;
        this.wi = wi;
    }

    /**
     * The real Schur decomposition of {@code a}.
     *
     * @throws NullPointerException if {@code a} is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if an element of a is NaN or infinite, naming it
     * @throws NoConvergenceException if the QR algorithm reaches its iteration limit
     */
    public static Schur of(Dense a) {
        Objects.requireNonNull(a, "schur: a is null");
        double[] t = Eigen.squareFiniteCopy("schur", a);
        int n = a.rows();
        int ld = Math.max(1, n);
        double[] z = new double[n * n];
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] scale = new double[n];
        double[] tau = new double[Math.max(0, n - 1)];
        // as dgees: bring the norm into the range where the QR algorithm's thresholds hold (exactly)
        int shift = SafeRange.shift(SafeRange.maxAbs(t));
        SafeRange.scalb(t, shift);
        Lapack lapack = Kernels.lapack();
        BalanceRange r = lapack.gebal(BalanceJob.PERMUTE, n, t, 0, ld, scale, 0);
        int ilo = r.ilo();
        int ihi = r.ihi();
        lapack.gehrd(n, ilo, ihi, t, 0, ld, tau, 0);
        System.arraycopy(t, 0, z, 0, n * n);
        lapack.orghr(n, ilo, ihi, z, 0, ld, tau, 0);
        OptionalInt failed = lapack.hseqr(true, true, n, ilo, ihi, t, 0, ld, wr, 0, wi, 0, z, 0, ld);
        if (failed.isPresent()) {
            throw Eigen.noConvergence("schur", n, failed.getAsInt());
        }
        lapack.gebak(BalanceJob.PERMUTE, Side.RIGHT, n, ilo, ihi, scale, 0, n, z, 0, ld);
        SafeRange.scalb(t, -shift);
        SafeRange.scalb(wr, -shift);
        SafeRange.scalb(wi, -shift);
        return new Schur(n, t, z, wr, wi);
    }

    /** The order n. */
    public int order() {
        return n;
    }

    /** T: the n x n upper quasi-triangular Schur form, a new matrix. */
    public Dense t() {
        return Dense.wrap(t.clone(), 0, Math.max(1, n), n, n);
    }

    /** Z: the n x n orthogonal Schur vectors, {@code A = Z T Z^T}, a new matrix. */
    public Dense z() {
        return Dense.wrap(z.clone(), 0, Math.max(1, n), n, n);
    }

    /**
     * The eigenvalues in the order of T's diagonal blocks (a conjugate pair adjacent, positive
     * imaginary part first), a new array.
     */
    public Complex[] values() {
        Complex[] out = new Complex[n];
        for (int j = 0; j < n; j++) {
            out[j] = new Complex(wr[j], wi[j]);
        }
        return out;
    }

    /** {@code Schur 3x3} and the eigenvalues. */
    @Override
    public String toString() {
        return "Schur " + n + "x" + n + ": values " + java.util.Arrays.toString(values());
    }
}

package jnum.mat;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import jnum.mat.kernel.Kernels;

/**
 * Eigenvalues and eigenvectors of a general real square matrix (LAPACK's dgeev): balancing,
 * Hessenberg reduction, the double-shift QR algorithm to the real Schur form, eigenvectors of the
 * Schur form back-transformed. Created by {@link Dense#eigen()} or {@link #of(Dense, Options)}.
 *
 * <p>Eigenvalues: {@link #values()} as {@link Complex} numbers, or {@link #real()} and
 * {@link #imag()} as paired arrays. They come in the order of the Schur form's diagonal (not
 * sorted); a complex conjugate pair is adjacent, the value with positive imaginary part first,
 * and its two members are exact conjugates of each other.
 *
 * <p>Eigenvectors (when asked for; right ones by default): column j of {@link #rightRe()} plus i
 * times column j of {@link #rightIm()} is the right eigenvector {@code x_j}, {@code A x_j =
 * lambda_j x_j}; likewise {@link #leftRe()}, {@link #leftIm()} give the left eigenvectors
 * {@code y_j^H A = lambda_j y_j^H}. Each has unit 2-norm and its component of largest modulus is
 * real; the vectors of a conjugate pair are conjugates. For real eigenvalues the imaginary parts
 * are zero. A defective matrix (a Jordan block) has fewer independent eigenvectors than its order:
 * the computed vectors of a multiple eigenvalue are then nearly parallel, as in LAPACK.
 *
 * <p>Accuracy: without balancing, the computed values and vectors are exact for a matrix
 * {@code A + E} with {@code ||E|| <= c n eps ||A||}; an eigenvalue's error is about that times its
 * condition number {@code 1 / |y_j^H x_j|} (with unit vectors), which can be large for nonnormal
 * matrices. Balancing (on by default) computes with {@code B = D^-1 A D} for a diagonal D, so the
 * bound holds for B instead: {@code E = D F D^-1} with {@code ||F|| <= c n eps ||B||}. That often
 * makes the eigenvalues more accurate ({@code ||B||} can be far below {@code ||A||}), but on
 * strongly graded matrices the eigenvectors back-transformed by D can have residuals
 * {@code ||A x - lambda x||} far above {@code eps ||A||} (as LAPACK's dgeev's do), and
 * {@link #conditionNumbers()} computed from them can be off by orders of magnitude. Turn balancing
 * off ({@link Options#withBalance}) where vectors or condition numbers of such matrices matter, and
 * for matrices whose small elements are only rounding noise.
 *
 * <p>Immutable and safe to share between threads; the input is copied, never modified.
 */
public final class Eigen {
    private final int n;
    private final double[] wr;
    private final double[] wi;
    private final double[] vr;
    private final double[] vl;

    /**
     * What to compute: balancing (on by default), right eigenvectors (on by default), left
     * eigenvectors (off by default).
     *
     * @param balance permute and scale before the reduction (LAPACK's dgebal with job 'B')
     * @param right compute right eigenvectors
     * @param left compute left eigenvectors
     */
    public record Options(boolean balance, boolean right, boolean left) {
        /** Balancing and right eigenvectors. */
        public static Options defaults() {
            return new Options(true, true, false);
        }

        /** Eigenvalues only, with balancing. */
        public static Options valuesOnly() {
            return new Options(true, false, false);
        }

        /** These options with balancing switched on or off. */
        public Options withBalance(boolean on) {
            return new Options(on, right, left);
        }

        /** These options with right eigenvectors switched on or off. */
        public Options withRight(boolean on) {
            return new Options(balance, on, left);
        }

        /** These options with left eigenvectors switched on or off. */
        public Options withLeft(boolean on) {
            return new Options(balance, right, on);
        }
    }

    private Eigen(int n, double[] wr, double[] wi, double[] vr, double[] vl) {
        this.n = n;
        this.wr = wr;
        this.wi = wi;
        this.vr = vr;
        this.vl = vl;
    }

    /** {@link #of(Dense, Options)} with {@link Options#defaults()}. */
    public static Eigen of(Dense a) {
        return of(a, Options.defaults());
    }

    /**
     * The eigen-decomposition of the square matrix {@code a}.
     *
     * @throws NullPointerException if {@code a} or {@code options} is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if an element of a is NaN or infinite, naming it
     * @throws NoConvergenceException if the QR algorithm reaches its iteration limit (30 max(10, n)
     *     iterations for one active block) before all eigenvalues have converged
     */
    public static Eigen of(Dense a, Options options) {
        Objects.requireNonNull(a, "eigen: a is null");
        Objects.requireNonNull(options, "eigen: options is null");
        double[] work = squareFiniteCopy("eigen", a);
        int n = a.rows();
        int ld = Math.max(1, n);
        double[] wr = new double[n];
        double[] wi = new double[n];
        double[] vr = options.right() ? new double[n * n] : null;
        double[] vl = options.left() ? new double[n * n] : null;
        OptionalInt failed = Kernels.lapack()
                .geev(
                        options.balance(),
                        options.left(),
                        options.right(),
                        n,
                        work,
                        0,
                        ld,
                        wr,
                        0,
                        wi,
                        0,
                        vl,
                        0,
                        ld,
                        vr,
                        0,
                        ld);
        if (failed.isPresent()) {
            throw noConvergence("eigen", n, failed.getAsInt());
        }
        return new Eigen(n, wr, wi, vr, vl);
    }

    /**
     * The elements of a as a compact column-major n x n array (a copy the factorization may
     * overwrite), after checking that a is square and, in the same pass, finite.
     */
    static double[] squareFiniteCopy(String op, Dense a) {
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": " + a.rows() + "x" + a.cols() + " is not square");
        }
        return a.finiteCopy(op);
    }

    /** The exception for a QR algorithm that stopped with eigenvalues 0..last unconverged. */
    static NoConvergenceException noConvergence(String op, int n, int last) {
        int limit = 30 * Math.max(10, n);
        return new NoConvergenceException(
                op + ": the QR algorithm did not converge for eigenvalues 0.." + last + " of a " + n + "x" + n
                        + " matrix within " + limit + " iterations",
                limit);
    }

    /** The order n of the matrix. */
    public int order() {
        return n;
    }

    /** The n eigenvalues (see the class docs for their order), a new array. */
    public Complex[] values() {
        Complex[] out = new Complex[n];
        for (int j = 0; j < n; j++) {
            out[j] = new Complex(wr[j], wi[j]);
        }
        return out;
    }

    /** Eigenvalue j. */
    public Complex value(int j) {
        Objects.checkIndex(j, n);
        return new Complex(wr[j], wi[j]);
    }

    /** The real parts of the eigenvalues, a new array. */
    public double[] real() {
        return wr.clone();
    }

    /** The imaginary parts of the eigenvalues, a new array (zeros for real eigenvalues). */
    public double[] imag() {
        return wi.clone();
    }

    /** Whether every eigenvalue is real (every imaginary part exactly zero). */
    public boolean isReal() {
        for (double v : wi) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether right eigenvectors were computed. */
    public boolean hasRight() {
        return vr != null;
    }

    /** Whether left eigenvectors were computed. */
    public boolean hasLeft() {
        return vl != null;
    }

    /**
     * Real parts of the right eigenvectors, column j for eigenvalue j (n x n, a new matrix).
     *
     * @throws IllegalStateException if right eigenvectors were not computed
     */
    public Dense rightRe() {
        return part(require(vr, "right"), false);
    }

    /**
     * Imaginary parts of the right eigenvectors, column j for eigenvalue j (n x n, a new matrix).
     *
     * @throws IllegalStateException if right eigenvectors were not computed
     */
    public Dense rightIm() {
        return part(require(vr, "right"), true);
    }

    /**
     * Real parts of the left eigenvectors, column j for eigenvalue j (n x n, a new matrix).
     *
     * @throws IllegalStateException if left eigenvectors were not computed ({@link Options#withLeft})
     */
    public Dense leftRe() {
        return part(require(vl, "left"), false);
    }

    /**
     * Imaginary parts of the left eigenvectors, column j for eigenvalue j (n x n, a new matrix).
     *
     * @throws IllegalStateException if left eigenvectors were not computed ({@link Options#withLeft})
     */
    public Dense leftIm() {
        return part(require(vl, "left"), true);
    }

    /**
     * The right eigenvector of eigenvalue j as n complex components, a new array.
     *
     * @throws IllegalStateException if right eigenvectors were not computed
     */
    public Complex[] right(int j) {
        return vector(require(vr, "right"), j);
    }

    /**
     * The left eigenvector of eigenvalue j as n complex components, a new array.
     *
     * @throws IllegalStateException if left eigenvectors were not computed
     */
    public Complex[] left(int j) {
        return vector(require(vl, "left"), j);
    }

    /**
     * The condition numbers of the eigenvalues, {@code kappa_j = 1 / |y_j^H x_j|} with the unit left
     * and right eigenvectors (Wilkinson's; LAPACK's dgeevx returns the reciprocals as rconde): a
     * perturbation E of A moves {@code lambda_j} by about {@code kappa_j ||E||_2}, so the computed
     * {@code lambda_j} is within about {@code kappa_j c n eps ||A||} of the exact one. 1 for every
     * eigenvalue of a symmetric (normal) matrix; large for nonnormal ones (Frank's matrix, companion
     * matrices); infinite for a defective eigenvalue whose computed vectors are orthogonal. Computed
     * from the eigenvectors, so as accurate as they are: to many digits without balancing for an
     * eigenvalue well separated from the others, with balancing possibly by orders of magnitude off
     * on strongly graded matrices (class docs).
     *
     * @throws IllegalStateException unless both left and right eigenvectors were computed
     */
    public double[] conditionNumbers() {
        double[] r = require(vr, "right");
        double[] l = require(vl, "left");
        double[] kappa = new double[n];
        for (int j = 0; j < n; j++) {
            int[] c = columns(j);
            double sr = 0;
            double si = 0;
            for (int i = 0; i < n; i++) {
                double yr = l[i + c[0] * n];
                double yi = c[1] < 0 ? 0 : c[2] * l[i + c[1] * n];
                double xr = r[i + c[0] * n];
                double xi = c[1] < 0 ? 0 : c[2] * r[i + c[1] * n];
                sr += yr * xr + yi * xi; // conj(y) x
                si += yr * xi - yi * xr;
            }
            kappa[j] = 1 / Math.hypot(sr, si);
        }
        return kappa;
    }

    private double[] require(double[] v, String which) {
        if (v == null) {
            throw new IllegalStateException("eigen: " + which + " eigenvectors were not computed (see Eigen.Options)");
        }
        return v;
    }

    /** Column of the real part and of the imaginary part (0 for none) of vector j in LAPACK's packing. */
    private int[] columns(int j) {
        if (wi[j] == 0) {
            return new int[] {j, -1, 1};
        }
        return wi[j] > 0 ? new int[] {j, j + 1, 1} : new int[] {j - 1, j, -1};
    }

    private Dense part(double[] v, boolean imaginary) {
        Dense out = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            int[] c = columns(j);
            if (!imaginary) {
                for (int i = 0; i < n; i++) {
                    out.set(i, j, v[i + c[0] * n]);
                }
            } else if (c[1] >= 0) {
                for (int i = 0; i < n; i++) {
                    out.set(i, j, c[2] * v[i + c[1] * n]);
                }
            }
        }
        return out;
    }

    private Complex[] vector(double[] v, int j) {
        Objects.checkIndex(j, n);
        int[] c = columns(j);
        Complex[] out = new Complex[n];
        for (int i = 0; i < n; i++) {
            out[i] = new Complex(v[i + c[0] * n], c[1] < 0 ? 0 : c[2] * v[i + c[1] * n]);
        }
        return out;
    }

    /** {@code Eigen 3x3} and the eigenvalues. */
    @Override
    public String toString() {
        return "Eigen " + n + "x" + n + ": values " + Arrays.toString(values());
    }
}

package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.EigenvectorJob;
import jnum.mat.kernel.Kernels;

/**
 * The eigen decomposition {@code A = V diag(lambda) V^T} of a real symmetric matrix: eigenvalues
 * {@link #values()} in ascending order and orthonormal eigenvectors {@link #vectors()}, column j
 * belonging to value j.
 *
 * <p>Symmetric tridiagonal problems (from a Lanczos process, say) are solved directly by
 * {@link #ofTridiagonal(double[], double[])} with the implicit QL/QR method (LAPACK's dsteqr), or
 * {@link #valuesOfTridiagonal(double[], double[])} with its square-root-free variant (dsterf):
 * each eigenvalue is found with an absolute error of a small multiple of {@code eps ||T||}, the
 * vectors are orthonormal to working precision.
 *
 * <p>Iterations are bounded (30 sweeps per eigenvalue); running out raises
 * {@link NoConvergenceException}. Inputs are copied and never modified; the object is immutable
 * and safe to share between threads ({@link #values()} and {@link #vectors()} return copies).
 */
public final class EigenSym {
    private static final int SWEEPS_PER_VALUE = 30;

    /** Order of the decomposed matrix. */
    private final int n;
    /** The eigenvalues found, ascending. */
    private final double[] values;
    /** Their eigenvectors, n x values.length column-major, or null in values-only mode. */
    private final double[] vectors;

    private EigenSym(int n, double[] values, double[] vectors) {
        this.n = n;
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * All eigenvalues and eigenvectors of the symmetric tridiagonal matrix with diagonal
     * {@code diag} (n elements) and sub- and superdiagonal {@code offDiag} (n - 1 elements).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if offDiag does not have {@code max(0, n - 1)} elements or
     *     an element is NaN or infinite
     * @throws NoConvergenceException if the QL/QR iteration does not converge within 30 n sweeps
     */
    public static EigenSym ofTridiagonal(double[] diag, double[] offDiag) {
        return tridiagonal(diag, offDiag, true);
    }

    /**
     * All eigenvalues, ascending, of the symmetric tridiagonal matrix with diagonal {@code diag}
     * and off-diagonal {@code offDiag}, without eigenvectors; {@link #vectors()} then throws.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #ofTridiagonal(double[], double[])}
     * @throws NoConvergenceException if the iteration does not converge within 30 n sweeps
     */
    public static EigenSym valuesOfTridiagonal(double[] diag, double[] offDiag) {
        return tridiagonal(diag, offDiag, false);
    }

    private static EigenSym tridiagonal(double[] diag, double[] offDiag, boolean withVectors) {
        String op = withVectors ? "eigenSym" : "eigenSymValues";
        Objects.requireNonNull(diag, () -> op + ": diag is null");
        Objects.requireNonNull(offDiag, () -> op + ": offDiag is null");
        int n = diag.length;
        if (offDiag.length != Math.max(0, n - 1)) {
            throw new IllegalArgumentException(op + ": offDiag has " + offDiag.length + " elements, "
                    + "a tridiagonal matrix of order " + n + " has " + Math.max(0, n - 1));
        }
        requireFinite(op, "diag", diag);
        requireFinite(op, "offDiag", offDiag);
        double[] d = diag.clone();
        double[] e = offDiag.clone();
        double[] z = withVectors ? new double[n * n] : null;
        EigenvectorJob job = withVectors ? EigenvectorJob.IDENTITY : EigenvectorJob.NONE;
        int failed = Kernels.lapack().steqr(job, n, d, 0, e, 0, z, 0, Math.max(1, n));
        if (failed > 0) {
            throw notConverged(op, n, failed);
        }
        return new EigenSym(n, d, z);
    }

    private static void requireFinite(String op, String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] = " + x[i] + " is not finite");
            }
        }
    }

    private static NoConvergenceException notConverged(String op, int n, int failed) {
        return new NoConvergenceException(
                op + ": the QL/QR iteration did not converge within " + SWEEPS_PER_VALUE * n + " sweeps for the " + n
                        + "x" + n + " matrix (" + failed + " off-diagonal elements left)",
                SWEEPS_PER_VALUE * n);
    }

    /** The order n of the decomposed matrix. */
    public int order() {
        return n;
    }

    /** How many eigenvalues this decomposition holds (n, or fewer for a subset). */
    public int count() {
        return values.length;
    }

    /** The eigenvalues in ascending order (a copy). */
    public Vec values() {
        return Vec.of(values);
    }

    /** Whether eigenvectors were computed. */
    public boolean hasVectors() {
        return vectors != null;
    }

    /**
     * The n x {@link #count()} matrix of orthonormal eigenvectors, column j for {@code values()
     * .get(j)} (a copy). Each column's sign is arbitrary, as in LAPACK.
     *
     * @throws IllegalStateException in values-only mode
     */
    public Dense vectors() {
        if (vectors == null) {
            throw new IllegalStateException("vectors: this decomposition was computed for eigenvalues only");
        }
        return Dense.wrap(vectors.clone(), 0, Math.max(1, n), n, values.length);
    }

    @Override
    public String toString() {
        return "EigenSym[order=" + n + ", count=" + values.length + (vectors == null ? ", values only]" : "]");
    }
}

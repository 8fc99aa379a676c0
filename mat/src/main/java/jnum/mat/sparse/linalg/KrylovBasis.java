package jnum.mat.sparse.linalg;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;

/**
 * An orthonormal basis of up to {@code capacity} vectors of length {@code n}, column-major in one
 * array (LAPACK layout), extended one vector at a time: the Krylov bases of
 * {@link ThickRestartLanczos} and {@link ThickRestartBidiagonalization}.
 *
 * <p>A new vector is orthogonalized against the leading columns by classical Gram-Schmidt, each
 * pass two GEMV calls over the basis ({@code c = Q^T w}, {@code w -= Q c}), with the DGKS
 * correction: a second pass when the first cancels more than 30 % of the norm, as ARPACK's
 * {@code dsaitr}; if the second cancels as much, what remains is rounding and the vector counts as
 * lying in the span.
 */
final class KrylovBasis {

    private static final Blas BLAS = Kernels.blas();
    /** DGKS: a second pass when the norm falls below this fraction of the norm before the pass. */
    private static final double KAPPA = 0.717;

    /** The vector length. */
    final int n;
    /** The columns, {@code n x capacity}, column-major. */
    final double[] columns;

    private final int capacity;
    private final double[] pass;
    private final SplittableRandom random;

    KrylovBasis(int n, int capacity, SplittableRandom random) {
        this.n = n;
        this.capacity = capacity;
        this.columns = new double[Math.multiplyExact(n, capacity)];
        this.pass = new double[capacity];
        this.random = random;
    }

    /**
     * Column 0 becomes {@code start} (non-zero, finite, length n) normalized, or a random unit
     * vector when {@code start} is null.
     */
    void start(double[] start) {
        if (start != null) {
            System.arraycopy(start, 0, columns, 0, n);
        } else {
            fillRandom(columns);
        }
        BLAS.scal(n, 1 / BLAS.nrm2(n, columns, 0, 1), columns, 0, 1);
    }

    /**
     * Orthogonalizes {@code w} (length n) against the first {@code cols} columns, leaving the
     * projections summed in {@code coefficients[0..cols)}; returns the norm of what remains, or 0
     * when {@code w} lies in their span to working precision.
     */
    double orthogonalize(double[] w, int cols, double[] coefficients) {
        java.util.Arrays.fill(coefficients, 0, cols, 0.0);
        double before = BLAS.nrm2(n, w, 0, 1);
        if (before == 0 || cols == 0) {
            return before;
        }
        for (int p = 0; p < 2; p++) {
            BLAS.gemv(Transpose.YES, n, cols, 1.0, columns, 0, n, w, 0, 1, 0.0, pass, 0, 1);
            BLAS.gemv(Transpose.NO, n, cols, -1.0, columns, 0, n, pass, 0, 1, 1.0, w, 0, 1);
            for (int i = 0; i < cols; i++) {
                coefficients[i] += pass[i];
            }
            double after = BLAS.nrm2(n, w, 0, 1);
            if (after > KAPPA * before) {
                return after;
            }
            before = after;
        }
        return 0;
    }

    /**
     * {@link #orthogonalize} after removing a component known from a recurrence,
     * {@code coefficient} times column {@code col} (the previous Lanczos vector of a
     * bidiagonalization); the known coefficient is added to {@code coefficients[col]}. Without the
     * dominant component the first pass only removes rounding, so the DGKS test seldom asks for a
     * second one.
     */
    double orthogonalize(double[] w, int cols, double[] coefficients, int col, double coefficient) {
        BLAS.axpy(n, -coefficient, columns, col * n, 1, w, 0, 1);
        double norm = orthogonalize(w, cols, coefficients);
        coefficients[col] += coefficient;
        return norm;
    }

    /** Column {@code j} becomes {@code w / norm}. */
    void store(int j, double[] w, double norm) {
        BLAS.copy(n, w, 0, 1, columns, j * n, 1);
        BLAS.scal(n, 1 / norm, columns, j * n, 1);
    }

    /**
     * Column {@code cols} becomes a random unit vector orthogonal to the first {@code cols}
     * columns, with {@code work} (length n) as scratch; false if there is none (the columns span
     * the space, or {@code cols} is the capacity).
     */
    boolean storeRandomOrthogonal(int cols, double[] work) {
        if (cols >= n || cols >= capacity) {
            return false;
        }
        double[] ignored = new double[cols];
        for (int attempt = 0; attempt < 3; attempt++) {
            fillRandom(work);
            double norm = orthogonalize(work, cols, ignored);
            if (norm > 0) {
                store(cols, work, norm);
                return true;
            }
        }
        return false;
    }

    /**
     * {@code out (n x count) = Q(:, 0..size) Y}, with {@code Y} the {@code size x count} matrix at
     * {@code y} with leading dimension {@code ldy}, or its transpose when {@code transposed} (then
     * {@code y} holds {@code count x size} and more rows may follow, {@code ldy} its leading
     * dimension).
     */
    void combine(int size, double[] y, int ldy, boolean transposed, int count, double[] out) {
        BLAS.gemm(
                Transpose.NO,
                transposed ? Transpose.YES : Transpose.NO,
                n,
                count,
                size,
                1.0,
                columns,
                0,
                n,
                y,
                0,
                ldy,
                0.0,
                out,
                0,
                n);
    }

    /** Uniform values in [-1, 1) into {@code target[0..n)}. */
    private void fillRandom(double[] target) {
        for (int i = 0; i < n; i++) {
            target[i] = random.nextDouble(-1, 1);
        }
    }
}

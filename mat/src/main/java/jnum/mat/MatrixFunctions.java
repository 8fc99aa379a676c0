package jnum.mat;

import java.util.Objects;

/**
 * Functions of square matrices and the Kronecker product: {@link #exp} (scaling and squaring with
 * Pade approximants), {@link #pow} (integer powers by repeated squaring) and {@link #kron}. The
 * same operations are instance methods of {@link Dense} ({@code a.exp()}, {@code a.pow(k)},
 * {@code a.kron(b)}). Inputs are never modified; every result is a new compact matrix.
 */
public final class MatrixFunctions {
    private MatrixFunctions() {}

    /**
     * The matrix exponential {@code exp(A) = sum_k A^k / k!} of a square matrix, by scaling and
     * squaring with diagonal Pade approximants of degree 3, 5, 7, 9 or 13 (Higham 2005, with the
     * degree and scaling selection of Al-Mohy and Higham 2009): the lowest degree whose backward
     * error bound is below the unit roundoff is used, or A is scaled by {@code 2^-s} and
     * {@code r_13(2^-s A)} squared s times. The result is the exact exponential of
     * {@code A + E} with {@code ||E|| <= u ||A||} in exact arithmetic; rounding errors add a
     * term that grows with the condition of the exponential at A and with s. The Pade system
     * {@code q_m(A) X = p_m(A)} is solved by {@link LU}. Cost: at most 6 + s matrix products and
     * one LU solve, plus O(n^2) work for the norm estimates. A 0x0 matrix gives 0x0; 1x1 gives {@code e^a}.
     * A diagonal A gives {@code diag(e^a_ii)} exactly. When entries of exp(A) exceed the double
     * range (possible once {@code ||A||} is above about 709) they overflow to infinity during the
     * squarings, and later squarings may turn other entries into NaN ({@code 0 * inf}). A norm
     * {@code ||A||_1} beyond the double range (finite elements whose column sums overflow) is
     * handled as {@code exp(2^-t A)^(2^t)} with the smallest t that brings it into range.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws IllegalArgumentException if an element of a is NaN or infinite, naming it
     */
    public static Dense exp(Dense a) {
        Objects.requireNonNull(a, "exp: a is null");
        requireSquare("exp", a);
        for (int j = 0; j < a.cols(); j++) {
            for (int i = 0; i < a.rows(); i++) {
                double v = a.get(i, j);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("exp: element (" + i + ", " + j + ") of the "
                            + Text.shape(a.rows(), a.cols()) + " matrix is " + v
                            + "; the exponential needs finite elements");
                }
            }
        }
        return MatrixExponential.exp(a);
    }

    /**
     * The integer power {@code A^k} of a square matrix, by repeated squaring (at most
     * {@code 2 log2 |k|} products): {@code A^0 = I} (also for a singular A), {@code A^1} a copy
     * of A, and for negative k the power {@code (A^-1)^|k|} of the inverse from {@link LU}. NaN
     * and infinities propagate through the products per IEEE 754.
     *
     * @throws NullPointerException if a is null
     * @throws DimensionMismatchException if a is not square
     * @throws SingularMatrixException if k is negative and A is exactly singular, with the index
     *     of the zero pivot
     */
    public static Dense pow(Dense a, int k) {
        Objects.requireNonNull(a, "pow: a is null");
        requireSquare("pow", a);
        int n = a.rows();
        Dense base;
        if (k < 0) {
            LU lu = LU.of(a);
            if (lu.isSingular()) {
                int p = lu.zeroPivot();
                throw new SingularMatrixException(
                        "pow: A^" + k + " needs the inverse of the " + Text.shape(n, n)
                                + " matrix A, which is singular (pivot " + p + " is exactly zero)",
                        p);
            }
            base = lu.inverse();
        } else {
            base = a.copy();
        }
        long e = Math.abs((long) k);
        Dense result = null;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = result == null ? base : result.times(base);
            }
            e >>= 1;
            if (e > 0) {
                base = base.times(base);
            }
        }
        return result == null ? Dense.identity(n) : result;
    }

    /**
     * The Kronecker product {@code A (x) B}: the {@code (m p) x (n q)} block matrix whose block
     * {@code (i, j)} is {@code a_ij B}, for A m x n and B p x q; element
     * {@code (i p + r, j q + c)} is {@code a_ij b_rc}. It satisfies
     * {@code (A (x) B)(C (x) D) = (A C) (x) (B D)} and {@code (A (x) B)^T = A^T (x) B^T}. NaN
     * and infinities propagate per IEEE 754 (so {@code 0 * inf} gives NaN).
     *
     * @throws NullPointerException if a or b is null
     * @throws IllegalArgumentException if the product has more elements than a Java array holds
     */
    public static Dense kron(Dense a, Dense b) {
        Objects.requireNonNull(a, "kron: a is null");
        Objects.requireNonNull(b, "kron: b is null");
        int m = a.rows();
        int n = a.cols();
        int p = b.rows();
        int q = b.cols();
        long rows = (long) m * p;
        long cols = (long) n * q;
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE || rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("kron: " + Text.shape(m, n) + " (x) " + Text.shape(p, q) + " gives a "
                    + rows + "x" + cols + " matrix, more elements than a Java array can hold");
        }
        Dense out = Dense.zeros((int) rows, (int) cols);
        double[] o = out.array();
        int ld = Math.max(1, (int) rows);
        double[] bd = Factors.compact(b);
        int ldb = Math.max(1, p);
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < q; c++) {
                int col = (j * q + c) * ld;
                for (int i = 0; i < m; i++) {
                    double aij = a.get(i, j);
                    int base = col + i * p;
                    int bc = c * ldb;
                    for (int r = 0; r < p; r++) {
                        o[base + r] = aij * bd[bc + r];
                    }
                }
            }
        }
        return out;
    }

    private static void requireSquare(String op, Dense a) {
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(op + ": " + Text.shape(a.rows(), a.cols()) + " is not square");
        }
    }
}

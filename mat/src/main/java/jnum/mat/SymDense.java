package jnum.mat;

import java.util.Objects;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * A symmetric matrix, immutable, stored as its lower triangle, with the fast paths of its
 * structure: products by symv and symm, rank-k updates and Gram matrices by syrk (half the flops
 * of a general product), and factorization by Cholesky.
 *
 * <p>Built from the lower triangle of a square {@link Dense} ({@link #of}; the upper triangle is not
 * read), or as a Gram matrix {@link #gram}. Thread-safe; {@link #t()} is this matrix.
 */
public final class SymDense implements Matrix {
    private final int n;
    /** Column-major n x n; only the lower triangle is meaningful. */
    private final double[] data;

    private SymDense(int n, double[] data) {
        this.n = n;
        this.data = data;
    }

    /**
     * The symmetric matrix whose lower triangle is that of {@code a} (copied).
     *
     * @throws DimensionMismatchException if a is not square
     */
    public static SymDense of(Dense a) {
        Objects.requireNonNull(a, "SymDense.of: a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("SymDense.of: " + Text.shape(a.rows(), a.cols()) + " is not square");
        }
        return new SymDense(a.rows(), Factors.compact(a));
    }

    /** {@code A^T A} (n x n for an m x n A) by syrk: exactly symmetric, half a GEMM's flops. */
    public static SymDense gram(Dense a) {
        Objects.requireNonNull(a, "gram: a is null");
        int n = a.cols();
        int m = a.rows();
        double[] c = new double[n * n];
        double[] x = Factors.compact(a);
        if (n > 0) {
            Kernels.blas().syrk(Uplo.LOWER, Transpose.YES, n, m, 1.0, x, 0, Math.max(1, m), 0.0, c, 0, n);
        }
        return new SymDense(n, c);
    }

    @Override
    public int rows() {
        return n;
    }

    @Override
    public int cols() {
        return n;
    }

    @Override
    public double get(int i, int j) {
        if (i < 0 || i >= n || j < 0 || j >= n) {
            throw new IndexOutOfBoundsException(
                    "get: index (" + i + ", " + j + ") out of bounds for " + Text.shape(n, n));
        }
        return i >= j ? data[i + j * n] : data[j + i * n];
    }

    /** This matrix: it is its own transpose. */
    @Override
    public SymDense t() {
        return this;
    }

    /** A new Dense holding both triangles. */
    public Dense toDense() {
        Dense d = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double v = data[i + j * n];
                d.set(i, j, v);
                d.set(j, i, v);
            }
        }
        return d;
    }

    /**
     * {@code S x} (symv).
     *
     * @throws DimensionMismatchException if x's length is not n
     */
    public Vec times(Vec x) {
        Objects.requireNonNull(x, "times: x is null");
        if (x.length() != n) {
            throw DimensionMismatchException.of("times", n, n, "*", x.length(), 1);
        }
        double[] y = new double[n];
        if (n > 0) {
            Kernels.blas().symv(Uplo.LOWER, n, 1.0, data, 0, n, x.array(), x.offset(), x.inc(), 0.0, y, 0, 1);
        }
        return Vec.wrap(y, 0, 1, n);
    }

    /**
     * {@code S B} (symm), B n x k.
     *
     * @throws DimensionMismatchException if B does not have n rows
     */
    public Dense times(Dense b) {
        Objects.requireNonNull(b, "times: b is null");
        if (b.rows() != n) {
            throw DimensionMismatchException.of("times", n, n, "*", b.rows(), b.cols());
        }
        int k = b.cols();
        int ld = Math.max(1, n);
        double[] x = Factors.compact(b);
        double[] c = new double[ld * k];
        if (n > 0 && k > 0) {
            Kernels.blas().symm(Side.LEFT, Uplo.LOWER, n, k, 1.0, data, 0, n, x, 0, ld, 0.0, c, 0, ld);
        }
        return Dense.wrap(c, 0, ld, n, k);
    }

    /**
     * {@code S + alpha A A^T} (syrk) for an n x k matrix A: a new symmetric matrix.
     *
     * @throws DimensionMismatchException if A does not have n rows
     */
    public SymDense rankKUpdate(double alpha, Dense a) {
        Objects.requireNonNull(a, "rankKUpdate: a is null");
        if (a.rows() != n) {
            throw DimensionMismatchException.of("rankKUpdate", n, n, "+ A A^T, A", a.rows(), a.cols());
        }
        double[] c = data.clone();
        if (n > 0) {
            double[] x = Factors.compact(a);
            Kernels.blas().syrk(Uplo.LOWER, Transpose.NO, n, a.cols(), alpha, x, 0, n, 1.0, c, 0, n);
        }
        return new SymDense(n, c);
    }

    /**
     * The eigenvalues (ascending) and orthonormal eigenvectors of this matrix
     * ({@link EigenSym}; symmetric by construction, so no symmetry test).
     *
     * @throws IllegalArgumentException if it holds NaN or an infinity
     * @throws NoConvergenceException if the iteration does not converge
     */
    public EigenSym eigenSym() {
        return EigenSym.ofSymmetric(toDense(), true);
    }

    /**
     * The Cholesky factorization of this matrix.
     *
     * @throws NotPositiveDefiniteException if it is not positive definite
     */
    public Cholesky cholesky() {
        return Cholesky.of(Dense.wrap(data, 0, Math.max(1, n), n, n));
    }

    @Override
    public String toString() {
        return "Symmetric " + toDense();
    }
}

package jnum.mat.sparse.linalg;

import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Matrix;
import jnum.mat.sparse.SparseMatrix;

/** The diagonal (Jacobi) preconditioner {@code M = diag(A)}. */
public final class Jacobi implements Preconditioner {

    private final double[] inverseDiagonal;

    private Jacobi(double[] inverseDiagonal) {
        this.inverseDiagonal = inverseDiagonal;
    }

    /**
     * The Jacobi preconditioner of a square matrix.
     *
     * @throws DimensionMismatchException if {@code a} is not square
     * @throws IllegalArgumentException naming the row whose diagonal entry is zero or not finite
     */
    public static Jacobi of(Matrix a) {
        Objects.requireNonNull(a, "Jacobi.of: matrix is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("Jacobi.of: " + a.rows() + "x" + a.cols() + " is not square");
        }
        double[] d = a instanceof SparseMatrix s ? s.diagonal().toArray() : diagonal(a);
        for (int i = 0; i < d.length; i++) {
            if (d[i] == 0 || !Double.isFinite(d[i])) {
                throw new IllegalArgumentException("Jacobi.of: diagonal entry " + i + " is " + d[i]);
            }
            d[i] = 1 / d[i];
        }
        return new Jacobi(d);
    }

    private static double[] diagonal(Matrix a) {
        double[] d = new double[a.rows()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i, i);
        }
        return d;
    }

    @Override
    public void solve(double[] r, double[] z) {
        for (int i = 0; i < z.length; i++) {
            z[i] = inverseDiagonal[i] * r[i];
        }
    }
}

package jnum.mat.sparse;

import java.util.Objects;
import java.util.function.BiConsumer;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Vec;

/**
 * A linear map {@code x -> A x} from {@code cols()} to {@code rows()} dimensions, known only by its
 * action: what the iterative solvers of {@code jnum.mat.sparse.linalg} need. Sparse and dense
 * matrices are operators, and any function can be made one with {@link #of(int, int, BiConsumer)}.
 */
public interface LinearOperator {

    /** The dimension of {@code A x}. */
    int rows();

    /** The dimension of {@code x}. */
    int cols();

    /**
     * Writes {@code A x} into {@code y}, overwriting it. {@code x} has {@code cols()} elements and
     * {@code y} has {@code rows()}; they are distinct arrays, and {@code x} is not modified.
     */
    void apply(double[] x, double[] y);

    /**
     * {@code A x} as a new vector.
     *
     * @throws DimensionMismatchException if {@code x.length() != cols()}
     */
    default Vec apply(Vec x) {
        Objects.requireNonNull(x, "apply: x is null");
        if (x.length() != cols()) {
            throw DimensionMismatchException.of("apply", rows(), cols(), "*", x.length(), 1);
        }
        double[] y = new double[rows()];
        apply(x.toArray(), y);
        return Vec.of(y);
    }

    /**
     * An operator from a function that writes {@code A x} into its second argument.
     *
     * @throws IllegalArgumentException if a dimension is negative
     * @throws NullPointerException if {@code action} is null
     */
    static LinearOperator of(int rows, int cols, BiConsumer<double[], double[]> action) {
        Objects.requireNonNull(action, "LinearOperator.of: action is null");
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("LinearOperator.of: negative shape " + rows + "x" + cols);
        }
        return new LinearOperator() {
            @Override
            public int rows() {
                return rows;
            }

            @Override
            public int cols() {
                return cols;
            }

            @Override
            public void apply(double[] x, double[] y) {
                action.accept(x, y);
            }

            @Override
            public String toString() {
                return "LinearOperator " + rows + "x" + cols;
            }
        };
    }

    /** A dense matrix as an operator (the product goes through the GEMV kernel). */
    static LinearOperator of(Dense a) {
        Objects.requireNonNull(a, "LinearOperator.of: matrix is null");
        return of(a.rows(), a.cols(), (x, y) -> Vec.mul(a, Vec.wrap(x, 0, 1, x.length), Vec.wrap(y, 0, 1, y.length)));
    }
}

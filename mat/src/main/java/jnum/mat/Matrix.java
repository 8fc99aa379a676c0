package jnum.mat;

/**
 * A read-only view of a real matrix: its shape and its elements. {@link Dense} is the concrete
 * type; other matrix types (symmetric, triangular, sparse) implement this interface too.
 */
public interface Matrix {

    int rows();

    int cols();

    /**
     * The element at row {@code i}, column {@code j} (0-based).
     *
     * @throws IndexOutOfBoundsException if {@code i} or {@code j} is outside the shape
     */
    double get(int i, int j);

    /** The transpose, as a view where the implementation allows it. */
    Matrix t();
}

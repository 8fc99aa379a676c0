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

    /**
     * The readable form of any matrix, as {@link Dense#toString()} shows it: {@code title} on the
     * first line, then the rows with aligned columns, eliding beyond 8 rows or columns. Matrix types
     * use it for their own {@code toString()}.
     *
     * @throws NullPointerException if {@code title} or {@code m} is null
     */
    static String excerpt(String title, Matrix m) {
        java.util.Objects.requireNonNull(title, "excerpt: title is null");
        java.util.Objects.requireNonNull(m, "excerpt: matrix is null");
        return Text.grid(title, m.rows(), m.cols(), m::get);
    }
}

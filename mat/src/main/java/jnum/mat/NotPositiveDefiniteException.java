package jnum.mat;

/**
 * A Cholesky factorization (or downdate) found the matrix not positive definite: the leading
 * minor of order {@code column() + 1} has a pivot that is zero, negative or NaN. The factorization
 * never returns NaN instead.
 */
public class NotPositiveDefiniteException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The column at which the factorization failed. */
    private final int column;

    /** {@code "op: the nxn matrix is not positive definite (column k)"}. */
    public NotPositiveDefiniteException(String op, int n, int column) {
        super(op + ": the " + n + "x" + n + " matrix is not positive definite (the leading minor of order "
                + (column + 1) + " is not; failing column " + column + ")");
        this.column = column;
    }

    /** The column (0-based) at which the factorization failed. */
    public int column() {
        return column;
    }
}

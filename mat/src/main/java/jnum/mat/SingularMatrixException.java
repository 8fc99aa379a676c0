package jnum.mat;

/**
 * A matrix operation needed a nonsingular (or full-rank) matrix and got one that is singular: it
 * carries the index of the pivot or column at which this was found (for LU, the first pivot that
 * is exactly zero). Nearly singular matrices do not throw: they solve, and {@code rcond()} tells
 * how far to trust the result.
 */
public class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int index;

    /** An exception with the given message and the 0-based index of the offending pivot. */
    public SingularMatrixException(String message, int index) {
        super(message);
        this.index = index;
    }

    /** The 0-based index of the zero (or negligible) pivot. */
    public int index() {
        return index;
    }
}

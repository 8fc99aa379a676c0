package jnum.mat;

/**
 * A solve or an inverse was asked of an exactly singular matrix: its LU factorization met a pivot
 * that is exactly zero. {@link #pivot()} names the first such pivot (0-based). Nearly singular
 * matrices do not throw: they solve, and {@code rcond()} tells how far to trust the result.
 */
public class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    /** The index of the first exactly zero pivot {@code U(k, k)}. */
    private final int pivot;

    /** {@code "op: the nxn matrix is singular (pivot k is exactly zero)"}. */
    public SingularMatrixException(String op, int n, int pivot) {
        super(op + ": the " + n + "x" + n + " matrix is singular (pivot " + pivot + " is exactly zero)");
        this.pivot = pivot;
    }

    /** The index (0-based) of the first exactly zero pivot. */
    public int pivot() {
        return pivot;
    }
}

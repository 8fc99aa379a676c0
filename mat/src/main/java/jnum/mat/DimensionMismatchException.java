package jnum.mat;

/**
 * Operand shapes do not fit the operation. The message names the operation and both shapes, e.g.
 * {@code "times: 3x4 * 5x2"}.
 */
public class DimensionMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DimensionMismatchException(String message) {
        super(message);
    }

    /** {@code "op: r1xc1 <symbol> r2xc2"}. */
    public static DimensionMismatchException of(String op, int rows1, int cols1, String symbol, int rows2, int cols2) {
        return new DimensionMismatchException(
                op + ": " + rows1 + "x" + cols1 + " " + symbol + " " + rows2 + "x" + cols2);
    }
}

package jnum.testkit;

import java.util.Arrays;

/**
 * A column-major matrix operand {@code (data, off, ld)} embedded in a larger array: the cells
 * before and after it and the rows {@code rows .. ld-1} of every column hold a NaN guard, to
 * catch a kernel that reads or writes outside its operand. Element (i, j) is
 * {@code data[off + i + j * ld]}.
 */
public final class GuardedMatrix {
    public final double[] data;
    public final int off;
    public final int ld;
    public final int rows;
    public final int cols;
    private final boolean[] inside;

    /**
     * Lays out the column-major {@code values} (leading dimension {@code rows}) with leading
     * dimension {@code ld >= max(1, rows)} after {@code padBefore} guard cells and with
     * {@code padAfter} guard cells after the last column.
     */
    public GuardedMatrix(int rows, int cols, double[] values, int ld, int padBefore, int padAfter) {
        if (ld < Math.max(1, rows) || values.length != rows * cols) {
            throw new IllegalArgumentException(rows + "x" + cols + " with ld " + ld);
        }
        this.rows = rows;
        this.cols = cols;
        this.ld = ld;
        this.off = padBefore;
        this.data = new double[padBefore + cols * ld + padAfter];
        this.inside = new boolean[data.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                data[off + i + j * ld] = values[i + j * rows];
                inside[off + i + j * ld] = true;
            }
        }
        Guard.fill(data, inside);
    }

    /** An independent copy (same layout and contents). */
    public GuardedMatrix copy() {
        return new GuardedMatrix(rows, cols, values(), ld, off, data.length - off - cols * ld);
    }

    public double get(int i, int j) {
        return data[off + i + j * ld];
    }

    public void set(int i, int j, double v) {
        data[off + i + j * ld] = v;
    }

    /** The logical elements, column-major with leading dimension {@code rows}. */
    public double[] values() {
        double[] v = new double[rows * cols];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                v[i + j * rows] = get(i, j);
            }
        }
        return v;
    }

    /** Fails unless every padding cell still holds the guard NaN. */
    public void assertGuardsIntact(String what) {
        Guard.check(data, inside, what);
    }

    /** Fails unless the whole array (operand and padding) is bit for bit as {@code before}. */
    public void assertUnchanged(double[] before, String what) {
        Guard.checkUnchanged(data, before, what);
    }

    /** A copy of the backing array, for {@link #assertUnchanged}. */
    public double[] snapshot() {
        return Arrays.copyOf(data, data.length);
    }
}

package jnum.testkit;

import java.util.Arrays;

/**
 * A vector operand {@code (data, off, inc)} embedded in a larger array whose every other cell
 * (before, after, and between strided elements) holds a NaN guard, to catch a kernel that reads
 * or writes outside its operand. Logical element i is {@code data[off + i * inc]}; with a negative
 * increment {@code off} is the highest index, as in {@link jnum.mat.kernel.spi.KernelProvider}.
 */
public final class GuardedVector {
    public final double[] data;
    public final int off;
    public final int inc;
    public final int n;
    private final int padBefore;
    private final int padAfter;
    private final boolean[] inside;

    /**
     * Lays {@code values} out with increment {@code inc} (not 0) after {@code padBefore} and
     * before {@code padAfter} guard cells.
     */
    public GuardedVector(double[] values, int inc, int padBefore, int padAfter) {
        if (inc == 0) {
            throw new IllegalArgumentException("increment 0");
        }
        this.n = values.length;
        this.inc = inc;
        this.padBefore = padBefore;
        this.padAfter = padAfter;
        int span = n == 0 ? 0 : (n - 1) * Math.abs(inc) + 1;
        this.data = new double[padBefore + span + padAfter];
        this.off = inc > 0 || n == 0 ? padBefore : padBefore + (n - 1) * -inc;
        this.inside = new boolean[data.length];
        for (int i = 0; i < n; i++) {
            data[index(i)] = values[i];
            inside[index(i)] = true;
        }
        Guard.fill(data, inside);
    }

    /** An independent copy (same layout and contents). */
    public GuardedVector copy() {
        return new GuardedVector(values(), inc, padBefore, padAfter);
    }

    private int index(int i) {
        return off + i * inc;
    }

    public double get(int i) {
        return data[index(i)];
    }

    public void set(int i, double v) {
        data[index(i)] = v;
    }

    /** The logical elements, in order. */
    public double[] values() {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = get(i);
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

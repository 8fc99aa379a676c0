package jnum.linalg.netlib;

import java.util.Arrays;

/**
 * A column-major matrix operand as netlib's bound check wants it. For most level-2 and level-3
 * routines netlib requires {@code offset + cols * ld <= length} (the last column complete up to
 * the leading dimension), where jnum only requires the last element touched,
 * {@code offset + (rows - 1) + (cols - 1) * ld}, to be inside the array. A matrix that ends the
 * array closer than that (a bottom-right block of a larger matrix, for one) is passed as a
 * zero-padded copy of its columns instead, and an output is written back row range by row range,
 * never touching the rows between {@code rows} and {@code ld} that belong to someone else.
 *
 * @param data the array handed to netlib: the caller's or a padded copy
 * @param offset the offset of element (0, 0) in {@code data}
 */
record NetlibMatrix(double[] data, int offset) {

    /** The operand {@code (a, off)} with {@code cols} columns of leading dimension {@code ld}. */
    static NetlibMatrix of(double[] a, int off, int cols, int ld) {
        long end = (long) off + (long) cols * ld;
        if (end <= a.length) {
            return new NetlibMatrix(a, off);
        }
        // copyOfRange pads with zeros past the end of a; the size is cols * ld, at most ld - rows
        // elements more than what the caller's array already holds
        return new NetlibMatrix(Arrays.copyOfRange(a, off, Math.toIntExact(end)), 0);
    }

    /** Copies the {@code rows x cols} result back into {@code (a, off, ld)} if this is a copy. */
    void writeBack(double[] a, int off, int rows, int cols, int ld) {
        if (data == a) {
            return;
        }
        for (int j = 0; j < cols; j++) {
            System.arraycopy(data, offset + j * ld, a, off + j * ld, rows);
        }
    }
}

package jnum.linalg.netlib;

/**
 * A column-major matrix operand as netlib's bound check wants it. Except in {@code dgemm} and
 * {@code dgemv}, which check exactly the last element touched, netlib requires
 * {@code offset + cols * ld <= length} (the last column complete up to the leading dimension),
 * where jnum only requires the last element touched, {@code offset + (rows - 1) + (cols - 1) * ld},
 * to be inside the array. An operand that ends the array closer than that (a bottom-right block of
 * a larger matrix, for one) is handled without copying it whole:
 *
 * <ul>
 *   <li>an output whose columns are computed independently is passed in place, its last column as
 *       a separate call with leading dimension {@code rows} (legal for one column, and then the
 *       check is exact) — see {@link NativeKernels};
 *   <li>otherwise only the {@code rows x cols} elements used are packed, with leading dimension
 *       {@code rows} ({@link #packed}), and an output is written back column by column, never
 *       touching the rows between {@code rows} and {@code ld} that belong to someone else.
 * </ul>
 *
 * @param data the array handed to netlib: the caller's or a packed copy
 * @param offset the offset of element (0, 0) in {@code data}
 * @param ld the leading dimension in {@code data}
 */
record NetlibMatrix(double[] data, int offset, int ld) {

    /** Whether netlib's check {@code off + cols * ld <= length} passes for this operand. */
    static boolean fits(double[] a, int off, int cols, int ld) {
        return (long) off + (long) cols * ld <= a.length;
    }

    /** The operand itself when it fits, else a packed copy of its {@code rows x cols} elements. */
    static NetlibMatrix of(double[] a, int off, int rows, int cols, int ld) {
        return fits(a, off, cols, ld) ? new NetlibMatrix(a, off, ld) : packed(a, off, rows, cols, ld);
    }

    /** A copy of the {@code rows x cols} elements only, with leading dimension {@code max(1, rows)}. */
    static NetlibMatrix packed(double[] a, int off, int rows, int cols, int ld) {
        int ldp = Math.max(1, rows);
        double[] copy = new double[Math.multiplyExact(ldp, cols)];
        for (int j = 0; j < cols; j++) {
            System.arraycopy(a, off + j * ld, copy, j * ldp, rows);
        }
        return new NetlibMatrix(copy, 0, ldp);
    }

    /** Copies the {@code rows x cols} result back into {@code (a, off, ld)} if this is a copy. */
    void writeBack(double[] a, int off, int rows, int cols, int ld) {
        if (data == a) {
            return;
        }
        for (int j = 0; j < cols; j++) {
            System.arraycopy(data, offset + j * this.ld, a, off + j * ld, rows);
        }
    }
}

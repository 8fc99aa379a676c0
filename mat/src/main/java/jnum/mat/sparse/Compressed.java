package jnum.mat.sparse;

import java.util.Arrays;

/**
 * Compressed sparse storage along one axis, the common core of {@link Csr} and {@link Csc}.
 *
 * <p>The stored matrix has {@code major} lines (rows for CSR, columns for CSC) of length
 * {@code minor}. Line {@code a} holds the entries {@code ptr[a] .. ptr[a+1]-1}: minor indices
 * {@code idx[k]}, strictly increasing within a line, and values {@code val[k]}. The CSR arrays of a
 * matrix are the CSC arrays of its transpose, so every algorithm here is written once, on lines,
 * and serves both formats. Instances are immutable; the arrays are never written after
 * construction.
 */
final class Compressed {

    /** Largest number of stored entries: the largest array the JVM allocates. */
    static final int MAX_NNZ = Integer.MAX_VALUE - 8;

    final int major;
    final int minor;
    final int[] ptr;
    final int[] idx;
    final double[] val;

    private Compressed(int major, int minor, int[] ptr, int[] idx, double[] val) {
        this.major = major;
        this.minor = minor;
        this.ptr = ptr;
        this.idx = idx;
        this.val = val;
    }

    /** Wraps arrays that the caller built correctly (no validation). */
    static Compressed trusted(int major, int minor, int[] ptr, int[] idx, double[] val) {
        return new Compressed(major, minor, ptr, idx, val);
    }

    /**
     * Validates user-supplied arrays: the pointer array has {@code major + 1} non-decreasing
     * entries from 0, indices are in range and strictly increasing within a line, and the index and
     * value arrays hold exactly {@code ptr[major]} entries.
     */
    static Compressed checked(String op, int major, int minor, int[] ptr, int[] idx, double[] val) {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException(op + ": negative shape " + major + ", " + minor);
        }
        if (ptr == null || idx == null || val == null) {
            throw new NullPointerException(
                    op + ": " + (ptr == null ? "pointer" : idx == null ? "index" : "value") + " array is null");
        }
        if (ptr.length != major + 1L) {
            throw new IllegalArgumentException(
                    op + ": pointer array has " + ptr.length + " entries, expected " + (major + 1L));
        }
        if (ptr[0] != 0) {
            throw new IllegalArgumentException(op + ": pointer[0] = " + ptr[0] + ", expected 0");
        }
        for (int a = 0; a < major; a++) {
            if (ptr[a + 1] < ptr[a]) {
                throw new IllegalArgumentException(
                        op + ": pointer array decreases at " + (a + 1) + " (" + ptr[a] + " > " + ptr[a + 1] + ")");
            }
        }
        int nnz = ptr[major];
        if (idx.length != nnz || val.length != nnz) {
            throw new IllegalArgumentException(op + ": pointer array ends at " + nnz + " but there are " + idx.length
                    + " indices and " + val.length + " values");
        }
        for (int a = 0; a < major; a++) {
            int prev = -1;
            for (int k = ptr[a]; k < ptr[a + 1]; k++) {
                int b = idx[k];
                if (b < 0 || b >= minor) {
                    throw new IndexOutOfBoundsException(
                            op + ": index " + b + " at entry " + k + " outside 0.." + (minor - 1));
                }
                if (b <= prev) {
                    throw new IllegalArgumentException(
                            op + ": indices of line " + a + " not strictly increasing at entry " + k);
                }
                prev = b;
            }
        }
        return new Compressed(major, minor, ptr.clone(), idx.clone(), val.clone());
    }

    int nnz() {
        return ptr[major];
    }

    /** The stored value at line {@code a}, position {@code b}, or 0; binary search in the line. */
    double get(int a, int b) {
        int k = Arrays.binarySearch(idx, ptr[a], ptr[a + 1], b);
        return k >= 0 ? val[k] : 0.0;
    }

    /**
     * {@code y[a] = sum_k val[k] x[idx[k]]} for lines {@code from .. to-1}: the product with the
     * lines as rows (CSR times x, or CSC-transposed times x). Each y element is one sum in storage
     * order, so the result does not depend on how lines are split between threads, nor on which
     * of the two loops below computes it.
     */
    void lineDots(int from, int to, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (xOff == 0 && incX == 1 && yOff == 0 && incY == 1) {
            lineDotsContiguous(from, to, x, y);
            return;
        }
        for (int a = from; a < to; a++) {
            double s = 0.0;
            for (int k = ptr[a], end = ptr[a + 1]; k < end; k++) {
                s += val[k] * x[xOff + idx[k] * incX];
            }
            y[yOff + a * incY] = s;
        }
    }

    /**
     * {@link #lineDots} for x and y contiguous from index 0. Lines of up to 8 entries
     * (the rows of stencil and most finite-element matrices) run as straight-line code chosen by
     * their length, so their loads and products are independent and no loop branch is
     * mispredicted; only the additions form a chain, in storage order starting from {@code 0.0},
     * so the sums are those of the plain loop bit for bit. An offset on x would cost about 8
     * percent here (an extra addition in every index), so callers with strided or offset vectors
     * copy them first when the copy is cheap against the product ({@link #contiguousWorthIt}).
     */
    private void lineDotsContiguous(int from, int to, double[] x, double[] y) {
        int[] p = ptr;
        int[] ix = idx;
        double[] v = val;
        int k = p[from];
        for (int a = from; a < to; a++) {
            int end = p[a + 1];
            double s;
            switch (end - k) {
                case 0 -> s = 0.0;
                case 1 -> s = 0.0 + v[k] * x[ix[k]];
                case 2 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    s = 0.0 + t0 + t1;
                }
                case 3 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    s = 0.0 + t0 + t1 + t2;
                }
                case 4 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    double t3 = v[k + 3] * x[ix[k + 3]];
                    s = 0.0 + t0 + t1 + t2 + t3;
                }
                case 5 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    double t3 = v[k + 3] * x[ix[k + 3]];
                    double t4 = v[k + 4] * x[ix[k + 4]];
                    s = 0.0 + t0 + t1 + t2 + t3 + t4;
                }
                case 6 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    double t3 = v[k + 3] * x[ix[k + 3]];
                    double t4 = v[k + 4] * x[ix[k + 4]];
                    double t5 = v[k + 5] * x[ix[k + 5]];
                    s = 0.0 + t0 + t1 + t2 + t3 + t4 + t5;
                }
                case 7 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    double t3 = v[k + 3] * x[ix[k + 3]];
                    double t4 = v[k + 4] * x[ix[k + 4]];
                    double t5 = v[k + 5] * x[ix[k + 5]];
                    double t6 = v[k + 6] * x[ix[k + 6]];
                    s = 0.0 + t0 + t1 + t2 + t3 + t4 + t5 + t6;
                }
                case 8 -> {
                    double t0 = v[k] * x[ix[k]];
                    double t1 = v[k + 1] * x[ix[k + 1]];
                    double t2 = v[k + 2] * x[ix[k + 2]];
                    double t3 = v[k + 3] * x[ix[k + 3]];
                    double t4 = v[k + 4] * x[ix[k + 4]];
                    double t5 = v[k + 5] * x[ix[k + 5]];
                    double t6 = v[k + 6] * x[ix[k + 6]];
                    double t7 = v[k + 7] * x[ix[k + 7]];
                    s = 0.0 + t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7;
                }
                default -> {
                    s = 0.0;
                    for (int q = k; q < end; q++) {
                        s += v[q] * x[ix[q]];
                    }
                }
            }
            k = end;
            y[a] = s;
        }
    }

    /**
     * Whether copying vectors of {@code length} entries in all to contiguous arrays around
     * {@link #lineDots} pays: the copies are one pass over the vectors, the product one pass over
     * the stored entries.
     */
    boolean contiguousWorthIt(int length) {
        return nnz() >= 2L * length;
    }

    /** The {@code n} entries {@code x[off + j inc]} as a new contiguous array. */
    static double[] gather(double[] x, int off, int inc, int n) {
        double[] packed = new double[n];
        for (int j = 0; j < n; j++) {
            packed[j] = x[off + j * inc];
        }
        return packed;
    }

    /**
     * {@code y[idx[k]] += val[k] x[a]} over all lines: the product with the lines as columns. The
     * caller zeroes y first. Every stored entry forms its product, so NaN and infinities propagate
     * exactly as in {@link #lineDots} (the same terms, summed in another order).
     */
    void lineScatter(double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        for (int a = 0; a < major; a++) {
            double xa = x[xOff + a * incX];
            for (int k = ptr[a], end = ptr[a + 1]; k < end; k++) {
                y[yOff + idx[k] * incY] += val[k] * xa;
            }
        }
    }

    /**
     * The same matrix compressed along the other axis (CSR to CSC or back), by a counting sort that
     * keeps the indices of each new line increasing.
     */
    Compressed transposed() {
        int nnz = nnz();
        int[] tPtr = new int[minor + 1];
        for (int k = 0; k < nnz; k++) {
            tPtr[idx[k] + 1]++;
        }
        for (int b = 0; b < minor; b++) {
            tPtr[b + 1] += tPtr[b];
        }
        int[] next = Arrays.copyOf(tPtr, minor);
        int[] tIdx = new int[nnz];
        double[] tVal = new double[nnz];
        for (int a = 0; a < major; a++) {
            for (int k = ptr[a]; k < ptr[a + 1]; k++) {
                int dest = next[idx[k]]++;
                tIdx[dest] = a;
                tVal[dest] = val[k];
            }
        }
        return new Compressed(minor, major, tPtr, tIdx, tVal);
    }

    /** {@code alpha * this}, same pattern. */
    Compressed scaled(double alpha) {
        double[] v = val.clone();
        for (int k = 0; k < v.length; k++) {
            v[k] *= alpha;
        }
        return new Compressed(major, minor, ptr, idx, v);
    }

    /**
     * {@code alpha * this + beta * other} (same shape and orientation), merging sorted lines. An
     * entry stored in either operand is stored in the result, even when the sum is zero.
     */
    Compressed linear(double alpha, Compressed other, double beta) {
        long bound = (long) nnz() + other.nnz();
        int[] p = new int[major + 1];
        int[] ix = new int[(int) Math.min(bound, MAX_NNZ)];
        double[] vx = new double[ix.length];
        int n = 0;
        for (int a = 0; a < major; a++) {
            int i = ptr[a];
            int iEnd = ptr[a + 1];
            int j = other.ptr[a];
            int jEnd = other.ptr[a + 1];
            while (i < iEnd || j < jEnd) {
                int bi = i < iEnd ? idx[i] : Integer.MAX_VALUE;
                int bj = j < jEnd ? other.idx[j] : Integer.MAX_VALUE;
                if (n == ix.length) {
                    throw tooManyEntries("plus", bound);
                }
                if (bi < bj) {
                    ix[n] = bi;
                    vx[n++] = alpha * val[i++];
                } else if (bj < bi) {
                    ix[n] = bj;
                    vx[n++] = beta * other.val[j++];
                } else {
                    ix[n] = bi;
                    vx[n++] = alpha * val[i++] + beta * other.val[j++];
                }
            }
            p[a + 1] = n;
        }
        return new Compressed(major, minor, p, Arrays.copyOf(ix, n), Arrays.copyOf(vx, n));
    }

    /**
     * The product {@code this * other} with both operands and the result compressed by rows
     * (Gustavson's algorithm: each result row is a sparse combination of rows of {@code other},
     * accumulated in a dense work row with a marker array). Used for CSC operands too, through
     * {@code (A B)^T = B^T A^T}. Indices of each result row come out sorted.
     */
    Compressed times(Compressed other) {
        int n = other.minor;
        int[] marker = new int[n];
        Arrays.fill(marker, -1);
        double[] work = new double[n];
        int[] rowIdx = new int[n];
        int[] p = new int[major + 1];
        int capacity = Math.max(16, Math.min(MAX_NNZ, nnz() + other.nnz()));
        int[] ix = new int[capacity];
        double[] vx = new double[capacity];
        int count = 0;
        for (int a = 0; a < major; a++) {
            int len = 0;
            for (int k = ptr[a]; k < ptr[a + 1]; k++) {
                int c = idx[k];
                double v = val[k];
                for (int m = other.ptr[c]; m < other.ptr[c + 1]; m++) {
                    int b = other.idx[m];
                    if (marker[b] != a) {
                        marker[b] = a;
                        rowIdx[len++] = b;
                        work[b] = v * other.val[m];
                    } else {
                        work[b] += v * other.val[m];
                    }
                }
            }
            Arrays.sort(rowIdx, 0, len);
            if ((long) count + len > MAX_NNZ) {
                throw tooManyEntries("times", (long) count + len);
            }
            if (count + len > ix.length) {
                int grown = (int) Math.min(MAX_NNZ, Math.max((long) count + len, 2L * ix.length));
                ix = Arrays.copyOf(ix, grown);
                vx = Arrays.copyOf(vx, grown);
            }
            for (int t = 0; t < len; t++) {
                ix[count] = rowIdx[t];
                vx[count++] = work[rowIdx[t]];
            }
            p[a + 1] = count;
        }
        return new Compressed(major, n, p, Arrays.copyOf(ix, count), Arrays.copyOf(vx, count));
    }

    /** The entries with equal line and position ({@code (i, i)}), zero where none is stored. */
    double[] diagonal() {
        double[] d = new double[Math.min(major, minor)];
        for (int a = 0; a < d.length; a++) {
            d[a] = get(a, a);
        }
        return d;
    }

    /** Largest sum of absolute values along a line. */
    double maxLineAbsSum() {
        double best = 0.0;
        for (int a = 0; a < major; a++) {
            double s = 0.0;
            for (int k = ptr[a]; k < ptr[a + 1]; k++) {
                s += Math.abs(val[k]);
            }
            if (Double.isNaN(s)) {
                return s;
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /** Largest sum of absolute values across lines (the sum over each minor position). */
    double maxCrossAbsSum() {
        double[] sums = new double[minor];
        for (int k = 0; k < nnz(); k++) {
            sums[idx[k]] += Math.abs(val[k]);
        }
        double best = 0.0;
        for (double s : sums) {
            if (Double.isNaN(s)) {
                return s;
            }
            best = Math.max(best, s);
        }
        return best;
    }

    /** Largest absolute stored value, NaN if any is NaN. */
    double maxAbs() {
        double best = 0.0;
        for (int k = 0; k < nnz(); k++) {
            double v = Math.abs(val[k]);
            if (Double.isNaN(v)) {
                return v;
            }
            best = Math.max(best, v);
        }
        return best;
    }

    /** Frobenius norm with scaling (no overflow or underflow in the squares), as LAPACK's dlassq. */
    double frobenius() {
        double scale = 0.0;
        double ssq = 1.0;
        for (int k = 0; k < nnz(); k++) {
            double v = Math.abs(val[k]);
            if (Double.isNaN(v)) {
                return v;
            }
            if (v == 0.0) {
                continue;
            }
            if (scale < v) {
                double r = scale / v;
                ssq = 1.0 + ssq * r * r;
                scale = v;
            } else {
                double r = v / scale;
                ssq += r * r;
            }
        }
        return scale * Math.sqrt(ssq);
    }

    static IllegalArgumentException tooManyEntries(String op, long nnz) {
        return new IllegalArgumentException(
                op + ": result would hold " + nnz + " entries, more than the largest array (" + MAX_NNZ + ")");
    }
}

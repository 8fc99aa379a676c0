package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;

/**
 * Sequences of plane rotations on the columns of a matrix (LAPACK's dlasr, SIDE = R, PIVOT = V),
 * queued and applied together: the bidiagonal QR iteration decides its next sweep from the
 * bidiagonal alone, so the rotations of many sweeps can wait, and are then applied to a block of
 * rows at a time (the block held in cache across all the queued sweeps, each rotation a vector
 * {@link Blas#rot} over the block) instead of streaming the whole matrix once per sweep.
 *
 * <p>Rotation {@code (c, s)} on columns (j, j + 1) maps {@code (x, y)} to {@code (c x + s y, c y -
 * s x)}. A matrix of at most {@value #IMMEDIATE_ELEMENTS} elements is rotated as each rotation
 * arrives (it stays in cache anyway). An instance is confined to one call.
 */
final class RotationBatch {
    /** Bytes of the row block kept in cache while the queued sweeps run over it (half of L2). */
    private static final int BLOCK_BYTES = 512 * 1024;

    /**
     * Elements up to which the matrix is rotated at once instead of queued: it stays in L1 across
     * sweeps anyway, and the queue's arrays and replay would cost more than they save.
     */
    static final int IMMEDIATE_ELEMENTS = 4096;

    /**
     * Rows from which a rotation goes to the vector kernel ({@link Blas#rot}) rather than a plain
     * loop ({@link #rotate(Blas, double[], int, int, int, double, double)}): from there the
     * kernel's vector loop runs (on a shared array the JIT does not vectorize the scalar loop,
     * unsure the columns are disjoint), and at order 50 the QR iteration with vectors takes about
     * half the time. The Java kernels round as the loop does, so the results are the same either
     * way.
     */
    static final int KERNEL_ROWS = 16;

    private final Blas blas;
    private final double[] a;
    private final int aOff;
    private final int lda;
    private final int rows;
    private final int cols;
    private final int capacity;
    private final boolean immediate;
    private double[] c;
    private double[] s;
    private int[] first;
    private int[] length;
    private boolean[] forward;
    private int sweeps;
    private int used;

    /** A queue for the rows x cols matrix at {@code (a, aOff, lda)}, flushed every ~32 sweeps of cols. */
    RotationBatch(Blas blas, double[] a, int aOff, int lda, int rows, int cols) {
        this.blas = blas;
        this.a = a;
        this.aOff = aOff;
        this.lda = lda;
        this.rows = rows;
        this.cols = cols;
        this.immediate = (long) rows * cols <= IMMEDIATE_ELEMENTS;
        this.capacity = immediate ? 0 : Math.max(64, 32 * cols);
        if (!immediate) {
            this.c = new double[capacity];
            this.s = new double[capacity];
            this.first = new int[64];
            this.length = new int[64];
            this.forward = new boolean[64];
        }
    }

    /**
     * Queues the k - 1 rotations {@code (cs[cOff + r], sn[sOff + r])} on columns {@code (start + r,
     * start + r + 1)}, applied in order r = 0, 1, ... ({@code fwd}) or the reverse.
     */
    void add(int start, int k, boolean fwd, double[] cs, int cOff, double[] sn, int sOff) {
        int count = k - 1;
        if (count <= 0 || rows == 0) {
            return;
        }
        if (immediate) {
            if (rows >= KERNEL_ROWS) {
                rotateEach(start, count, fwd, cs, cOff, sn, sOff, aOff, rows);
            } else {
                sweep(a, aOff, lda, rows, start, count, fwd, cs, cOff, sn, sOff);
            }
            return;
        }
        if (used + count > capacity) {
            flush();
        }
        if (sweeps == first.length) {
            first = Arrays.copyOf(first, 2 * sweeps);
            length = Arrays.copyOf(length, 2 * sweeps);
            forward = Arrays.copyOf(forward, 2 * sweeps);
        }
        System.arraycopy(cs, cOff, c, used, count);
        System.arraycopy(sn, sOff, s, used, count);
        first[sweeps] = start;
        length[sweeps] = count;
        forward[sweeps] = fwd;
        sweeps++;
        used += count;
    }

    /**
     * The count rotations {@code (cs[cOff + r], sn[sOff + r])} on columns {@code (start + r, start
     * + r + 1)} of the rows at {@code base}, one {@link Blas#rot} each, in order r = 0, 1, ...
     * ({@code fwd}) or the reverse; identity rotations are skipped.
     */
    private void rotateEach(
            int start, int count, boolean fwd, double[] cs, int cOff, double[] sn, int sOff, int base, int len) {
        for (int step = 0; step < count; step++) {
            int r = fwd ? step : count - 1 - step;
            double cr = cs[cOff + r];
            double sr = sn[sOff + r];
            if (cr == 1 && sr == 0) {
                continue;
            }
            int x = base + (start + r) * lda;
            rotate(blas, a, x, x + lda, len, cr, sr);
        }
    }

    /** Whether rotations are applied as they arrive (a matrix of at most {@value #IMMEDIATE_ELEMENTS}). */
    boolean immediate() {
        return immediate;
    }

    /** Queues one rotation on columns (j, j + 1). */
    void add(int j, double cs, double sn) {
        if (immediate) {
            rotate(j, cs, sn);
            return;
        }
        add(j, 2, true, new double[] {cs}, 0, new double[] {sn}, 0);
    }

    /**
     * Rotation (cx, sx) on columns (j, j + 1) of x's matrix and (cy, sy) on those of y's, at once
     * (both immediate): below {@link #KERNEL_ROWS} rows in one loop over the rows the two share,
     * which halves the loop overhead on columns of a few elements; else one after the other.
     */
    static void rotateBoth(RotationBatch x, RotationBatch y, int j, double cx, double sx, double cy, double sy) {
        int shared = Math.min(x.rows, y.rows);
        if (Math.max(x.rows, y.rows) >= KERNEL_ROWS) {
            x.rotate(j, cx, sx);
            y.rotate(j, cy, sy);
            return;
        }
        double[] a = x.a;
        double[] b = y.a;
        int xp = x.aOff + j * x.lda;
        int xq = xp + x.lda;
        int yp = y.aOff + j * y.lda;
        int yq = yp + y.lda;
        for (int i = 0; i < shared; i++) {
            double x0 = a[xp + i];
            double x1 = a[xq + i];
            double y0 = b[yp + i];
            double y1 = b[yq + i];
            a[xp + i] = cx * x0 + sx * x1;
            a[xq + i] = cx * x1 - sx * x0;
            b[yp + i] = cy * y0 + sy * y1;
            b[yq + i] = cy * y1 - sy * y0;
        }
        rotate(a, xp + shared, xq + shared, x.rows - shared, cx, sx);
        rotate(b, yp + shared, yq + shared, y.rows - shared, cy, sy);
    }

    /** Rotation (cs, sn) on columns (j, j + 1), at once. */
    private void rotate(int j, double cs, double sn) {
        if (cs != 1 || sn != 0) {
            rotate(blas, a, aOff + j * lda, aOff + (j + 1) * lda, rows, cs, sn);
        }
    }

    /**
     * dlasr (SIDE = R, PIVOT = V) on the first {@code rows} rows of the matrix at {@code (a, aOff,
     * lda)}: the count rotations {@code (c[cOff + r], s[sOff + r])} on columns {@code (start + r,
     * start + r + 1)}, in order r = 0, 1, ... ({@code forward}) or the reverse. Two consecutive
     * rotations share a column, so they are applied together in one pass over three columns
     * (three loads and stores per row instead of four).
     */
    static void sweep(
            double[] a,
            int aOff,
            int lda,
            int rows,
            int start,
            int count,
            boolean forward,
            double[] c,
            int cOff,
            double[] s,
            int sOff) {
        int step = 0;
        for (; step + 1 < count; step += 2) {
            // the pair's first rotation r1 and second r2, on the columns p, p + 1, p + 2
            int r1 = forward ? step : count - 1 - step;
            int r2 = forward ? r1 + 1 : r1 - 1;
            int p = aOff + (start + Math.min(r1, r2)) * lda;
            int q = p + lda;
            int t = q + lda;
            double c1 = c[cOff + r1];
            double s1 = s[sOff + r1];
            double c2 = c[cOff + r2];
            double s2 = s[sOff + r2];
            if (forward) {
                for (int i = 0; i < rows; i++) {
                    double x = a[p + i];
                    double y = a[q + i];
                    double w = a[t + i];
                    double y1 = c1 * y - s1 * x;
                    a[p + i] = c1 * x + s1 * y;
                    a[q + i] = c2 * y1 + s2 * w;
                    a[t + i] = c2 * w - s2 * y1;
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    double x = a[p + i];
                    double y = a[q + i];
                    double w = a[t + i];
                    double y1 = c1 * y + s1 * w;
                    a[t + i] = c1 * w - s1 * y;
                    a[p + i] = c2 * x + s2 * y1;
                    a[q + i] = c2 * y1 - s2 * x;
                }
            }
        }
        if (step < count) {
            int r = forward ? step : count - 1 - step;
            int x = aOff + (start + r) * lda;
            rotate(a, x, x + lda, rows, c[cOff + r], s[sOff + r]);
        }
    }

    /**
     * The rotation (cs, sn) on the rows-long columns at x and y of a: the kernel's rot from
     * {@link #KERNEL_ROWS} rows, a plain loop below (no dispatch on a short column).
     */
    static void rotate(Blas blas, double[] a, int x, int y, int rows, double cs, double sn) {
        if (rows >= KERNEL_ROWS) {
            blas.rot(rows, a, x, 1, a, y, 1, cs, sn);
        } else {
            rotate(a, x, y, rows, cs, sn);
        }
    }

    /** The rotation (cs, sn) on the rows-long columns at x and y of a, by a plain loop. */
    static void rotate(double[] a, int x, int y, int rows, double cs, double sn) {
        for (int i = 0; i < rows; i++) {
            double xi = a[x + i];
            double yi = a[y + i];
            a[x + i] = cs * xi + sn * yi;
            a[y + i] = cs * yi - sn * xi;
        }
    }

    /** Applies every queued rotation, in order. */
    void flush() {
        if (immediate || sweeps == 0) {
            return;
        }
        int block = Math.max(16, Math.min(rows, BLOCK_BYTES / (8 * Math.max(1, cols))));
        for (int i0 = 0; i0 < rows; i0 += block) {
            int len = Math.min(block, rows - i0);
            int base = aOff + i0;
            for (int q = 0, at = 0; q < sweeps; at += length[q], q++) {
                rotateEach(first[q], length[q], forward[q], c, at, s, at, base, len);
            }
        }
        sweeps = 0;
        used = 0;
    }
}

package jnum.mat.kernel.vector;

/**
 * Packing of op(A) and op(B) into the contiguous micro-panels that the {@link MicroKernel} reads.
 * Packing absorbs the transposes, the leading dimensions and the offsets, and pads the last
 * micro-panel with zeros so that the micro-kernel always runs on a full register block. Only
 * elements inside the matrices are read.
 */
final class GemmPacking {
    private GemmPacking() {}

    /**
     * Packs rows {@code i0 .. i0+rows-1}, columns {@code p0 .. p0+kc-1} of op(A) into micro-panels of
     * {@code mr} rows: element {@code (i, p)} of micro-panel {@code q} goes to
     * {@code dst[q * mr * kc + p * mr + i]}.
     */
    static void packA(
            boolean trans, double[] a, int aOff, int lda, int i0, int p0, int rows, int kc, int mr, double[] dst) {
        for (int ir = 0, base = 0; ir < rows; ir += mr, base += mr * kc) {
            int h = Math.min(mr, rows - ir);
            if (!trans) {
                // op(A)(i, p) = a[aOff + i + p * lda]: copy h contiguous elements per column p.
                int src = aOff + i0 + ir + p0 * lda;
                for (int p = 0, d = base; p < kc; p++, d += mr, src += lda) {
                    System.arraycopy(a, src, dst, d, h);
                    for (int i = h; i < mr; i++) {
                        dst[d + i] = 0;
                    }
                }
            } else {
                // op(A)(i, p) = a[aOff + p + i * lda]: read row i of op(A) contiguously, write every mr-th.
                for (int i = 0; i < h; i++) {
                    int src = aOff + p0 + (i0 + ir + i) * lda;
                    for (int p = 0, d = base + i; p < kc; p++, d += mr) {
                        dst[d] = a[src + p];
                    }
                }
                for (int i = h; i < mr; i++) {
                    for (int p = 0, d = base + i; p < kc; p++, d += mr) {
                        dst[d] = 0;
                    }
                }
            }
        }
    }

    /**
     * Packs micro-panels {@code qFrom .. qTo-1} of rows {@code p0 .. p0+kc-1}, columns
     * {@code j0 .. j0+cols-1} of op(B), {@code nr} columns per micro-panel: element {@code (p, j)} of
     * micro-panel {@code q} goes to {@code dst[q * nr * kc + p * nr + j]}.
     */
    static void packB(
            boolean trans,
            double[] b,
            int bOff,
            int ldb,
            int p0,
            int j0,
            int kc,
            int cols,
            int nr,
            int qFrom,
            int qTo,
            double[] dst) {
        for (int q = qFrom; q < qTo; q++) {
            int jr = q * nr;
            int w = Math.min(nr, cols - jr);
            int base = q * nr * kc;
            if (!trans) {
                // op(B)(p, j) = b[bOff + p + j * ldb]: walk down w columns of B in step.
                int src = bOff + p0 + (j0 + jr) * ldb;
                for (int p = 0, d = base; p < kc; p++, d += nr) {
                    for (int j = 0, s = src + p; j < w; j++, s += ldb) {
                        dst[d + j] = b[s];
                    }
                    for (int j = w; j < nr; j++) {
                        dst[d + j] = 0;
                    }
                }
            } else {
                // op(B)(p, j) = b[bOff + j + p * ldb]: w contiguous elements per row p of op(B).
                int src = bOff + j0 + jr + p0 * ldb;
                for (int p = 0, d = base; p < kc; p++, d += nr, src += ldb) {
                    System.arraycopy(b, src, dst, d, w);
                    for (int j = w; j < nr; j++) {
                        dst[d + j] = 0;
                    }
                }
            }
        }
    }
}

package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The left-side diagonal-block kernels of trsm and trmm, {@code X = T^-1 X} and {@code X = T X}
 * for a packed bs x bs triangle T and a bs x n block X, vectorized across columns of X.
 *
 * <p>Down a column, substitution is a chain of dependent scalar steps; across columns it is
 * independent. So the kernel copies two vectors' worth of columns (then one) into a small buffer
 * with the columns interleaved ({@code buf[k * width + c] = X(k, c)}), runs the substitution (or
 * the product) on whole vectors, one row of the block per step, with a broadcast element of T per
 * fused multiply-add and two accumulators per vector, and copies the columns back. The remaining
 * columns (fewer than a vector) take the axpy form.
 */
final class LeftTriangleKernel {
    private static final VectorSpecies<Double> S = Vector12Species.D;
    private static final int LANES = S.length();

    private LeftTriangleKernel() {}

    /**
     * Solves {@code T X = X} (when {@code solve}) or forms {@code X = T X} in place, for the bs x n
     * block of B at {@code bOff}, T packed column-major with leading dimension bs (zeros outside its
     * triangle, its diagonal explicit).
     */
    static void apply(boolean solve, double[] t, int bs, boolean upper, int n, double[] b, int bOff, int ldb) {
        double[] buf = new double[bs * 2 * LANES];
        int j = 0;
        // two vectors of columns per pass: twice the independent FMA chains per row of T
        for (; j + 2 * LANES <= n; j += 2 * LANES) {
            int first = bOff + j * ldb;
            gather(b, first, ldb, 2 * LANES, bs, buf);
            rows2(solve, t, bs, upper, buf);
            scatter(buf, 2 * LANES, bs, b, first, ldb);
        }
        for (; j + LANES <= n; j += LANES) {
            int first = bOff + j * ldb;
            gather(b, first, ldb, LANES, bs, buf);
            rows(solve, t, bs, upper, buf);
            scatter(buf, LANES, bs, b, first, ldb);
        }
        if (j < n) {
            if (solve) {
                VectorTrsm.solveLeftAxpy(t, bs, upper, n - j, b, bOff + j * ldb, ldb);
            } else {
                VectorTrmm.multiplyLeftAxpy(t, bs, upper, n - j, b, bOff + j * ldb, ldb);
            }
        }
    }

    /** {@code buf[k * width + c] = B(k, c)} for the bs x width block of B at {@code first}. */
    private static void gather(double[] b, int first, int ldb, int width, int bs, double[] buf) {
        for (int c = 0; c < width; c++) {
            int col = first + c * ldb;
            for (int k = 0; k < bs; k++) {
                buf[k * width + c] = b[col + k];
            }
        }
    }

    /** The inverse of {@link #gather}. */
    private static void scatter(double[] buf, int width, int bs, double[] b, int first, int ldb) {
        for (int c = 0; c < width; c++) {
            int col = first + c * ldb;
            for (int k = 0; k < bs; k++) {
                b[col + k] = buf[k * width + c];
            }
        }
    }

    /** {@link #rows} on two vectors of columns at once ({@code buf[k * 2 lanes + c]}). */
    private static void rows2(boolean solve, double[] t, int bs, boolean upper, double[] buf) {
        final int w = 2 * LANES;
        double sign = solve ? -1.0 : 1.0;
        boolean topDown = solve != upper;
        for (int s = 0; s < bs; s++) {
            int k = topDown ? s : bs - 1 - s;
            int lo = upper ? k + 1 : 0;
            int hi = upper ? bs : k;
            double d = t[k + k * bs];
            DoubleVector x0 = DoubleVector.fromArray(S, buf, k * w);
            DoubleVector y0 = DoubleVector.fromArray(S, buf, k * w + LANES);
            if (!solve) {
                x0 = x0.mul(d);
                y0 = y0.mul(d);
            }
            DoubleVector x1 = DoubleVector.zero(S);
            DoubleVector y1 = DoubleVector.zero(S);
            int l = lo;
            for (; l + 2 <= hi; l += 2) {
                DoubleVector t0 = DoubleVector.broadcast(S, sign * t[k + l * bs]);
                DoubleVector t1 = DoubleVector.broadcast(S, sign * t[k + (l + 1) * bs]);
                x0 = DoubleVector.fromArray(S, buf, l * w).fma(t0, x0);
                y0 = DoubleVector.fromArray(S, buf, l * w + LANES).fma(t0, y0);
                x1 = DoubleVector.fromArray(S, buf, (l + 1) * w).fma(t1, x1);
                y1 = DoubleVector.fromArray(S, buf, (l + 1) * w + LANES).fma(t1, y1);
            }
            if (l < hi) {
                DoubleVector t0 = DoubleVector.broadcast(S, sign * t[k + l * bs]);
                x0 = DoubleVector.fromArray(S, buf, l * w).fma(t0, x0);
                y0 = DoubleVector.fromArray(S, buf, l * w + LANES).fma(t0, y0);
            }
            x0 = x0.add(x1);
            y0 = y0.add(y1);
            if (solve) {
                x0 = x0.div(d);
                y0 = y0.div(d);
            }
            x0.intoArray(buf, k * w);
            y0.intoArray(buf, k * w + LANES);
        }
    }

    /**
     * Row k of the solution is {@code (x_k - sum_l T(k, l) x_l) / T(k, k)} over the solved rows l
     * (l < k for lower T, top-down; l > k for upper T, bottom-up); with {@code solve == false},
     * row k of the product {@code T(k, k) x_k + sum_l T(k, l) x_l}, visiting the rows so that the
     * x_l it reads are still unmodified (top-down for upper T). Two accumulators; the loop is
     * written out in one method so that the vectors stay in registers.
     */
    private static void rows(boolean solve, double[] t, int bs, boolean upper, double[] buf) {
        double sign = solve ? -1.0 : 1.0;
        boolean topDown = solve != upper;
        for (int s = 0; s < bs; s++) {
            int k = topDown ? s : bs - 1 - s;
            int lo = upper ? k + 1 : 0;
            int hi = upper ? bs : k;
            double d = t[k + k * bs];
            DoubleVector acc0 = DoubleVector.fromArray(S, buf, k * LANES);
            if (!solve) {
                acc0 = acc0.mul(d);
            }
            DoubleVector acc1 = DoubleVector.zero(S);
            int l = lo;
            for (; l + 2 <= hi; l += 2) {
                acc0 = DoubleVector.fromArray(S, buf, l * LANES)
                        .fma(DoubleVector.broadcast(S, sign * t[k + l * bs]), acc0);
                acc1 = DoubleVector.fromArray(S, buf, (l + 1) * LANES)
                        .fma(DoubleVector.broadcast(S, sign * t[k + (l + 1) * bs]), acc1);
            }
            if (l < hi) {
                acc0 = DoubleVector.fromArray(S, buf, l * LANES)
                        .fma(DoubleVector.broadcast(S, sign * t[k + l * bs]), acc0);
            }
            acc0 = acc0.add(acc1);
            if (solve) {
                acc0 = acc0.div(d);
            }
            acc0.intoArray(buf, k * LANES);
        }
    }
}

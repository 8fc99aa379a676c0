package jnum.mat.kernel.vector;

import static jnum.mat.kernel.vector.Vector12Species.D;
import static jnum.mat.kernel.vector.Vector12Species.L;
import static jnum.mat.kernel.vector.Vector12Species.STEP;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;

/**
 * Unit-stride vector primitives on {@code (array, offset)} operands, the one home of the
 * contiguous loops of the vector provider: level 1 runs its unit-stride paths of axpy, dot and
 * scal here, level 2 its column updates, and the level-3 blocked algorithms their diagonal-block
 * kernels (axpy, dot, scaling and division of a strip of contiguous doubles). Each has the usual
 * shape: a vector main loop ({@link Vector12Species#UNROLL} vectors per iteration where the loop
 * is long), then single vectors, then a scalar tail. axpy, scale and divide give the same bits as
 * the scalar loops (element-wise operations); dot adds in another order.
 */
final class UnitStride {

    private UnitStride() {}

    /**
     * {@code y[yo + i] = fma(alpha, x[xo + i], y[yo + i])} for {@code i < n}, any n (the same bits
     * as the scalar loop).
     */
    static void axpy(int n, double alpha, double[] x, int xo, double[] y, int yo) {
        DoubleVector va = DoubleVector.broadcast(D, alpha);
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            DoubleVector.fromArray(D, x, xo + i)
                    .fma(va, DoubleVector.fromArray(D, y, yo + i))
                    .intoArray(y, yo + i);
            DoubleVector.fromArray(D, x, xo + i + L)
                    .fma(va, DoubleVector.fromArray(D, y, yo + i + L))
                    .intoArray(y, yo + i + L);
            DoubleVector.fromArray(D, x, xo + i + 2 * L)
                    .fma(va, DoubleVector.fromArray(D, y, yo + i + 2 * L))
                    .intoArray(y, yo + i + 2 * L);
            DoubleVector.fromArray(D, x, xo + i + 3 * L)
                    .fma(va, DoubleVector.fromArray(D, y, yo + i + 3 * L))
                    .intoArray(y, yo + i + 3 * L);
        }
        for (; i <= n - L; i += L) {
            DoubleVector.fromArray(D, x, xo + i)
                    .fma(va, DoubleVector.fromArray(D, y, yo + i))
                    .intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            y[yo + i] = Math.fma(alpha, x[xo + i], y[yo + i]);
        }
    }

    /**
     * Four axpys that share x: {@code y[yc + i] += ac * x[xo + i]} for rows {@code lo <= i < hi}
     * and the four (column) offsets yc of y, loading each vector of x once. The last partial
     * vector is done with a lane mask, so no row outside [lo, hi) is touched.
     */
    static void axpy4(
            int lo,
            int hi,
            double[] x,
            int xo,
            double a0,
            double a1,
            double a2,
            double a3,
            double[] y,
            int y0,
            int y1,
            int y2,
            int y3) {
        if (lo >= hi) {
            return;
        }
        DoubleVector v0 = DoubleVector.broadcast(D, a0);
        DoubleVector v1 = DoubleVector.broadcast(D, a1);
        DoubleVector v2 = DoubleVector.broadcast(D, a2);
        DoubleVector v3 = DoubleVector.broadcast(D, a3);
        int i = lo;
        for (; i <= hi - L; i += L) {
            DoubleVector xv = DoubleVector.fromArray(D, x, xo + i);
            xv.fma(v0, DoubleVector.fromArray(D, y, y0 + i)).intoArray(y, y0 + i);
            xv.fma(v1, DoubleVector.fromArray(D, y, y1 + i)).intoArray(y, y1 + i);
            xv.fma(v2, DoubleVector.fromArray(D, y, y2 + i)).intoArray(y, y2 + i);
            xv.fma(v3, DoubleVector.fromArray(D, y, y3 + i)).intoArray(y, y3 + i);
        }
        if (i < hi) {
            VectorMask<Double> m = D.indexInRange(0, hi - i);
            DoubleVector xv = DoubleVector.fromArray(D, x, xo + i, m);
            xv.fma(v0, DoubleVector.fromArray(D, y, y0 + i, m)).intoArray(y, y0 + i, m);
            xv.fma(v1, DoubleVector.fromArray(D, y, y1 + i, m)).intoArray(y, y1 + i, m);
            xv.fma(v2, DoubleVector.fromArray(D, y, y2 + i, m)).intoArray(y, y2 + i, m);
            xv.fma(v3, DoubleVector.fromArray(D, y, y3 + i, m)).intoArray(y, y3 + i, m);
        }
    }

    /**
     * Four axpys into one y: {@code y[yo + i] += a0 x[x0 + i] + a1 x[x1 + i] + a2 x[x2 + i] + a3
     * x[x3 + i]} for {@code i < n} (as four successive fused updates), loading and storing y once.
     */
    static void madd4(
            int n,
            double[] x,
            int x0,
            double a0,
            int x1,
            double a1,
            int x2,
            double a2,
            int x3,
            double a3,
            double[] y,
            int yo) {
        DoubleVector v0 = DoubleVector.broadcast(D, a0);
        DoubleVector v1 = DoubleVector.broadcast(D, a1);
        DoubleVector v2 = DoubleVector.broadcast(D, a2);
        DoubleVector v3 = DoubleVector.broadcast(D, a3);
        int i = 0;
        for (; i <= n - L; i += L) {
            DoubleVector acc = DoubleVector.fromArray(D, y, yo + i);
            acc = DoubleVector.fromArray(D, x, x0 + i).fma(v0, acc);
            acc = DoubleVector.fromArray(D, x, x1 + i).fma(v1, acc);
            acc = DoubleVector.fromArray(D, x, x2 + i).fma(v2, acc);
            acc = DoubleVector.fromArray(D, x, x3 + i).fma(v3, acc);
            acc.intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            double s = y[yo + i];
            s = Math.fma(a0, x[x0 + i], s);
            s = Math.fma(a1, x[x1 + i], s);
            s = Math.fma(a2, x[x2 + i], s);
            s = Math.fma(a3, x[x3 + i], s);
            y[yo + i] = s;
        }
    }

    /**
     * {@code sum x[xo + i] * y[yo + i]} for {@code i < n}, any n, with one accumulator per unrolled
     * vector (the FMA latency is hidden).
     */
    static double dot(int n, double[] x, int xo, double[] y, int yo) {
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            s0 = DoubleVector.fromArray(D, x, xo + i).fma(DoubleVector.fromArray(D, y, yo + i), s0);
            s1 = DoubleVector.fromArray(D, x, xo + i + L).fma(DoubleVector.fromArray(D, y, yo + i + L), s1);
            s2 = DoubleVector.fromArray(D, x, xo + i + 2 * L).fma(DoubleVector.fromArray(D, y, yo + i + 2 * L), s2);
            s3 = DoubleVector.fromArray(D, x, xo + i + 3 * L).fma(DoubleVector.fromArray(D, y, yo + i + 3 * L), s3);
        }
        for (; i <= n - L; i += L) {
            s0 = DoubleVector.fromArray(D, x, xo + i).fma(DoubleVector.fromArray(D, y, yo + i), s0);
        }
        double s = LaneSums.sum(s0.add(s1).add(s2.add(s3)));
        for (; i < n; i++) {
            s = Math.fma(x[xo + i], y[yo + i], s);
        }
        return s;
    }

    /** {@code x[xo + i] *= alpha} for {@code i < n}. */
    static void scale(int n, double alpha, double[] x, int xo) {
        int i = 0;
        int bound = D.loopBound(n);
        if (bound > 0) {
            DoubleVector va = DoubleVector.broadcast(D, alpha);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(D, x, xo + i).mul(va).intoArray(x, xo + i);
            }
        }
        for (; i < n; i++) {
            x[xo + i] *= alpha;
        }
    }

    /** {@code x[xo + i] /= d} for {@code i < n} (a true division, not a reciprocal product). */
    static void divide(int n, double d, double[] x, int xo) {
        int i = 0;
        int bound = D.loopBound(n);
        if (bound > 0) {
            DoubleVector vd = DoubleVector.broadcast(D, d);
            for (; i < bound; i += L) {
                DoubleVector.fromArray(D, x, xo + i).div(vd).intoArray(x, xo + i);
            }
        }
        for (; i < n; i++) {
            x[xo + i] /= d;
        }
    }

    /**
     * {@code B = alpha B} for the m x n matrix at {@code (b, bOff, ldb)}; alpha = 0 writes zeros
     * without reading B (so NaN in B does not survive), alpha = 1 does nothing.
     */
    static void scaleMatrix(int m, int n, double alpha, double[] b, int bOff, int ldb) {
        if (alpha == 1) {
            return;
        }
        for (int j = 0; j < n; j++) {
            int col = bOff + j * ldb;
            if (alpha == 0) {
                java.util.Arrays.fill(b, col, col + m, 0.0);
            } else {
                scale(m, alpha, b, col);
            }
        }
    }
}

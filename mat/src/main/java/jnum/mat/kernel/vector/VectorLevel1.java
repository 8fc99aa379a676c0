package jnum.mat.kernel.vector;

import static jnum.mat.kernel.vector.Vector12Species.D;
import static jnum.mat.kernel.vector.Vector12Species.L;
import static jnum.mat.kernel.vector.Vector12Species.MIN_VECTOR_LENGTH;
import static jnum.mat.kernel.vector.Vector12Species.STEP;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jnum.mat.kernel.scalar.Nrm2;
import jnum.mat.kernel.scalar.ScalarKernels;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * Level-1 routines of the vector provider.
 *
 * <p>Paths, chosen per call:
 *
 * <ul>
 *   <li><b>Unit stride</b> (every increment 1, or every increment -1, which visits the same
 *       element pairs backwards): a main loop of {@link Vector12Species#UNROLL} vectors per
 *       iteration, reductions with one accumulator per unrolled vector (the FMA latency is hidden),
 *       then single vectors, then a scalar tail ({@code nrm2}: a masked tail).
 *   <li><b>Other strides</b>: the scalar provider's loops. A gather would cost as much as the
 *       scalar loads it replaces, and strided level-1 calls are rare in jnum (row views).
 *   <li><b>Short vectors</b> ({@code n < }{@link Vector12Species#MIN_VECTOR_LENGTH}): the scalar
 *       loops, where the vector set-up and lane reduction would cost more than they save.
 * </ul>
 *
 * <p>Results: {@code axpy}, {@code scal}, {@code copy}, {@code swap}, {@code rot} and
 * {@code iamax} give the very same bits as the scalar provider (the same operations element by
 * element). {@code dot}, {@code sum}, {@code asum}, {@code nrm2} and {@code deviationSums} add in a
 * different order, so they agree with it within the bound {@code gamma_n * sum |terms|} of any
 * summation order; {@code sumCompensated} within its own bound, that of a sum in twice the
 * precision.
 */
final class VectorLevel1 {
    private static final KernelProvider SCALAR = new ScalarKernels();

    private VectorLevel1() {}

    /** Whether a two-operand routine can take the unit-stride path. */
    private static boolean contiguous(int incX, int incY) {
        return (incX == 1 && incY == 1) || (incX == -1 && incY == -1);
    }

    /** The index of the lowest element touched: logical element n - 1 when walking backwards. */
    private static int low(int n, int off, int inc) {
        return inc < 0 ? off - (n - 1) : off;
    }

    // ---- dot, sum, asum ------------------------------------------------------------------------

    static double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incY)) {
            return SCALAR.dot(n, x, xOff, incX, y, yOff, incY);
        }
        return UnitStride.dot(n, x, low(n, xOff, incX), y, low(n, yOff, incY));
    }

    static double sum(int n, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            return SCALAR.sum(n, x, xOff, incX);
        }
        return sumUnit(n, x, low(n, xOff, incX), false);
    }

    static double asum(int n, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            return SCALAR.asum(n, x, xOff, incX);
        }
        return sumUnit(n, x, low(n, xOff, incX), true);
    }

    /** {@code sum x[o + i]} or {@code sum |x[o + i]|}, i &lt; n. */
    private static double sumUnit(int n, double[] x, int o, boolean abs) {
        if (abs) {
            return magnitudeSum(n, x, o);
        }
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            s0 = s0.add(DoubleVector.fromArray(D, x, o + i));
            s1 = s1.add(DoubleVector.fromArray(D, x, o + i + L));
            s2 = s2.add(DoubleVector.fromArray(D, x, o + i + 2 * L));
            s3 = s3.add(DoubleVector.fromArray(D, x, o + i + 3 * L));
        }
        for (; i <= n - L; i += L) {
            s0 = s0.add(DoubleVector.fromArray(D, x, o + i));
        }
        double s = LaneSums.sum(s0.add(s1).add(s2.add(s3)));
        for (; i < n; i++) {
            s += x[o + i];
        }
        return s;
    }

    /**
     * {@code sum |x[o + i]|}, i &lt; n, the magnitudes taken by clearing the sign bits (the bits of
     * {@link Math#abs}; NaN stays NaN): one bitwise and, where {@code DoubleVector.abs} compiles to
     * a slower sequence.
     */
    private static double magnitudeSum(int n, double[] x, int o) {
        LongVector noSign = LongVector.broadcast(D.withLanes(long.class), Long.MAX_VALUE);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            LongVector b0 =
                    DoubleVector.fromArray(D, x, o + i).viewAsIntegralLanes().and(noSign);
            LongVector b1 = DoubleVector.fromArray(D, x, o + i + L)
                    .viewAsIntegralLanes()
                    .and(noSign);
            LongVector b2 = DoubleVector.fromArray(D, x, o + i + 2 * L)
                    .viewAsIntegralLanes()
                    .and(noSign);
            LongVector b3 = DoubleVector.fromArray(D, x, o + i + 3 * L)
                    .viewAsIntegralLanes()
                    .and(noSign);
            s0 = s0.add(b0.reinterpretAsDoubles());
            s1 = s1.add(b1.reinterpretAsDoubles());
            s2 = s2.add(b2.reinterpretAsDoubles());
            s3 = s3.add(b3.reinterpretAsDoubles());
        }
        for (; i <= n - L; i += L) {
            s0 = s0.add(DoubleVector.fromArray(D, x, o + i)
                    .viewAsIntegralLanes()
                    .and(noSign)
                    .reinterpretAsDoubles());
        }
        double s = LaneSums.sum(s0.add(s1).add(s2.add(s3)));
        for (; i < n; i++) {
            s += Math.abs(x[o + i]);
        }
        return s;
    }

    // ---- axpy, scal, copy, swap, rot -----------------------------------------------------------

    static void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incY)) {
            SCALAR.axpy(n, alpha, x, xOff, incX, y, yOff, incY);
            return;
        }
        if (alpha == 0) {
            return;
        }
        UnitStride.axpy(n, alpha, x, low(n, xOff, incX), y, low(n, yOff, incY));
    }

    static void scal(int n, double alpha, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            SCALAR.scal(n, alpha, x, xOff, incX);
            return;
        }
        UnitStride.scale(n, alpha, x, low(n, xOff, incX));
    }

    static void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (!contiguous(incX, incY)) {
            SCALAR.copy(n, x, xOff, incX, y, yOff, incY);
            return;
        }
        System.arraycopy(x, low(n, xOff, incX), y, low(n, yOff, incY), n);
    }

    static void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incY)) {
            SCALAR.swap(n, x, xOff, incX, y, yOff, incY);
            return;
        }
        int xo = low(n, xOff, incX);
        int yo = low(n, yOff, incY);
        int i = 0;
        for (int bound = D.loopBound(n); i < bound; i += L) {
            DoubleVector vx = DoubleVector.fromArray(D, x, xo + i);
            DoubleVector vy = DoubleVector.fromArray(D, y, yo + i);
            vy.intoArray(x, xo + i);
            vx.intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            double t = x[xo + i];
            x[xo + i] = y[yo + i];
            y[yo + i] = t;
        }
    }

    static void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incY)) {
            SCALAR.rot(n, x, xOff, incX, y, yOff, incY, c, s);
            return;
        }
        int xo = low(n, xOff, incX);
        int yo = low(n, yOff, incY);
        int i = 0;
        // products and sums rounded separately, as in the scalar loop, so the bits agree
        for (int bound = D.loopBound(n); i < bound; i += L) {
            DoubleVector vx = DoubleVector.fromArray(D, x, xo + i);
            DoubleVector vy = DoubleVector.fromArray(D, y, yo + i);
            vx.mul(c).add(vy.mul(s)).intoArray(x, xo + i);
            vy.mul(c).sub(vx.mul(s)).intoArray(y, yo + i);
        }
        for (; i < n; i++) {
            double xi = x[xo + i];
            double yi = y[yo + i];
            x[xo + i] = c * xi + s * yi;
            y[yo + i] = c * yi - s * xi;
        }
    }

    // ---- nrm2 ----------------------------------------------------------------------------------

    /**
     * The 2-norm in one pass when that is safe: the plain FMA sum of squares, kept when it neither
     * overflowed nor came near the subnormal range (then its error is that of any sum of n positive
     * terms, {@code gamma_n ss}); otherwise a second pass by Blue's algorithm (see {@link Nrm2}) with
     * one vector accumulator per size class: every lane
     * sorts its element into tiny, medium or big, scaled by the same powers of two as the scalar
     * code, and {@link Nrm2#combine} merges the lane sums. The tail runs masked (masked-off lanes
     * load 0, which adds nothing). A NaN lands in the medium sum and makes the result NaN.
     */
    static double nrm2(int n, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            return SCALAR.nrm2(n, x, xOff, incX);
        }
        int o = low(n, xOff, incX);
        double ss = sumOfSquares(n, x, o);
        if (ss >= PLAIN_SQUARES_MIN && ss <= Double.MAX_VALUE) {
            return Math.sqrt(ss);
        }
        if (Double.isNaN(ss)) {
            return ss;
        }
        return blue(n, x, o);
    }

    /**
     * The smallest plain sum of squares trusted without scaling. Squares are accumulated by FMA, so
     * a square is rounded on its own only while the running sum is subnormal, losing at most
     * 2^-1075 each: below {@code n 2^-1075 / u < 2^-990} for any int n, this threshold keeps the
     * loss under a rounding of the sum. A finite sum of non-negative terms never overflowed on the way.
     */
    private static final double PLAIN_SQUARES_MIN = 0x1p-960;

    /** {@code sum x^2} by FMA with four lane accumulators; infinite on overflow, NaN for NaN. */
    private static double sumOfSquares(int n, double[] x, int o) {
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            DoubleVector v0 = DoubleVector.fromArray(D, x, o + i);
            DoubleVector v1 = DoubleVector.fromArray(D, x, o + i + L);
            DoubleVector v2 = DoubleVector.fromArray(D, x, o + i + 2 * L);
            DoubleVector v3 = DoubleVector.fromArray(D, x, o + i + 3 * L);
            s0 = v0.fma(v0, s0);
            s1 = v1.fma(v1, s1);
            s2 = v2.fma(v2, s2);
            s3 = v3.fma(v3, s3);
        }
        for (; i <= n - L; i += L) {
            DoubleVector v0 = DoubleVector.fromArray(D, x, o + i);
            s0 = v0.fma(v0, s0);
        }
        double s = LaneSums.sum(s0.add(s1).add(s2.add(s3)));
        for (; i < n; i++) {
            s = Math.fma(x[o + i], x[o + i], s);
        }
        return s;
    }

    /** Blue's scaled accumulation over {@code x[o, o + n)}: the path of sums that overflow or underflow. */
    private static double blue(int n, double[] x, int o) {
        DoubleVector zero = DoubleVector.zero(D);
        DoubleVector small = zero;
        DoubleVector med0 = zero;
        DoubleVector med1 = zero;
        DoubleVector big = zero;
        int i = 0;
        for (; i <= n - 2 * L; i += 2 * L) {
            DoubleVector v0 = DoubleVector.fromArray(D, x, o + i).abs();
            DoubleVector v1 = DoubleVector.fromArray(D, x, o + i + L).abs();
            VectorMask<Double> out0 = outsideMedium(v0);
            VectorMask<Double> out1 = outsideMedium(v1);
            if (out0.or(out1).anyTrue()) {
                small = addSmall(v0, small);
                small = addSmall(v1, small);
                big = addBig(v0, big);
                big = addBig(v1, big);
                v0 = v0.blend(zero, out0);
                v1 = v1.blend(zero, out1);
            }
            med0 = v0.fma(v0, med0);
            med1 = v1.fma(v1, med1);
        }
        for (; i < n; i += L) {
            VectorMask<Double> in = D.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(D, x, o + i, in).abs();
            small = addSmall(v, small);
            big = addBig(v, big);
            v = v.blend(zero, outsideMedium(v));
            med0 = v.fma(v, med0);
        }
        return Nrm2.combine(LaneSums.sum(small), LaneSums.sum(med0.add(med1)), LaneSums.sum(big));
    }

    /** Lanes whose square would underflow or overflow (NaN lanes are medium). */
    private static VectorMask<Double> outsideMedium(DoubleVector v) {
        return v.compare(VectorOperators.LT, Nrm2.T_SMALL).or(v.compare(VectorOperators.GT, Nrm2.T_BIG));
    }

    private static DoubleVector addSmall(DoubleVector v, DoubleVector acc) {
        DoubleVector s = v.mul(Nrm2.S_SMALL)
                .blend(0.0, v.compare(VectorOperators.LT, Nrm2.T_SMALL).not());
        return s.fma(s, acc);
    }

    private static DoubleVector addBig(DoubleVector v, DoubleVector acc) {
        DoubleVector b = v.mul(Nrm2.S_BIG)
                .blend(0.0, v.compare(VectorOperators.GT, Nrm2.T_BIG).not());
        return b.fma(b, acc);
    }

    // ---- iamax ---------------------------------------------------------------------------------

    /**
     * The first index of the largest |x[i]|, or of the first NaN, exactly as the scalar provider.
     * Two vector passes over unit-stride data: the maximum (NaN-propagating, like
     * {@link Math#max}), then the first lane equal to it.
     */
    static int iamax(int n, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || incX != 1) {
            return SCALAR.iamax(n, x, xOff, incX);
        }
        DoubleVector m0 = DoubleVector.fromArray(D, x, xOff).abs();
        DoubleVector m1 = m0;
        int i = L;
        for (; i <= n - 2 * L; i += 2 * L) {
            m0 = m0.max(DoubleVector.fromArray(D, x, xOff + i).abs());
            m1 = m1.max(DoubleVector.fromArray(D, x, xOff + i + L).abs());
        }
        double max = m0.max(m1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(x[xOff + i]));
        }
        if (Double.isNaN(max)) {
            return firstNaN(n, x, xOff);
        }
        int j = 0;
        for (int bound = D.loopBound(n); j < bound; j += L) {
            VectorMask<Double> hit =
                    DoubleVector.fromArray(D, x, xOff + j).abs().compare(VectorOperators.EQ, max);
            if (hit.anyTrue()) {
                return j + hit.firstTrue();
            }
        }
        for (; ; j++) {
            if (Math.abs(x[xOff + j]) == max) {
                return j;
            }
        }
    }

    private static int firstNaN(int n, double[] x, int xOff) {
        int j = 0;
        for (int bound = D.loopBound(n); j < bound; j += L) {
            VectorMask<Double> nan = DoubleVector.fromArray(D, x, xOff + j).test(VectorOperators.IS_NAN);
            if (nan.anyTrue()) {
                return j + nan.firstTrue();
            }
        }
        while (!Double.isNaN(x[xOff + j])) {
            j++;
        }
        return j;
    }

    // ---- compensated sum ----

    static double sumCompensated(int n, double[] x, int xOff, int incX) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            return SCALAR.sumCompensated(n, x, xOff, incX);
        }
        return sumCompensatedUnit(n, x, low(n, xOff, incX));
    }

    /**
     * Four independent (sum, error) lane vectors, each step a branch-free TwoSum (Knuth: six
     * operations, exact error), so the loop runs at the speed of memory; the lanes' sums and errors
     * are then combined with scalar TwoSums.
     */
    private static double sumCompensatedUnit(int n, double[] x, int o) {
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector c0 = s0;
        DoubleVector c1 = s0;
        DoubleVector c2 = s0;
        DoubleVector c3 = s0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            DoubleVector v0 = DoubleVector.fromArray(D, x, o + i);
            DoubleVector v1 = DoubleVector.fromArray(D, x, o + i + L);
            DoubleVector v2 = DoubleVector.fromArray(D, x, o + i + 2 * L);
            DoubleVector v3 = DoubleVector.fromArray(D, x, o + i + 3 * L);
            DoubleVector t0 = s0.add(v0);
            DoubleVector t1 = s1.add(v1);
            DoubleVector t2 = s2.add(v2);
            DoubleVector t3 = s3.add(v3);
            DoubleVector b0 = t0.sub(s0);
            DoubleVector b1 = t1.sub(s1);
            DoubleVector b2 = t2.sub(s2);
            DoubleVector b3 = t3.sub(s3);
            c0 = c0.add(s0.sub(t0.sub(b0)).add(v0.sub(b0)));
            c1 = c1.add(s1.sub(t1.sub(b1)).add(v1.sub(b1)));
            c2 = c2.add(s2.sub(t2.sub(b2)).add(v2.sub(b2)));
            c3 = c3.add(s3.sub(t3.sub(b3)).add(v3.sub(b3)));
            s0 = t0;
            s1 = t1;
            s2 = t2;
            s3 = t3;
        }
        // lanes leave through an array: reading them one by one (lane(i)) keeps the loop's vectors
        // boxed and costs the loop its speed
        double[] sums = new double[STEP];
        s0.intoArray(sums, 0);
        s1.intoArray(sums, L);
        s2.intoArray(sums, 2 * L);
        s3.intoArray(sums, 3 * L);
        double s = 0;
        double c = LaneSums.sum(c0.add(c1).add(c2.add(c3)));
        for (double v : sums) {
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        for (; i < n; i++) {
            double v = x[o + i];
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + c;
    }

    // ---- sums of deviations ----

    static void deviationSums(int n, double[] x, int xOff, int incX, double shift, double[] sums) {
        if (n < MIN_VECTOR_LENGTH || !contiguous(incX, incX)) {
            SCALAR.deviationSums(n, x, xOff, incX, shift, sums);
            return;
        }
        deviationSumsUnit(n, x, low(n, xOff, incX), shift, sums);
    }

    /**
     * Four lane vectors of {@code sum d} and four of {@code sum d^2} (FMA), d = x - shift: three
     * operations per vector, so the loop runs at the speed of the cache it reads from.
     */
    private static void deviationSumsUnit(int n, double[] x, int o, double shift, double[] sums) {
        DoubleVector c = DoubleVector.broadcast(D, shift);
        DoubleVector a0 = DoubleVector.zero(D);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        DoubleVector q0 = a0;
        DoubleVector q1 = a0;
        DoubleVector q2 = a0;
        DoubleVector q3 = a0;
        int i = 0;
        for (; i <= n - STEP; i += STEP) {
            DoubleVector d0 = DoubleVector.fromArray(D, x, o + i).sub(c);
            DoubleVector d1 = DoubleVector.fromArray(D, x, o + i + L).sub(c);
            DoubleVector d2 = DoubleVector.fromArray(D, x, o + i + 2 * L).sub(c);
            DoubleVector d3 = DoubleVector.fromArray(D, x, o + i + 3 * L).sub(c);
            a0 = a0.add(d0);
            a1 = a1.add(d1);
            a2 = a2.add(d2);
            a3 = a3.add(d3);
            q0 = d0.fma(d0, q0);
            q1 = d1.fma(d1, q1);
            q2 = d2.fma(d2, q2);
            q3 = d3.fma(d3, q3);
        }
        for (; i <= n - L; i += L) {
            DoubleVector d0 = DoubleVector.fromArray(D, x, o + i).sub(c);
            a0 = a0.add(d0);
            q0 = d0.fma(d0, q0);
        }
        double s1 = LaneSums.sum(a0.add(a1).add(a2.add(a3)));
        double s2 = LaneSums.sum(q0.add(q1).add(q2.add(q3)));
        for (; i < n; i++) {
            double d = x[o + i] - shift;
            s1 += d;
            s2 = Math.fma(d, d, s2);
        }
        sums[0] = s1;
        sums[1] = s2;
    }
}

package jnum.mat.kernel.vector;

import static jnum.mat.kernel.vector.Vector12Species.D;
import static jnum.mat.kernel.vector.Vector12Species.L;

import jdk.incubator.vector.DoubleVector;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.scalar.ScalarKernels;
import jnum.mat.kernel.spi.KernelProvider;

/**
 * Level-2 routines of the vector provider.
 *
 * <ul>
 *   <li>{@code gemv}, no transpose: column axpys four columns at a time, so that each load and
 *       store of a slice of y serves four columns of A. Every y element receives its products in
 *       the scalar provider's order, so the result has the same bits.
 *   <li>{@code gemv}, transpose: eight dot products at once, sharing each load of x.
 *   <li>{@code ger}: one vector axpy per column (the same bits as the scalar provider).
 *   <li>{@code symv}: four stored columns at a time in one fused pass: the four axpys into y and
 *       the four dot products with x read each element of A once and share every load and store
 *       of y and load of x (the level-2 half of the tridiagonal reduction).
 *   <li>{@code trmv}, {@code trsv}: blocked by {@value #NB} columns. The off-diagonal blocks go
 *       through the gemv kernels above, the small diagonal triangles through the scalar provider,
 *       so for large n almost all the work is vectorized.
 * </ul>
 *
 * <p>Vectors with an increment other than 1 are gathered into a contiguous scratch array (O(n)
 * work and memory against O(mn) work) where a kernel needs unit stride.
 */
final class VectorLevel2 {
    private static final KernelProvider SCALAR = new ScalarKernels();

    /** Block order of trmv and trsv: the diagonal blocks run scalar, the rest as gemv. */
    static final int NB = 64;

    private VectorLevel2() {}

    // ---- gemv ----------------------------------------------------------------------------------

    static void gemv(
            Transpose trans,
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX,
            double beta,
            double[] y,
            int yOff,
            int incY) {
        boolean noTrans = trans == Transpose.NO;
        int lenX = noTrans ? n : m;
        int lenY = noTrans ? m : n;
        scaleOrZero(lenY, beta, y, yOff, incY);
        if (alpha == 0 || lenX == 0) { // the product is absent: y = beta y whatever alpha is
            return;
        }
        if (noTrans) {
            if (incY == 1) {
                gemvN(m, n, alpha, a, aOff, lda, x, xOff, incX, y, yOff);
            } else {
                double[] t = gather(lenY, y, yOff, incY);
                gemvN(m, n, alpha, a, aOff, lda, x, xOff, incX, t, 0);
                scatter(lenY, t, y, yOff, incY);
            }
        } else {
            if (incX == 1) {
                gemvT(m, n, alpha, a, aOff, lda, x, xOff, y, yOff, incY);
            } else {
                gemvT(m, n, alpha, a, aOff, lda, gather(lenX, x, xOff, incX), 0, y, yOff, incY);
            }
        }
    }

    /** {@code y = beta * y}, writing zeros without reading y when beta is 0 (as BLAS). */
    // the scalar provider has its own loop; this one scales with the vector scal
    private static void scaleOrZero(int n, double beta, double[] y, int yOff, int incY) {
        if (beta == 1) {
            return;
        }
        if (beta == 0) {
            for (int i = 0, iy = yOff; i < n; i++, iy += incY) {
                y[iy] = 0.0;
            }
        } else {
            VectorLevel1.scal(n, beta, y, yOff, incY);
        }
    }

    /**
     * {@code y[yo .. yo + m) += alpha A x}, A m x n at {@code aOff} with leading dimension lda, x
     * strided, y contiguous. Per element of y: {@code y = fma(alpha * x[j], a(i, j), y)} for
     * {@code j = 0, 1, ...}, the scalar provider's order.
     */
    static void gemvN(
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX,
            double[] y,
            int yo) {
        int j = 0;
        for (; j <= n - 4; j += 4) {
            double t0 = alpha * x[xOff + j * incX];
            double t1 = alpha * x[xOff + (j + 1) * incX];
            double t2 = alpha * x[xOff + (j + 2) * incX];
            double t3 = alpha * x[xOff + (j + 3) * incX];
            int c0 = aOff + j * lda;
            int c1 = c0 + lda;
            int c2 = c1 + lda;
            int c3 = c2 + lda;
            UnitStride.madd4(m, a, c0, t0, c1, t1, c2, t2, c3, t3, y, yo);
        }
        for (; j < n; j++) {
            UnitStride.axpy(m, alpha * x[xOff + j * incX], a, aOff + j * lda, y, yo);
        }
    }

    /**
     * {@code y += alpha A^T x}, A m x n, x contiguous at {@code xo}, y strided: eight columns' dot
     * products at once, each with its own accumulator, sharing every load of x (nine loads per eight
     * FMAs); the last {@code n mod 8} columns one at a time.
     */
    static void gemvT(
            int m,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xo,
            double[] y,
            int yOff,
            int incY) {
        int j = 0;
        for (; j <= n - 8; j += 8) {
            int c0 = aOff + j * lda;
            int c1 = c0 + lda;
            int c2 = c1 + lda;
            int c3 = c2 + lda;
            int c4 = c3 + lda;
            int c5 = c4 + lda;
            int c6 = c5 + lda;
            int c7 = c6 + lda;
            DoubleVector s0 = DoubleVector.zero(D);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            DoubleVector s4 = s0;
            DoubleVector s5 = s0;
            DoubleVector s6 = s0;
            DoubleVector s7 = s0;
            int i = 0;
            for (; i <= m - L; i += L) {
                DoubleVector xv = DoubleVector.fromArray(D, x, xo + i);
                s0 = DoubleVector.fromArray(D, a, c0 + i).fma(xv, s0);
                s1 = DoubleVector.fromArray(D, a, c1 + i).fma(xv, s1);
                s2 = DoubleVector.fromArray(D, a, c2 + i).fma(xv, s2);
                s3 = DoubleVector.fromArray(D, a, c3 + i).fma(xv, s3);
                s4 = DoubleVector.fromArray(D, a, c4 + i).fma(xv, s4);
                s5 = DoubleVector.fromArray(D, a, c5 + i).fma(xv, s5);
                s6 = DoubleVector.fromArray(D, a, c6 + i).fma(xv, s6);
                s7 = DoubleVector.fromArray(D, a, c7 + i).fma(xv, s7);
            }
            double[] d = {
                LaneSums.sum(s0), LaneSums.sum(s1),
                LaneSums.sum(s2), LaneSums.sum(s3),
                LaneSums.sum(s4), LaneSums.sum(s5),
                LaneSums.sum(s6), LaneSums.sum(s7)
            };
            for (int c = 0; c < 8; c++) {
                int col = c0 + c * lda;
                double t = d[c];
                for (int r = i; r < m; r++) {
                    t = Math.fma(a[col + r], x[xo + r], t);
                }
                y[yOff + (j + c) * incY] += alpha * t;
            }
        }
        for (; j < n; j++) {
            y[yOff + j * incY] += alpha * VectorLevel1.dot(m, a, aOff + j * lda, 1, x, xo, 1);
        }
    }

    // ---- ger -----------------------------------------------------------------------------------

    static void ger(
            int m,
            int n,
            double alpha,
            double[] x,
            int xOff,
            int incX,
            double[] y,
            int yOff,
            int incY,
            double[] a,
            int aOff,
            int lda) {
        if (alpha == 0) {
            return;
        }
        double[] xc = x;
        int xo = xOff;
        if (incX != 1) {
            xc = gather(m, x, xOff, incX);
            xo = 0;
        }
        for (int j = 0; j < n; j++) {
            UnitStride.axpy(m, alpha * y[yOff + j * incY], xc, xo, a, aOff + j * lda);
        }
    }

    // ---- symv ----------------------------------------------------------------------------------

    static void symv(
            Uplo uplo,
            int n,
            double alpha,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX,
            double beta,
            double[] y,
            int yOff,
            int incY) {
        scaleOrZero(n, beta, y, yOff, incY);
        if (alpha == 0) {
            return;
        }
        double[] xc = incX == 1 ? x : gather(n, x, xOff, incX);
        int xo = incX == 1 ? xOff : 0;
        double[] yc = incY == 1 ? y : gather(n, y, yOff, incY);
        int yo = incY == 1 ? yOff : 0;
        boolean upper = uplo == Uplo.UPPER;
        int j = 0;
        double[] sums = new double[4];
        for (; j <= n - 4; j += 4) {
            symvBlock4(upper, n, j, alpha, a, aOff + j * lda, lda, xc, xo, yc, yo, sums);
        }
        for (; j < n; j++) {
            int col = aOff + j * lda;
            int lo = upper ? 0 : j + 1;
            int hi = upper ? j : n;
            double t1 = alpha * xc[xo + j];
            double t2 = axpyDot(hi - lo, t1, a, col + lo, xc, xo + lo, yc, yo + lo);
            yc[yo + j] += t1 * a[col + j] + alpha * t2;
        }
        if (incY != 1) {
            scatter(n, yc, y, yOff, incY);
        }
    }

    /**
     * Columns {@code j .. j + 3} of symv at once (A's column j at {@code col}, x and y
     * contiguous): the stored rows outside the 4 x 4 diagonal block (below it for LOWER, above it
     * for UPPER) in one pass that loads each slice of y and x once for the four columns' axpys and
     * dot products, then the diagonal block's ten stored elements; s is scratch for four sums.
     */
    private static void symvBlock4(
            boolean upper,
            int n,
            int j,
            double alpha,
            double[] a,
            int col,
            int lda,
            double[] x,
            int xo,
            double[] y,
            int yo,
            double[] s) {
        int c0 = col + j;
        int c1 = c0 + lda;
        int c2 = c1 + lda;
        int c3 = c2 + lda;
        double x0 = x[xo + j];
        double x1 = x[xo + j + 1];
        double x2 = x[xo + j + 2];
        double x3 = x[xo + j + 3];
        double t0 = alpha * x0;
        double t1 = alpha * x1;
        double t2 = alpha * x2;
        double t3 = alpha * x3;
        int lo = upper ? 0 : j + 4;
        int hi = upper ? j : n;
        axpyDot4(lo - j, hi - j, t0, t1, t2, t3, a, c0, c1, c2, c3, x, xo + j, y, yo + j, s);
        // the diagonal block, its off-diagonal elements a(p, q) = a(q, p) read from the stored
        // triangle: a(1, 0) is at c0 + 1 (LOWER) or c1 (UPPER), and so on
        double a10 = upper ? a[c1] : a[c0 + 1];
        double a20 = upper ? a[c2] : a[c0 + 2];
        double a30 = upper ? a[c3] : a[c0 + 3];
        double a21 = upper ? a[c2 + 1] : a[c1 + 2];
        double a31 = upper ? a[c3 + 1] : a[c1 + 3];
        double a32 = upper ? a[c3 + 2] : a[c2 + 3];
        double s0 = s[0] + a10 * x1 + a20 * x2 + a30 * x3;
        double s1 = s[1] + a10 * x0 + a21 * x2 + a31 * x3;
        double s2 = s[2] + a20 * x0 + a21 * x1 + a32 * x3;
        double s3 = s[3] + a30 * x0 + a31 * x1 + a32 * x2;
        y[yo + j] += t0 * a[c0] + alpha * s0;
        y[yo + j + 1] += t1 * a[c1 + 1] + alpha * s1;
        y[yo + j + 2] += t2 * a[c2 + 2] + alpha * s2;
        y[yo + j + 3] += t3 * a[c3 + 3] + alpha * s3;
    }

    /**
     * Rows {@code lo <= i < hi} of four columns (offsets c0..c3 of their row 0) in one pass:
     * {@code y += t0 a_0 + t1 a_1 + t2 a_2 + t3 a_3} and {@code s[q] = a_q . x}; x and y
     * contiguous. Each vector of x and y is loaded once for the eight FMAs it takes part in.
     */
    private static void axpyDot4(
            int lo,
            int hi,
            double t0,
            double t1,
            double t2,
            double t3,
            double[] a,
            int c0,
            int c1,
            int c2,
            int c3,
            double[] x,
            int xo,
            double[] y,
            int yo,
            double[] s) {
        DoubleVector v0 = DoubleVector.broadcast(D, t0);
        DoubleVector v1 = DoubleVector.broadcast(D, t1);
        DoubleVector v2 = DoubleVector.broadcast(D, t2);
        DoubleVector v3 = DoubleVector.broadcast(D, t3);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector r0 = s0;
        DoubleVector r1 = s0;
        DoubleVector r2 = s0;
        DoubleVector r3 = s0;
        int i = lo;
        for (; i <= hi - 2 * L; i += 2 * L) {
            DoubleVector xv = DoubleVector.fromArray(D, x, xo + i);
            DoubleVector xw = DoubleVector.fromArray(D, x, xo + i + L);
            DoubleVector a0 = DoubleVector.fromArray(D, a, c0 + i);
            DoubleVector a1 = DoubleVector.fromArray(D, a, c1 + i);
            DoubleVector a2 = DoubleVector.fromArray(D, a, c2 + i);
            DoubleVector a3 = DoubleVector.fromArray(D, a, c3 + i);
            DoubleVector yv = DoubleVector.fromArray(D, y, yo + i);
            yv = a0.fma(v0, yv);
            s0 = a0.fma(xv, s0);
            yv = a1.fma(v1, yv);
            s1 = a1.fma(xv, s1);
            yv = a2.fma(v2, yv);
            s2 = a2.fma(xv, s2);
            yv = a3.fma(v3, yv);
            s3 = a3.fma(xv, s3);
            yv.intoArray(y, yo + i);
            DoubleVector b0 = DoubleVector.fromArray(D, a, c0 + i + L);
            DoubleVector b1 = DoubleVector.fromArray(D, a, c1 + i + L);
            DoubleVector b2 = DoubleVector.fromArray(D, a, c2 + i + L);
            DoubleVector b3 = DoubleVector.fromArray(D, a, c3 + i + L);
            DoubleVector yw = DoubleVector.fromArray(D, y, yo + i + L);
            yw = b0.fma(v0, yw);
            r0 = b0.fma(xw, r0);
            yw = b1.fma(v1, yw);
            r1 = b1.fma(xw, r1);
            yw = b2.fma(v2, yw);
            r2 = b2.fma(xw, r2);
            yw = b3.fma(v3, yw);
            r3 = b3.fma(xw, r3);
            yw.intoArray(y, yo + i + L);
        }
        double d0 = LaneSums.sum(s0.add(r0));
        double d1 = LaneSums.sum(s1.add(r1));
        double d2 = LaneSums.sum(s2.add(r2));
        double d3 = LaneSums.sum(s3.add(r3));
        for (; i < hi; i++) {
            double xi = x[xo + i];
            double e0 = a[c0 + i];
            double e1 = a[c1 + i];
            double e2 = a[c2 + i];
            double e3 = a[c3 + i];
            y[yo + i] = Math.fma(t3, e3, Math.fma(t2, e2, Math.fma(t1, e1, Math.fma(t0, e0, y[yo + i]))));
            d0 = Math.fma(e0, xi, d0);
            d1 = Math.fma(e1, xi, d1);
            d2 = Math.fma(e2, xi, d2);
            d3 = Math.fma(e3, xi, d3);
        }
        s[0] = d0;
        s[1] = d1;
        s[2] = d2;
        s[3] = d3;
    }

    /**
     * One pass over a column slice {@code c} of length k: {@code y += t * c} and returns
     * {@code c . x}. x and y contiguous.
     */
    private static double axpyDot(int k, double t, double[] a, int ao, double[] x, int xo, double[] y, int yo) {
        DoubleVector vt = DoubleVector.broadcast(D, t);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        int i = 0;
        for (; i <= k - 2 * L; i += 2 * L) {
            DoubleVector c0 = DoubleVector.fromArray(D, a, ao + i);
            DoubleVector c1 = DoubleVector.fromArray(D, a, ao + i + L);
            c0.fma(vt, DoubleVector.fromArray(D, y, yo + i)).intoArray(y, yo + i);
            c1.fma(vt, DoubleVector.fromArray(D, y, yo + i + L)).intoArray(y, yo + i + L);
            s0 = c0.fma(DoubleVector.fromArray(D, x, xo + i), s0);
            s1 = c1.fma(DoubleVector.fromArray(D, x, xo + i + L), s1);
        }
        double s = LaneSums.sum(s0.add(s1));
        for (; i < k; i++) {
            double c = a[ao + i];
            y[yo + i] = Math.fma(t, c, y[yo + i]);
            s = Math.fma(c, x[xo + i], s);
        }
        return s;
    }

    // ---- trmv, trsv ----------------------------------------------------------------------------

    static void trmv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        if (n <= NB) {
            SCALAR.trmv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
            return;
        }
        double[] v = incX == 1 ? x : gather(n, x, xOff, incX);
        int o = incX == 1 ? xOff : 0;
        boolean upper = uplo == Uplo.UPPER;
        boolean noTrans = trans == Transpose.NO;
        int blocks = Math.ceilDiv(n, NB);
        // Visit the blocks in the order that leaves the x entries a block still needs unchanged:
        // x = U x and x = L^T x run top-down, x = L x and x = U^T x bottom-up.
        boolean topDown = upper == noTrans;
        for (int b = 0; b < blocks; b++) {
            int j0 = (topDown ? b : blocks - 1 - b) * NB;
            int nb = Math.min(NB, n - j0);
            int j1 = j0 + nb;
            int diagBlock = aOff + j0 + j0 * lda;
            if (noTrans) {
                // the rows outside the block gain A(rows, J) x[J]; then x[J] = A(J, J) x[J]
                if (upper) {
                    gemvN(j0, nb, 1.0, a, aOff + j0 * lda, lda, v, o + j0, 1, v, o);
                } else {
                    gemvN(n - j1, nb, 1.0, a, diagBlock + nb, lda, v, o + j0, 1, v, o + j1);
                }
                SCALAR.trmv(uplo, trans, diag, nb, a, diagBlock, lda, v, o + j0, 1);
            } else {
                // x[J] = A(J, J)^T x[J] + A(rows, J)^T x[rows]
                SCALAR.trmv(uplo, trans, diag, nb, a, diagBlock, lda, v, o + j0, 1);
                if (upper) {
                    gemvT(j0, nb, 1.0, a, aOff + j0 * lda, lda, v, o, v, o + j0, 1);
                } else {
                    gemvT(n - j1, nb, 1.0, a, diagBlock + nb, lda, v, o + j1, v, o + j0, 1);
                }
            }
        }
        if (incX != 1) {
            scatter(n, v, x, xOff, incX);
        }
    }

    static void trsv(
            Uplo uplo,
            Transpose trans,
            Diag diag,
            int n,
            double[] a,
            int aOff,
            int lda,
            double[] x,
            int xOff,
            int incX) {
        if (n <= NB) {
            SCALAR.trsv(uplo, trans, diag, n, a, aOff, lda, x, xOff, incX);
            return;
        }
        double[] v = incX == 1 ? x : gather(n, x, xOff, incX);
        int o = incX == 1 ? xOff : 0;
        boolean upper = uplo == Uplo.UPPER;
        boolean noTrans = trans == Transpose.NO;
        int blocks = Math.ceilDiv(n, NB);
        // Substitution runs from the end where op(A) has its single-entry row:
        // L x = b and U^T x = b top-down, U x = b and L^T x = b bottom-up.
        boolean topDown = upper != noTrans;
        for (int b = 0; b < blocks; b++) {
            int j0 = (topDown ? b : blocks - 1 - b) * NB;
            int nb = Math.min(NB, n - j0);
            int j1 = j0 + nb;
            int diagBlock = aOff + j0 + j0 * lda;
            if (noTrans) {
                // solve the diagonal block, then remove x[J] from the rows still to solve
                SCALAR.trsv(uplo, trans, diag, nb, a, diagBlock, lda, v, o + j0, 1);
                if (upper) {
                    gemvN(j0, nb, -1.0, a, aOff + j0 * lda, lda, v, o + j0, 1, v, o);
                } else {
                    gemvN(n - j1, nb, -1.0, a, diagBlock + nb, lda, v, o + j0, 1, v, o + j1);
                }
            } else {
                // remove the solved entries from x[J], then solve the diagonal block
                if (upper) {
                    gemvT(j0, nb, -1.0, a, aOff + j0 * lda, lda, v, o, v, o + j0, 1);
                } else {
                    gemvT(n - j1, nb, -1.0, a, diagBlock + nb, lda, v, o + j1, v, o + j0, 1);
                }
                SCALAR.trsv(uplo, trans, diag, nb, a, diagBlock, lda, v, o + j0, 1);
            }
        }
        if (incX != 1) {
            scatter(n, v, x, xOff, incX);
        }
    }

    // ---- strided vectors -----------------------------------------------------------------------

    /** A contiguous copy of the n-vector at {@code (off, inc)}. */
    private static double[] gather(int n, double[] x, int off, int inc) {
        double[] t = new double[n];
        for (int i = 0, ix = off; i < n; i++, ix += inc) {
            t[i] = x[ix];
        }
        return t;
    }

    /** Writes the contiguous t back to the n-vector at {@code (off, inc)}. */
    private static void scatter(int n, double[] t, double[] x, int off, int inc) {
        for (int i = 0, ix = off; i < n; i++, ix += inc) {
            x[ix] = t[i];
        }
    }
}

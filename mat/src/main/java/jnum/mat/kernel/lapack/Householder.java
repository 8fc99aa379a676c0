package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;

/**
 * Elementary reflectors {@code H = I - tau v v^T} with {@code v[0] = 1}: generation (LAPACK's
 * dlarfg) and application to a matrix from the left (dlarf).
 */
final class Householder {
    /**
     * Below this magnitude a reflector's beta is rescaled before tau and v are formed: the
     * smallest normal number divided by the unit roundoff, so that {@code 1 / (alpha - beta)}
     * cannot overflow (dlarfg's {@code safmin / eps}).
     */
    static final double RESCALE_BELOW = Double.MIN_NORMAL / 0x1p-53;

    /**
     * Elements of C up to which a reflector is applied by plain loops (one pass per column from
     * the left) rather than a GEMV and a rank-one update: below it the kernels' dispatch and
     * vector tails cost more than the flops.
     */
    static final int SMALL_ELEMENTS = 1024;

    /** {@link #norm} sums the squares unscaled when the largest magnitude lies in this range. */
    private static final double SAFE_LOW = 0x1p-500;

    private static final double SAFE_HIGH = 0x1p500;

    /**
     * Length of x up to which {@link #generate} takes the norm and scales x in plain loops even
     * with a Blas: for the short reflectors of small reductions the kernels' checks and dispatch
     * cost more than the few flops.
     */
    static final int SMALL_LENGTH = 16;

    private Householder() {}

    /**
     * Generates a reflector H of order n with {@code H^T (alpha, x) = (beta, 0)}. On entry
     * {@code a[alphaAt]} holds alpha and the n - 1 elements {@code a[xOff + i * incX]} hold x; on
     * return {@code a[alphaAt]} holds beta and x holds v[1..n-1] ({@code v[0] = 1} is implicit),
     * and {@code tau[tauAt]} holds tau.
     *
     * <p>tau is 0 (H = I) when x is zero, else {@code 1 <= tau <= 2}; beta has the opposite sign
     * of alpha, so {@code alpha - beta} never cancels. When {@code |beta|} is below
     * {@link #RESCALE_BELOW} the vector is scaled up (at most 20 times by {@code 1 /
     * RESCALE_BELOW}) so that neither {@code v} overflows nor accuracy is lost to underflow; beta
     * is scaled back at the end. NaN in the input gives NaN in beta, tau and v. A null blas
     * computes the norm and the scalings in plain loops.
     */
    static void generate(Blas blas, int n, double[] a, int alphaAt, int xOff, int incX, double[] tau, int tauAt) {
        if (n <= 1) {
            tau[tauAt] = 0;
            return;
        }
        if ((blas == null || n - 1 <= SMALL_LENGTH) && generateInRange(n, a, alphaAt, xOff, incX, tau, tauAt)) {
            return;
        }
        double xnorm = norm(blas, n - 1, a, xOff, incX);
        if (xnorm == 0) {
            tau[tauAt] = 0;
            return;
        }
        double alpha = a[alphaAt];
        double beta = -Math.copySign(PlaneRotations.hypot(alpha, xnorm), alpha);
        int rescaled = 0;
        if (Math.abs(beta) < RESCALE_BELOW) {
            double up = 1 / RESCALE_BELOW;
            do {
                rescaled++;
                scale(blas, n - 1, up, a, xOff, incX);
                beta *= up;
                alpha *= up;
            } while (Math.abs(beta) < RESCALE_BELOW && rescaled < 20);
            xnorm = norm(blas, n - 1, a, xOff, incX);
            beta = -Math.copySign(PlaneRotations.hypot(alpha, xnorm), alpha);
        }
        tau[tauAt] = (beta - alpha) / beta;
        scale(blas, n - 1, 1 / (alpha - beta), a, xOff, incX);
        for (int k = 0; k < rescaled; k++) {
            beta *= RESCALE_BELOW;
        }
        a[alphaAt] = beta;
    }

    /**
     * {@link #generate} with one square root, {@code |beta| = sqrt(alpha^2 + ||x||^2)}, for x
     * nonzero and every magnitude in {@code (2^-500, 2^500)}, where no square overflows, the
     * underflowed squares of tiny elements are far below an ulp of the sum, and beta is far above
     * {@link #RESCALE_BELOW}; returns false, changing nothing, otherwise. dlarfg's nested norms
     * round twice where this rounds once.
     */
    private static boolean generateInRange(
            int n, double[] a, int alphaAt, int xOff, int incX, double[] tau, int tauAt) {
        double alpha = a[alphaAt];
        double max = Math.abs(alpha);
        double big = 0;
        double sum = 0;
        for (int i = 0, k = xOff; i < n - 1; i++, k += incX) {
            double xi = a[k];
            big = Math.max(big, Math.abs(xi));
            sum += xi * xi;
        }
        if (!(big > SAFE_LOW && Math.max(big, max) < SAFE_HIGH)) {
            return false;
        }
        double beta = -Math.copySign(Math.sqrt(alpha * alpha + sum), alpha);
        tau[tauAt] = (beta - alpha) / beta;
        double f = 1 / (alpha - beta);
        for (int i = 0, k = xOff; i < n - 1; i++, k += incX) {
            a[k] *= f;
        }
        a[alphaAt] = beta;
        return true;
    }

    /** The kernel's nrm2, or the plain loops' norm when blas is null or x short. */
    private static double norm(Blas blas, int count, double[] x, int off, int inc) {
        return blas == null || count <= SMALL_LENGTH ? norm(x, off, inc, count) : blas.nrm2(count, x, off, inc);
    }

    /** The kernel's scal, or a plain loop when blas is null or x short. */
    static void scale(Blas blas, int count, double f, double[] x, int off, int inc) {
        if (blas != null && count > SMALL_LENGTH) {
            blas.scal(count, f, x, off, inc);
            return;
        }
        for (int i = 0, k = off; i < count; i++, k += inc) {
            x[k] *= f;
        }
    }

    /**
     * The 2-norm of the count elements {@code x[off + i * inc]} in plain loops, with a power-of-two
     * scaling only when the largest lies outside {@code (2^-500, 2^500)} (where a square could
     * overflow, or the sum lose accuracy to underflow); NaN if one is NaN.
     */
    static double norm(double[] x, int off, int inc, int count) {
        double max = 0;
        double sum = 0;
        for (int i = 0, k = off; i < count; i++, k += inc) {
            double xi = x[k];
            max = Math.max(max, Math.abs(xi));
            sum += xi * xi;
        }
        if (max > SAFE_LOW && max < SAFE_HIGH || max == 0 || Double.isNaN(max)) {
            return Double.isNaN(max) ? max : Math.sqrt(sum);
        }
        int exp = Math.getExponent(max);
        double down = Math.scalb(1.0, -exp);
        double scaled = 0;
        for (int i = 0, k = off; i < count; i++, k += inc) {
            double xi = x[k] * down;
            scaled += xi * xi;
        }
        return Math.scalb(Math.sqrt(scaled), exp);
    }

    /**
     * {@code C = H C} where {@code H = I - tau v v^T} has order m and C is m x n; v is the
     * m-vector at {@code (v, vOff, incV)} with its first element taken as stored (callers set it
     * to 1). {@code work} holds at least n elements. A null blas applies it in plain loops.
     */
    static void applyLeft(
            Blas blas,
            int m,
            int n,
            double[] v,
            int vOff,
            int incV,
            double tau,
            double[] c,
            int cOff,
            int ldc,
            double[] work) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        if (blas != null && (long) m * n > SMALL_ELEMENTS) {
            blas.gemv(Transpose.YES, m, n, 1, c, cOff, ldc, v, vOff, incV, 0, work, 0, 1);
            blas.ger(m, n, -tau, v, vOff, incV, work, 0, 1, c, cOff, ldc);
            return;
        }
        applyLeftInLoops(m, n, v, vOff, incV, tau, c, cOff, ldc);
    }

    /**
     * {@link #applyLeft} by plain loops, for a small C: each column in one pass, {@code w_j = v^T
     * c_j}, then {@code c_j -= tau w_j v}.
     */
    static void applyLeftInLoops(
            int m, int n, double[] v, int vOff, int incV, double tau, double[] c, int cOff, int ldc) {
        for (int j = 0; j < n; j++) {
            int col = cOff + j * ldc;
            double w = 0;
            for (int i = 0, iv = vOff; i < m; i++, iv += incV) {
                w += c[col + i] * v[iv];
            }
            w *= -tau;
            if (w != 0) {
                for (int i = 0, iv = vOff; i < m; i++, iv += incV) {
                    c[col + i] += w * v[iv];
                }
            }
        }
    }

    /**
     * {@code C = C H} where {@code H = I - tau v v^T} has order n and C is m x n; v is the n-vector
     * at {@code (v, vOff, incV)} with its first element taken as stored (callers set it to 1).
     * {@code work} holds at least m elements. A null blas applies it in plain loops.
     */
    static void applyRight(
            Blas blas,
            int m,
            int n,
            double[] v,
            int vOff,
            int incV,
            double tau,
            double[] c,
            int cOff,
            int ldc,
            double[] work) {
        if (tau == 0 || m == 0 || n == 0) {
            return;
        }
        if (blas != null && (long) m * n > SMALL_ELEMENTS) {
            blas.gemv(Transpose.NO, m, n, 1, c, cOff, ldc, v, vOff, incV, 0, work, 0, 1);
            blas.ger(m, n, -tau, work, 0, 1, v, vOff, incV, c, cOff, ldc);
            return;
        }
        applyRightInLoops(m, n, v, vOff, incV, tau, c, cOff, ldc, work);
    }

    /**
     * {@link #applyRight} by plain loops, for a small C: {@code w = C v} by column axpys into work
     * (m elements), then {@code c_j -= tau v_j w}.
     */
    private static void applyRightInLoops(
            int m, int n, double[] v, int vOff, int incV, double tau, double[] c, int cOff, int ldc, double[] work) {
        double v0 = v[vOff];
        for (int i = 0; i < m; i++) {
            work[i] = c[cOff + i] * v0;
        }
        for (int j = 1, jv = vOff + incV; j < n; j++, jv += incV) {
            double vj = v[jv];
            if (vj != 0) {
                int col = cOff + j * ldc;
                for (int i = 0; i < m; i++) {
                    work[i] += c[col + i] * vj;
                }
            }
        }
        for (int j = 0, jv = vOff; j < n; j++, jv += incV) {
            double f = -tau * v[jv];
            if (f != 0) {
                int col = cOff + j * ldc;
                for (int i = 0; i < m; i++) {
                    c[col + i] += f * work[i];
                }
            }
        }
    }
}

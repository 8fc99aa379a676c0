package jnum.mat.kernel.lapack;

import java.util.Arrays;

/**
 * dsyev for small orders in plain loops: the unblocked Householder tridiagonalization of the lower
 * triangle (dsytd2) and the backward accumulation of its orthogonal factor (dorg2r's order) written
 * out over contiguous columns, without kernel calls, object creation or the shifted copy of the
 * reflectors that dorgtr makes. The tridiagonal problem then goes to the same QL/QR iterations as
 * at larger orders ({@link TridiagonalQl}, {@link RootFreeQl}), whose small-order rotations are
 * plain loops too.
 *
 * <p>At small orders the blocked path's cost is its call overhead rather than its flops: a kernel
 * call per reflector and per update, each on vectors of a few elements. The arithmetic here is the
 * one of dsytd2 and dorg2r, so the result is backward stable in the same way: {@code ||A V - V
 * Lambda|| = O(n eps ||A||)} and {@code ||V^T V - I|| = O(n eps)}.
 *
 * <p>The caller ({@link SymmetricEigenDriver}) has scaled A so that its largest element lies in
 * {@code [2^-485, 2^485]} (about 1e-146 to 1e146), so that a reflector's column norm can neither
 * overflow nor underflow to a loss of accuracy that matters; a column whose norm is below
 * {@link Householder#RESCALE_BELOW} is taken as already reduced (the elements dropped are below
 * {@code eps^2} times the smallest such A's norm, far under the backward error).
 */
final class SmallSymmetricEigen {
    /**
     * The largest order solved here: that up to which dsytrd reduces unblocked anyway; above it
     * the blocked reduction's GEMMs repay their calls.
     */
    static final int MAX_ORDER = TridiagonalReduction.CROSSOVER;

    private SmallSymmetricEigen() {}

    /**
     * Reduces the lower triangle of the n x n matrix A to tridiagonal form {@code Q^T A Q = T}:
     * the diagonal of T into d (n), its off-diagonal into e (n - 1), and the reflectors' scalars
     * into tau (n - 2); the tails of the reflectors stay below the subdiagonal of A (dsytd2's
     * storage) with the subdiagonal element itself set to 1, so that {@link #formQ} reads each
     * reflector as one contiguous vector. p (n) is scratch.
     */
    static void tridiagonalize(
            int n, double[] a, int aOff, int lda, double[] d, int dOff, double[] e, double[] tau, double[] p) {
        for (int k = 0; k < n - 2; k++) {
            int m = n - k - 1; // order of the trailing block, length of the reflector
            int v = aOff + k + 1 + k * lda; // A(k + 1, k): the reflector's first element
            d[dOff + k] = a[v - 1];
            double alpha = a[v];
            double xnorm = Householder.norm(a, v + 1, 1, m - 1);
            double beta = -Math.copySign(PlaneRotations.hypot(alpha, xnorm), alpha);
            if (xnorm == 0 || Math.abs(beta) < Householder.RESCALE_BELOW) {
                tau[k] = 0;
                e[k] = alpha;
                a[v] = 1;
                continue;
            }
            double t = (beta - alpha) / beta;
            double scale = 1 / (alpha - beta);
            for (int i = v + 1, end = v + m; i < end; i++) {
                a[i] *= scale;
            }
            tau[k] = t;
            e[k] = beta;
            a[v] = 1;
            updateTrailing(m, a, v, v + lda, lda, t, p);
        }
        if (n >= 2) {
            int last = aOff + (n - 2) + (n - 2) * lda;
            d[dOff + n - 2] = a[last];
            e[n - 2] = a[last + 1];
        }
        d[dOff + n - 1] = a[aOff + (n - 1) + (n - 1) * lda];
    }

    /**
     * {@code A22 = H A22 H} for {@code H = I - tau v v^T} on the lower triangle of the m x m block
     * at t: {@code p = tau A22 v}, {@code w = p - (tau / 2)(p^T v) v}, {@code A22 -= v w^T + w
     * v^T} (dsytd2's symv, axpy and syr2), each column of the triangle read in one pass.
     */
    private static void updateTrailing(int m, double[] a, int v, int t, int lda, double tau, double[] p) {
        Arrays.fill(p, 0, m, 0);
        for (int j = 0; j < m; j++) {
            int col = t + j * lda;
            double vj = a[v + j];
            double sum = a[col + j] * vj;
            for (int i = j + 1; i < m; i++) {
                double aij = a[col + i];
                p[i] += aij * vj;
                sum += aij * a[v + i];
            }
            p[j] += sum;
        }
        double pv = 0;
        for (int i = 0; i < m; i++) {
            p[i] *= tau;
            pv += p[i] * a[v + i];
        }
        double alpha = -0.5 * tau * pv;
        for (int i = 0; i < m; i++) {
            p[i] += alpha * a[v + i];
        }
        for (int j = 0; j < m; j++) {
            int col = t + j * lda;
            double vj = a[v + j];
            double wj = p[j];
            for (int i = j; i < m; i++) {
                a[col + i] -= a[v + i] * wj + p[i] * vj;
            }
        }
    }

    /**
     * The orthogonal factor {@code Q = H_0 H_1 ... H_{n-3}} of {@link #tridiagonalize} into the n x
     * n matrix Z (leading dimension n), the reflectors applied from the last to the first so that
     * each touches only the trailing block where Z is not yet the identity.
     */
    static void formQ(int n, double[] a, int aOff, int lda, double[] tau, double[] z) {
        Arrays.fill(z, 0, n * n, 0);
        for (int i = 0; i < n; i++) {
            z[i + i * n] = 1;
        }
        for (int k = n - 3; k >= 0; k--) {
            double t = tau[k];
            if (t == 0) {
                continue;
            }
            int m = n - k - 1;
            Householder.applyLeftInLoops(m, m, a, aOff + k + 1 + k * lda, 1, t, z, k + 1 + (k + 1) * n, n);
        }
    }
}

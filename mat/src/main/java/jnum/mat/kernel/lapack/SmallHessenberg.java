package jnum.mat.kernel.lapack;

import java.util.Arrays;
import jnum.mat.kernel.Blas;

/**
 * Orthogonal reduction of a small matrix to upper Hessenberg form {@code Q^T A Q = H} with Q
 * formed along the way: the unblocked dgehd2 whose reflectors are also applied to an identity
 * matrix from the right ({@code Q = H_lo ... H_hi-2}, accumulated forwards as EISPACK's orthes and
 * ortran do together), in plain loops.
 *
 * <p>For the orders it is meant for ({@link #MAX_ORDER} and below) one pass per reflector over A
 * and Q costs less than {@link HessenbergReduction#gehrd} followed by
 * {@link HessenbergReduction#orghr}, whose separate passes, workspace and kernel calls outweigh
 * the few flops; the forward accumulation's extra flops (about {@code n^3 / 3} more than dorghr's)
 * do not matter there. Each reflector is dlarfg's ({@link Householder#generate}), so the
 * reduction is backward stable as dgehrd's; H differs from dgehrd's by rounding only.
 */
final class SmallHessenberg {
    /** The largest order reduced here rather than by gehrd and orghr. */
    static final int MAX_ORDER = 16;

    private SmallHessenberg() {}

    /**
     * Reduces the n x n A (rows and columns {@code ilo..ihi} active, 0-based, triangular outside
     * them as balancing leaves it) to upper Hessenberg H, zero below the first subdiagonal, and
     * writes the n x n orthogonal Q with {@code A = Q H Q^T} into z.
     */
    static void reduce(
            Blas blas, int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] z, int zOff, int ldz) {
        for (int j = 0; j < n; j++) {
            int c = zOff + j * ldz;
            Arrays.fill(z, c, c + n, 0);
            z[c + j] = 1;
        }
        double[] tau = new double[1];
        for (int i = ilo; i < ihi - 1; i++) {
            // the reflector of column i, rows i+1..ihi: v = (1, a[i+2..ihi, i])
            int col = aOff + i * lda;
            int len = ihi - i;
            Householder.generate(blas, len, a, col + i + 1, col + i + 2, 1, tau, 0);
            double t = tau[0];
            if (t == 0) {
                continue;
            }
            int v = col + i + 1; // v[k] = a[v + k] for k >= 1, v[0] = 1
            // A(0:ihi, i+1:ihi) = A H: row by row, w = A(r, :) v
            int c0 = aOff + (i + 1) * lda;
            for (int r = 0; r <= ihi; r++) {
                double w = a[c0 + r];
                for (int k = 1; k < len; k++) {
                    w += a[c0 + k * lda + r] * a[v + k];
                }
                w *= t;
                a[c0 + r] -= w;
                for (int k = 1; k < len; k++) {
                    a[c0 + k * lda + r] -= w * a[v + k];
                }
            }
            // A(i+1:ihi, i+1:n-1) = H A: column by column
            for (int j = i + 1; j < n; j++) {
                int cj = aOff + j * lda + i + 1;
                double w = a[cj];
                for (int k = 1; k < len; k++) {
                    w += a[cj + k] * a[v + k];
                }
                w *= t;
                a[cj] -= w;
                for (int k = 1; k < len; k++) {
                    a[cj + k] -= w * a[v + k];
                }
            }
            // Q = Q H: only rows ilo+1..ihi of Q's columns i+1..ihi are not yet those of the identity
            int q0 = zOff + (i + 1) * ldz;
            for (int r = ilo + 1; r <= ihi; r++) {
                double w = z[q0 + r];
                for (int k = 1; k < len; k++) {
                    w += z[q0 + k * ldz + r] * a[v + k];
                }
                w *= t;
                z[q0 + r] -= w;
                for (int k = 1; k < len; k++) {
                    z[q0 + k * ldz + r] -= w * a[v + k];
                }
            }
            Arrays.fill(a, v + 1, v + len, 0);
        }
    }
}

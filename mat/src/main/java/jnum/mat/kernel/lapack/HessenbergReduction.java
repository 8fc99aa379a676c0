package jnum.mat.kernel.lapack;

import static jnum.mat.kernel.Diag.NON_UNIT;
import static jnum.mat.kernel.Diag.UNIT;
import static jnum.mat.kernel.Transpose.NO;
import static jnum.mat.kernel.Transpose.YES;
import static jnum.mat.kernel.Uplo.LOWER;
import static jnum.mat.kernel.Uplo.UPPER;

import java.util.Arrays;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Side;

/**
 * Orthogonal reduction to upper Hessenberg form {@code Q^T A Q = H} (LAPACK's dgehrd with dlahr2
 * and dgehd2) and the forming of Q (dorghr).
 *
 * <p>Blocked as dgehrd: each panel of {@link #NB} columns is reduced by dlahr2, which also returns
 * {@code Y = A V T}, so that the trailing matrix is updated by {@code A -= Y V^T} (one GEMM) from
 * the right and by the compact WY block reflector from the left. About half of the flops remain in
 * the matrix-vector products of the panel ({@code A v} for every column), as in LAPACK. Active
 * blocks of order up to {@link #CROSSOVER} are reduced unblocked.
 *
 * <p>{@link #gehrdFormingQ} is for small orders (up to {@link #SMALL_FORMING_Q}): the unblocked
 * reduction applying each reflector also to an identity from the right, so that Q is formed
 * forwards in the same pass ({@code Q = H_lo ... H_hi-1}, as EISPACK's orthes and ortran do
 * together) rather than by orghr afterwards, whose separate passes and workspace cost more than
 * the forward accumulation's extra flops at those orders.
 *
 * <p>The code keeps LAPACK's 1-based indices: {@code a[at(r, c)]} is element (r, c) counted from 1.
 */
final class HessenbergReduction {
    /** Panel width. */
    static final int NB = 32;

    /** Active-block order up to which the reduction is unblocked (dgehrd's nx). */
    static final int CROSSOVER = 128;

    /** The largest order for which geev forms Q by {@link #gehrdFormingQ}. */
    static final int SMALL_FORMING_Q = 16;

    private final Blas blas;
    private final double[] a;
    private final int base;
    private final int lda;

    private HessenbergReduction(Blas blas, double[] a, int aOff, int lda) {
        this.blas = blas;
        this.a = a;
        this.base = aOff - 1 - lda;
        this.lda = lda;
    }

    /** Index of the 1-based element (r, c). */
    private int at(int r, int c) {
        return base + r + c * lda;
    }

    /**
     * dgehrd on the n x n matrix A, rows and columns {@code ilo..ihi} (0-based, inclusive) active:
     * H on and above the first subdiagonal, the reflectors below it, their n - 1 scalars into tau
     * (zero outside ilo..ihi-1).
     */
    static void gehrd(Blas blas, int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        new HessenbergReduction(blas, a, aOff, lda).reduce(n, ilo + 1, ihi + 1, tau, tauOff - 1);
    }

    /**
     * {@link #gehrd} unblocked, with the n x n orthogonal Q of {@code A = Q H Q^T} formed into z in
     * the same pass (see the class comment); meant for orders up to {@link #SMALL_FORMING_Q}.
     */
    static void gehrdFormingQ(
            Blas blas, int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] z, int zOff, int ldz) {
        for (int j = 0; j < n; j++) {
            int c = zOff + j * ldz;
            Arrays.fill(z, c, c + n, 0);
            z[c + j] = 1;
        }
        double[] tau = new double[Math.max(1, n - 1)];
        new HessenbergReduction(blas, a, aOff, lda).unblocked(n, ilo + 1, ihi + 1, tau, -1, z, zOff - 1 - ldz, ldz);
    }

    /** dgehrd in 1-based indices; {@code tau[tb + i]} is tau(i). */
    private void reduce(int n, int lo, int hi, double[] tau, int tb) {
        for (int i = 1; i < lo; i++) {
            tau[tb + i] = 0;
        }
        for (int i = Math.max(1, hi); i < n; i++) {
            tau[tb + i] = 0;
        }
        int nh = hi - lo + 1;
        if (nh <= 1) {
            return;
        }
        int i = lo;
        if (NB < nh && nh > CROSSOVER) {
            int ldy = n;
            double[] t = new double[NB * NB];
            double[] y = new double[ldy * NB];
            BlockReflector block = new BlockReflector(blas, n, NB);
            for (; i <= hi - 1 - CROSSOVER; i += NB) {
                int ib = Math.min(NB, hi - i);
                panel(hi, i, ib, tau, tb + i - 1, t, NB, y, ldy);
                // A(1:hi, i+ib:hi) -= Y V^T, with V's last unit element in place for the GEMM
                int eiAt = at(i + ib, i + ib - 1);
                double ei = a[eiAt];
                a[eiAt] = 1;
                blas.gemm(
                        NO,
                        YES,
                        hi,
                        hi - i - ib + 1,
                        ib,
                        -1,
                        y,
                        0,
                        ldy,
                        a,
                        at(i + ib, i),
                        lda,
                        1,
                        a,
                        at(1, i + ib),
                        lda);
                a[eiAt] = ei;
                // A(1:i, i+1:i+ib-1): the part of the panel's columns above the reflectors
                blas.trmm(Side.RIGHT, LOWER, YES, UNIT, i, ib - 1, 1, a, at(i + 1, i), lda, y, 0, ldy);
                for (int j = 0; j < ib - 1; j++) {
                    blas.axpy(i, -1, y, ldy * j, 1, a, at(1, i + j + 1), 1);
                }
                // A(i+1:hi, i+ib:n) = H^T A from the left
                block.loadColumns(hi - i, ib, a, at(i + 1, i), lda, tau, tb + i);
                block.apply(Side.LEFT, YES, hi - i, n - i - ib + 1, a, at(i + 1, i + ib), lda);
            }
        }
        unblocked(n, i, hi, tau, tb, null, 0, 0);
    }

    /**
     * dgehd2: columns lo..hi-1, one reflector at a time; with z (not null; 1-based through zb, an
     * identity on entry) each reflector is also applied to Z from the right.
     */
    private void unblocked(int n, int lo, int hi, double[] tau, int tb, double[] z, int zb, int ldz) {
        double[] work = new double[n];
        for (int i = lo; i < hi; i++) {
            Householder.generate(blas, hi - i, a, at(i + 1, i), at(Math.min(i + 2, n), i), 1, tau, tb + i);
            int vAt = at(i + 1, i);
            double aii = a[vAt];
            a[vAt] = 1;
            double ti = tau[tb + i];
            if (ti != 0) {
                // A(1:hi, i+1:hi) = A H
                Householder.applyRight(blas, hi, hi - i, a, vAt, 1, ti, a, at(1, i + 1), lda, work);
                // A(i+1:hi, i+1:n) = H A
                Householder.applyLeft(blas, hi - i, n - i, a, vAt, 1, ti, a, at(i + 1, i + 1), lda, work);
                if (z != null) {
                    // Z = Z H: rows lo+1..hi are the only ones not yet the identity's in columns i+1..hi
                    Householder.applyRight(
                            blas, hi - lo, hi - i, a, vAt, 1, ti, z, zb + (lo + 1) + (i + 1) * ldz, ldz, work);
                }
            }
            a[vAt] = aii;
        }
    }

    /**
     * dlahr2: reduces the nb columns k..k+nb-1 (1-based, of the matrix with n = hi rows) so that
     * elements below the k-th subdiagonal vanish, returning T (nb x nb, upper) of the block
     * reflector {@code I - V T V^T} and {@code Y = A V T} (n x nb). {@code tau[tb + j]} is the
     * scalar of the panel's j-th reflector.
     */
    private void panel(int n, int k, int nb, double[] tau, int tb, double[] t, int ldt, double[] y, int ldy) {
        // the panel's local column c is column k + c - 1 of A
        int c0 = k - 1;
        int tt = -1 - ldt;
        int yy = -1 - ldy;
        int w = tt + 1 + nb * ldt; // T(1, nb), the work column
        double ei = 0;
        for (int i = 1; i <= nb; i++) {
            int col = c0 + i;
            if (i > 1) {
                // A(k+1:n, i) -= Y(k+1:n, 1:i-1) A(k+i-1, 1:i-1)^T
                blas.gemv(
                        NO,
                        n - k,
                        i - 1,
                        -1,
                        y,
                        yy + (k + 1) + ldy,
                        ldy,
                        a,
                        at(k + i - 1, c0 + 1),
                        lda,
                        1,
                        a,
                        at(k + 1, col),
                        1);
                // apply (I - V T^T V^T) to this column b = (b1; b2), with w in T(1:i-1, nb)
                blas.copy(i - 1, a, at(k + 1, col), 1, t, w, 1);
                blas.trmv(LOWER, YES, UNIT, i - 1, a, at(k + 1, c0 + 1), lda, t, w, 1);
                blas.gemv(YES, n - k - i + 1, i - 1, 1, a, at(k + i, c0 + 1), lda, a, at(k + i, col), 1, 1, t, w, 1);
                blas.trmv(UPPER, YES, NON_UNIT, i - 1, t, 0, ldt, t, w, 1);
                blas.gemv(NO, n - k - i + 1, i - 1, -1, a, at(k + i, c0 + 1), lda, t, w, 1, 1, a, at(k + i, col), 1);
                blas.trmv(LOWER, NO, UNIT, i - 1, a, at(k + 1, c0 + 1), lda, t, w, 1);
                blas.axpy(i - 1, -1, t, w, 1, a, at(k + 1, col), 1);
                a[at(k + i - 1, col - 1)] = ei;
            }
            Householder.generate(
                    blas, n - k - i + 1, a, at(k + i, col), at(Math.min(k + i + 1, n), col), 1, tau, tb + i);
            ei = a[at(k + i, col)];
            a[at(k + i, col)] = 1;
            double taui = tau[tb + i];
            int yi = yy + (k + 1) + i * ldy;
            int ti = tt + 1 + i * ldt;
            blas.gemv(NO, n - k, n - k - i + 1, 1, a, at(k + 1, col + 1), lda, a, at(k + i, col), 1, 0, y, yi, 1);
            if (i > 1) {
                blas.gemv(YES, n - k - i + 1, i - 1, 1, a, at(k + i, c0 + 1), lda, a, at(k + i, col), 1, 0, t, ti, 1);
                blas.gemv(NO, n - k, i - 1, -1, y, yy + (k + 1) + ldy, ldy, t, ti, 1, 1, y, yi, 1);
            }
            blas.scal(n - k, taui, y, yi, 1);
            if (i > 1) {
                blas.scal(i - 1, -taui, t, ti, 1);
                blas.trmv(UPPER, NO, NON_UNIT, i - 1, t, 0, ldt, t, ti, 1);
            }
            t[tt + i + i * ldt] = taui;
        }
        a[at(k + nb, c0 + nb)] = ei;
        // Y(1:k, 1:nb) = A(1:k, 2:nb+1) V T (rows above the reflectors)
        for (int c = 1; c <= nb; c++) {
            System.arraycopy(a, at(1, c0 + c + 1), y, yy + 1 + c * ldy, k);
        }
        blas.trmm(Side.RIGHT, LOWER, NO, UNIT, k, nb, 1, a, at(k + 1, c0 + 1), lda, y, 0, ldy);
        if (n > k + nb) {
            blas.gemm(
                    NO,
                    NO,
                    k,
                    nb,
                    n - k - nb,
                    1,
                    a,
                    at(1, c0 + 2 + nb),
                    lda,
                    a,
                    at(k + 1 + nb, c0 + 1),
                    lda,
                    1,
                    y,
                    0,
                    ldy);
        }
        blas.trmm(Side.RIGHT, UPPER, NO, NON_UNIT, k, nb, 1, t, 0, ldt, y, 0, ldy);
    }

    /**
     * dorghr: overwrites the reflectors {@link #gehrd} left in A with the n x n orthogonal Q: the
     * reflectors are shifted one column to the right, the rows and columns outside ilo..ihi become
     * those of the identity, and the active block is formed by dorgqr.
     */
    static void orghr(Blas blas, int n, int ilo, int ihi, double[] a, int aOff, int lda, double[] tau, int tauOff) {
        HessenbergReduction h = new HessenbergReduction(blas, a, aOff, lda);
        int lo = ilo + 1;
        int hi = ihi + 1;
        int nh = hi - lo;
        for (int j = hi; j >= lo + 1; j--) {
            for (int i = 1; i <= j - 1; i++) {
                a[h.at(i, j)] = 0;
            }
            for (int i = j + 1; i <= hi; i++) {
                a[h.at(i, j)] = a[h.at(i, j - 1)];
            }
            for (int i = hi + 1; i <= n; i++) {
                a[h.at(i, j)] = 0;
            }
        }
        for (int j = 1; j <= n; j++) {
            if (j > lo && j <= hi) {
                continue;
            }
            Arrays.fill(a, h.at(1, j), h.at(1, j) + n, 0);
            a[h.at(j, j)] = 1;
        }
        if (nh > 0) {
            new HouseholderQr(blas).orgqr(nh, nh, nh, a, h.at(lo + 1, lo + 1), lda, tau, tauOff + lo - 1);
        }
    }
}

package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.OptionalInt;
import jnum.mat.NotPositiveDefiniteException;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The numeric work of {@link SparseCholesky} on the panels of {@link Supernodes}: supernodal
 * left-looking Cholesky (Ng and Peyton 1993, as CHOLMOD's supernodal method) and the triangular
 * solves with its factor.
 *
 * <p>Supernodes are factored in order. Supernode s first receives A's entries, then the update of
 * every earlier supernode d whose rows meet s's columns: with {@code L1} the rows of d inside s's
 * columns and {@code L2} all its rows from there on, {@code L2 L1^T} is formed densely by one gemm
 * into a buffer and its lower part subtracted from s's panel through the relative positions of
 * d's rows among s's. (A syrk for the block on s's columns and a gemm below it would skip the
 * block's upper half, but the two calls were a fifth slower on the Poisson matrix with k = 300 than
 * the one gemm, whose microkernel is the faster one at these shapes.) The buffer grows to the
 * largest update, which is at most the size of its target panel (d's rows from s on are rows of
 * s). Then the diagonal block is factored (potrf) and the rows below it solved ({@code trsm}).
 * Each d waits in a list of the next supernode its rows reach, so every update is found without a
 * search. Small updates, where the call overhead of the dense kernels
 * would dominate, run as plain loops straight into the panel.
 */
final class SupernodalCholesky {

    private static final Blas BLAS = Kernels.blas();
    private static final Lapack LAPACK = Kernels.lapack();

    /** Below this many multiply-adds an update is applied by plain loops, without a buffer. */
    private static final int SMALL_UPDATE = 512;

    /** Panels of at most this many values are solved with by plain loops. */
    private static final int SMALL_SOLVE = 256;

    private SupernodalCholesky() {}

    /**
     * The panels of L for the matrix whose stored values are {@code av}, scattered by
     * {@code assembly} (see {@link Supernodes#assembly}).
     *
     * @throws NotPositiveDefiniteException naming the column of A ({@code perm[k]}) whose pivot fails
     */
    static double[] factor(Supernodes sn, int[] assembly, double[] av, int[] perm) {
        int n = sn.superOf.length;
        int count = sn.count;
        int[] rows = sn.rows;
        double[] lx = new double[(int) sn.valPtr[count]];
        for (int p = 0; p < av.length; p++) {
            if (assembly[p] >= 0) {
                lx[assembly[p]] += av[p];
            }
        }
        int[] head = new int[count];
        Arrays.fill(head, -1);
        int[] link = new int[count];
        int[] nextRow = new int[count];
        int[] relMap = new int[n];
        int[] rel = new int[sn.maxRows];
        double[] buffer = new double[0];
        for (int s = 0; s < count; s++) {
            int f = sn.first[s];
            int last = sn.first[s + 1] - 1;
            int w = last - f + 1;
            int rp = sn.rowPtr[s];
            int nr = sn.rowCount(s);
            int off = (int) sn.valPtr[s];
            for (int t = 0; t < nr; t++) {
                relMap[rows[rp + t]] = t;
            }
            int d = head[s];
            while (d >= 0) {
                int after = link[d];
                int dp = sn.rowPtr[d];
                int dnr = sn.rowCount(d);
                int pd = nextRow[d];
                int end = pd;
                while (end < dnr && rows[dp + end] <= last) {
                    end++;
                }
                int n1 = end - pd;
                int n2 = dnr - pd;
                for (int t = 0; t < n2; t++) {
                    rel[t] = relMap[rows[dp + pd + t]];
                }
                int dOff = (int) sn.valPtr[d] + pd;
                int dw = sn.width(d);
                if ((long) dw * n1 * n2 <= SMALL_UPDATE) {
                    smallUpdate(lx, dOff, dnr, dw, n1, n2, off, nr, rel);
                } else {
                    if ((long) n1 * n2 > buffer.length) {
                        buffer = new double[n1 * n2];
                    }
                    BLAS.gemm(
                            Transpose.NO,
                            Transpose.YES,
                            n2,
                            n1,
                            dw,
                            1.0,
                            lx,
                            dOff,
                            dnr,
                            lx,
                            dOff,
                            dnr,
                            0.0,
                            buffer,
                            0,
                            n2);
                    for (int jj = 0; jj < n1; jj++) {
                        int base = off + rel[jj] * nr;
                        int b = jj * n2;
                        for (int ii = jj; ii < n2; ii++) {
                            lx[base + rel[ii]] -= buffer[b + ii];
                        }
                    }
                }
                if (end < dnr) {
                    nextRow[d] = end;
                    int target = sn.superOf[rows[dp + end]];
                    link[d] = head[target];
                    head[target] = d;
                }
                d = after;
            }
            factorPanel(lx, off, w, nr, f, perm, n);
            if (nr > w) {
                nextRow[s] = w;
                int target = sn.superOf[rows[rp + w]];
                link[s] = head[target];
                head[target] = s;
            }
        }
        return lx;
    }

    /**
     * {@code L_s -= L2 L1^T} by plain loops, one column of d at a time (the column's entries are
     * contiguous; their targets are scattered by {@code rel}, whose first n1 entries are also the
     * target columns).
     */
    private static void smallUpdate(
            double[] lx, int dOff, int dnr, int dw, int n1, int n2, int off, int nr, int[] rel) {
        for (int k = 0; k < dw; k++) {
            int col = dOff + k * dnr;
            for (int jj = 0; jj < n1; jj++) {
                double t = lx[col + jj];
                if (t == 0) {
                    continue;
                }
                int base = off + rel[jj] * nr;
                for (int ii = jj; ii < n2; ii++) {
                    lx[base + rel[ii]] -= lx[col + ii] * t;
                }
            }
        }
    }

    /** The dense Cholesky factor of the diagonal block and the rows below it. */
    private static void factorPanel(double[] lx, int off, int w, int nr, int f, int[] perm, int n) {
        OptionalInt failed = LAPACK.potrf(Uplo.LOWER, w, lx, off, nr);
        int bad = failed.orElse(w);
        // an infinite pivot passes potrf but is no factor (its square root turns the rest to NaN)
        for (int j = 0; j < bad; j++) {
            if (lx[off + j * (nr + 1)] == Double.POSITIVE_INFINITY) {
                bad = j;
                break;
            }
        }
        if (bad < w) {
            int k = f + bad;
            double pivot = lx[off + bad * (nr + 1)];
            throw new NotPositiveDefiniteException(
                    "SparseCholesky.factor: the " + n + "x" + n + " matrix is not positive definite (pivot " + pivot
                            + " at column " + perm[k] + ", eliminated " + k + "-th)",
                    perm[k]);
        }
        if (nr > w) {
            BLAS.trsm(
                    Side.RIGHT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, nr - w, w, 1.0, lx, off, nr, lx, off + w, nr);
        }
    }

    /**
     * {@code y = (L L^T)^-1 y} in the permuted order, a supernode at a time: dense trsv and gemv on
     * the panel, or plain loops by columns on panels too small for the kernels' call overhead.
     */
    static void solveInPlace(Supernodes sn, double[] lx, double[] y) {
        int count = sn.count;
        int[] rows = sn.rows;
        double[] below = new double[sn.maxRows];
        for (int s = 0; s < count; s++) {
            int f = sn.first[s];
            int w = sn.width(s);
            int nr = sn.rowCount(s);
            int off = (int) sn.valPtr[s];
            int rp = sn.rowPtr[s];
            if ((long) w * nr <= SMALL_SOLVE) {
                for (int t = 0; t < w; t++) {
                    int col = off + t * nr;
                    double yj = y[f + t] / lx[col + t];
                    y[f + t] = yj;
                    for (int i = t + 1; i < nr; i++) {
                        y[rows[rp + i]] -= lx[col + i] * yj;
                    }
                }
                continue;
            }
            BLAS.trsv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, w, lx, off, nr, y, f, 1);
            if (nr > w) {
                BLAS.gemv(Transpose.NO, nr - w, w, 1.0, lx, off + w, nr, y, f, 1, 0.0, below, 0, 1);
                for (int t = 0; t < nr - w; t++) {
                    y[rows[rp + w + t]] -= below[t];
                }
            }
        }
        for (int s = count - 1; s >= 0; s--) {
            int f = sn.first[s];
            int w = sn.width(s);
            int nr = sn.rowCount(s);
            int off = (int) sn.valPtr[s];
            int rp = sn.rowPtr[s];
            if ((long) w * nr <= SMALL_SOLVE) {
                for (int t = w - 1; t >= 0; t--) {
                    int col = off + t * nr;
                    double sum = y[f + t];
                    for (int i = t + 1; i < nr; i++) {
                        sum -= lx[col + i] * y[rows[rp + i]];
                    }
                    y[f + t] = sum / lx[col + t];
                }
                continue;
            }
            if (nr > w) {
                for (int t = 0; t < nr - w; t++) {
                    below[t] = y[rows[rp + w + t]];
                }
                BLAS.gemv(Transpose.YES, nr - w, w, -1.0, lx, off + w, nr, below, 0, 1, 1.0, y, f, 1);
            }
            BLAS.trsv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, w, lx, off, nr, y, f, 1);
        }
    }
}

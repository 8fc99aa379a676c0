package jnum.mat.sparse.linalg;

import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.sparse.Csr;

/**
 * The zero-fill incomplete Cholesky factorization IC(0): {@code A ~ L L^T} with {@code L} on the
 * pattern of the lower triangle of {@code A}. Only the lower triangle (diagonal included) of the
 * given matrix is read; it must be symmetric positive definite for the factorization to exist, and
 * even then IC(0) can break down (a non-positive pivot) on matrices that are not M-matrices or
 * diagonally dominant. A diagonal shift ({@link #of(Csr, double)}, Manteuffel 1980) restores it.
 */
public final class IncompleteCholesky implements Preconditioner {

    private final int n;
    private final int[] ptr;
    private final int[] idx;
    private final double[] val;

    private IncompleteCholesky(int n, int[] ptr, int[] idx, double[] val) {
        this.n = n;
        this.ptr = ptr;
        this.idx = idx;
        this.val = val;
    }

    /**
     * IC(0) with the smallest diagonal shift of the sequence {@code 0, 1e-3, 2e-3, 4e-3, ...}
     * that lets it exist (Lin and More's strategy for incomplete Cholesky, 1999): for SPD matrices
     * on which IC(0) breaks down, such as stiffness matrices that are not M-matrices.
     *
     * @throws IllegalArgumentException if no shift up to {@code 1e3} helps (the matrix is then
     *     far from positive definite), or as {@link #of(Csr, double)}
     */
    public static IncompleteCholesky withSmallestShift(Csr a) {
        LowerTriangle t = LowerTriangle.of("IncompleteCholesky.withSmallestShift", a);
        for (double shift = 0; shift <= 1e3; shift = shift == 0 ? 1e-3 : 2 * shift) {
            double[] val = t.shifted(shift);
            if (factor(t, val) < 0) {
                return new IncompleteCholesky(t.n, t.ptr, t.idx, val);
            }
        }
        throw new IllegalArgumentException(
                "IncompleteCholesky.withSmallestShift: no shift up to 1e3 gives positive pivots");
    }

    /** IC(0) of {@code a} without a shift. */
    public static IncompleteCholesky of(Csr a) {
        return of(a, 0.0);
    }

    /**
     * IC(0) of {@code a + shift * diag(a)}.
     *
     * @throws DimensionMismatchException if {@code a} is not square
     * @throws IllegalArgumentException if {@code shift} is negative or not finite, a row has no
     *     diagonal entry, or a pivot is not positive (naming the row and the pivot)
     */
    public static IncompleteCholesky of(Csr a, double shift) {
        LowerTriangle t = LowerTriangle.of("IncompleteCholesky.of", a);
        if (!(shift >= 0) || shift == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("IncompleteCholesky.of: shift = " + shift);
        }
        double[] val = t.shifted(shift);
        int failed = factor(t, val);
        if (failed >= 0) {
            throw new IllegalArgumentException("IncompleteCholesky.of: pivot " + val[t.ptr[failed + 1] - 1]
                    + " at row " + failed + " is not positive (the matrix is not positive definite, or IC(0)"
                    + " breaks down: try a diagonal shift)");
        }
        return new IncompleteCholesky(t.n, t.ptr, t.idx, val);
    }

    /**
     * The lower triangle of a square CSR matrix, row by row, with the diagonal as the last entry of
     * each row (every row must store one).
     */
    private record LowerTriangle(int n, int[] ptr, int[] idx, double[] val) {

        static LowerTriangle of(String op, Csr a) {
            Objects.requireNonNull(a, op + ": matrix is null");
            if (a.rows() != a.cols()) {
                throw new DimensionMismatchException(op + ": " + a.rows() + "x" + a.cols() + " is not square");
            }
            int n = a.rows();
            int[] aPtr = a.rowPointers();
            int[] aIdx = a.columnIndices();
            double[] aVal = a.values();
            int[] ptr = new int[n + 1];
            for (int i = 0; i < n; i++) {
                int count = 0;
                boolean hasDiagonal = false;
                for (int k = aPtr[i]; k < aPtr[i + 1] && aIdx[k] <= i; k++) {
                    count++;
                    hasDiagonal |= aIdx[k] == i;
                }
                if (!hasDiagonal) {
                    throw new IllegalArgumentException(op + ": row " + i + " stores no diagonal entry");
                }
                ptr[i + 1] = ptr[i] + count;
            }
            int[] idx = new int[ptr[n]];
            double[] val = new double[ptr[n]];
            for (int i = 0; i < n; i++) {
                int dest = ptr[i];
                for (int k = aPtr[i]; k < aPtr[i + 1] && aIdx[k] <= i; k++) {
                    idx[dest] = aIdx[k];
                    val[dest++] = aVal[k];
                }
            }
            return new LowerTriangle(n, ptr, idx, val);
        }

        /** A copy of the values with the diagonal scaled by {@code 1 + shift}. */
        double[] shifted(double shift) {
            double[] v = val.clone();
            for (int i = 0; i < n; i++) {
                v[ptr[i + 1] - 1] *= 1 + shift;
            }
            return v;
        }
    }

    /**
     * Overwrites {@code val} (on the pattern of {@code t}) with the IC(0) factor; returns -1, or the
     * first row whose pivot is not positive (the pivot left at its diagonal entry).
     */
    private static int factor(LowerTriangle t, double[] val) {
        int[] ptr = t.ptr;
        int[] idx = t.idx;
        for (int i = 0; i < t.n; i++) {
            int diag = ptr[i + 1] - 1;
            for (int p = ptr[i]; p < diag; p++) {
                int c = idx[p];
                // L(i,c) = (A(i,c) - sum_{j<c} L(i,j) L(c,j)) / L(c,c), over the common pattern
                double s = val[p] - sparseDot(idx, val, ptr[i], p, ptr[c], ptr[c + 1] - 1);
                val[p] = s / val[ptr[c + 1] - 1];
            }
            double pivot = val[diag] - sparseDot(idx, val, ptr[i], diag, ptr[i], diag);
            if (!(pivot > 0) || pivot == Double.POSITIVE_INFINITY) {
                val[diag] = pivot;
                return i;
            }
            val[diag] = Math.sqrt(pivot);
        }
        return -1;
    }

    /** {@code sum val[p] val[q]} over entries of the two index ranges with equal indices. */
    private static double sparseDot(int[] idx, double[] val, int p, int pEnd, int q, int qEnd) {
        double s = 0;
        while (p < pEnd && q < qEnd) {
            if (idx[p] < idx[q]) {
                p++;
            } else if (idx[q] < idx[p]) {
                q++;
            } else {
                s += val[p++] * val[q++];
            }
        }
        return s;
    }

    /** {@code z = (L L^T)^-1 r}: a forward solve with {@code L}, a backward one with {@code L^T}. */
    @Override
    public void solve(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            int diag = ptr[i + 1] - 1;
            double s = r[i];
            for (int p = ptr[i]; p < diag; p++) {
                s -= val[p] * z[idx[p]];
            }
            z[i] = s / val[diag];
        }
        for (int i = n - 1; i >= 0; i--) {
            int diag = ptr[i + 1] - 1;
            double zi = z[i] / val[diag];
            z[i] = zi;
            for (int p = ptr[i]; p < diag; p++) {
                z[idx[p]] -= val[p] * zi;
            }
        }
    }
}

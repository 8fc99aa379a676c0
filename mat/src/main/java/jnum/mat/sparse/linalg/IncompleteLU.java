package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.sparse.Csr;

/**
 * The zero-fill incomplete LU factorization ILU(0): {@code A ~ L U} with unit lower triangular
 * {@code L} and upper triangular {@code U} on the pattern of {@code A} (Saad, Iterative Methods for
 * Sparse Linear Systems, algorithm 10.4, row by row). No pivoting: every row must store its
 * diagonal entry, and a zero pivot is an error.
 */
public final class IncompleteLU implements Preconditioner {

    private final int n;
    private final int[] ptr;
    private final int[] idx;
    private final double[] val;
    private final int[] diag;

    private IncompleteLU(int n, int[] ptr, int[] idx, double[] val, int[] diag) {
        this.n = n;
        this.ptr = ptr;
        this.idx = idx;
        this.val = val;
        this.diag = diag;
    }

    /**
     * ILU(0) of {@code a}.
     *
     * @throws DimensionMismatchException if {@code a} is not square
     * @throws IllegalArgumentException if a row stores no diagonal entry or a pivot is zero or not
     *     finite (naming the row)
     */
    public static IncompleteLU of(Csr a) {
        Objects.requireNonNull(a, "IncompleteLU.of: matrix is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("IncompleteLU.of: " + a.rows() + "x" + a.cols() + " is not square");
        }
        int n = a.rows();
        int[] ptr = a.rowPointers();
        int[] idx = a.columnIndices();
        double[] val = a.values();
        int[] diag = new int[n];
        for (int i = 0; i < n; i++) {
            int k = Arrays.binarySearch(idx, ptr[i], ptr[i + 1], i);
            if (k < 0) {
                throw new IllegalArgumentException("IncompleteLU.of: row " + i + " stores no diagonal entry");
            }
            diag[i] = k;
        }
        int[] where = new int[n];
        Arrays.fill(where, -1);
        for (int i = 0; i < n; i++) {
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                where[idx[p]] = p;
            }
            for (int p = ptr[i]; p < diag[i]; p++) {
                int k = idx[p];
                double pivot = val[diag[k]];
                double lik = val[p] / pivot;
                val[p] = lik;
                for (int q = diag[k] + 1; q < ptr[k + 1]; q++) {
                    int w = where[idx[q]];
                    if (w >= 0) {
                        val[w] -= lik * val[q];
                    }
                }
            }
            double pivot = val[diag[i]];
            if (pivot == 0 || !Double.isFinite(pivot)) {
                throw new IllegalArgumentException("IncompleteLU.of: pivot " + pivot + " at row " + i);
            }
            for (int p = ptr[i]; p < ptr[i + 1]; p++) {
                where[idx[p]] = -1;
            }
        }
        return new IncompleteLU(n, ptr, idx, val, diag);
    }

    /** {@code z = (L U)^-1 r}: a forward solve with unit {@code L}, a backward one with {@code U}. */
    @Override
    public void solve(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int p = ptr[i]; p < diag[i]; p++) {
                s -= val[p] * z[idx[p]];
            }
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int p = diag[i] + 1; p < ptr[i + 1]; p++) {
                s -= val[p] * z[idx[p]];
            }
            z[i] = s / val[diag[i]];
        }
    }
}

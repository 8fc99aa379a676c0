package jnum.mat;

import java.util.Objects;

/**
 * The Cholesky factorization with complete (diagonal) pivoting of a symmetric positive
 * semidefinite matrix, {@code P^T A P = L L^T} with L n x r lower trapezoidal and r the numerical
 * rank (the algorithm of LAPACK's dpstf2; N. J. Higham, "Analysis of the Cholesky decomposition
 * of a semi-definite matrix", 1990): at each step the largest remaining diagonal element of the
 * Schur complement is moved to the front; the factorization stops when it is at most the
 * tolerance. The diagonal of L does not increase.
 *
 * <p>Obtain one with {@link Cholesky#pivoted(Dense)} (tolerance {@code n eps max a_ii}, as
 * dpstrf's default) or {@link Cholesky#pivoted(Dense, double)}. Only the lower triangle of A is
 * read; the input is copied and never modified. Immutable and thread-safe.
 */
public final class PivotedCholesky {
    private final int n;
    private final int rank;
    /** Column-major n x rank: L with its rows in pivoted order. */
    private final double[] l;

    private final int[] perm;
    private final double tolerance;

    private PivotedCholesky(int n, int rank, double[] l, int[] perm, double tolerance) {
        this.n = n;
        this.rank = rank;
        this.l = l;
        this.perm = perm;
        this.tolerance = tolerance;
    }

    /** See {@link Cholesky#pivoted(Dense, double)}; {@code tol < 0} selects the default. */
    static PivotedCholesky of(Dense a, double tol) {
        Objects.requireNonNull(a, "pivotedCholesky: a is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("pivotedCholesky: " + a.rows() + "x" + a.cols() + " is not square");
        }
        if (Double.isNaN(tol)) {
            throw new IllegalArgumentException("pivotedCholesky: tolerance is NaN");
        }
        int n = a.rows();
        // full symmetric working copy from the lower triangle, so rows and columns swap as wholes
        double[] w = new double[n * n];
        double maxDiag = 0;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                double v = a.get(i, j);
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("pivotedCholesky: a(" + i + ", " + j + ") is NaN");
                }
                w[i + j * n] = v;
                w[j + i * n] = v;
            }
            maxDiag = Math.max(maxDiag, a.get(j, j));
        }
        double stop = tol >= 0 ? tol : n * 0x1p-52 * maxDiag;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] dots = new double[n]; // sum_{k<j} L(i, k)^2 for the remaining rows i
        int rank = n;
        for (int j = 0; j < n; j++) {
            int p = j;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = j; i < n; i++) {
                if (j > 0) {
                    double lij = w[i + (j - 1) * n];
                    dots[i] += lij * lij;
                }
                double d = w[i + i * n] - dots[i];
                if (d > best) {
                    best = d;
                    p = i;
                }
            }
            if (!(best > stop)) {
                rank = j;
                break;
            }
            if (p != j) {
                swapRowsAndColumns(w, n, j, p);
                double t = dots[j];
                dots[j] = dots[p];
                dots[p] = t;
                int q = perm[j];
                perm[j] = perm[p];
                perm[p] = q;
            }
            double ljj = Math.sqrt(best);
            w[j + j * n] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = w[i + j * n];
                for (int k = 0; k < j; k++) {
                    s -= w[i + k * n] * w[j + k * n];
                }
                w[i + j * n] = s / ljj;
            }
        }
        double[] l = new double[n * rank];
        for (int j = 0; j < rank; j++) {
            for (int i = j; i < n; i++) {
                l[i + j * n] = w[i + j * n];
            }
        }
        return new PivotedCholesky(n, rank, l, perm, stop);
    }

    private static void swapRowsAndColumns(double[] w, int n, int j, int p) {
        for (int k = 0; k < n; k++) {
            double t = w[j + k * n];
            w[j + k * n] = w[p + k * n];
            w[p + k * n] = t;
        }
        for (int k = 0; k < n; k++) {
            double t = w[k + j * n];
            w[k + j * n] = w[k + p * n];
            w[k + p * n] = t;
        }
    }

    /** The numerical rank r: the number of pivots above the tolerance. */
    public int rank() {
        return rank;
    }

    /** The stopping tolerance that was used. */
    public double tolerance() {
        return tolerance;
    }

    /** L (n x r, lower trapezoidal, positive non-increasing diagonal), a new matrix. */
    public Dense l() {
        return Dense.wrap(l.clone(), 0, Math.max(1, n), n, rank);
    }

    /**
     * The permutation: column (and row) {@code i} of {@code P^T A P} is column {@code pivots()[i]}
     * of A (a new array).
     */
    public int[] pivots() {
        return perm.clone();
    }

    @Override
    public String toString() {
        return "PivotedCholesky of a " + n + "x" + n + " matrix, rank " + rank;
    }
}

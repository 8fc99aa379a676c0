package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.NotPositiveDefiniteException;
import jnum.mat.Vec;
import jnum.mat.sparse.Csc;
import jnum.mat.sparse.SparseMatrix;

/**
 * The sparse Cholesky factorization {@code P A P^T = L L^T} of a symmetric positive definite
 * matrix, with a fill-reducing permutation {@code P}.
 *
 * <p>Only the upper triangle of {@code A} (entries {@code (i, j)} with {@code i <= j}) is read, so
 * a symmetric matrix may be stored whole or as its upper half. The work is split as in CHOLMOD and
 * CSparse: {@link #analyze} finds the ordering, the elimination tree and the column counts of
 * {@code L} from the pattern alone; {@link Symbolic#factor} computes the values (up-looking, one
 * row of {@code L} per step, the row's pattern found by a traversal of the elimination tree), and
 * can be repeated for any matrix with the same pattern. Instances are immutable and thread-safe.
 */
public final class SparseCholesky {

    private final Symbolic symbolic;
    private final int[] lp;
    private final int[] li;
    private final double[] lx;

    private SparseCholesky(Symbolic symbolic, int[] lp, int[] li, double[] lx) {
        this.symbolic = symbolic;
        this.lp = lp;
        this.li = li;
        this.lx = lx;
    }

    /** Analysis with {@link Ordering#AMD} and factorization in one step. */
    public static SparseCholesky of(SparseMatrix a) {
        return analyze(a, Ordering.AMD).factor(a);
    }

    /**
     * The symbolic analysis of {@code A}'s pattern (upper triangle).
     *
     * @throws DimensionMismatchException if {@code a} is not square
     */
    public static Symbolic analyze(SparseMatrix a, Ordering ordering) {
        Objects.requireNonNull(a, "SparseCholesky.analyze: matrix is null");
        Objects.requireNonNull(ordering, "SparseCholesky.analyze: ordering is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(
                    "SparseCholesky.analyze: " + a.rows() + "x" + a.cols() + " is not square");
        }
        Csc c = a.toCsc();
        int n = c.cols();
        int[] perm = ordering.order(c, () -> adjacency(c));
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[perm[k]] = k;
        }
        int[][] pattern = permutedUpperPattern(c, pinv);
        int[] parent = eliminationTree(pattern, n);
        int[] counts = columnCounts(pattern, parent, n);
        return new Symbolic(n, perm, pinv, parent, counts, c.columnPointers(), c.rowIndices());
    }

    /** The pattern of {@code A + A^T} without the diagonal, from the upper triangle. */
    private static int[][] adjacency(Csc c) {
        int n = c.cols();
        int[] cp = c.columnPointers();
        int[] ri = c.rowIndices();
        int[] degree = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i < j) {
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
        int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[degree[i]];
        }
        int[] fill = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i < j) {
                    adj[i][fill[i]++] = j;
                    adj[j][fill[j]++] = i;
                }
            }
        }
        return adj;
    }

    /**
     * For each column k of {@code C = P A P^T}, the rows {@code i <= k} of its upper triangle (the
     * entry {@code (i, j)}, {@code i <= j}, of A lands at {@code (min, max)} of
     * {@code (pinv[i], pinv[j])}).
     */
    private static int[][] permutedUpperPattern(Csc c, int[] pinv) {
        int n = c.cols();
        int[] cp = c.columnPointers();
        int[] ri = c.rowIndices();
        int[] count = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                if (ri[p] <= j) {
                    count[Math.max(pinv[ri[p]], pinv[j])]++;
                }
            }
        }
        int[][] cols = new int[n][];
        for (int k = 0; k < n; k++) {
            cols[k] = new int[count[k]];
        }
        Arrays.fill(count, 0);
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                if (ri[p] <= j) {
                    int a = pinv[ri[p]];
                    int b = pinv[j];
                    int col = Math.max(a, b);
                    cols[col][count[col]++] = Math.min(a, b);
                }
            }
        }
        return cols;
    }

    /** Liu's algorithm with path compression: {@code parent[k]} in the elimination tree, -1 at roots. */
    private static int[] eliminationTree(int[][] pattern, int n) {
        int[] parent = new int[n];
        int[] ancestor = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            ancestor[k] = -1;
            for (int i : pattern[k]) {
                while (i != -1 && i < k) {
                    int next = ancestor[i];
                    ancestor[i] = k;
                    if (next == -1) {
                        parent[i] = k;
                    }
                    i = next;
                }
            }
        }
        return parent;
    }

    /**
     * Entries per column of L (diagonal included): row k of L is the set of nodes on the paths
     * from the entries of column k of C up the elimination tree to k (the row subtree).
     */
    private static int[] columnCounts(int[][] pattern, int[] parent, int n) {
        int[] counts = new int[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int k = 0; k < n; k++) {
            counts[k]++;
            mark[k] = k;
            for (int i : pattern[k]) {
                while (i != -1 && mark[i] != k) {
                    counts[i]++;
                    mark[i] = k;
                    i = parent[i];
                }
            }
        }
        return counts;
    }

    /** What {@link #analyze} finds from the pattern alone; reusable for matrices of that pattern. */
    public static final class Symbolic {
        private final int n;
        private final int[] perm;
        private final int[] pinv;
        private final int[] parent;
        private final int[] counts;
        private final int[] patternPointers;
        private final int[] patternRows;
        private final long nnzL;

        private Symbolic(int n, int[] perm, int[] pinv, int[] parent, int[] counts, int[] cp, int[] ri) {
            this.n = n;
            this.perm = perm;
            this.pinv = pinv;
            this.parent = parent;
            this.counts = counts;
            this.patternPointers = cp;
            this.patternRows = ri;
            long total = 0;
            for (int c : counts) {
                total += c;
            }
            this.nnzL = total;
        }

        /** The order n. */
        public int size() {
            return n;
        }

        /** The permutation: {@code perm[k]} is the row and column of A eliminated k-th. */
        public int[] permutation() {
            return perm.clone();
        }

        /** The elimination tree of {@code P A P^T}: the parent of each node, -1 at the roots. */
        public int[] eliminationTree() {
            return parent.clone();
        }

        /** The number of entries in each column of L, the diagonal included. */
        public int[] columnCounts() {
            return counts.clone();
        }

        /** The number of entries of L, the diagonal included (the fill the ordering leads to). */
        public long nnzL() {
            return nnzL;
        }

        /**
         * The numeric factorization of {@code a}, whose upper triangle must have the pattern this
         * analysis was made for.
         *
         * @throws IllegalArgumentException if the pattern differs
         * @throws NotPositiveDefiniteException naming the failing column of {@code A} (not of the
         *     permuted matrix)
         */
        public SparseCholesky factor(SparseMatrix a) {
            Objects.requireNonNull(a, "SparseCholesky.factor: matrix is null");
            Csc c = a.toCsc();
            if (c.cols() != n
                    || c.rows() != n
                    || !Arrays.equals(c.columnPointers(), patternPointers)
                    || !Arrays.equals(c.rowIndices(), patternRows)) {
                throw new IllegalArgumentException(
                        "SparseCholesky.factor: the matrix does not have the pattern of the analysis");
            }
            if (nnzL > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("SparseCholesky.factor: L would hold " + nnzL + " entries");
            }
            double[] av = c.values();
            // column k of C = P A P^T (upper triangle) as parallel row / value arrays
            int[] cp = new int[n + 1];
            for (int j = 0; j < n; j++) {
                for (int p = patternPointers[j]; p < patternPointers[j + 1]; p++) {
                    if (patternRows[p] <= j) {
                        cp[Math.max(pinv[patternRows[p]], pinv[j]) + 1]++;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                cp[k + 1] += cp[k];
            }
            int[] ci = new int[cp[n]];
            double[] cv = new double[cp[n]];
            int[] next = Arrays.copyOf(cp, n);
            for (int j = 0; j < n; j++) {
                for (int p = patternPointers[j]; p < patternPointers[j + 1]; p++) {
                    int i = patternRows[p];
                    if (i <= j) {
                        int a1 = pinv[i];
                        int b1 = pinv[j];
                        int dest = next[Math.max(a1, b1)]++;
                        ci[dest] = Math.min(a1, b1);
                        cv[dest] = av[p];
                    }
                }
            }
            int[] lp = new int[n + 1];
            for (int k = 0; k < n; k++) {
                lp[k + 1] = lp[k] + counts[k];
            }
            int[] li = new int[(int) nnzL];
            double[] lx = new double[(int) nnzL];
            int[] fill = Arrays.copyOf(lp, n);
            double[] x = new double[n];
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            int[] path = new int[n];
            int[] stack = new int[n];
            for (int k = 0; k < n; k++) {
                // the pattern of row k of L, in topological order stack[top..n-1]
                int top = n;
                mark[k] = k;
                for (int p = cp[k]; p < cp[k + 1]; p++) {
                    int i = ci[p];
                    x[i] += cv[p];
                    int len = 0;
                    while (mark[i] != k) {
                        path[len++] = i;
                        mark[i] = k;
                        i = parent[i];
                    }
                    while (len > 0) {
                        stack[--top] = path[--len];
                    }
                }
                double d = x[k];
                x[k] = 0;
                for (int t = top; t < n; t++) {
                    int i = stack[t];
                    double lki = x[i] / lx[lp[i]];
                    x[i] = 0;
                    for (int p = lp[i] + 1; p < fill[i]; p++) {
                        x[li[p]] -= lx[p] * lki;
                    }
                    d -= lki * lki;
                    int p = fill[i]++;
                    li[p] = k;
                    lx[p] = lki;
                }
                if (!(d > 0) || d == Double.POSITIVE_INFINITY) {
                    throw new NotPositiveDefiniteException(
                            "SparseCholesky.factor: the " + n + "x" + n + " matrix is not positive definite (pivot " + d
                                    + " at column " + perm[k] + ", eliminated " + k + "-th)",
                            perm[k]);
                }
                int p = fill[k]++;
                li[p] = k;
                lx[p] = Math.sqrt(d);
            }
            return new SparseCholesky(this, lp, li, lx);
        }
    }

    /** The analysis this factorization was computed with. */
    public Symbolic symbolic() {
        return symbolic;
    }

    /** The factor {@code L} of {@code P A P^T = L L^T}, lower triangular, by columns. */
    public Csc factorL() {
        return Csc.of(symbolic.n, symbolic.n, lp, li, lx);
    }

    /**
     * Solves {@code A x = b}.
     *
     * @throws DimensionMismatchException if {@code b.length()} is not the order
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "SparseCholesky.solve: b is null");
        int n = symbolic.n;
        if (b.length() != n) {
            throw DimensionMismatchException.of("SparseCholesky.solve", n, n, "\\", b.length(), 1);
        }
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = b.get(symbolic.perm[k]);
        }
        solveInPlace(y);
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[symbolic.perm[k]] = y[k];
        }
        return Vec.of(x);
    }

    /**
     * Solves {@code A X = B} column by column.
     *
     * @throws DimensionMismatchException if {@code b.rows()} is not the order
     */
    public Dense solve(Dense b) {
        Objects.requireNonNull(b, "SparseCholesky.solve: b is null");
        int n = symbolic.n;
        if (b.rows() != n) {
            throw DimensionMismatchException.of("SparseCholesky.solve", n, n, "\\", b.rows(), b.cols());
        }
        Dense x = Dense.zeros(n, b.cols());
        for (int j = 0; j < b.cols(); j++) {
            Vec col = solve(b.column(j));
            for (int i = 0; i < n; i++) {
                x.set(i, j, col.get(i));
            }
        }
        return x;
    }

    /** {@code y = (L L^T)^-1 y}: forward with L by columns, backward with L^T. */
    private void solveInPlace(double[] y) {
        int n = symbolic.n;
        for (int j = 0; j < n; j++) {
            double yj = y[j] / lx[lp[j]];
            y[j] = yj;
            for (int p = lp[j] + 1; p < lp[j + 1]; p++) {
                y[li[p]] -= lx[p] * yj;
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            double s = y[j];
            for (int p = lp[j] + 1; p < lp[j + 1]; p++) {
                s -= lx[p] * y[li[p]];
            }
            y[j] = s / lx[lp[j]];
        }
    }

    /** {@code log det A = 2 sum log L(k, k)}, finite where {@code det} would overflow. */
    public double logDet() {
        double s = 0;
        for (int k = 0; k < symbolic.n; k++) {
            s += Math.log(lx[lp[k]]);
        }
        return 2 * s;
    }

    /** {@code det A}; may overflow or underflow where {@link #logDet()} does not. */
    public double det() {
        return Math.exp(logDet());
    }
}

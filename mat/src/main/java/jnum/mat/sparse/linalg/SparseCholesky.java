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
 * a symmetric matrix may be stored whole or as its upper half. The work is split as in CHOLMOD:
 * {@link #analyze} finds the ordering (postordered along the elimination tree, which changes no
 * fill but makes the columns of each supernode consecutive), the elimination tree, the column
 * counts of {@code L} and its supernodes from the pattern alone; {@link Symbolic#factor} computes
 * the values, and can be repeated for any matrix with the same pattern. Instances are immutable
 * and thread-safe.
 *
 * <p>The numeric phase is supernodal and left-looking: columns of L with nested structures form
 * dense panels, factored and updated with the dense kernels of {@link jnum.mat.kernel.Blas} and
 * {@link jnum.mat.kernel.Lapack} (gemm, potrf, trsm), and the solves run a panel at a time
 * (trsv, gemv). Relaxed amalgamation gives even a tridiagonal matrix panels of a few columns; an
 * up-looking, row-by-row numeric phase was measured no faster there (a tridiagonal matrix of order
 * 1e5) and four to five times slower once L has dense blocks (bcsstk13, the 2-D Poisson matrix),
 * so there is one numeric method.
 */
public final class SparseCholesky {

    private final Symbolic symbolic;
    private final double[] panels;

    private SparseCholesky(Symbolic symbolic, double[] panels) {
        this.symbolic = symbolic;
        this.panels = panels;
    }

    /** Analysis with {@link Ordering#AMD} and factorization in one step. */
    public static SparseCholesky of(SparseMatrix a) {
        return analyze(a, Ordering.AMD).factor(a);
    }

    /**
     * The symbolic analysis of {@code A}'s pattern (upper triangle), with relaxed supernodes.
     *
     * @throws DimensionMismatchException if {@code a} is not square
     */
    public static Symbolic analyze(SparseMatrix a, Ordering ordering) {
        return analyze(a, ordering, true);
    }

    /**
     * The symbolic analysis of {@code A}'s pattern (upper triangle).
     *
     * @param relaxed whether small supernodes are merged with their parents at the cost of a
     *     bounded number of explicit zeros in the panels (CHOLMOD's relaxed amalgamation); the
     *     fundamental supernodes otherwise. Either gives the same factor up to rounding.
     * @throws DimensionMismatchException if {@code a} is not square
     */
    public static Symbolic analyze(SparseMatrix a, Ordering ordering, boolean relaxed) {
        Objects.requireNonNull(a, "SparseCholesky.analyze: matrix is null");
        Objects.requireNonNull(ordering, "SparseCholesky.analyze: ordering is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException(
                    "SparseCholesky.analyze: " + a.rows() + "x" + a.cols() + " is not square");
        }
        Csc c = a.toCsc();
        int n = c.cols();
        int[] perm = ordering.order(c, () -> adjacency(c));
        int[] pinv = inverse(perm);
        int[][] pattern = permutedUpperPattern(c, pinv);
        int[] parent = eliminationTree(pattern, n);
        int[] counts = columnCounts(pattern, parent, n);
        if (ordering != Ordering.NATURAL) {
            // the same elimination in postorder: each subtree's columns become consecutive
            int[] post = Postorder.of(parent);
            int[] postInv = inverse(post);
            int[] permuted = new int[n];
            int[] newParent = new int[n];
            int[] newCounts = new int[n];
            int[][] newPattern = new int[n][];
            for (int k = 0; k < n; k++) {
                int old = post[k];
                permuted[k] = perm[old];
                newParent[k] = parent[old] < 0 ? -1 : postInv[parent[old]];
                newCounts[k] = counts[old];
                // each row list moves once, so it can be relabelled in place
                int[] rows = pattern[old];
                for (int t = 0; t < rows.length; t++) {
                    rows[t] = postInv[rows[t]];
                }
                newPattern[k] = rows;
            }
            perm = permuted;
            pinv = inverse(perm);
            parent = newParent;
            counts = newCounts;
            pattern = newPattern;
        }
        Supernodes supernodes = Supernodes.of(n, parent, counts, pattern, relaxed);
        return new Symbolic(n, perm, pinv, parent, counts, pattern, supernodes, c.columnPointers(), c.rowIndices());
    }

    private static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        for (int k = 0; k < perm.length; k++) {
            inv[perm[k]] = k;
        }
        return inv;
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
        private final int[] parent;
        private final int[] counts;
        private final int[][] pattern;
        private final Supernodes supernodes;
        private final int[] patternPointers;
        private final int[] patternRows;
        private final long nnzL;
        private final int[] assembly;

        private Symbolic(
                int n,
                int[] perm,
                int[] pinv,
                int[] parent,
                int[] counts,
                int[][] pattern,
                Supernodes supernodes,
                int[] cp,
                int[] ri) {
            this.n = n;
            this.perm = perm;
            this.parent = parent;
            this.counts = counts;
            this.pattern = pattern;
            this.supernodes = supernodes;
            this.patternPointers = cp;
            this.patternRows = ri;
            long total = 0;
            for (int c : counts) {
                total += c;
            }
            this.nnzL = total;
            this.assembly = panelEntries() > Integer.MAX_VALUE - 8 ? null : supernodes.assembly(cp, ri, pinv);
        }

        /** The order n. */
        public int size() {
            return n;
        }

        /**
         * The permutation: {@code perm[k]} is the row and column of A eliminated k-th (for
         * orderings other than {@link Ordering#NATURAL}, in a postorder of the elimination tree).
         */
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
         * The supernodes: supernode s holds the columns {@code first[s] .. first[s + 1] - 1} of
         * L (of {@code P A P^T}); the last element is n.
         */
        public int[] supernodes() {
            return supernodes.first.clone();
        }

        /**
         * The number of values the supernodal panels hold: the entries of L, the explicit zeros of
         * relaxed supernodes and the unused upper triangles of the diagonal blocks.
         */
        public long panelEntries() {
            return supernodes.valPtr[supernodes.count];
        }

        /**
         * The numeric factorization of {@code a}, whose upper triangle must have the pattern this
         * analysis was made for.
         *
         * @throws IllegalArgumentException if the pattern differs, or the panels would need more
         *     than one array can hold
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
            long stored = panelEntries();
            if (stored > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "SparseCholesky.factor: the supernodal panels of L would hold " + stored + " values");
            }
            return new SparseCholesky(this, SupernodalCholesky.factor(supernodes, assembly, c.values(), perm));
        }
    }

    /** The analysis this factorization was computed with. */
    public Symbolic symbolic() {
        return symbolic;
    }

    /**
     * The factor {@code L} of {@code P A P^T = L L^T}, lower triangular, by columns, with exactly
     * the {@link Symbolic#nnzL()} entries of its structure (the explicit zeros of the panels left
     * out).
     */
    public Csc factorL() {
        Symbolic s = symbolic;
        Supernodes sn = s.supernodes;
        int n = s.n;
        int[] lp = new int[n + 1];
        for (int k = 0; k < n; k++) {
            lp[k + 1] = lp[k] + s.counts[k];
        }
        int[] li = new int[lp[n]];
        double[] lx = new double[lp[n]];
        int[] fill = Arrays.copyOf(lp, n);
        // position[j]: the panel row of column j last matched; rows of L are met in increasing order
        int[] position = new int[n];
        for (int j = 0; j < n; j++) {
            int sup = sn.superOf[j];
            position[j] = j - sn.first[sup];
            li[fill[j]] = j;
            lx[fill[j]++] = panels[(int) sn.valPtr[sup] + position[j] * (sn.rowCount(sup) + 1)];
        }
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int k = 0; k < n; k++) {
            mark[k] = k;
            for (int i : s.pattern[k]) {
                // row k of L: the tree path from i up to k
                for (int t = i; mark[t] != k; t = s.parent[t]) {
                    mark[t] = k;
                    int sup = sn.superOf[t];
                    int rp = sn.rowPtr[sup];
                    while (sn.rows[rp + position[t]] != k) {
                        position[t]++;
                    }
                    int at = (int) sn.valPtr[sup] + (t - sn.first[sup]) * sn.rowCount(sup) + position[t];
                    li[fill[t]] = k;
                    lx[fill[t]++] = panels[at];
                }
            }
        }
        return Csc.of(n, n, lp, li, lx);
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

    private void solveInPlace(double[] y) {
        SupernodalCholesky.solveInPlace(symbolic.supernodes, panels, y);
    }

    /** {@code log det A = 2 sum log L(k, k)}, finite where {@code det} would overflow. */
    public double logDet() {
        Supernodes sn = symbolic.supernodes;
        double s = 0;
        for (int sup = 0; sup < sn.count; sup++) {
            int off = (int) sn.valPtr[sup];
            int stride = sn.rowCount(sup) + 1;
            for (int t = 0; t < sn.width(sup); t++) {
                s += Math.log(panels[off + t * stride]);
            }
        }
        return 2 * s;
    }

    /** {@code det A}; may overflow or underflow where {@link #logDet()} does not. */
    public double det() {
        return Math.exp(logDet());
    }
}

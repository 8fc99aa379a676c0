package jnum.mat.sparse.linalg;

import java.util.Arrays;
import java.util.Objects;
import jnum.mat.DimensionMismatchException;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.mat.sparse.Csc;
import jnum.mat.sparse.SparseMatrix;

/**
 * The sparse LU factorization {@code P A Q = L U} of a square matrix: {@code Q} a fill-reducing
 * column order chosen before factoring (by default {@link Ordering#COLAMD}, a minimum degree order
 * of {@code A^T A} computed without forming it, which bounds the fill of any row order),
 * {@code P} the row order of partial
 * pivoting chosen while factoring, {@code L} unit lower triangular with multipliers bounded by 1 in
 * magnitude (or by {@code 1/threshold} with threshold pivoting), {@code U} upper triangular.
 *
 * <p>Left-looking, column by column (Gilbert and Peierls 1988): column k of L and U comes from a
 * sparse triangular solve with the columns of L already computed, whose pattern is found first by
 * a depth-first search in the graph of L, so the work is proportional to the arithmetic. Instances
 * are immutable and thread-safe.
 */
public final class SparseLU {

    private final int n;
    private final int[] rowPerm; // rowPerm[k]: the row of A that is the k-th pivot row
    private final int[] colPerm; // colPerm[k]: the column of A that is the k-th column
    private final int[] lp;
    private final int[] li; // rows in pivot order
    private final double[] lx;
    private final int[] up;
    private final int[] ui;
    private final double[] ux; // the diagonal is the last entry of each column

    private SparseLU(
            int n, int[] rowPerm, int[] colPerm, int[] lp, int[] li, double[] lx, int[] up, int[] ui, double[] ux) {
        this.n = n;
        this.rowPerm = rowPerm;
        this.colPerm = colPerm;
        this.lp = lp;
        this.li = li;
        this.lx = lx;
        this.up = up;
        this.ui = ui;
        this.ux = ux;
    }

    /** LU with the {@link Ordering#COLAMD} column order and partial pivoting (threshold 1). */
    public static SparseLU of(SparseMatrix a) {
        return of(a, Ordering.COLAMD, 1.0);
    }

    /**
     * LU with the given column order and threshold partial pivoting: the diagonal entry of the
     * permuted column is kept as pivot when its magnitude is at least {@code threshold} times the
     * largest candidate (1 is classic partial pivoting; smaller values keep more of the fill-reducing
     * order at the price of multipliers up to {@code 1/threshold}).
     *
     * @throws DimensionMismatchException if {@code a} is not square
     * @throws IllegalArgumentException if {@code threshold} is not in {@code (0, 1]}
     * @throws SingularMatrixException if a column has no non-zero pivot candidate (naming the step)
     */
    public static SparseLU of(SparseMatrix a, Ordering ordering, double threshold) {
        Objects.requireNonNull(a, "SparseLU.of: matrix is null");
        Objects.requireNonNull(ordering, "SparseLU.of: ordering is null");
        if (a.rows() != a.cols()) {
            throw new DimensionMismatchException("SparseLU.of: " + a.rows() + "x" + a.cols() + " is not square");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("SparseLU.of: threshold = " + threshold + " outside (0, 1]");
        }
        Csc c = a.toCsc();
        int n = c.cols();
        int[] cp = c.columnPointers();
        int[] ci = c.rowIndices();
        double[] cv = c.values();
        int[] q = ordering.order(c, () -> normalEquationsPattern(c));

        int[] pinv = new int[n]; // pinv[row of A] = pivot step, or -1 while not pivotal
        Arrays.fill(pinv, -1);
        Growing l = new Growing(n, 4 * cp[n] + n);
        Growing u = new Growing(n, 4 * cp[n] + n);
        double[] x = new double[n];
        int[] stack = new int[n];
        int[] pattern = new int[n];
        int[] childPosition = new int[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] searchEnd = new int[n]; // L(:, j)'s entries searched by reach: all, or the pruned part
        boolean[] pruned = new boolean[n];
        for (int k = 0; k < n; k++) {
            int col = q[k];
            // the pattern of L^-1 A(:, col): rows reached from A's entries through L's columns
            int top = n;
            for (int p = cp[col]; p < cp[col + 1]; p++) {
                if (mark[ci[p]] != k) {
                    top = reach(ci[p], k, l, searchEnd, pinv, mark, stack, childPosition, pattern, top);
                }
            }
            for (int t = top; t < n; t++) {
                x[pattern[t]] = 0;
            }
            for (int p = cp[col]; p < cp[col + 1]; p++) {
                x[ci[p]] = cv[p];
            }
            // sparse triangular solve in topological order
            for (int t = top; t < n; t++) {
                int row = pattern[t];
                int j = pinv[row];
                if (j < 0) {
                    continue;
                }
                double xj = x[row];
                for (int p = l.ptr[j] + 1; p < l.ptr[j + 1]; p++) {
                    x[l.idx[p]] -= l.val[p] * xj;
                }
            }
            // pivot: the largest candidate, or the diagonal row if it is within the threshold
            int pivotRow = -1;
            double largest = -1;
            for (int t = top; t < n; t++) {
                int row = pattern[t];
                if (pinv[row] < 0) {
                    double v = Math.abs(x[row]);
                    if (v > largest || Double.isNaN(v)) {
                        largest = v;
                        pivotRow = row;
                        if (Double.isNaN(v)) {
                            break;
                        }
                    }
                } else {
                    u.add(pinv[row], x[row]);
                }
            }
            if (pivotRow < 0 || largest == 0) {
                throw new SingularMatrixException(
                        "SparseLU.of: the " + n + "x" + n + " matrix is singular (no non-zero pivot at step " + k
                                + ", column " + col + ")",
                        k);
            }
            if (pinv[col] < 0 && mark[col] == k && Math.abs(x[col]) >= threshold * largest) {
                pivotRow = col;
            }
            double pivot = x[pivotRow];
            u.add(k, pivot);
            u.close(k);
            pinv[pivotRow] = k;
            l.add(pivotRow, 1.0);
            for (int t = top; t < n; t++) {
                int row = pattern[t];
                if (pinv[row] < 0) {
                    l.add(row, x[row] / pivot);
                }
                x[row] = 0;
            }
            l.close(k);
            searchEnd[k] = l.ptr[k + 1];
            prune(k, pivotRow, top, pattern, l, searchEnd, pruned, pinv);
        }
        // L's row indices from rows of A to pivot order
        for (int p = 0; p < l.size; p++) {
            l.idx[p] = pinv[l.idx[p]];
        }
        int[] rowPerm = new int[n];
        for (int row = 0; row < n; row++) {
            rowPerm[pinv[row]] = row;
        }
        return new SparseLU(
                n, rowPerm, q, l.ptr, l.trimmedIdx(), l.trimmedVal(), u.ptr, u.trimmedIdx(), u.trimmedVal());
    }

    /**
     * Depth-first search from {@code row} in the graph of L (row r leads to the rows of column
     * {@code pinv[r]} of L), pushing finished rows onto {@code pattern[top-1], ...}: the result
     * {@code pattern[top..n-1]} is in topological order.
     */
    private static int reach(
            int row,
            int k,
            Growing l,
            int[] searchEnd,
            int[] pinv,
            int[] mark,
            int[] stack,
            int[] childPosition,
            int[] pattern,
            int top) {
        int head = 0;
        stack[0] = row;
        while (head >= 0) {
            int r = stack[head];
            int j = pinv[r];
            if (mark[r] != k) {
                mark[r] = k;
                childPosition[head] = j < 0 ? 0 : l.ptr[j] + 1;
            }
            boolean descended = false;
            if (j >= 0) {
                int end = searchEnd[j];
                for (int p = childPosition[head]; p < end; p++) {
                    int child = l.idx[p];
                    if (mark[child] != k) {
                        childPosition[head] = p + 1;
                        stack[++head] = child;
                        descended = true;
                        break;
                    }
                }
            }
            if (!descended) {
                head--;
                pattern[--top] = r;
            }
        }
        return top;
    }

    /**
     * Symmetric pruning (Eisenstat and Liu 1992): when {@code U(j, k)} and {@code L(r, j)} are both
     * structurally non-zero for the pivot row r of step k, every row of {@code L(:, j)} not yet
     * pivotal is also in {@code L(:, k)}, so later searches reach it through column k; L(:, j)'s
     * entries are reordered with the pivotal rows first and the search stops after them. The
     * numeric updates still use the whole column.
     */
    private static void prune(
            int k, int pivotRow, int top, int[] pattern, Growing l, int[] searchEnd, boolean[] pruned, int[] pinv) {
        int n = pinv.length;
        for (int t = top; t < n; t++) {
            int j = pinv[pattern[t]];
            if (j < 0 || j >= k || pruned[j]) {
                continue;
            }
            int start = l.ptr[j] + 1;
            int end = l.ptr[j + 1];
            boolean meets = false;
            for (int p = start; p < end; p++) {
                if (l.idx[p] == pivotRow) {
                    meets = true;
                    break;
                }
            }
            if (!meets) {
                continue;
            }
            int kept = start;
            for (int p = start; p < end; p++) {
                int row = l.idx[p];
                if (pinv[row] >= 0) {
                    double v = l.val[p];
                    l.idx[p] = l.idx[kept];
                    l.val[p] = l.val[kept];
                    l.idx[kept] = row;
                    l.val[kept] = v;
                    kept++;
                }
            }
            searchEnd[j] = kept;
            pruned[j] = true;
        }
    }

    /** The pattern of {@code A^T A} without the diagonal (columns sharing a row are adjacent). */
    private static int[][] normalEquationsPattern(Csc c) {
        int n = c.cols();
        var byRows = c.toCsr();
        int[] rp = byRows.rowPointers();
        int[] rc = byRows.columnIndices();
        int[][] lists = new int[n][];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] cp = c.columnPointers();
        int[] ci = c.rowIndices();
        for (int j = 0; j < n; j++) {
            int[] list = new int[8];
            int count = 0;
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int row = ci[p];
                for (int t = rp[row]; t < rp[row + 1]; t++) {
                    int other = rc[t];
                    if (other != j && mark[other] != j) {
                        mark[other] = j;
                        if (count == list.length) {
                            list = Arrays.copyOf(list, 2 * count);
                        }
                        list[count++] = other;
                    }
                }
            }
            lists[j] = Arrays.copyOf(list, count);
        }
        return lists;
    }

    /**
     * Solves {@code A x = b}.
     *
     * @throws DimensionMismatchException if {@code b.length()} is not the order
     */
    public Vec solve(Vec b) {
        Objects.requireNonNull(b, "SparseLU.solve: b is null");
        if (b.length() != n) {
            throw DimensionMismatchException.of("SparseLU.solve", n, n, "\\", b.length(), 1);
        }
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            y[k] = b.get(rowPerm[k]);
        }
        for (int j = 0; j < n; j++) {
            double yj = y[j];
            for (int p = lp[j] + 1; p < lp[j + 1]; p++) {
                y[li[p]] -= lx[p] * yj;
            }
        }
        for (int j = n - 1; j >= 0; j--) {
            int diag = up[j + 1] - 1;
            double yj = y[j] / ux[diag];
            y[j] = yj;
            for (int p = up[j]; p < diag; p++) {
                y[ui[p]] -= ux[p] * yj;
            }
        }
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[colPerm[k]] = y[k];
        }
        return Vec.of(x);
    }

    /** The unit lower triangular factor L (rows in pivot order), by columns. */
    public Csc factorL() {
        return sorted(lp, li, lx);
    }

    /** The upper triangular factor U, by columns. */
    public Csc factorU() {
        return sorted(up, ui, ux);
    }

    private Csc sorted(int[] ptr, int[] idx, double[] val) {
        jnum.mat.sparse.Coo coo = new jnum.mat.sparse.Coo(n, n);
        for (int j = 0; j < n; j++) {
            for (int p = ptr[j]; p < ptr[j + 1]; p++) {
                coo.add(idx[p], j, val[p]);
            }
        }
        return coo.toCsc();
    }

    /** The row order: {@code rowPermutation()[k]} is the row of A that is row k of {@code P A Q}. */
    public int[] rowPermutation() {
        return rowPerm.clone();
    }

    /** The column order: {@code columnPermutation()[k]} is the column of A that is column k of {@code P A Q}. */
    public int[] columnPermutation() {
        return colPerm.clone();
    }

    /** The number of stored entries of L and U together (the diagonal of L included). */
    public long nnz() {
        return (long) lp[n] + up[n];
    }

    /** {@code log |det A|}, finite where {@code det} would overflow. */
    public double logAbsDet() {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += Math.log(Math.abs(ux[up[j + 1] - 1]));
        }
        return s;
    }

    /** A compressed column array that grows as columns are closed one after another. */
    private static final class Growing {
        final int[] ptr;
        int[] idx;
        double[] val;
        int size;

        Growing(int n, int capacity) {
            ptr = new int[n + 1];
            idx = new int[Math.max(capacity, 16)];
            val = new double[idx.length];
        }

        void add(int index, double value) {
            if (size == idx.length) {
                if (size == Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("SparseLU: the factors need more than " + size + " entries");
                }
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * size);
                idx = Arrays.copyOf(idx, grown);
                val = Arrays.copyOf(val, grown);
            }
            idx[size] = index;
            val[size++] = value;
        }

        void close(int column) {
            ptr[column + 1] = size;
        }

        int[] trimmedIdx() {
            return Arrays.copyOf(idx, size);
        }

        double[] trimmedVal() {
            return Arrays.copyOf(val, size);
        }
    }
}

package jnum.mat.sparse.linalg;

import java.util.Arrays;
import jnum.mat.SingularMatrixException;

/**
 * The numeric work of {@link SparseLU}: left-looking LU with threshold partial pivoting (Gilbert and
 * Peierls 1988) on columns grouped into supernodes, as SuperLU does (Demmel, Eisenstat, Gilbert,
 * Li and Liu 1999).
 *
 * <p>A supernode is a run of consecutive columns {@code f..f+w-1} of L whose structures nest:
 * column {@code j+1}'s rows are column j's rows without j's pivot row. All its columns share one row
 * list (that of column f, the pivot rows of the supernode first), and each column is stored as the
 * tail of that list, so the supernode is a dense trapezoid. The columns that update a new column are
 * found by a depth-first search over supernodes, not columns; a supernode reached at column j
 * updates with its columns {@code j..f+w-1} (they are all non-zero in U, since each column's
 * structure holds the later pivot rows): a dense unit triangular solve on the pivot rows and a dense
 * matrix-vector product for the rows below, accumulated in a contiguous buffer and scattered once.
 *
 * <p>Pivoting stays free: the pivot of column k is any row of its L part; when column k extends the
 * supernode of column k-1, the pivot row's position is exchanged with the first row below the
 * supernode in all its columns (a row exchange inside the supernode). The searches use symmetric
 * pruning (Eisenstat and Liu 1992): once a supernode's last column meets the pivot row of a later
 * column k that it updates, its rows not yet pivotal are also rows of column k, and the search
 * through the supernode stops after its pivotal rows.
 */
final class SupernodalLU {

    /** Widest supernode: bounds the dense triangular solves and keeps the panels in cache. */
    private static final int MAX_WIDTH = 128;

    final int n;
    final int[] pinv; // pinv[row of A] = its pivot step
    final Growing l; // rows of A, converted to pivot order at the end
    final Growing u;

    // supernodes
    private final int[] superOf;
    private final int[] first;
    private final int[] width;
    private final int[][] search;
    private final int[] searchLen;
    private final boolean[] pruned;
    private int open = -1;
    private int supers;

    // one column's work
    private final double[] x;
    private final double[] work; // zero between updates
    private final int[] visited;
    private final int[] segmentStart;
    private final int[] rowMark;
    private final int[] leaves;
    private int leafCount;
    private final int[] order;
    private final int[] stack;
    private final int[] stackPos;

    private SupernodalLU(int n, int nnz) {
        this.n = n;
        pinv = new int[n];
        Arrays.fill(pinv, -1);
        l = new Growing(n, 4 * nnz + n);
        u = new Growing(n, 4 * nnz + n);
        superOf = new int[n];
        first = new int[n];
        width = new int[n];
        search = new int[n][];
        searchLen = new int[n];
        pruned = new boolean[n];
        x = new double[n];
        work = new double[n];
        visited = new int[n];
        segmentStart = new int[n];
        rowMark = new int[n];
        Arrays.fill(visited, -1);
        Arrays.fill(rowMark, -1);
        leaves = new int[n];
        order = new int[n];
        stack = new int[n];
        stackPos = new int[n];
    }

    /**
     * Factors {@code A(:, q)} given by columns; {@code pinv}, L (rows in pivot order) and U are the
     * result.
     *
     * @throws SingularMatrixException if a column has no non-zero pivot candidate
     */
    static SupernodalLU factor(int n, int[] cp, int[] ci, double[] cv, int[] q, double threshold) {
        SupernodalLU f = new SupernodalLU(n, cp[n]);
        for (int k = 0; k < n; k++) {
            f.column(k, q[k], cp, ci, cv, threshold);
        }
        for (int p = 0; p < f.l.size; p++) {
            f.l.idx[p] = f.pinv[f.l.idx[p]];
        }
        return f;
    }

    private void column(int k, int col, int[] cp, int[] ci, double[] cv, double threshold) {
        leafCount = 0;
        int top = n;
        for (int p = cp[col]; p < cp[col + 1]; p++) {
            top = reach(ci[p], k, top);
        }
        for (int p = cp[col]; p < cp[col + 1]; p++) {
            x[ci[p]] = cv[p];
        }
        for (int t = top; t < n; t++) {
            update(order[t]);
        }
        // pivot: the largest candidate, or the diagonal row if it is within the threshold
        int pivotRow = -1;
        double largest = -1;
        for (int t = 0; t < leafCount; t++) {
            int row = leaves[t];
            double v = Math.abs(x[row]);
            if (v > largest || v != v) {
                largest = v;
                pivotRow = row;
                if (v != v) {
                    break;
                }
            }
        }
        if (pivotRow < 0 || largest == 0) {
            throw new SingularMatrixException(
                    "SparseLU.of: the " + n + "x" + n + " matrix is singular (no non-zero pivot at step " + k
                            + ", column " + col + ")",
                    k);
        }
        if (pinv[col] < 0 && rowMark[col] == k && Math.abs(x[col]) >= threshold * largest) {
            pivotRow = col;
        }
        // U(:, k): the pivot rows of the reached supernode segments, then the pivot
        for (int t = top; t < n; t++) {
            int s = order[t];
            int f = first[s];
            int fp = l.ptr[f];
            for (int j = segmentStart[s]; j < f + width[s]; j++) {
                int row = l.idx[fp + j - f];
                u.add(j, x[row]);
                x[row] = 0;
            }
        }
        double pivot = x[pivotRow];
        u.add(k, pivot);
        u.close(k);
        pinv[pivotRow] = k;
        storeL(k, pivotRow, pivot);
        for (int t = 0; t < leafCount; t++) {
            x[leaves[t]] = 0;
        }
        prune(k, pivotRow, top);
    }

    /**
     * Depth-first search from {@code row} over the supernodes: a non-pivotal row is a leaf (a row of
     * L(:, k)); a pivotal row leads to its supernode, which leads to its rows below. Finished
     * supernodes go to {@code order[top-1], ...}, so {@code order[top..n-1]} is topological.
     */
    private int reach(int row, int k, int top) {
        int start = enter(row, k);
        if (start < 0) {
            return top;
        }
        int head = 0;
        stack[0] = start;
        stackPos[0] = 0;
        while (head >= 0) {
            int s = stack[head];
            int[] rows;
            int from;
            int end;
            if (s == open) {
                int fp = l.ptr[first[s]];
                rows = l.idx;
                from = fp + width[s];
                end = l.ptr[first[s] + 1];
            } else {
                rows = search[s];
                from = 0;
                end = searchLen[s];
            }
            boolean descended = false;
            for (int p = from + stackPos[head]; p < end; p++) {
                int next = enter(rows[p], k);
                if (next >= 0) {
                    stackPos[head] = p + 1 - from;
                    stack[++head] = next;
                    stackPos[head] = 0;
                    descended = true;
                    break;
                }
            }
            if (!descended) {
                head--;
                order[--top] = s;
            }
        }
        return top;
    }

    /** Records {@code row} for step k; returns its supernode if it is reached for the first time. */
    private int enter(int row, int k) {
        int j = pinv[row];
        if (j < 0) {
            if (rowMark[row] != k) {
                rowMark[row] = k;
                leaves[leafCount++] = row;
            }
            return -1;
        }
        int s = superOf[j];
        if (visited[s] == k) {
            if (j < segmentStart[s]) {
                segmentStart[s] = j;
            }
            return -1;
        }
        visited[s] = k;
        segmentStart[s] = j;
        return s;
    }

    /** Applies the columns {@code segmentStart[s]..} of supernode s to x (dense kernels). */
    private void update(int s) {
        int f = first[s];
        int w = width[s];
        int t0 = segmentStart[s] - f;
        int fp = l.ptr[f];
        int r = l.ptr[f + 1] - fp;
        int[] idx = l.idx;
        double[] val = l.val;
        int m = r - w;
        if (t0 == w - 1) {
            // one column: a sparse axpy
            double xt = x[idx[fp + t0]];
            if (xt != 0) {
                int b = l.ptr[f + t0] - t0 + w;
                int rows = fp + w;
                for (int i = 0; i < m; i++) {
                    x[idx[rows + i]] -= val[b + i] * xt;
                }
            }
            return;
        }
        // z = the pivot rows of the segment, then the rows below: a unit lower triangular solve on
        // the first part and a matrix-vector product into the second, four columns per pass
        double[] z = work;
        for (int t = t0; t < w; t++) {
            z[t] = x[idx[fp + t]];
        }
        int t = t0;
        for (; t + 3 < w; t += 4) {
            int b0 = l.ptr[f + t] - t;
            int b1 = l.ptr[f + t + 1] - t - 1;
            int b2 = l.ptr[f + t + 2] - t - 2;
            int b3 = l.ptr[f + t + 3] - t - 3;
            double a0 = z[t];
            double a1 = z[t + 1] - val[b0 + t + 1] * a0;
            double a2 = z[t + 2] - val[b0 + t + 2] * a0 - val[b1 + t + 2] * a1;
            double a3 = z[t + 3] - val[b0 + t + 3] * a0 - val[b1 + t + 3] * a1 - val[b2 + t + 3] * a2;
            z[t + 1] = a1;
            z[t + 2] = a2;
            z[t + 3] = a3;
            for (int i = t + 4; i < r; i++) {
                z[i] -= val[b0 + i] * a0 + val[b1 + i] * a1 + val[b2 + i] * a2 + val[b3 + i] * a3;
            }
        }
        for (; t < w; t++) {
            int b = l.ptr[f + t] - t;
            double a = z[t];
            for (int i = t + 1; i < r; i++) {
                z[i] -= val[b + i] * a;
            }
        }
        for (int i = t0; i < w; i++) {
            x[idx[fp + i]] = z[i];
            z[i] = 0;
        }
        for (int i = w; i < r; i++) {
            x[idx[fp + i]] += z[i];
            z[i] = 0;
        }
    }

    /** Writes L(:, k), extending the open supernode when the structures nest. */
    private void storeL(int k, int pivotRow, double pivot) {
        int s = open;
        boolean extend = false;
        if (s >= 0 && visited[s] == k && width[s] < MAX_WIDTH) {
            int f = first[s];
            int r = l.ptr[f + 1] - l.ptr[f];
            extend = leafCount == r - width[s];
        }
        if (extend) {
            int f = first[s];
            int w = width[s];
            int fp = l.ptr[f];
            int r = l.ptr[f + 1] - fp;
            int at = w;
            while (l.idx[fp + at] != pivotRow) {
                at++;
            }
            if (at != w) {
                for (int t = 0; t < w; t++) {
                    int b = l.ptr[f + t] - t;
                    swap(b + w, b + at);
                }
            }
            l.add(pivotRow, 1.0);
            for (int i = w + 1; i < r; i++) {
                int row = l.idx[fp + i];
                l.add(row, x[row] / pivot);
            }
            l.close(k);
            width[s] = w + 1;
            superOf[k] = s;
            return;
        }
        if (s >= 0) {
            close(s);
        }
        s = supers++;
        first[s] = k;
        width[s] = 1;
        superOf[k] = s;
        open = s;
        l.add(pivotRow, 1.0);
        for (int t = 0; t < leafCount; t++) {
            int row = leaves[t];
            if (row != pivotRow) {
                l.add(row, x[row] / pivot);
            }
        }
        l.close(k);
    }

    private void swap(int a, int b) {
        int i = l.idx[a];
        l.idx[a] = l.idx[b];
        l.idx[b] = i;
        double v = l.val[a];
        l.val[a] = l.val[b];
        l.val[b] = v;
    }

    /** A supernode stops growing: its rows below become a search list of its own, to be pruned. */
    private void close(int s) {
        int f = first[s];
        int from = l.ptr[f] + width[s];
        int end = l.ptr[f + 1];
        search[s] = Arrays.copyOfRange(l.idx, from, end);
        searchLen[s] = end - from;
    }

    /**
     * Symmetric pruning after step k: a closed supernode that updated column k and holds its pivot
     * row needs to be searched only through its pivotal rows.
     */
    private void prune(int k, int pivotRow, int top) {
        int own = superOf[k];
        for (int t = top; t < n; t++) {
            int s = order[t];
            if (s == own || pruned[s]) {
                continue;
            }
            int[] rows = search[s];
            int len = searchLen[s];
            boolean meets = false;
            for (int p = 0; p < len; p++) {
                if (rows[p] == pivotRow) {
                    meets = true;
                    break;
                }
            }
            if (!meets) {
                continue;
            }
            int kept = 0;
            for (int p = 0; p < len; p++) {
                int row = rows[p];
                if (pinv[row] >= 0) {
                    rows[p] = rows[kept];
                    rows[kept++] = row;
                }
            }
            searchLen[s] = kept;
            pruned[s] = true;
        }
    }

    /** A compressed column array that grows as columns are closed one after another. */
    static final class Growing {
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

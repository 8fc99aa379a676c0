package jnum.mat.sparse.linalg;

import java.util.Arrays;

/**
 * The supernodal structure of a Cholesky factor {@code L} of {@code C = P A P^T}, found from the
 * postordered elimination tree and the column counts of L (Liu, Ng and Peyton 1993; relaxed as in
 * CHOLMOD).
 *
 * <p>A supernode is a run of consecutive columns {@code f..l} that form a connected subtree of the
 * elimination tree rooted at {@code l}, stored as one dense column-major panel of {@code nrows x
 * (l - f + 1)} values whose rows are the columns {@code f..l} followed by the rows of
 * {@code L(:, l)} below {@code l} (every column of the run has its structure within these rows,
 * since {@code struct(L(:, j)) \ {j}} lies in {@code struct(L(:, parent(j)))}). The panel's upper
 * triangle above the diagonal block is never read.
 *
 * <p>Fundamental supernodes join column {@code j} to {@code j + 1} when {@code j + 1} is the
 * parent of j, its only child, and {@code L(:, j + 1)} has one row less. Relaxed amalgamation then
 * merges a supernode into its parent supernode when they are adjacent and the merged panel has few
 * explicit zeros: always up to 4 columns; up to 16 columns with less than 50 % zeros; up to 48
 * with less than 10 %; any width with less than 5 % (CHOLMOD's rule, which allows 80 % zeros up to
 * 16 columns: the Java kernels gain less from a small panel than an optimized BLAS does, and at 80 %
 * a tridiagonal matrix factors half again slower than at 50 %, with no gain elsewhere). Wider
 * panels make the dense kernels faster than the zeros make them slower. Row lists are in
 * increasing order.
 */
final class Supernodes {

    private static final int ALWAYS_MERGE = 4;
    private static final int NARROW = 16;
    private static final int MEDIUM = 48;
    private static final double NARROW_ZEROS = 0.5;
    private static final double MEDIUM_ZEROS = 0.1;
    private static final double WIDE_ZEROS = 0.05;

    /** The number of supernodes. */
    final int count;
    /** The first column of each supernode; {@code first[count] = n}. */
    final int[] first;
    /** The supernode of each column. */
    final int[] superOf;
    /** {@code rows[rowPtr[s] .. rowPtr[s + 1])}: the panel rows of supernode s, increasing. */
    final int[] rowPtr;

    final int[] rows;
    /** The offset of each panel in the value array; {@code valPtr[count]} values in all. */
    final long[] valPtr;
    /** The most rows of one panel. */
    final int maxRows;

    private Supernodes(int[] first, int[] superOf, int[] rowPtr, int[] rows, long[] valPtr) {
        this.count = first.length - 1;
        this.first = first;
        this.superOf = superOf;
        this.rowPtr = rowPtr;
        this.rows = rows;
        this.valPtr = valPtr;
        int most = 0;
        for (int s = 0; s < count; s++) {
            most = Math.max(most, rowPtr[s + 1] - rowPtr[s]);
        }
        this.maxRows = most;
    }

    /**
     * The supernodes of L for the postordered elimination tree {@code parent}, the column counts
     * and the upper pattern of C by columns ({@code upper[k]} holds rows {@code i <= k}).
     *
     * @param relax whether to merge supernodes with the rule above (otherwise fundamental only)
     */
    static Supernodes of(int n, int[] parent, int[] counts, int[][] upper, boolean relax) {
        int[] first = partition(n, parent, counts, relax);
        int count = first.length - 1;
        int[] superOf = new int[n];
        for (int s = 0; s < count; s++) {
            Arrays.fill(superOf, first[s], first[s + 1], s);
        }
        int[] rowPtr = new int[count + 1];
        long[] valPtr = new long[count + 1];
        for (int s = 0; s < count; s++) {
            int w = first[s + 1] - first[s];
            int nr = w + counts[first[s + 1] - 1] - 1;
            if ((long) rowPtr[s] + nr > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        "SparseCholesky.analyze: the supernodal row lists need more than " + rowPtr[s] + " entries");
            }
            rowPtr[s + 1] = rowPtr[s] + nr;
            valPtr[s + 1] = valPtr[s] + (long) nr * w;
        }
        int[] rows = new int[rowPtr[count]];
        int[] fill = new int[count];
        for (int s = 0; s < count; s++) {
            int p = rowPtr[s];
            for (int j = first[s]; j < first[s + 1]; j++) {
                rows[p++] = j;
            }
            fill[s] = p;
        }
        // row k of L holds the nodes on the tree paths from the entries of C(:, k) up to k; walked
        // a supernode at a time, each supernode met below k's gets row k, in increasing k
        int[] lastRow = new int[count];
        Arrays.fill(lastRow, -1);
        for (int k = 0; k < n; k++) {
            int own = superOf[k];
            for (int i : upper[k]) {
                int t = i;
                while (t >= 0) {
                    int s = superOf[t];
                    if (s == own || lastRow[s] == k) {
                        break;
                    }
                    lastRow[s] = k;
                    rows[fill[s]++] = k;
                    t = parent[first[s + 1] - 1];
                }
            }
        }
        return new Supernodes(first, superOf, rowPtr, rows, valPtr);
    }

    /** The first column of each supernode, and n at the end. */
    private static int[] partition(int n, int[] parent, int[] counts, boolean relax) {
        int[] children = new int[n];
        for (int j = 0; j < n; j++) {
            if (parent[j] >= 0) {
                children[parent[j]]++;
            }
        }
        int[] start = new int[n + 1];
        int nf = 0;
        for (int j = 0; j < n; j++) {
            boolean joins = j > 0 && parent[j - 1] == j && children[j] == 1 && counts[j - 1] == counts[j] + 1;
            if (!joins) {
                start[nf++] = j;
            }
        }
        start[nf] = n;
        if (!relax || nf <= 1) {
            return Arrays.copyOf(start, nf + 1);
        }
        int[] fundamentalOf = new int[n];
        for (int s = 0; s < nf; s++) {
            Arrays.fill(fundamentalOf, start[s], start[s + 1], s);
        }
        // merged[s] = s for a supernode that heads a merged run, else a later-merged-into pointer
        int[] merged = new int[nf];
        long[] cols = new long[nf];
        long[] nrows = new long[nf];
        long[] exact = new long[nf];
        for (int s = 0; s < nf; s++) {
            merged[s] = s;
            cols[s] = start[s + 1] - start[s];
            nrows[s] = cols[s] + counts[start[s + 1] - 1] - 1;
            for (int j = start[s]; j < start[s + 1]; j++) {
                exact[s] += counts[j];
            }
        }
        // from the last supernode down: s joins the run holding its parent when that run begins
        // right after s (the run is then s's parent's columns and, perhaps, later-merged siblings)
        for (int s = nf - 2; s >= 0; s--) {
            int top = parent[start[s + 1] - 1];
            if (top < 0) {
                continue;
            }
            int r = find(merged, fundamentalOf[top]);
            if (r != s + 1) {
                continue;
            }
            long c = cols[s] + cols[r];
            long rws = cols[s] + nrows[r];
            long stored = c * rws - c * (c - 1) / 2;
            long zeros = stored - exact[s] - exact[r];
            if (worthMerging(c, zeros, stored)) {
                merged[r] = s;
                cols[s] = c;
                nrows[s] = rws;
                exact[s] += exact[r];
            }
        }
        int count = 0;
        for (int s = 0; s < nf; s++) {
            if (merged[s] == s) {
                start[count++] = start[s];
            }
        }
        start[count] = n;
        return Arrays.copyOf(start, count + 1);
    }

    private static boolean worthMerging(long cols, long zeros, long stored) {
        if (cols <= ALWAYS_MERGE) {
            return true;
        }
        double z = (double) zeros / stored;
        return (cols <= NARROW && z < NARROW_ZEROS) || (cols <= MEDIUM && z < MEDIUM_ZEROS) || z < WIDE_ZEROS;
    }

    /** The head of the merged run holding s, with path halving. */
    private static int find(int[] merged, int s) {
        while (merged[s] != s) {
            merged[s] = merged[merged[s]];
            s = merged[s];
        }
        return s;
    }

    /** The number of panel rows of supernode s. */
    int rowCount(int s) {
        return rowPtr[s + 1] - rowPtr[s];
    }

    /** The number of columns of supernode s. */
    int width(int s) {
        return first[s + 1] - first[s];
    }

    /**
     * For each stored entry p of A (by columns, {@code cp} and {@code ri}), the offset in the panels
     * where its value is added: the entry {@code (i, j)}, {@code i <= j}, lands at
     * {@code L(max, min)} of {@code (pinv[i], pinv[j])}; -1 for the entries below the diagonal of A,
     * which are not read. Requires the panels to fit one array.
     */
    int[] assembly(int[] cp, int[] ri, int[] pinv) {
        int cols = cp.length - 1;
        int[] at = new int[cp[cols]];
        for (int j = 0; j < cols; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i > j) {
                    at[p] = -1;
                    continue;
                }
                int a = pinv[i];
                int b = pinv[j];
                int col = Math.min(a, b);
                int row = Math.max(a, b);
                int s = superOf[col];
                int pos = Arrays.binarySearch(rows, rowPtr[s], rowPtr[s + 1], row) - rowPtr[s];
                at[p] = (int) (valPtr[s] + (long) (col - first[s]) * rowCount(s) + pos);
            }
        }
        return at;
    }
}

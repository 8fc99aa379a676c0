package jnum.mat.sparse.linalg;

import java.util.Arrays;

/**
 * Column approximate minimum degree (Davis, Gilbert, Larimore and Ng 2004): a column order for the
 * LU factorization of an unsymmetric matrix that keeps the Cholesky factor of {@code (A Q)^T (A Q)}
 * sparse, and with it the L and U of any row order, computed on the rows and columns of {@code A}
 * without forming {@code A^T A}.
 *
 * <p>The rows of A are cliques of columns (every pair of columns sharing a row is adjacent in
 * {@code A^T A}). Eliminating a column merges every row holding it into one new pivot row, the
 * union of their columns; the merged rows disappear, so the memory never exceeds that of A plus
 * one list per eliminated column. A column's score is an upper bound on its external degree in
 * {@code A^T A}: the sum over its rows of the columns they hold outside the latest pivot row, plus
 * the pivot row's size. Rows that turn out to be subsets of the pivot row are absorbed at once
 * (aggressive absorption); columns with the same rows are merged into one supercolumn and scored
 * once. Dense rows (more than {@code max(16, 10 sqrt(n))} columns) are ignored, since a dense row
 * makes every column adjacent to every other and hides all structure; dense columns (more than
 * {@code max(16, 10 sqrt(min(m, n)))} rows) and empty columns are ordered last.
 */
final class ColumnMinimumDegree {

    private ColumnMinimumDegree() {}

    /**
     * The column order of the {@code m x n} pattern given by columns ({@code rowIndices[
     * columnPointers[j] .. columnPointers[j+1]-1]} are the rows of column j): {@code order[k]} is the
     * k-th column.
     */
    static int[] order(int m, int n, int[] columnPointers, int[] rowIndices) {
        return new ColumnMinimumDegree.State(m, n, columnPointers, rowIndices).run();
    }

    /** The working quotient structure: rows (original and pivot rows) and columns as lists. */
    private static final class State {
        final int m;
        final int n;
        final int[] perm;
        int front;
        int back;

        // rows 0..m-1 are A's, rows m.. are pivot rows created by eliminations
        int[][] rowCols;
        int[] rowLen;
        int[] rowDeg; // sum of the thicknesses of the row's live columns
        boolean[] rowAlive;
        int[] rowMark;
        int[] rowDiff;
        int[] rowSeen;
        int compareTag;
        int rows;

        int[][] colRows;
        int[] colLen;
        int[] thickness;
        boolean[] colDead;
        int[] mergedInto;
        int[] score;
        int[] colMark;
        long[] hash;

        // score buckets: doubly linked lists of live principal columns
        int[] head;
        int[] next;
        int[] prev;
        int minScore;

        int live; // total thickness of the columns that take part in the elimination
        int eliminated;

        State(int m, int n, int[] cp, int[] ri) {
            this.m = m;
            this.n = n;
            perm = new int[n];
            back = n;
            colRows = new int[n][];
            colLen = new int[n];
            thickness = new int[n];
            colDead = new boolean[n];
            mergedInto = new int[n];
            score = new int[n];
            colMark = new int[n];
            hash = new long[n];
            Arrays.fill(mergedInto, -1);
            int capacity = m + n;
            rowCols = new int[capacity][];
            rowLen = new int[capacity];
            rowDeg = new int[capacity];
            rowAlive = new boolean[capacity];
            rowMark = new int[capacity];
            rowDiff = new int[capacity];
            rowSeen = new int[capacity];
            Arrays.fill(rowMark, -1);
            init(cp, ri);
        }

        private void init(int[] cp, int[] ri) {
            int denseCol = (int) Math.max(16, 10 * Math.sqrt(Math.min(m, n)));
            int denseRow = (int) Math.max(16, 10 * Math.sqrt(n));
            // empty columns last of all, dense columns just before them
            for (int j = n - 1; j >= 0; j--) {
                if (cp[j + 1] == cp[j]) {
                    colDead[j] = true;
                    perm[--back] = j;
                }
            }
            for (int j = n - 1; j >= 0; j--) {
                if (!colDead[j] && cp[j + 1] - cp[j] > denseCol) {
                    colDead[j] = true;
                    perm[--back] = j;
                }
            }
            // rows over the remaining columns, without repeated entries
            int[] count = new int[m];
            int[] seen = new int[m];
            Arrays.fill(seen, -1);
            for (int j = 0; j < n; j++) {
                if (colDead[j]) {
                    continue;
                }
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    int r = ri[p];
                    if (seen[r] != j) {
                        seen[r] = j;
                        count[r]++;
                    }
                }
            }
            for (int r = 0; r < m; r++) {
                if (count[r] > 0 && count[r] <= denseRow) {
                    rowAlive[r] = true;
                    rowCols[r] = new int[count[r]];
                }
            }
            Arrays.fill(seen, -1);
            for (int j = 0; j < n; j++) {
                if (colDead[j]) {
                    continue;
                }
                int kept = 0;
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    int r = ri[p];
                    if (rowAlive[r] && seen[r] != j) {
                        seen[r] = j;
                        rowCols[r][rowLen[r]++] = j;
                        kept++;
                    }
                }
                int[] list = new int[kept + 1];
                int t = 0;
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    int r = ri[p];
                    if (rowAlive[r] && seen[r] == j) {
                        seen[r] = -2 - j; // taken once
                        list[t++] = r;
                    }
                }
                colRows[j] = list;
                colLen[j] = t;
                thickness[j] = 1;
                this.live++;
            }
            rows = m;
            for (int r = 0; r < m; r++) {
                rowDeg[r] = rowLen[r];
            }
            head = new int[n + 1];
            next = new int[n];
            prev = new int[n];
            Arrays.fill(head, -1);
            minScore = n;
            for (int j = 0; j < n; j++) {
                if (colDead[j]) {
                    continue;
                }
                long s = 0;
                for (int t = 0; t < colLen[j]; t++) {
                    s += rowLen[colRows[j][t]] - 1;
                }
                insert(j, (int) Math.min(s, live - 1));
            }
        }

        private void insert(int j, int s) {
            score[j] = s;
            prev[j] = -1;
            next[j] = head[s];
            if (head[s] >= 0) {
                prev[head[s]] = j;
            }
            head[s] = j;
            if (s < minScore) {
                minScore = s;
            }
        }

        private void remove(int j) {
            int s = score[j];
            if (prev[j] >= 0) {
                next[prev[j]] = next[j];
            } else {
                head[s] = next[j];
            }
            if (next[j] >= 0) {
                prev[next[j]] = prev[j];
            }
        }

        int[] run() {
            int[] eliminatedOrder = new int[n];
            int principalCount = 0;
            int[] pivot = new int[n];
            int step = 0;
            while (eliminated < live) {
                while (head[minScore] < 0) {
                    minScore++;
                }
                int c = head[minScore];
                remove(c);
                eliminatedOrder[principalCount++] = c;
                colDead[c] = true;
                eliminated += thickness[c];
                step++;
                int pivotLen = buildPivotRow(c, pivot, step);
                if (pivotLen == 0) {
                    continue;
                }
                int pivotRow = rows++;
                int pivotDeg = 0;
                for (int t = 0; t < pivotLen; t++) {
                    int j = pivot[t];
                    pivotDeg += thickness[j];
                    remove(j);
                }
                setDifferences(pivot, pivotLen, step);
                updateColumns(pivot, pivotLen, pivotRow);
                pivotLen = mergeIdenticalColumns(pivot, pivotLen);
                rowCols[pivotRow] = Arrays.copyOf(pivot, pivotLen);
                rowLen[pivotRow] = pivotLen;
                rowDeg[pivotRow] = pivotDeg;
                rowAlive[pivotRow] = true;
                int bound = live - eliminated;
                for (int t = 0; t < pivotLen; t++) {
                    int j = pivot[t];
                    long s = (long) score[j] + pivotDeg - thickness[j];
                    insert(j, (int) Math.max(0, Math.min(s, bound - thickness[j])));
                }
            }
            return expand(eliminatedOrder, principalCount);
        }

        /** The union of the live columns of the rows holding c; those rows are absorbed. */
        private int buildPivotRow(int c, int[] pivot, int step) {
            colMark[c] = step;
            int len = 0;
            for (int t = 0; t < colLen[c]; t++) {
                int r = colRows[c][t];
                if (!rowAlive[r]) {
                    continue;
                }
                int[] cols = rowCols[r];
                for (int s = 0; s < rowLen[r]; s++) {
                    int j = cols[s];
                    if (!colDead[j] && colMark[j] != step) {
                        colMark[j] = step;
                        pivot[len++] = j;
                    }
                }
                kill(r);
            }
            colRows[c] = null;
            return len;
        }

        private void kill(int r) {
            rowAlive[r] = false;
            rowCols[r] = null;
        }

        /** rowDiff[r] = the thickness of row r outside the pivot row, for rows meeting it. */
        private void setDifferences(int[] pivot, int pivotLen, int step) {
            for (int t = 0; t < pivotLen; t++) {
                int j = pivot[t];
                int w = thickness[j];
                int[] list = colRows[j];
                for (int s = 0; s < colLen[j]; s++) {
                    int r = list[s];
                    if (!rowAlive[r]) {
                        continue;
                    }
                    if (rowMark[r] != step) {
                        rowMark[r] = step;
                        rowDiff[r] = rowDeg[r] - w;
                    } else {
                        rowDiff[r] -= w;
                    }
                }
            }
        }

        /**
         * Drops dead rows from the pivot columns' lists, absorbs rows inside the pivot row, appends
         * the pivot row, and leaves in score[j] the sum of the remaining rows' differences.
         */
        private void updateColumns(int[] pivot, int pivotLen, int pivotRow) {
            for (int t = 0; t < pivotLen; t++) {
                int j = pivot[t];
                int[] list = colRows[j];
                int kept = 0;
                long s = 0;
                long h = 0;
                for (int i = 0; i < colLen[j]; i++) {
                    int r = list[i];
                    if (!rowAlive[r]) {
                        continue;
                    }
                    if (rowDiff[r] == 0) {
                        kill(r); // a subset of the pivot row: aggressive absorption
                        continue;
                    }
                    list[kept++] = r;
                    s += rowDiff[r];
                    h += r;
                }
                if (kept == list.length) {
                    list = Arrays.copyOf(list, kept + Math.max(4, kept / 2));
                    colRows[j] = list;
                }
                list[kept++] = pivotRow;
                colLen[j] = kept;
                score[j] = (int) Math.min(s, Integer.MAX_VALUE / 2);
                hash[j] = h + pivotRow;
            }
        }

        /**
         * Merges pivot columns with identical row lists into supercolumns; returns the number of
         * principal columns left at the front of {@code pivot}.
         */
        private int mergeIdenticalColumns(int[] pivot, int pivotLen) {
            // candidates share the hash of their row lists: sort the positions by it
            long modulus = (long) m + n;
            long[] keys = new long[pivotLen];
            for (int t = 0; t < pivotLen; t++) {
                keys[t] = (Math.floorMod(hash[pivot[t]], modulus) << 32) | t;
            }
            Arrays.sort(keys);
            for (int a = 0; a < pivotLen; a++) {
                int i = pivot[(int) keys[a]];
                if (colDead[i]) {
                    continue;
                }
                for (int b = a + 1; b < pivotLen && (keys[b] >>> 32) == (keys[a] >>> 32); b++) {
                    int j = pivot[(int) keys[b]];
                    if (colDead[j] || colLen[j] != colLen[i] || !sameRows(i, j)) {
                        continue;
                    }
                    thickness[i] += thickness[j];
                    thickness[j] = 0;
                    colDead[j] = true;
                    mergedInto[j] = i;
                    colRows[j] = null;
                }
            }
            int kept = 0;
            for (int t = 0; t < pivotLen; t++) {
                if (!colDead[pivot[t]]) {
                    pivot[kept++] = pivot[t];
                }
            }
            return kept;
        }

        /** Whether columns i and j (of equal length) hold the same rows. */
        private boolean sameRows(int i, int j) {
            compareTag++;
            for (int t = 0; t < colLen[i]; t++) {
                rowSeen[colRows[i][t]] = compareTag;
            }
            for (int t = 0; t < colLen[j]; t++) {
                if (rowSeen[colRows[j][t]] != compareTag) {
                    return false;
                }
            }
            return true;
        }

        /** Principal columns in elimination order, each followed by the columns merged into it. */
        private int[] expand(int[] eliminatedOrder, int principalCount) {
            int[] childHead = new int[n];
            int[] sibling = new int[n];
            Arrays.fill(childHead, -1);
            for (int j = 0; j < n; j++) {
                int p = mergedInto[j];
                if (p >= 0) {
                    sibling[j] = childHead[p];
                    childHead[p] = j;
                }
            }
            int[] stack = new int[n];
            for (int k = 0; k < principalCount; k++) {
                int top = 0;
                stack[top++] = eliminatedOrder[k];
                while (top > 0) {
                    int j = stack[--top];
                    perm[front++] = j;
                    for (int child = childHead[j]; child >= 0; child = sibling[child]) {
                        stack[top++] = child;
                    }
                }
            }
            if (front != back) {
                throw new IllegalStateException("COLAMD: ordered " + front + " + " + (n - back) + " of " + n);
            }
            return perm;
        }
    }
}

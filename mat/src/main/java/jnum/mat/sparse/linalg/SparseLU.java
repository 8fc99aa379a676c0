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
 * <p>The column order is followed by a postorder of the column elimination tree. The factorization
 * is left-looking (Gilbert and Peierls 1988) on supernodes, as in SuperLU: column k of L and U
 * comes from a sparse triangular solve whose pattern is found first by a depth-first search over
 * the supernodes of L already computed (pruned symmetrically, Eisenstat and Liu 1992), so the work
 * is proportional to the arithmetic; each supernode reached updates the column with a dense
 * triangular solve and a dense matrix-vector product. Pivoting exchanges rows inside the supernode
 * being formed; a column whose structure does not nest in its predecessor's starts a new one.
 * Instances are immutable and thread-safe.
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
        if (ordering != Ordering.NATURAL) {
            q = postordered(cp, ci, q);
        }

        SupernodalLU f = SupernodalLU.factor(n, cp, ci, cv, q, threshold);
        int[] pinv = f.pinv;
        SupernodalLU.Growing l = f.l;
        SupernodalLU.Growing u = f.u;
        int[] rowPerm = new int[n];
        for (int row = 0; row < n; row++) {
            rowPerm[pinv[row]] = row;
        }
        return new SparseLU(
                n, rowPerm, q, l.ptr, l.trimmedIdx(), l.trimmedVal(), u.ptr, u.trimmedIdx(), u.trimmedVal());
    }

    /**
     * The column order {@code q} followed by a postorder of the column elimination tree (the
     * elimination tree of {@code (A Q)^T (A Q)}, found from A's rows without forming the product,
     * Liu 1986): the same fill bound, with the columns of each subtree consecutive, so that columns
     * with nested structures in L are neighbours and form supernodes.
     */
    private static int[] postordered(int[] cp, int[] ci, int[] q) {
        int n = q.length;
        int[] parent = new int[n];
        int[] ancestor = new int[n];
        int[] lastColumn = new int[n]; // the latest column holding each row
        Arrays.fill(lastColumn, -1);
        for (int k = 0; k < n; k++) {
            parent[k] = -1;
            ancestor[k] = -1;
            int col = q[k];
            for (int p = cp[col]; p < cp[col + 1]; p++) {
                int row = ci[p];
                int i = lastColumn[row];
                while (i != -1 && i < k) {
                    int next = ancestor[i];
                    ancestor[i] = k; // path compression
                    if (next == -1) {
                        parent[i] = k;
                    }
                    i = next;
                }
                lastColumn[row] = k;
            }
        }
        int[] post = Postorder.of(parent);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = q[post[k]];
        }
        return out;
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
}

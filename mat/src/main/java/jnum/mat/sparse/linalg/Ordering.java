package jnum.mat.sparse.linalg;

import java.util.function.Supplier;
import jnum.mat.sparse.Csc;

/** Fill-reducing orderings for sparse factorizations. */
public enum Ordering {
    /** The matrix's own order: no permutation. */
    NATURAL,
    /**
     * Approximate minimum degree (Amestoy, Davis and Duff 1996) on the pattern of {@code A + A^T}
     * (for {@link SparseCholesky}) or of {@code A^T A} (for {@link SparseLU}, formed explicitly):
     * at each step the variable of least approximate external degree is eliminated, on a quotient
     * graph held in one workspace about 1.2 times the size of the pattern, with indistinguishable
     * variables merged into supervariables, and rows denser than {@code max(16, 10 sqrt(n))}
     * ordered last. Deterministic: ties are broken by fixed list orders, never by chance.
     */
    AMD,
    /**
     * Column approximate minimum degree (Davis, Gilbert, Larimore and Ng 2004): a column order that
     * keeps the Cholesky factor of {@code (A Q)^T (A Q)} sparse, and so bounds the fill of L and U
     * for every row order partial pivoting may choose, computed from the rows and columns of
     * {@code A} without forming {@code A^T A}; dense rows are ignored and dense columns ordered last.
     * The default of {@link SparseLU}. Given to {@link SparseCholesky}, it orders the columns of the
     * stored pattern of {@code A} the same way (AMD is the better choice there).
     */
    COLAMD;

    /**
     * The elimination order of the {@code n} columns of {@code a}: {@code order[k]} is eliminated
     * k-th. The symmetric pattern (adjacency lists without the diagonal) is built only when the
     * ordering reads it.
     */
    int[] order(Csc a, Supplier<int[][]> pattern) {
        int n = a.cols();
        return switch (this) {
            case AMD -> MinimumDegree.order(pattern.get());
            case COLAMD -> ColumnMinimumDegree.order(a.rows(), n, a.columnPointers(), a.rowIndices());
            case NATURAL -> {
                int[] p = new int[n];
                for (int i = 0; i < n; i++) {
                    p[i] = i;
                }
                yield p;
            }
        };
    }
}

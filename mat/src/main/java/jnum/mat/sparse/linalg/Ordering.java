package jnum.mat.sparse.linalg;

/** Fill-reducing orderings for sparse factorizations. */
public enum Ordering {
    /** The matrix's own order: no permutation. */
    NATURAL,
    /**
     * Approximate minimum degree (Amestoy, Davis and Duff 1996) on the pattern of {@code A + A^T}:
     * at each step the variable of least approximate external degree is eliminated, on a quotient
     * graph whose memory never exceeds that of the matrix plus one list per eliminated variable.
     */
    AMD;

    /**
     * The elimination order of {@code n} variables: {@code order[k]} is eliminated k-th. The
     * symmetric pattern (adjacency lists without the diagonal) is built only when the ordering
     * reads it.
     */
    int[] order(int n, java.util.function.Supplier<int[][]> pattern) {
        if (this == AMD) {
            return MinimumDegree.order(pattern.get());
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}

package jnum.mat.kernel.lapack;

/**
 * Compact transposed copies, for the routines that run a column-oriented kernel on the transpose
 * of their operand (the wide bidiagonal reduction on the tall one, the SVD of a wide matrix).
 */
final class Transposed {
    private Transposed() {}

    /** The n x m compact transpose (leading dimension n) of the m x n matrix at {@code (a, aOff, lda)}. */
    static double[] of(int m, int n, double[] a, int aOff, int lda) {
        double[] at = new double[m * n];
        for (int j = 0; j < n; j++) {
            int col = aOff + j * lda;
            for (int i = 0; i < m; i++) {
                at[j + i * n] = a[col + i];
            }
        }
        return at;
    }

    /** Writes the transpose of the compact r x c matrix {@code at} into the c x r matrix at a. */
    static void back(int r, int c, double[] at, double[] a, int aOff, int lda) {
        for (int j = 0; j < r; j++) {
            int col = aOff + j * lda;
            for (int i = 0; i < c; i++) {
                a[col + i] = at[j + i * r];
            }
        }
    }
}

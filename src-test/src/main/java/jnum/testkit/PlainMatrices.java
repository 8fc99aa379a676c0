package jnum.testkit;

/**
 * Textbook operations on {@code double[][]} matrices (row-major arrays, plain triple loops) that
 * the conformance drivers use as an independent formula: nothing here calls jnum.
 */
public final class PlainMatrices {
    private PlainMatrices() {}

    /** {@code x y}; x is m x k, y is k x n (k taken from y's row count, so k = 0 works). */
    public static double[][] multiply(double[][] x, double[][] y, int m, int k, int n) {
        double[][] out = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < k; l++) {
                double xil = x[i][l];
                for (int j = 0; j < n; j++) {
                    out[i][j] += xil * y[l][j];
                }
            }
        }
        return out;
    }

    /** {@code |x| |y|} elementwise magnitudes, the scale of the rounding error of {@code x y}. */
    public static double[][] multiplyAbs(double[][] x, double[][] y, int m, int k, int n) {
        double[][] out = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < k; l++) {
                double xil = Math.abs(x[i][l]);
                for (int j = 0; j < n; j++) {
                    out[i][j] += xil * Math.abs(y[l][j]);
                }
            }
        }
        return out;
    }

    /** The transpose of an m x n matrix. */
    public static double[][] transpose(double[][] x, int m, int n) {
        double[][] out = new double[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[j][i] = x[i][j];
            }
        }
        return out;
    }

    /**
     * The inverse of a nonsingular n x n triangular matrix by substitution against the identity,
     * one column at a time.
     */
    public static double[][] inverseTriangular(double[][] t, int n, boolean upper) {
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            if (upper) {
                for (int i = n - 1; i >= 0; i--) {
                    double s = i == c ? 1 : 0;
                    for (int l = i + 1; l < n; l++) {
                        s -= t[i][l] * inv[l][c];
                    }
                    inv[i][c] = s / t[i][i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double s = i == c ? 1 : 0;
                    for (int l = 0; l < i; l++) {
                        s -= t[i][l] * inv[l][c];
                    }
                    inv[i][c] = s / t[i][i];
                }
            }
        }
        return inv;
    }

    /**
     * The inverse of a nonsingular n x n matrix by Gauss-Jordan elimination with partial pivoting
     * on an augmented copy (textbook, O(n^3)); for oracles of moderately conditioned matrices.
     */
    public static double[][] inverse(double[][] a, int n) {
        double[][] w = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, w[i], 0, n);
            w[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(w[i][c]) > Math.abs(w[p][c])) {
                    p = i;
                }
            }
            double[] t = w[p];
            w[p] = w[c];
            w[c] = t;
            double d = w[c][c];
            for (int j = 0; j < 2 * n; j++) {
                w[c][j] /= d;
            }
            for (int i = 0; i < n; i++) {
                double f = w[i][c];
                if (i != c && f != 0) {
                    for (int j = 0; j < 2 * n; j++) {
                        w[i][j] -= f * w[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(w[i], n, inv[i], 0, n);
        }
        return inv;
    }

    /** The 1-norm (largest absolute column sum) of an m x n matrix. */
    public static double norm1(double[][] x, int m, int n) {
        double max = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += Math.abs(x[i][j]);
            }
            max = Math.max(max, s);
        }
        return max;
    }
}

package jnum.optimize;

/**
 * Gaussian elimination with partial pivoting for the small dense systems of the methods (the
 * {@code 2m x 2m} middle matrices of L-BFGS-B). Column-major {@code k x k} arrays.
 */
final class SmallLinear {
    private SmallLinear() {}

    /**
     * Solves {@code A X = B} in place ({@code A} is overwritten by its LU factors, {@code B}, {@code k x
     * r}, by {@code X}).
     *
     * @return false if a pivot is zero or not finite (A singular to working precision)
     */
    static boolean solve(double[] a, int k, double[] b, int r) {
        for (int j = 0; j < k; j++) {
            int p = j;
            double best = Math.abs(a[j + j * k]);
            for (int i = j + 1; i < k; i++) {
                double v = Math.abs(a[i + j * k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (!(best > 0) || !Double.isFinite(best)) {
                return false;
            }
            if (p != j) {
                swapRows(a, k, k, j, p);
                swapRows(b, k, r, j, p);
            }
            double pivot = a[j + j * k];
            for (int i = j + 1; i < k; i++) {
                double l = a[i + j * k] / pivot;
                a[i + j * k] = l;
                for (int c = j + 1; c < k; c++) {
                    a[i + c * k] -= l * a[j + c * k];
                }
                for (int c = 0; c < r; c++) {
                    b[i + c * k] -= l * b[j + c * k];
                }
            }
        }
        for (int c = 0; c < r; c++) {
            for (int i = k - 1; i >= 0; i--) {
                double s = b[i + c * k];
                for (int j = i + 1; j < k; j++) {
                    s -= a[i + j * k] * b[j + c * k];
                }
                b[i + c * k] = s / a[i + i * k];
            }
        }
        return true;
    }

    private static void swapRows(double[] a, int ld, int cols, int i, int p) {
        for (int c = 0; c < cols; c++) {
            double t = a[i + c * ld];
            a[i + c * ld] = a[p + c * ld];
            a[p + c * ld] = t;
        }
    }
}

package jnum.mat;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.lapack.OneNormEstimator;

/**
 * The factors of {@code A + u v^T} from those of {@code P A = L U}. Since {@code P (A + u v^T) = L U
 * + (P u) v^T}, Bennett's recurrence (J. M. Bennett, "Triangular factors of modified matrices",
 * Numer. Math. 7, 1965) updates L and U in place in O(n^2): at step k, with {@code x = P u} and
 * {@code y = v} reduced so far, {@code U(k, k) += x_k y_k}, row k of U gains {@code x_k y^T}, column k
 * of L becomes {@code (l d + x eta) / d'}, and the remaining rank-one term is
 * {@code (x - x_k l)(y - (y_k / d') u'^T)} on the trailing block.
 *
 * <p>The recurrence keeps the pivot order of the old factorization, i.e. it is Gaussian elimination
 * of {@code P (A + u v^T)} without new row interchanges, which is backward stable as long as the
 * multipliers stay bounded. So the result is accepted only when every new multiplier is at most
 * {@value #MAX_MULTIPLIER} in magnitude (the threshold of threshold partial pivoting with
 * {@code tau = 0.1}) and every new pivot is finite and non-zero; otherwise {@code A + u v^T} is
 * formed from the old factors and factored afresh with partial pivoting, in O(n^3).
 */
final class LURankOneUpdate {
    /** Largest multiplier accepted from the recurrence. */
    static final double MAX_MULTIPLIER = 10;

    private LURankOneUpdate() {}

    /**
     * The factorization of {@code A + u v^T} given that of A (f: L below, U on and above the
     * diagonal; ipiv: getrf's interchanges).
     *
     * @throws SingularMatrixException if {@code A + u v^T} is exactly singular
     */
    static LU update(int n, double[] f, int[] ipiv, Vec u, Vec v) {
        double[] x = u.toArray();
        for (int i = 0; i < n; i++) { // x = P u
            double t = x[i];
            x[i] = x[ipiv[i]];
            x[ipiv[i]] = t;
        }
        double[] y = v.toArray();
        double[] g = f.clone();
        if (bennett(n, g, x, y)) {
            return LU.fromFactors(n, g, ipiv.clone(), oneNorm(n, g));
        }
        LU fresh = LU.of(formed(n, f, ipiv, u, v));
        if (fresh.isSingular()) {
            int k = fresh.zeroPivot();
            throw new SingularMatrixException(
                    "update: A + u v^T (" + n + "x" + n + ") is singular (pivot " + k + " is exactly zero)", k);
        }
        return fresh;
    }

    /** Bennett's recurrence in place of g; false if a pivot vanished or a multiplier grew too large. */
    private static boolean bennett(int n, double[] g, double[] x, double[] y) {
        for (int k = 0; k < n; k++) {
            int kk = k + k * n;
            double xi = x[k];
            double eta = y[k];
            double d = g[kk];
            double dNew = d + xi * eta;
            if (dNew == 0 || !Double.isFinite(dNew)) {
                return false;
            }
            g[kk] = dNew;
            for (int j = k + 1; j < n; j++) {
                int kj = k + j * n;
                g[kj] += xi * y[j];
                y[j] -= (eta / dNew) * g[kj];
            }
            for (int i = k + 1; i < n; i++) {
                int ik = i + k * n;
                double l = g[ik];
                double lNew = (l * d + x[i] * eta) / dNew;
                if (!(Math.abs(lNew) <= MAX_MULTIPLIER)) {
                    return false;
                }
                g[ik] = lNew;
                x[i] -= xi * l;
            }
        }
        return true;
    }

    /** {@code A + u v^T = P^T L U + u v^T}, formed from the old factors. */
    private static Dense formed(int n, double[] f, int[] ipiv, Vec u, Vec v) {
        Dense lu = Dense.wrap(f, 0, Math.max(1, n), n, n);
        Dense l = Dense.identity(n);
        Dense up = Dense.zeros(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i > j) {
                    l.set(i, j, lu.get(i, j));
                } else {
                    up.set(i, j, lu.get(i, j));
                }
            }
        }
        Dense pa = l.times(up);
        double[] a = pa.array();
        for (int i = n - 1; i >= 0; i--) { // undo the interchanges in reverse order: rows of P^T (P A)
            int p = ipiv[i];
            if (p != i) {
                for (int j = 0; j < n; j++) {
                    double t = a[i + j * n];
                    a[i + j * n] = a[p + j * n];
                    a[p + j * n] = t;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            double vj = v.get(j);
            for (int i = 0; i < n; i++) {
                a[i + j * n] += u.get(i) * vj;
            }
        }
        return pa;
    }

    /**
     * An estimate of {@code ||A'||_1 = ||L U||_1} (row interchanges do not change it), by Higham's
     * estimator on products with the triangular factors, O(n^2) each.
     */
    private static double oneNorm(int n, double[] g) {
        if (n == 0) {
            return 0;
        }
        var blas = Kernels.blas();
        OneNormEstimator.Operator lu = x -> {
            blas.trmv(Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, n, g, 0, n, x, 0, 1);
            blas.trmv(Uplo.LOWER, Transpose.NO, Diag.UNIT, n, g, 0, n, x, 0, 1);
        };
        OneNormEstimator.Operator luT = x -> {
            blas.trmv(Uplo.LOWER, Transpose.YES, Diag.UNIT, n, g, 0, n, x, 0, 1);
            blas.trmv(Uplo.UPPER, Transpose.YES, Diag.NON_UNIT, n, g, 0, n, x, 0, 1);
        };
        return OneNormEstimator.estimate(n, lu, luT);
    }
}

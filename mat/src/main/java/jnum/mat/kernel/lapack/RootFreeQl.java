package jnum.mat.kernel.lapack;

/**
 * LAPACK's dsterf: all eigenvalues of a symmetric tridiagonal matrix by the Pal-Walker-Kahan
 * variant of the QL or QR method, which works on the squares of the off-diagonal elements and
 * needs no square root per rotation. The same splitting, scaling, direction choice and sweep
 * budget as {@link TridiagonalQl}; values come back ascending.
 */
final class RootFreeQl {
    private static final double EPS = 0x1p-53;
    private static final double EPS2 = EPS * EPS;
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double SSFMAX = Math.sqrt(1 / SAFMIN) / 3;
    private static final double SSFMIN = Math.sqrt(SAFMIN) / EPS2;

    private final SymmetricEigen2x2 two = new SymmetricEigen2x2();

    /**
     * dsterf on the diagonal {@code d} (n) and off-diagonal {@code e} (n - 1): on return d holds
     * the eigenvalues ascending and e is destroyed.
     *
     * @return the number of off-diagonal elements that had not converged when the sweep budget
     *     ran out (d then unsorted and partial), or 0
     */
    int sterf(int n, double[] d, int dOff, double[] e, int eOff) {
        if (n <= 1) {
            return 0;
        }
        double[] dd = new double[n + 1];
        double[] ee = new double[n + 1];
        System.arraycopy(d, dOff, dd, 1, n);
        System.arraycopy(e, eOff, ee, 1, n - 1);
        TridiagonalQl.Sweeps budget = new TridiagonalQl.Sweeps(TridiagonalQl.MAX_SWEEPS_PER_VALUE * n);
        int failed = 0;
        int l1 = 1;
        while (l1 <= n) {
            if (l1 > 1) {
                ee[l1 - 1] = 0;
            }
            int m = l1;
            for (; m < n; m++) {
                if (Math.abs(ee[m]) <= Math.sqrt(Math.abs(dd[m])) * Math.sqrt(Math.abs(dd[m + 1])) * EPS) {
                    ee[m] = 0;
                    break;
                }
            }
            int l = l1;
            int lend = m;
            l1 = m + 1;
            if (lend == l) {
                continue;
            }
            double anorm = TridiagonalQl.maxAbs(dd, ee, l, lend);
            if (anorm == 0) {
                continue;
            }
            if (Double.isNaN(anorm)) {
                budget.exhaust();
            } else {
                double scale = anorm > SSFMAX ? SSFMAX : anorm < SSFMIN ? SSFMIN : anorm;
                double factor = scale / anorm;
                for (int i = l; i <= lend; i++) {
                    dd[i] *= factor;
                }
                for (int i = l; i < lend; i++) {
                    ee[i] *= factor;
                    ee[i] *= ee[i];
                }
                if (Math.abs(dd[lend]) < Math.abs(dd[l])) {
                    qr(dd, ee, lend, l, budget);
                } else {
                    ql(dd, ee, l, lend, budget);
                }
                double back = anorm / scale;
                if (back != 1) {
                    for (int i = l; i <= lend; i++) {
                        dd[i] *= back;
                    }
                }
            }
            if (budget.exhausted()) {
                for (int i = 1; i < n; i++) {
                    if (ee[i] != 0) {
                        failed++;
                    }
                }
                if (failed > 0) {
                    break;
                }
            }
        }
        if (failed == 0) {
            java.util.Arrays.sort(dd, 1, n + 1);
        }
        System.arraycopy(dd, 1, d, dOff, n);
        System.arraycopy(ee, 1, e, eOff, n - 1);
        return failed;
    }

    /** QL on the block l..lend whose off-diagonal holds squares. */
    private void ql(double[] dd, double[] ee, int l, int lend, TridiagonalQl.Sweeps budget) {
        while (l <= lend) {
            int m = l;
            for (; m < lend; m++) {
                if (Math.abs(ee[m]) <= EPS2 * Math.abs(dd[m] * dd[m + 1])) {
                    break;
                }
            }
            if (m < lend) {
                ee[m] = 0;
            }
            double p = dd[l];
            if (m == l) {
                l++;
                continue;
            }
            if (m == l + 1) {
                two.solve(dd[l], Math.sqrt(ee[l]), dd[l + 1]);
                dd[l] = two.rt1;
                dd[l + 1] = two.rt2;
                ee[l] = 0;
                l += 2;
                continue;
            }
            if (!budget.take()) {
                return;
            }
            double sigma = p - TridiagonalQl.shiftOffset(0.5 * (dd[l + 1] - p), ee[l]);
            double r;
            double c = 1;
            double s = 0;
            double gamma = dd[m] - sigma;
            p = gamma * gamma;
            for (int i = m - 1; i >= l; i--) {
                double bb = ee[i];
                r = p + bb;
                if (i != m - 1) {
                    ee[i + 1] = s * r;
                }
                double oldc = c;
                c = p / r;
                s = bb / r;
                double oldgam = gamma;
                double alpha = dd[i];
                gamma = c * (alpha - sigma) - s * oldgam;
                dd[i + 1] = oldgam + (alpha - gamma);
                p = c != 0 ? (gamma * gamma) / c : oldc * bb;
            }
            ee[l] = s * p;
            dd[l] = sigma + gamma;
        }
    }

    /** QR on the block lend..l ({@code lend < l}) whose off-diagonal holds squares. */
    private void qr(double[] dd, double[] ee, int l, int lend, TridiagonalQl.Sweeps budget) {
        while (l >= lend) {
            int m = l;
            for (; m > lend; m--) {
                if (Math.abs(ee[m - 1]) <= EPS2 * Math.abs(dd[m] * dd[m - 1])) {
                    break;
                }
            }
            if (m > lend) {
                ee[m - 1] = 0;
            }
            double p = dd[l];
            if (m == l) {
                l--;
                continue;
            }
            if (m == l - 1) {
                two.solve(dd[l], Math.sqrt(ee[l - 1]), dd[l - 1]);
                dd[l] = two.rt1;
                dd[l - 1] = two.rt2;
                ee[l - 1] = 0;
                l -= 2;
                continue;
            }
            if (!budget.take()) {
                return;
            }
            double sigma = p - TridiagonalQl.shiftOffset(0.5 * (dd[l - 1] - p), ee[l - 1]);
            double r;
            double c = 1;
            double s = 0;
            double gamma = dd[m] - sigma;
            p = gamma * gamma;
            for (int i = m; i < l; i++) {
                double bb = ee[i];
                r = p + bb;
                if (i != m) {
                    ee[i - 1] = s * r;
                }
                double oldc = c;
                c = p / r;
                s = bb / r;
                double oldgam = gamma;
                double alpha = dd[i + 1];
                gamma = c * (alpha - sigma) - s * oldgam;
                dd[i] = oldgam + (alpha - gamma);
                p = c != 0 ? (gamma * gamma) / c : oldc * bb;
            }
            ee[l - 1] = s * p;
            dd[l] = sigma + gamma;
        }
    }
}

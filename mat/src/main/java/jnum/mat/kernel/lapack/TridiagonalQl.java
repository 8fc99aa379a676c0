package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;

/**
 * LAPACK's dsteqr: all eigenvalues, and optionally eigenvectors, of a symmetric tridiagonal
 * matrix by the implicitly shifted QL or QR method (Wilkinson's shift), chosen per unreduced block
 * so that the sweep chases towards the end with the smaller diagonal element.
 *
 * <p>As dsteqr: off-diagonal elements are set to zero once {@code |e_i| <= eps sqrt(|d_i|)
 * sqrt(|d_{i+1}|)} (block splitting) or {@code e_i^2 <= eps^2 |d_i d_{i+1}| + safmin} (deflation);
 * each unreduced block is scaled into {@code [sqrt(safmin) / eps^2, sqrt(safmax) / 3]} when its
 * largest element lies outside, so that squares neither overflow nor underflow; 2 x 2 blocks are
 * solved directly ({@link SymmetricEigen2x2}). Each rotation of a sweep is applied to the columns
 * of Z as soon as it is generated (dsteqr saves them for dlasr after the sweep, in the same order,
 * so the products are the same): the generation is a chain of dependent square roots and
 * divisions, and the rotation of Z, independent of it, runs in its shadow. At most
 * {@value #MAX_SWEEPS_PER_VALUE} n sweeps in all; values come back ascending, with the columns of
 * Z permuted alike.
 */
final class TridiagonalQl {
    /** dsteqr's MAXIT: the sweep budget is this many per eigenvalue. */
    static final int MAX_SWEEPS_PER_VALUE = 30;

    private static final double EPS = 0x1p-53;
    private static final double EPS2 = EPS * EPS;
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double SSFMAX = Math.sqrt(1 / SAFMIN) / 3;
    private static final double SSFMIN = Math.sqrt(SAFMIN) / EPS2;

    private final Blas blas;
    private final SymmetricEigen2x2 two = new SymmetricEigen2x2();
    private final PlaneRotation rotation = new PlaneRotation();

    TridiagonalQl(Blas blas) {
        this.blas = blas;
    }

    /**
     * dsteqr on the diagonal {@code d} (n) and off-diagonal {@code e} (n - 1); with
     * {@code vectors}, the rotations are accumulated into the n x n matrix Z (which the caller has
     * set to the identity or to the orthogonal matrix that reduced a full matrix to tridiagonal
     * form). On return d holds the eigenvalues ascending and e is destroyed.
     *
     * @return the number of off-diagonal elements that had not converged to zero when the sweep
     *     budget ran out (d and Z then hold a partial, unsorted result), or 0
     */
    int steqr(int n, double[] d, int dOff, double[] e, int eOff, boolean vectors, double[] z, int zOff, int ldz) {
        if (n <= 1) {
            return 0;
        }
        // 1-based working copies, as in dsteqr: D[1..n], E[1..n-1]
        double[] dd = new double[n + 1];
        double[] ee = new double[n + 1];
        System.arraycopy(d, dOff, dd, 1, n);
        System.arraycopy(e, eOff, ee, 1, n - 1);
        Sweeps budget = new Sweeps(MAX_SWEEPS_PER_VALUE * n);
        int failed = 0;
        int l1 = 1;
        while (l1 <= n) {
            if (l1 > 1) {
                ee[l1 - 1] = 0;
            }
            int m = l1;
            for (; m < n; m++) {
                double tst = Math.abs(ee[m]);
                if (tst == 0) {
                    break;
                }
                if (tst <= Math.sqrt(Math.abs(dd[m])) * Math.sqrt(Math.abs(dd[m + 1])) * EPS) {
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
            double anorm = maxAbs(dd, ee, l, lend);
            if (anorm == 0) {
                continue;
            }
            if (Double.isNaN(anorm)) {
                budget.exhaust();
            } else {
                double scale = anorm > SSFMAX ? SSFMAX : anorm < SSFMIN ? SSFMIN : anorm;
                scale(dd, ee, l, lend, scale / anorm);
                if (Math.abs(dd[lend]) < Math.abs(dd[l])) {
                    qr(n, dd, ee, lend, l, budget, vectors, z, zOff, ldz);
                } else {
                    ql(n, dd, ee, l, lend, budget, vectors, z, zOff, ldz);
                }
                scale(dd, ee, l, lend, anorm / scale);
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
            sort(n, dd, vectors, z, zOff, ldz);
        }
        System.arraycopy(dd, 1, d, dOff, n);
        System.arraycopy(ee, 1, e, eOff, n - 1);
        return failed;
    }

    /** The remaining sweep budget, shared by all blocks. */
    static final class Sweeps {
        private int left;

        Sweeps(int budget) {
            left = budget;
        }

        boolean take() {
            if (left == 0) {
                return false;
            }
            left--;
            return true;
        }

        void exhaust() {
            left = 0;
        }

        boolean exhausted() {
            return left == 0;
        }
    }

    /**
     * How far Wilkinson's shift lies from p, the diagonal element at the end a sweep deflates:
     * the eigenvalue of {@code [p e; e q]} nearer p is {@code p - e^2 / (delta + sign(delta)
     * sqrt(delta^2 + e^2))} with {@code delta = (q - p) / 2}, and this is that quotient, from
     * delta and {@code ee = e^2}. dsteqr and dsterf reach the same number through the ratio
     * {@code delta / e} and its hypot with 1, which puts one or two more divisions and square
     * roots on the critical path of every sweep. The blocks are scaled so that the squares
     * neither overflow nor matter when they underflow.
     */
    static double shiftOffset(double delta, double ee) {
        return ee / (delta + Math.copySign(Math.sqrt(delta * delta + ee), delta));
    }

    static double maxAbs(double[] dd, double[] ee, int l, int lend) {
        double max = 0;
        for (int i = l; i <= lend; i++) {
            double a = Math.abs(dd[i]);
            if (a > max) {
                max = a;
            } else if (Double.isNaN(a)) {
                return a;
            }
        }
        for (int i = l; i < lend; i++) {
            double a = Math.abs(ee[i]);
            if (a > max) {
                max = a;
            } else if (Double.isNaN(a)) {
                return a;
            }
        }
        return max;
    }

    private static void scale(double[] dd, double[] ee, int l, int lend, double factor) {
        if (factor == 1) {
            return;
        }
        for (int i = l; i <= lend; i++) {
            dd[i] *= factor;
        }
        for (int i = l; i < lend; i++) {
            ee[i] *= factor;
        }
    }

    /** QL iteration on the block l..lend ({@code l < lend}), deflating from the top. */
    private void ql(
            int n,
            double[] dd,
            double[] ee,
            int l,
            int lend,
            Sweeps budget,
            boolean vectors,
            double[] z,
            int zOff,
            int ldz) {
        while (l <= lend) {
            int m = l;
            for (; m < lend; m++) {
                double tst = Math.abs(ee[m]) * Math.abs(ee[m]);
                if (tst <= (EPS2 * Math.abs(dd[m])) * Math.abs(dd[m + 1]) + SAFMIN) {
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
                two.solve(dd[l], ee[l], dd[l + 1]);
                if (vectors) {
                    rotateColumns(n, z, zOff, ldz, l, two.cs, two.sn);
                }
                dd[l] = two.rt1;
                dd[l + 1] = two.rt2;
                ee[l] = 0;
                l += 2;
                continue;
            }
            if (!budget.take()) {
                return;
            }
            double g = dd[m] - p + shiftOffset(0.5 * (dd[l + 1] - p), ee[l] * ee[l]);
            double r;
            double s = 1;
            double c = 1;
            p = 0;
            for (int i = m - 1; i >= l; i--) {
                double f = s * ee[i];
                double b = c * ee[i];
                rotation.generate(g, f);
                c = rotation.c;
                s = rotation.s;
                r = rotation.r;
                if (i != m - 1) {
                    ee[i + 1] = r;
                }
                g = dd[i + 1] - p;
                r = (dd[i] - g) * s + 2 * c * b;
                p = s * r;
                dd[i + 1] = g + p;
                g = c * r - b;
                if (vectors) {
                    rotateColumns(n, z, zOff, ldz, i, c, -s);
                }
            }
            dd[l] -= p;
            ee[l] = g;
        }
    }

    /** QR iteration on the block lend..l ({@code lend < l}), deflating from the bottom. */
    private void qr(
            int n,
            double[] dd,
            double[] ee,
            int l,
            int lend,
            Sweeps budget,
            boolean vectors,
            double[] z,
            int zOff,
            int ldz) {
        while (l >= lend) {
            int m = l;
            for (; m > lend; m--) {
                double tst = Math.abs(ee[m - 1]) * Math.abs(ee[m - 1]);
                if (tst <= (EPS2 * Math.abs(dd[m])) * Math.abs(dd[m - 1]) + SAFMIN) {
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
                two.solve(dd[l - 1], ee[l - 1], dd[l]);
                if (vectors) {
                    rotateColumns(n, z, zOff, ldz, l - 1, two.cs, two.sn);
                }
                dd[l - 1] = two.rt1;
                dd[l] = two.rt2;
                ee[l - 1] = 0;
                l -= 2;
                continue;
            }
            if (!budget.take()) {
                return;
            }
            double g = dd[m] - p + shiftOffset(0.5 * (dd[l - 1] - p), ee[l - 1] * ee[l - 1]);
            double r;
            double s = 1;
            double c = 1;
            p = 0;
            for (int i = m; i < l; i++) {
                double f = s * ee[i];
                double b = c * ee[i];
                rotation.generate(g, f);
                c = rotation.c;
                s = rotation.s;
                r = rotation.r;
                if (i != m) {
                    ee[i - 1] = r;
                }
                g = dd[i] - p;
                r = (dd[i + 1] - g) * s + 2 * c * b;
                p = s * r;
                dd[i] = g + p;
                g = c * r - b;
                if (vectors) {
                    rotateColumns(n, z, zOff, ldz, i, c, s);
                }
            }
            dd[l] -= p;
            ee[l - 1] = g;
        }
    }

    /**
     * Columns {@code col} and {@code col + 1} (1-based) of Z become {@code c z_col + s z_col+1}
     * and {@code c z_col+1 - s z_col} (one step of dlasr with pivot 'V').
     */
    private void rotateColumns(int n, double[] z, int zOff, int ldz, int col, double c, double s) {
        if (c != 1 || s != 0) {
            int x = zOff + (col - 1) * ldz;
            RotationBatch.rotate(blas, z, x, x + ldz, n, c, s);
        }
    }

    /** Ascending order; columns of Z follow their values (selection sort, as dsteqr). */
    static void sort(int n, double[] dd, boolean vectors, double[] z, int zOff, int ldz) {
        if (!vectors) {
            java.util.Arrays.sort(dd, 1, n + 1);
            return;
        }
        for (int i = 1; i < n; i++) {
            int k = i;
            double p = dd[i];
            for (int j = i + 1; j <= n; j++) {
                if (dd[j] < p) {
                    k = j;
                    p = dd[j];
                }
            }
            if (k != i) {
                dd[k] = dd[i];
                dd[i] = p;
                int ci = zOff + (i - 1) * ldz;
                int ck = zOff + (k - 1) * ldz;
                for (int r = 0; r < n; r++) {
                    double t = z[ci + r];
                    z[ci + r] = z[ck + r];
                    z[ck + r] = t;
                }
            }
        }
    }
}

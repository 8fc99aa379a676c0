package jnum.mat.kernel.lapack;

/**
 * Reordering of the diagonal blocks of an n x n real Schur form T (standardized, leading
 * dimension n) by orthogonal similarity, accumulated into Q: swaps of adjacent 1 x 1 and 2 x 2
 * blocks as LAPACK's dlaexc does them, and moving one block upwards by repeated swaps (the
 * upward half of dtrexc).
 *
 * <p>Two 1 x 1 blocks are swapped by a rotation. Otherwise the Sylvester equation
 * {@code T11 X - X T22 = T12} is solved (Gaussian elimination with complete pivoting, tiny pivots
 * perturbed as in dlasy2), and one or two 3-element reflectors built from {@code [-X; I]} swap the
 * blocks. The swap is tried on a copy first and rejected, leaving T and Q untouched, when it would
 * leave an element larger than {@code 10 eps max|D|} where zeros belong (dlaexc's stability test);
 * swapped 2 x 2 blocks are standardized again ({@link StandardBlock}).
 */
final class SchurReorder {
    private static final double EPS = 0x1p-52;
    private static final double SMLNUM = Double.MIN_NORMAL / EPS;

    private final int n;
    private final double[] t;
    private final double[] q;
    private final StandardBlock block = new StandardBlock();
    private final double[] u1 = new double[3];
    private final double[] u2 = new double[3];

    /** Reorders the n x n T and accumulates into the n x n Q (both with leading dimension n). */
    SchurReorder(int n, double[] t, double[] q) {
        this.n = n;
        this.t = t;
        this.q = q;
    }

    private double t(int r, int c) {
        return t[r + c * n];
    }

    /**
     * Moves the block starting at row {@code from} up towards row {@code to} by swaps with the
     * blocks above it; stops early when a swap is rejected. Returns the row the block ends at.
     */
    int moveUp(int from, int to) {
        int here = from;
        while (here > to) {
            int size = here + 1 < n && t(here + 1, here) != 0 ? 2 : 1;
            int above = here >= 2 && t(here - 1, here - 2) != 0 ? 2 : 1;
            if (here - above < to || !swap(here - above, above, size)) {
                break;
            }
            here -= above;
        }
        return here;
    }

    /**
     * Swaps the n1 x n1 block at row j1 with the n2 x n2 block below it; false (T and Q
     * unchanged) if the swap was rejected as numerically unstable.
     */
    boolean swap(int j1, int n1, int n2) {
        if (n1 == 1 && n2 == 1) {
            swapScalars(j1);
            return true;
        }
        int m = n1 + n2;
        double[] d = new double[16];
        double dnorm = 0;
        for (int c = 0; c < m; c++) {
            for (int r = 0; r < m; r++) {
                d[r + 4 * c] = t(j1 + r, j1 + c);
                dnorm = Math.max(dnorm, Math.abs(d[r + 4 * c]));
            }
        }
        double thresh = Math.max(10 * EPS * dnorm, SMLNUM);
        double[] x = sylvester(d, n1, n2);
        if (x == null) {
            return false;
        }
        if (n1 == 1) {
            // (1, X11, X12) reflected onto the last unit vector: alpha is X12
            double[] w = {x[1], 1, x[0]};
            double tau = FrancisQr.reflector(3, w);
            u1[0] = w[1];
            u1[1] = w[2];
            u1[2] = 1;
            double t11 = d[0];
            left(d, 4, u1, tau, 0, 0, 2);
            right(d, 4, u1, tau, 0, 2, 0);
            if (Math.max(Math.max(Math.abs(d[2]), Math.abs(d[2 + 4])), Math.abs(d[2 + 8] - t11)) > thresh) {
                return false;
            }
            left(t, n, u1, tau, j1, j1, n - 1);
            right(t, n, u1, tau, 0, j1 + 1, j1);
            t[j1 + 2 + j1 * n] = 0;
            t[j1 + 2 + (j1 + 1) * n] = 0;
            t[j1 + 2 + (j1 + 2) * n] = t11;
            right(q, n, u1, tau, 0, n - 1, j1);
        } else if (n2 == 1) {
            double[] w = {-x[0], -x[1], 1};
            double tau = FrancisQr.reflector(3, w);
            u1[0] = 1;
            u1[1] = w[1];
            u1[2] = w[2];
            double t33 = d[2 + 8];
            left(d, 4, u1, tau, 0, 0, 2);
            right(d, 4, u1, tau, 0, 2, 0);
            if (Math.max(Math.max(Math.abs(d[1]), Math.abs(d[2])), Math.abs(d[0] - t33)) > thresh) {
                return false;
            }
            right(t, n, u1, tau, 0, j1 + 2, j1);
            left(t, n, u1, tau, j1, j1 + 1, n - 1);
            t[j1 + j1 * n] = t33;
            t[j1 + 1 + j1 * n] = 0;
            t[j1 + 2 + j1 * n] = 0;
            right(q, n, u1, tau, 0, n - 1, j1);
        } else {
            double[] w1 = {-x[0], -x[1], 1};
            double tau1 = FrancisQr.reflector(3, w1);
            u1[0] = 1;
            u1[1] = w1[1];
            u1[2] = w1[2];
            double temp = -tau1 * (x[2] + u1[1] * x[3]);
            double[] w2 = {-temp * u1[1] - x[3], -temp * u1[2], 1};
            double tau2 = FrancisQr.reflector(3, w2);
            u2[0] = 1;
            u2[1] = w2[1];
            u2[2] = w2[2];
            left(d, 4, u1, tau1, 0, 0, 3);
            right(d, 4, u1, tau1, 0, 3, 0);
            left(d, 4, u2, tau2, 1, 0, 3);
            right(d, 4, u2, tau2, 0, 3, 1);
            double off = Math.max(
                    Math.max(Math.abs(d[2]), Math.abs(d[2 + 4])), Math.max(Math.abs(d[3]), Math.abs(d[3 + 4])));
            if (off > thresh) {
                return false;
            }
            left(t, n, u1, tau1, j1, j1, n - 1);
            right(t, n, u1, tau1, 0, j1 + 3, j1);
            left(t, n, u2, tau2, j1 + 1, j1, n - 1);
            right(t, n, u2, tau2, 0, j1 + 3, j1 + 1);
            for (int c = j1; c <= j1 + 1; c++) {
                t[j1 + 2 + c * n] = 0;
                t[j1 + 3 + c * n] = 0;
            }
            right(q, n, u1, tau1, 0, n - 1, j1);
            right(q, n, u2, tau2, 0, n - 1, j1 + 1);
        }
        if (n2 == 2) {
            standardize(j1);
        }
        if (n1 == 2) {
            standardize(j1 + n2);
        }
        return true;
    }

    /** Swaps the 1 x 1 blocks at rows j1 and j1 + 1 by a rotation. */
    private void swapScalars(int j1) {
        int j2 = j1 + 1;
        double t11 = t(j1, j1);
        double t22 = t(j2, j2);
        double f = t(j1, j2);
        double g = t22 - t11;
        double r = Math.hypot(f, g);
        if (r == 0) {
            return;
        }
        double cs = f / r;
        double sn = g / r;
        if (j2 + 1 < n) {
            FrancisQr.rotate(n - j2 - 1, t, j1 + (j2 + 1) * n, n, t, j2 + (j2 + 1) * n, n, cs, sn);
        }
        FrancisQr.rotate(j1, t, j1 * n, 1, t, j2 * n, 1, cs, sn);
        t[j1 + j1 * n] = t22;
        t[j2 + j2 * n] = t11;
        FrancisQr.rotate(n, q, j1 * n, 1, q, j2 * n, 1, cs, sn);
    }

    /** Puts the 2 x 2 block at row j back in standardized form, rotating T's rows, columns and Q. */
    private void standardize(int j) {
        int p = j + j * n;
        block.factor(t[p], t[p + n], t[p + 1], t[p + 1 + n]);
        t[p] = block.a;
        t[p + n] = block.b;
        t[p + 1] = block.c;
        t[p + 1 + n] = block.d;
        if (j + 2 < n) {
            FrancisQr.rotate(n - j - 2, t, j + (j + 2) * n, n, t, j + 1 + (j + 2) * n, n, block.cs, block.sn);
        }
        FrancisQr.rotate(j, t, j * n, 1, t, (j + 1) * n, 1, block.cs, block.sn);
        FrancisQr.rotate(n, q, j * n, 1, q, (j + 1) * n, 1, block.cs, block.sn);
    }

    /**
     * X (n1 x n2, column-major) with {@code T11 X - X T22 = T12}, the blocks taken from the
     * 4 x 4 array d; null if the solution is not finite.
     */
    private static double[] sylvester(double[] d, int n1, int n2) {
        int m = n1 * n2;
        double[] a = new double[m * m];
        double[] b = new double[m];
        double big = 0;
        for (int j = 0; j < n2; j++) {
            for (int i = 0; i < n1; i++) {
                int r = i + n1 * j;
                for (int l = 0; l < n1; l++) {
                    a[r + m * (l + n1 * j)] += d[i + 4 * l];
                }
                for (int l = 0; l < n2; l++) {
                    a[r + m * (i + n1 * l)] -= d[n1 + l + 4 * (n1 + j)];
                }
                b[r] = d[i + 4 * (n1 + j)];
            }
        }
        for (double v : a) {
            big = Math.max(big, Math.abs(v));
        }
        double smin = Math.max(EPS * big, SMLNUM);
        int[] colPerm = new int[m];
        for (int k = 0; k < m; k++) {
            colPerm[k] = k;
        }
        for (int k = 0; k < m; k++) {
            int pr = k;
            int pc = k;
            double best = -1;
            for (int c = k; c < m; c++) {
                for (int r = k; r < m; r++) {
                    if (Math.abs(a[r + m * c]) > best) {
                        best = Math.abs(a[r + m * c]);
                        pr = r;
                        pc = c;
                    }
                }
            }
            for (int c = 0; c < m; c++) {
                double s = a[k + m * c];
                a[k + m * c] = a[pr + m * c];
                a[pr + m * c] = s;
            }
            double s = b[k];
            b[k] = b[pr];
            b[pr] = s;
            for (int r = 0; r < m; r++) {
                double v = a[r + m * k];
                a[r + m * k] = a[r + m * pc];
                a[r + m * pc] = v;
            }
            int cp = colPerm[k];
            colPerm[k] = colPerm[pc];
            colPerm[pc] = cp;
            if (Math.abs(a[k + m * k]) < smin) {
                a[k + m * k] = smin;
            }
            for (int r = k + 1; r < m; r++) {
                double f = a[r + m * k] / a[k + m * k];
                for (int c = k; c < m; c++) {
                    a[r + m * c] -= f * a[k + m * c];
                }
                b[r] -= f * b[k];
            }
        }
        double[] y = new double[m];
        for (int k = m - 1; k >= 0; k--) {
            double s = b[k];
            for (int c = k + 1; c < m; c++) {
                s -= a[k + m * c] * y[c];
            }
            y[k] = s / a[k + m * k];
        }
        double[] x = new double[m];
        for (int k = 0; k < m; k++) {
            if (!Double.isFinite(y[k])) {
                return null;
            }
            x[colPerm[k]] = y[k];
        }
        return x;
    }

    /** {@code A(r0:r0+2, c0:c1) = (I - tau u u^T) A(r0:r0+2, c0:c1)}. */
    private static void left(double[] a, int ld, double[] u, double tau, int r0, int c0, int c1) {
        for (int c = c0; c <= c1; c++) {
            int p = r0 + c * ld;
            double sum = tau * (u[0] * a[p] + u[1] * a[p + 1] + u[2] * a[p + 2]);
            a[p] -= sum * u[0];
            a[p + 1] -= sum * u[1];
            a[p + 2] -= sum * u[2];
        }
    }

    /** {@code A(r0:r1, c0:c0+2) = A(r0:r1, c0:c0+2) (I - tau u u^T)}. */
    private static void right(double[] a, int ld, double[] u, double tau, int r0, int r1, int c0) {
        int p0 = c0 * ld;
        for (int r = r0; r <= r1; r++) {
            double sum = tau * (u[0] * a[p0 + r] + u[1] * a[p0 + ld + r] + u[2] * a[p0 + 2 * ld + r]);
            a[p0 + r] -= sum * u[0];
            a[p0 + ld + r] -= sum * u[1];
            a[p0 + 2 * ld + r] -= sum * u[2];
        }
    }
}

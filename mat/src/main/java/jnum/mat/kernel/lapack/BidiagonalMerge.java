package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;

/**
 * One merge of the bidiagonal divide and conquer (LAPACK's dlasd1 with dlasd2 and dlasd3). The
 * n x (n + sqre) upper bidiagonal B is split at its row nl into
 * {@code B = [B_1 0; alpha e_nl^T beta e_1^T; 0 B_2]}, B_1 being nl x (nl + 1) and B_2
 * nr x (nr + sqre); from {@code B_1 = U_1 [D_1 0] V_1^T} and {@code B_2 = U_2 [D_2 0] V_2^T},
 * {@code B = diag(U_1, 1, U_2) [M 0] diag(V_1, V_2)^T} up to permutations, where M's first row is
 * {@code z = (alpha l_null, alpha l, beta f)} (l the last row of V_1, f the first of V_2) and its
 * diagonal {@code (0, D_1, D_2)}; when sqre = 1, the entry {@code beta f_null} of the extra
 * column is first rotated into z_0 (that rotation gives the new null vector of B).
 *
 * <p>Deflation as dlasd2 (tol = 8 eps max(|alpha|, |beta|, max d)): a pole whose z is below tol
 * keeps its singular value and vectors; two poles closer than tol are rotated together on both
 * sides so that one z vanishes; z_0 and the smallest kept pole are raised to tol and tol / 2 if
 * below. The k remaining poles form the matrix of {@link ArrowSvd}, whose vectors multiply the
 * kept columns of U and V by {@link SplitGemm} (rows above and below the middle row apart).
 */
final class BidiagonalMerge {
    private static final double EPS = 0x1p-53;

    private final Blas blas;
    private final int maxIterations;

    /** Merges whose secular equations take at most maxIterations steps per root. */
    BidiagonalMerge(Blas blas, int maxIterations) {
        this.blas = blas;
        this.maxIterations = maxIterations;
    }

    /**
     * Merges in place. d (at dOff) holds the descending singular values of B_1 (nl), then alpha,
     * then those of B_2 (nr); U's n x n block (at uOff, ldu) holds U_1 and U_2 on the diagonal and
     * zeros elsewhere; V's m x m block (m = n + sqre, columns not transposed) holds V_1 and V_2 on
     * its diagonal (V_1's last column the null vector of B_1, likewise V_2's when sqre = 1). On
     * return d holds B's singular values descending, U and V its vectors, V's column n (sqre = 1)
     * the null vector.
     */
    void merge(
            int nl,
            int nr,
            int sqre,
            double alpha,
            double beta,
            double[] d,
            int dOff,
            double[] u,
            int uOff,
            int ldu,
            double[] v,
            int vOff,
            int ldv) {
        int n = nl + nr + 1;
        int m = n + sqre;
        double scale = Math.max(Math.abs(alpha), Math.abs(beta));
        for (int j = 0; j < n; j++) {
            if (j != nl) {
                scale = Math.max(scale, Math.abs(d[dOff + j]));
            }
        }
        alpha /= scale;
        beta /= scale;

        // M's index 0 is the middle row (U) and V_1's null column; both are block column nl
        double[] pole = new double[n];
        double[] z = new double[n];
        int[] column = new int[n];
        int[] type = new int[n];
        z[0] = alpha * v[vOff + nl + nl * ldv];
        column[0] = nl;
        type[0] = SplitGemm.TOP;
        // ascending order: the two descending halves merged from their ends
        for (int p = 1, i = nl - 1, j = nr - 1; p < n; p++) {
            boolean left = j < 0 || (i >= 0 && d[dOff + i] <= d[dOff + nl + 1 + j]);
            int c = left ? i-- : nl + 1 + j--;
            column[p] = c;
            pole[p] = d[dOff + c] / scale;
            z[p] = left ? alpha * v[vOff + nl + c * ldv] : beta * v[vOff + nl + 1 + c * ldv];
            type[p] = left ? SplitGemm.TOP : SplitGemm.BOTTOM;
        }
        double tol = 8 * EPS * Math.max(Math.max(Math.abs(alpha), Math.abs(beta)), pole[n - 1]);

        int[] kept = new int[n];
        int k = 1;
        boolean[] deflated = new boolean[n];
        int prev = -1;
        for (int p = 1; p < n; p++) {
            if (Math.abs(z[p]) <= tol) {
                deflated[p] = true;
                continue;
            }
            if (prev >= 0 && Math.abs(pole[p] - pole[prev]) <= tol) {
                // close poles: one rotation on both sides moves z_prev onto z_p
                double tau = Math.hypot(z[p], z[prev]);
                double c = z[p] / tau;
                double s = -z[prev] / tau;
                z[p] = tau;
                z[prev] = 0;
                int cp = column[prev];
                int cj = column[p];
                blas.rot(n, u, uOff + cp * ldu, 1, u, uOff + cj * ldu, 1, c, s);
                blas.rot(m, v, vOff + cp * ldv, 1, v, vOff + cj * ldv, 1, c, s);
                if (type[p] != type[prev]) {
                    type[p] = SplitGemm.DENSE;
                }
                deflated[prev] = true;
            } else if (prev >= 0) {
                kept[k++] = prev;
            }
            prev = p;
        }
        if (prev >= 0) {
            kept[k++] = prev;
        }

        int vType0 = SplitGemm.TOP;
        if (sqre == 1) {
            double extra = beta * v[vOff + nl + 1 + n * ldv];
            double z0 = Math.hypot(z[0], extra);
            double c = 1;
            double s = 0;
            if (z0 <= tol) {
                z0 = tol;
            } else {
                c = z[0] / z0;
                s = extra / z0;
            }
            z[0] = z0;
            if (s != 0) {
                blas.rot(m, v, vOff + nl * ldv, 1, v, vOff + n * ldv, 1, c, s);
                vType0 = SplitGemm.DENSE;
            } else if (c < 0) {
                // extra = 0 and z_0 < 0: the "rotation" is a sign change, which z_0 = |z_0| above
                // already assumes (dlasd2 applies c and s unconditionally)
                blas.scal(m, -1, v, vOff + nl * ldv, 1);
            }
        } else if (Math.abs(z[0]) <= tol) {
            z[0] = tol;
        }
        if (k > 1 && pole[kept[1]] <= tol / 2) {
            pole[kept[1]] = tol / 2;
        }

        double[] dk = new double[k];
        double[] zk = new double[k];
        for (int r = 0; r < k; r++) {
            dk[r] = pole[kept[r]];
            zk[r] = z[kept[r]];
        }
        double[] sigma = new double[k];
        double[] uM = new double[k * k];
        double[] vM = new double[k * k];
        ArrowSvd.decompose(k, dk, zk, sigma, uM, vM, maxIterations);

        // the kept columns gathered, multiplied, then all columns written back descending
        double[] ug = new double[n * k];
        double[] vg = new double[m * k];
        int[] uType = new int[k];
        int[] vType = new int[k];
        ug[nl] = 1;
        System.arraycopy(v, vOff + nl * ldv, vg, 0, m);
        uType[0] = SplitGemm.TOP;
        vType[0] = vType0;
        for (int r = 1; r < k; r++) {
            int c = column[kept[r]];
            System.arraycopy(u, uOff + c * ldu, ug, r * n, n);
            System.arraycopy(v, vOff + c * ldv, vg, r * m, m);
            uType[r] = type[kept[r]];
            vType[r] = type[kept[r]];
        }
        double[] un = new double[n * k];
        double[] vn = new double[m * k];
        SplitGemm.multiply(blas, n, nl + 1, k, ug, uType, uM, un);
        SplitGemm.multiply(blas, m, nl + 1, k, vg, vType, vM, vn);

        int nd = n - k;
        double[] value = new double[n];
        int[] source = new int[n];
        double[] ud = new double[n * nd];
        double[] vd = new double[m * nd];
        for (int r = 0; r < k; r++) {
            value[r] = sigma[r];
            source[r] = r;
        }
        for (int p = 1, q = 0; p < n; p++) {
            if (deflated[p]) {
                int c = column[p];
                System.arraycopy(u, uOff + c * ldu, ud, q * n, n);
                System.arraycopy(v, vOff + c * ldv, vd, q * m, m);
                value[k + q] = pole[p];
                source[k + q] = k + q;
                q++;
            }
        }
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(value[y], value[x]));
        for (int c = 0; c < n; c++) {
            int r = source[order[c]];
            d[dOff + c] = value[r] * scale;
            if (r < k) {
                System.arraycopy(un, r * n, u, uOff + c * ldu, n);
                System.arraycopy(vn, r * m, v, vOff + c * ldv, m);
            } else {
                System.arraycopy(ud, (r - k) * n, u, uOff + c * ldu, n);
                System.arraycopy(vd, (r - k) * m, v, vOff + c * ldv, m);
            }
        }
    }
}

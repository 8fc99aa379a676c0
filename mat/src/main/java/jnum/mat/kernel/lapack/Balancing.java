package jnum.mat.kernel.lapack;

import jnum.mat.kernel.BalanceJob;
import jnum.mat.kernel.BalanceRange;
import jnum.mat.kernel.Side;

/**
 * Balancing of a general matrix before its eigenvalues are computed (LAPACK 3.12's dgebal) and the
 * back-transformation of eigenvectors of the balanced matrix (dgebak).
 *
 * <p>First rows and columns that isolate an eigenvalue are permuted to the bottom and to the left,
 * leaving the active block {@code ilo..ihi}; then that block is scaled by a diagonal matrix of
 * powers of 2 (exact in binary floating point) until each row and its column have 2-norms within a
 * factor of 2. A scaling step is taken only when it reduces {@code ||row|| + ||column||} by 5% or
 * more and keeps the scale factor within the safe range; this is the rule of LAPACK 3.5.0 onwards
 * that cured the scaling that made some eigenvalues less accurate than no balancing at all.
 *
 * <p>The permutation and scaling are recorded in {@code scale}: outside the active block,
 * {@code scale[j]} is the 0-based index of the row and column swapped with j; inside, the scale
 * factor {@code d_j} with {@code A_balanced = D^-1 P^T A P D}.
 */
final class Balancing {
    private static final double SCLFAC = 2;
    private static final double FACTOR = 0.95;

    private Balancing() {}

    /** dgebal on the n x n matrix at {@code (a, aOff, lda)}. */
    static BalanceRange gebal(BalanceJob job, int n, double[] a, int aOff, int lda, double[] scale, int sOff) {
        if (n == 0) {
            return new BalanceRange(0, -1);
        }
        if (job == BalanceJob.NONE) {
            java.util.Arrays.fill(scale, sOff, sOff + n, 1.0);
            return new BalanceRange(0, n - 1);
        }
        int k = 0;
        int l = n - 1;
        if (job != BalanceJob.SCALE) {
            // rows with no off-diagonal nonzero in columns 0..l isolate an eigenvalue: push them down
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int i = l; i >= 0; i--) {
                    if (!zeroOffDiagonalRow(a, aOff, lda, i, 0, l)) {
                        continue;
                    }
                    scale[sOff + l] = i;
                    swap(n, a, aOff, lda, i, l, k, l);
                    moved = true;
                    if (l == 0) {
                        return new BalanceRange(0, 0);
                    }
                    l--;
                }
            }
            // columns with no off-diagonal nonzero in rows k..l: push them left
            moved = true;
            while (moved) {
                moved = false;
                for (int j = k; j <= l; j++) {
                    if (!zeroOffDiagonalColumn(a, aOff, lda, j, k, l)) {
                        continue;
                    }
                    scale[sOff + k] = j;
                    swap(n, a, aOff, lda, j, k, k, l);
                    moved = true;
                    k++;
                }
            }
        }
        for (int i = k; i <= l; i++) {
            scale[sOff + i] = 1;
        }
        if (job == BalanceJob.PERMUTE) {
            return new BalanceRange(k, l);
        }
        scale(n, a, aOff, lda, scale, sOff, k, l);
        return new BalanceRange(k, l);
    }

    private static boolean zeroOffDiagonalRow(double[] a, int aOff, int lda, int i, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (j != i && a[aOff + i + j * lda] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeroOffDiagonalColumn(double[] a, int aOff, int lda, int j, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (i != j && a[aOff + i + j * lda] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Swaps columns i and m in rows 0..l and rows i and m in columns k..n-1 (a similarity). */
    private static void swap(int n, double[] a, int aOff, int lda, int i, int m, int k, int l) {
        if (i == m) {
            return;
        }
        for (int r = 0; r <= l; r++) {
            double t = a[aOff + r + i * lda];
            a[aOff + r + i * lda] = a[aOff + r + m * lda];
            a[aOff + r + m * lda] = t;
        }
        for (int c = k; c < n; c++) {
            double t = a[aOff + i + c * lda];
            a[aOff + i + c * lda] = a[aOff + m + c * lda];
            a[aOff + m + c * lda] = t;
        }
    }

    /** The iterative scaling of the active block k..l (dgebal's norm-reduction loop). */
    private static void scale(int n, double[] a, int aOff, int lda, double[] scale, int sOff, int k, int l) {
        double sfmin1 = Double.MIN_NORMAL / 0x1p-52;
        double sfmax1 = 1 / sfmin1;
        double sfmin2 = sfmin1 * SCLFAC;
        double sfmax2 = 1 / sfmin2;
        boolean noconv = true;
        while (noconv) {
            noconv = false;
            for (int i = k; i <= l; i++) {
                // column i: the 2-norm of rows k..l and the largest magnitude in rows 0..l, in one pass
                double cSq = 0;
                double ca = 0;
                int col = aOff + i * lda;
                for (int t = 0; t <= l; t++) {
                    double y = a[col + t];
                    cSq += t >= k ? y * y : 0;
                    ca = Math.max(ca, Math.abs(y));
                }
                // row i: the 2-norm of columns k..l and the largest magnitude in columns k..n-1
                double rSq = 0;
                double ra = 0;
                for (int t = k; t < n; t++) {
                    double y = a[aOff + i + t * lda];
                    rSq += t <= l ? y * y : 0;
                    ra = Math.max(ra, Math.abs(y));
                }
                if (cSq >= rSq / 3
                        && cSq <= 3 * rSq
                        && plainNormOk(cSq)
                        && plainNormOk(rSq)
                        && !Double.isNaN(ca + ra)) {
                    // norms within a factor sqrt(3) of each other: neither loop below would take a step
                    // (c < r / 2 and c / 2 >= r both fail), decided without the square roots
                    continue;
                }
                double c = plainNormOk(cSq) ? Math.sqrt(cSq) : norm2(l - k + 1, a, col + k, 1);
                double r = plainNormOk(rSq) ? Math.sqrt(rSq) : norm2(l - k + 1, a, aOff + i + k * lda, lda);
                if (c == 0 || r == 0) {
                    continue; // nothing to balance against (or underflow)
                }
                if (Double.isNaN(c + ca + r + ra)) {
                    return; // NaN: scaling would never settle
                }
                double g = r / SCLFAC;
                double f = 1;
                double s = c + r;
                while (c < g && Math.max(f, Math.max(c, ca)) < sfmax2 && Math.min(r, Math.min(g, ra)) > sfmin2) {
                    f *= SCLFAC;
                    c *= SCLFAC;
                    ca *= SCLFAC;
                    r /= SCLFAC;
                    g /= SCLFAC;
                    ra /= SCLFAC;
                }
                g = c / SCLFAC;
                while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(Math.min(f, c), Math.min(g, ca)) > sfmin2) {
                    f /= SCLFAC;
                    c /= SCLFAC;
                    g /= SCLFAC;
                    ca /= SCLFAC;
                    r *= SCLFAC;
                    ra *= SCLFAC;
                }
                if (c + r >= FACTOR * s) {
                    continue;
                }
                double si = scale[sOff + i];
                if (f < 1 && si < 1 && f * si <= sfmin1) {
                    continue;
                }
                if (f > 1 && si > 1 && si >= sfmax1 / f) {
                    continue;
                }
                scale[sOff + i] = si * f;
                noconv = true;
                double rf = 1 / f;
                for (int t = k; t < n; t++) {
                    a[aOff + i + t * lda] *= rf;
                }
                for (int t = 0; t <= l; t++) {
                    a[aOff + t + i * lda] *= f;
                }
            }
        }
    }

    /** Whether an unscaled sum of squares is exact enough for its square root (see {@link #norm2}). */
    private static boolean plainNormOk(double sumSq) {
        return sumSq >= 0x1p-900 && sumSq <= 0x1p900;
    }

    /**
     * The 2-norm of n elements with stride inc, scaled so that it neither overflows nor underflows:
     * one unscaled pass, which is exact enough when its sum of squares lies in
     * {@code [2^-900, 2^900]} (no square overflowed, and those that underflowed add at most
     * {@code n 2^-1022}, far below an ulp of the sum); a second pass scaled by the largest
     * magnitude otherwise (zero, tiny, huge, infinite or NaN elements).
     */
    static double norm2(int n, double[] x, int off, int inc) {
        double sumSq = 0;
        for (int t = 0; t < n; t++) {
            double y = x[off + t * inc];
            sumSq += y * y;
        }
        if (plainNormOk(sumSq)) {
            return Math.sqrt(sumSq);
        }
        double max = 0;
        for (int t = 0; t < n; t++) {
            max = Math.max(max, Math.abs(x[off + t * inc]));
        }
        if (max == 0 || !(max < Double.POSITIVE_INFINITY)) {
            return max; // zero, infinity, or NaN when a NaN is present
        }
        double sum = 0;
        for (int t = 0; t < n; t++) {
            double y = x[off + t * inc] / max;
            sum += y * y;
        }
        return max * Math.sqrt(sum);
    }

    /**
     * dgebak: turns the eigenvectors of the balanced matrix, the m columns of the n x m matrix V,
     * into those of the original matrix: rows ilo..ihi scaled by {@code d_i} (right vectors) or
     * {@code 1 / d_i} (left vectors), then the row interchanges undone in reverse order.
     */
    static void gebak(
            BalanceJob job,
            Side side,
            int n,
            int ilo,
            int ihi,
            double[] scale,
            int sOff,
            int m,
            double[] v,
            int vOff,
            int ldv) {
        if (n == 0 || m == 0 || job == BalanceJob.NONE) {
            return;
        }
        if (ilo != ihi && job != BalanceJob.PERMUTE) {
            for (int i = ilo; i <= ihi; i++) {
                double s = side == Side.RIGHT ? scale[sOff + i] : 1 / scale[sOff + i];
                if (s == 1) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    v[vOff + i + j * ldv] *= s;
                }
            }
        }
        if (job == BalanceJob.SCALE) {
            return;
        }
        for (int ii = 0; ii < n; ii++) {
            if (ii >= ilo && ii <= ihi) {
                continue;
            }
            int i = ii < ilo ? ilo - 1 - ii : ii;
            int k = (int) scale[sOff + i];
            if (k == i) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                double t = v[vOff + i + j * ldv];
                v[vOff + i + j * ldv] = v[vOff + k + j * ldv];
                v[vOff + k + j * ldv] = t;
            }
        }
    }
}

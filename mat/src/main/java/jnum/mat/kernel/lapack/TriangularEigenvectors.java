package jnum.mat.kernel.lapack;

import static jnum.mat.kernel.Transpose.NO;

import jnum.mat.kernel.Blas;

/**
 * Eigenvectors of a real upper quasi-triangular matrix T in Schur canonical form, back-transformed
 * by a given matrix Q (LAPACK's dtrevc3 with {@code howmny = 'B'}): right eigenvectors
 * {@code T x = lambda x} and left eigenvectors {@code y^H T = lambda y^H}, returned as {@code Q x}
 * and {@code Q y}, so that with the Schur vectors of A they are A's eigenvectors.
 *
 * <p>Each vector comes from a back substitution (forward for left vectors) with the 1 x 1 and
 * 2 x 2 diagonal blocks of T, solved by {@link SmallSolve}; the solution is scaled down whenever
 * the next update could overflow, using the 1-norms of T's columns as bounds (the scheme of dtrevc,
 * which keeps every vector finite even for matrices with eigenvalues of wildly different size).
 * Near-singular diagonal blocks are perturbed to {@code max(ulp |lambda|, smlnum)}, which gives
 * the eigenvector of a nearby matrix for repeated and defective eigenvalues. All vectors of T are
 * formed first, then multiplied by Q: with GEMMs on 64-column blocks that skip the zero parts of
 * the triangular vector matrix, or, up to order 32, in place of Q column by column.
 *
 * <p>Storage as LAPACK's: a real eigenvalue has one real column; a complex pair (columns j and
 * j + 1, positive imaginary part first) has its vector's real part in column j and imaginary part
 * in column j + 1 (the vector of the conjugate value is the conjugate). Each vector is scaled so
 * that its element of largest magnitude ({@code |re| + |im|}) is 1.
 */
final class TriangularEigenvectors {
    private static final double ULP = 0x1p-52;
    private static final int BLOCK = 64;

    /** Order up to which the back-transformation is a plain loop rather than blocked GEMMs. */
    private static final int SMALL_PRODUCT = 32;

    private final Blas blas;
    private final int n;
    private final double[] t;
    private final int tb;
    private final int ldt;
    private final double smlnum;
    private final double bignum;
    /** colNorm[j] (1-based): 1-norm of T(1:j-1, j). */
    private final double[] colNorm;

    private final SmallSolve solve = new SmallSolve();

    private TriangularEigenvectors(Blas blas, int n, double[] t, int tOff, int ldt) {
        this.blas = blas;
        this.n = n;
        this.t = t;
        this.tb = tOff - 1 - ldt;
        this.ldt = ldt;
        this.smlnum = Double.MIN_NORMAL * (n / ULP);
        this.bignum = (1 - ULP) / smlnum;
        this.colNorm = new double[n + 1];
        for (int j = 2; j <= n; j++) {
            double s = 0;
            for (int i = 1; i < j; i++) {
                s += Math.abs(t(i, j));
            }
            colNorm[j] = s;
        }
    }

    private double t(int r, int c) {
        return t[tb + r + c * ldt];
    }

    /**
     * dtrevc3 ({@code howmny = 'B'}) on the n x n T: on entry vl and vr hold Q (n x n), on return
     * the left and right eigenvectors {@code Q y}, {@code Q x} (only those asked for), each scaled
     * to largest element 1 if {@code scaleToMax} (as dtrevc3 does). That scaling comes after the
     * product by Q, so it protects only what the caller does next (dgebak's row scaling); a caller
     * that applies no such scaling and normalizes with an overflow-safe norm can go without it.
     */
    static void trevc3(
            Blas blas,
            boolean wantLeft,
            boolean wantRight,
            int n,
            double[] t,
            int tOff,
            int ldt,
            double[] vl,
            int vlOff,
            int ldvl,
            double[] vr,
            int vrOff,
            int ldvr,
            boolean scaleToMax) {
        if (n == 0) {
            return;
        }
        TriangularEigenvectors e = new TriangularEigenvectors(blas, n, t, tOff, ldt);
        if (wantRight) {
            double[] x = new double[n * n];
            e.right(x);
            e.backTransform(true, x, vr, vrOff, ldvr, scaleToMax);
        }
        if (wantLeft) {
            double[] y = new double[n * n];
            e.left(y);
            e.backTransform(false, y, vl, vlOff, ldvl, scaleToMax);
        }
    }

    /** The right eigenvectors of T into the n x n x (column-major, ld n). */
    private void right(double[] x) {
        final int xb = -1 - n;
        int ip = 0;
        for (int ki = n; ki >= 1; ki--) {
            if (ip == 1) {
                ip = 0; // second column of a pair, done with the first
                continue;
            }
            if (ki > 1 && t(ki, ki - 1) != 0) {
                ip = -1;
            }
            double wr = t(ki, ki);
            double wi = ip != 0 ? Math.sqrt(Math.abs(t(ki, ki - 1))) * Math.sqrt(Math.abs(t(ki - 1, ki))) : 0;
            double smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
            if (ip == 0) {
                int c = xb + ki * n; // x[c + r] = X(r, ki)
                x[c + ki] = 1;
                for (int k = 1; k < ki; k++) {
                    x[c + k] = -t(k, ki);
                }
                int jnxt = ki - 1;
                for (int j = ki - 1; j >= 1; j--) {
                    if (j > jnxt) {
                        continue;
                    }
                    int j1 = j;
                    jnxt = j - 1;
                    if (j > 1 && t(j, j - 1) != 0) {
                        j1 = j - 1;
                        jnxt = j - 2;
                    }
                    if (j1 == j) {
                        solve.solve1(smin, t(j, j), wr, 0, x[c + j], 0);
                        double x11 = solve.x1r;
                        double scale = solve.scale;
                        if (solve.xnorm > 1 && colNorm[j] > bignum / solve.xnorm) {
                            x11 /= solve.xnorm;
                            scale /= solve.xnorm;
                        }
                        if (scale != 1) {
                            scaleRange(x, c + 1, ki, scale);
                        }
                        x[c + j] = x11;
                        axpyColumn(j - 1, -x11, j, x, c + 1);
                    } else {
                        solve.solve2(
                                false,
                                smin,
                                t(j - 1, j - 1),
                                t(j - 1, j),
                                t(j, j - 1),
                                t(j, j),
                                wr,
                                0,
                                x[c + j - 1],
                                0,
                                x[c + j],
                                0);
                        double x11 = solve.x1r;
                        double x21 = solve.x2r;
                        double scale = solve.scale;
                        if (solve.xnorm > 1) {
                            double beta = Math.max(colNorm[j - 1], colNorm[j]);
                            if (beta > bignum / solve.xnorm) {
                                x11 /= solve.xnorm;
                                x21 /= solve.xnorm;
                                scale /= solve.xnorm;
                            }
                        }
                        if (scale != 1) {
                            scaleRange(x, c + 1, ki, scale);
                        }
                        x[c + j - 1] = x11;
                        x[c + j] = x21;
                        axpyColumn(j - 2, -x11, j - 1, x, c + 1);
                        axpyColumn(j - 2, -x21, j, x, c + 1);
                    }
                }
            } else {
                int cr = xb + (ki - 1) * n; // real part in column ki-1
                int ci = xb + ki * n; // imaginary part in column ki
                if (Math.abs(t(ki - 1, ki)) >= Math.abs(t(ki, ki - 1))) {
                    x[cr + ki - 1] = 1;
                    x[ci + ki] = wi / t(ki - 1, ki);
                } else {
                    x[cr + ki - 1] = -wi / t(ki, ki - 1);
                    x[ci + ki] = 1;
                }
                x[cr + ki] = 0;
                x[ci + ki - 1] = 0;
                for (int k = 1; k <= ki - 2; k++) {
                    x[cr + k] = -x[cr + ki - 1] * t(k, ki - 1);
                    x[ci + k] = -x[ci + ki] * t(k, ki);
                }
                int jnxt = ki - 2;
                for (int j = ki - 2; j >= 1; j--) {
                    if (j > jnxt) {
                        continue;
                    }
                    int j1 = j;
                    jnxt = j - 1;
                    if (j > 1 && t(j, j - 1) != 0) {
                        j1 = j - 1;
                        jnxt = j - 2;
                    }
                    if (j1 == j) {
                        solve.solve1(smin, t(j, j), wr, wi, x[cr + j], x[ci + j]);
                        double xr = solve.x1r;
                        double xi = solve.x1i;
                        double scale = solve.scale;
                        if (solve.xnorm > 1 && colNorm[j] > bignum / solve.xnorm) {
                            xr /= solve.xnorm;
                            xi /= solve.xnorm;
                            scale /= solve.xnorm;
                        }
                        if (scale != 1) {
                            scaleRange(x, cr + 1, ki, scale);
                            scaleRange(x, ci + 1, ki, scale);
                        }
                        x[cr + j] = xr;
                        x[ci + j] = xi;
                        axpyColumn(j - 1, -xr, j, x, cr + 1);
                        axpyColumn(j - 1, -xi, j, x, ci + 1);
                    } else {
                        solve.solve2(
                                false,
                                smin,
                                t(j - 1, j - 1),
                                t(j - 1, j),
                                t(j, j - 1),
                                t(j, j),
                                wr,
                                wi,
                                x[cr + j - 1],
                                x[ci + j - 1],
                                x[cr + j],
                                x[ci + j]);
                        double x11 = solve.x1r;
                        double x12 = solve.x1i;
                        double x21 = solve.x2r;
                        double x22 = solve.x2i;
                        double scale = solve.scale;
                        if (solve.xnorm > 1) {
                            double beta = Math.max(colNorm[j - 1], colNorm[j]);
                            if (beta > bignum / solve.xnorm) {
                                double rec = 1 / solve.xnorm;
                                x11 *= rec;
                                x12 *= rec;
                                x21 *= rec;
                                x22 *= rec;
                                scale *= rec;
                            }
                        }
                        if (scale != 1) {
                            scaleRange(x, cr + 1, ki, scale);
                            scaleRange(x, ci + 1, ki, scale);
                        }
                        x[cr + j - 1] = x11;
                        x[cr + j] = x21;
                        x[ci + j - 1] = x12;
                        x[ci + j] = x22;
                        axpyColumn(j - 2, -x11, j - 1, x, cr + 1);
                        axpyColumn(j - 2, -x21, j, x, cr + 1);
                        axpyColumn(j - 2, -x12, j - 1, x, ci + 1);
                        axpyColumn(j - 2, -x22, j, x, ci + 1);
                    }
                }
            }
            // ip == -1 marks the pair's second column as the next to skip
            if (ip == -1) {
                ip = 1;
            }
        }
    }

    /** The left eigenvectors of T into the n x n y (column-major, ld n). */
    private void left(double[] y) {
        final int yb = -1 - n;
        int ip = 0;
        for (int ki = 1; ki <= n; ki++) {
            if (ip == -1) {
                ip = 0;
                continue;
            }
            if (ki < n && t(ki + 1, ki) != 0) {
                ip = 1;
            }
            double wr = t(ki, ki);
            double wi = ip != 0 ? Math.sqrt(Math.abs(t(ki, ki + 1))) * Math.sqrt(Math.abs(t(ki + 1, ki))) : 0;
            double smin = Math.max(ULP * (Math.abs(wr) + Math.abs(wi)), smlnum);
            if (ip == 0) {
                int c = yb + ki * n;
                y[c + ki] = 1;
                for (int k = ki + 1; k <= n; k++) {
                    y[c + k] = -t(ki, k);
                }
                double vmax = 1;
                double vcrit = bignum;
                int jnxt = ki + 1;
                for (int j = ki + 1; j <= n; j++) {
                    if (j < jnxt) {
                        continue;
                    }
                    int j2 = j;
                    jnxt = j + 1;
                    if (j < n && t(j + 1, j) != 0) {
                        j2 = j + 1;
                        jnxt = j + 2;
                    }
                    if (j2 == j) {
                        if (colNorm[j] > vcrit) {
                            scaleRange(y, c + ki, n - ki + 1, 1 / vmax);
                            vmax = 1;
                            vcrit = bignum;
                        }
                        y[c + j] -= dotColumn(j - ki - 1, j, ki + 1, y, c + ki + 1);
                        solve.solve1(smin, t(j, j), wr, 0, y[c + j], 0);
                        if (solve.scale != 1) {
                            scaleRange(y, c + ki, n - ki + 1, solve.scale);
                        }
                        y[c + j] = solve.x1r;
                        vmax = Math.max(Math.abs(y[c + j]), vmax);
                        vcrit = bignum / vmax;
                    } else {
                        double beta = Math.max(colNorm[j], colNorm[j + 1]);
                        if (beta > vcrit) {
                            scaleRange(y, c + ki, n - ki + 1, 1 / vmax);
                            vmax = 1;
                            vcrit = bignum;
                        }
                        y[c + j] -= dotColumn(j - ki - 1, j, ki + 1, y, c + ki + 1);
                        y[c + j + 1] -= dotColumn(j - ki - 1, j + 1, ki + 1, y, c + ki + 1);
                        solve.solve2(
                                true,
                                smin,
                                t(j, j),
                                t(j, j + 1),
                                t(j + 1, j),
                                t(j + 1, j + 1),
                                wr,
                                0,
                                y[c + j],
                                0,
                                y[c + j + 1],
                                0);
                        if (solve.scale != 1) {
                            scaleRange(y, c + ki, n - ki + 1, solve.scale);
                        }
                        y[c + j] = solve.x1r;
                        y[c + j + 1] = solve.x2r;
                        vmax = Math.max(Math.max(Math.abs(y[c + j]), Math.abs(y[c + j + 1])), vmax);
                        vcrit = bignum / vmax;
                    }
                }
            } else {
                int cr = yb + ki * n; // real part in column ki
                int ci = yb + (ki + 1) * n; // imaginary part in column ki+1
                if (Math.abs(t(ki, ki + 1)) >= Math.abs(t(ki + 1, ki))) {
                    y[cr + ki] = wi / t(ki, ki + 1);
                    y[ci + ki + 1] = 1;
                } else {
                    y[cr + ki] = 1;
                    y[ci + ki + 1] = -wi / t(ki + 1, ki);
                }
                y[cr + ki + 1] = 0;
                y[ci + ki] = 0;
                for (int k = ki + 2; k <= n; k++) {
                    y[cr + k] = -y[cr + ki] * t(ki, k);
                    y[ci + k] = -y[ci + ki + 1] * t(ki + 1, k);
                }
                double vmax = 1;
                double vcrit = bignum;
                int jnxt = ki + 2;
                for (int j = ki + 2; j <= n; j++) {
                    if (j < jnxt) {
                        continue;
                    }
                    int j2 = j;
                    jnxt = j + 1;
                    if (j < n && t(j + 1, j) != 0) {
                        j2 = j + 1;
                        jnxt = j + 2;
                    }
                    if (j2 == j) {
                        if (colNorm[j] > vcrit) {
                            double rec = 1 / vmax;
                            scaleRange(y, cr + ki, n - ki + 1, rec);
                            scaleRange(y, ci + ki, n - ki + 1, rec);
                            vmax = 1;
                            vcrit = bignum;
                        }
                        y[cr + j] -= dotColumn(j - ki - 2, j, ki + 2, y, cr + ki + 2);
                        y[ci + j] -= dotColumn(j - ki - 2, j, ki + 2, y, ci + ki + 2);
                        solve.solve1(smin, t(j, j), wr, -wi, y[cr + j], y[ci + j]);
                        if (solve.scale != 1) {
                            scaleRange(y, cr + ki, n - ki + 1, solve.scale);
                            scaleRange(y, ci + ki, n - ki + 1, solve.scale);
                        }
                        y[cr + j] = solve.x1r;
                        y[ci + j] = solve.x1i;
                        vmax = Math.max(Math.max(Math.abs(y[cr + j]), Math.abs(y[ci + j])), vmax);
                        vcrit = bignum / vmax;
                    } else {
                        double beta = Math.max(colNorm[j], colNorm[j + 1]);
                        if (beta > vcrit) {
                            double rec = 1 / vmax;
                            scaleRange(y, cr + ki, n - ki + 1, rec);
                            scaleRange(y, ci + ki, n - ki + 1, rec);
                            vmax = 1;
                            vcrit = bignum;
                        }
                        y[cr + j] -= dotColumn(j - ki - 2, j, ki + 2, y, cr + ki + 2);
                        y[ci + j] -= dotColumn(j - ki - 2, j, ki + 2, y, ci + ki + 2);
                        y[cr + j + 1] -= dotColumn(j - ki - 2, j + 1, ki + 2, y, cr + ki + 2);
                        y[ci + j + 1] -= dotColumn(j - ki - 2, j + 1, ki + 2, y, ci + ki + 2);
                        solve.solve2(
                                true,
                                smin,
                                t(j, j),
                                t(j, j + 1),
                                t(j + 1, j),
                                t(j + 1, j + 1),
                                wr,
                                -wi,
                                y[cr + j],
                                y[ci + j],
                                y[cr + j + 1],
                                y[ci + j + 1]);
                        if (solve.scale != 1) {
                            scaleRange(y, cr + ki, n - ki + 1, solve.scale);
                            scaleRange(y, ci + ki, n - ki + 1, solve.scale);
                        }
                        y[cr + j] = solve.x1r;
                        y[ci + j] = solve.x1i;
                        y[cr + j + 1] = solve.x2r;
                        y[ci + j + 1] = solve.x2i;
                        vmax = Math.max(
                                Math.max(Math.max(Math.abs(solve.x1r), Math.abs(solve.x1i)), Math.abs(solve.x2r)),
                                Math.max(Math.abs(solve.x2i), vmax));
                        vcrit = bignum / vmax;
                    }
                }
            }
            if (ip == 1) {
                ip = -1;
            }
        }
    }

    /** x[from .. from+len-1] *= s. */
    private static void scaleRange(double[] x, int from, int len, double s) {
        for (int k = from; k < from + len; k++) {
            x[k] *= s;
        }
    }

    /** x[xFrom + r - 1] += alpha T(r, col) for r = 1..len. */
    private void axpyColumn(int len, double alpha, int col, double[] x, int xFrom) {
        int tc = tb + 1 + col * ldt;
        for (int r = 0; r < len; r++) {
            x[xFrom + r] += alpha * t[tc + r];
        }
    }

    /** sum over r = 0..len-1 of T(row0 + r, col) x[xFrom + r]. */
    private double dotColumn(int len, int col, int row0, double[] x, int xFrom) {
        int tc = tb + row0 + col * ldt;
        double s = 0;
        for (int r = 0; r < len; r++) {
            s += t[tc + r] * x[xFrom + r];
        }
        return s;
    }

    /**
     * V = Q X in place of Q (n x n at (v, vOff, ldv)), X upper (right vectors) or lower (left
     * vectors); then, if {@code scaleToMax}, each vector is normalized. Column j of X has
     * nonzeros in rows 1..j (right) or j..n (left) only: a pair's real part is zero in its
     * partner's row and its imaginary part in its own. Small orders therefore overwrite Q's columns in
     * the order in which no later column needs them (as dtrevc does); larger ones multiply by
     * column blocks with GEMMs into a copy.
     */
    private void backTransform(boolean upper, double[] x, double[] v, int vOff, int ldv, boolean scaleToMax) {
        if (n <= SMALL_PRODUCT) {
            multiplyInPlace(upper, x, v, vOff, ldv);
        } else {
            double[] out = new double[n * n];
            for (int j0 = 0; j0 < n; j0 += BLOCK) {
                int nb = Math.min(BLOCK, n - j0);
                if (upper) {
                    int rows = Math.min(n, j0 + nb);
                    blas.gemm(NO, NO, n, nb, rows, 1, v, vOff, ldv, x, j0 * n, n, 0, out, j0 * n, n);
                } else {
                    blas.gemm(NO, NO, n, nb, n - j0, 1, v, vOff + j0 * ldv, ldv, x, j0 + j0 * n, n, 0, out, j0 * n, n);
                }
            }
            for (int j = 0; j < n; j++) {
                System.arraycopy(out, j * n, v, vOff + j * ldv, n);
            }
        }
        if (scaleToMax) {
            normalize(v, vOff, ldv);
        }
    }

    /**
     * {@link #backTransform}'s product for small orders: column j of V becomes {@code x_jj q_j}
     * plus the other columns of Q weighted by column j of X, taking j downwards (upper X: they
     * are the columns before j, not yet overwritten) or upwards (lower X: those after j).
     */
    private void multiplyInPlace(boolean upper, double[] x, double[] v, int vOff, int ldv) {
        for (int step = 0; step < n; step++) {
            int j = upper ? n - 1 - step : step;
            int vj = vOff + j * ldv;
            double xjj = x[j + j * n];
            for (int r = 0; r < n; r++) {
                v[vj + r] *= xjj;
            }
            int from = upper ? 0 : j + 1;
            int to = upper ? j : n;
            for (int k = from; k < to; k++) {
                double xkj = x[k + j * n];
                if (xkj == 0) {
                    continue;
                }
                int vk = vOff + k * ldv;
                for (int r = 0; r < n; r++) {
                    v[vj + r] += v[vk + r] * xkj;
                }
            }
        }
    }

    /** Scales each vector so that its largest element (|re| + |im| for a pair) has magnitude 1. */
    private void normalize(double[] v, int vOff, int ldv) {
        for (int j = 0; j < n; j++) {
            int c = vOff + j * ldv;
            boolean pair = j + 1 < n && t(j + 2, j + 1) != 0;
            if (pair) {
                double emax = 0;
                for (int r = 0; r < n; r++) {
                    emax = Math.max(emax, Math.abs(v[c + r]) + Math.abs(v[c + ldv + r]));
                }
                double rec = 1 / emax;
                scaleRange(v, c, n, rec);
                scaleRange(v, c + ldv, n, rec);
                j++;
            } else {
                double emax = 0;
                for (int r = 0; r < n; r++) {
                    emax = Math.max(emax, Math.abs(v[c + r]));
                }
                scaleRange(v, c, n, 1 / emax);
            }
        }
    }
}

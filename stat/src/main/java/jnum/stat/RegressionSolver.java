package jnum.stat;

import java.util.Arrays;
import jnum.mat.Dense;
import jnum.mat.PivotedQR;
import jnum.mat.QR;
import jnum.mat.Vec;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;

/**
 * The least-squares core shared by {@link LinearRegression#fit} and {@link RegressionAccumulator}:
 * minimizes {@code ||A b - c||^2 + extra} for a weighted design A (the intercept column first when
 * there is one) by pivoted QR, where {@code extra} is a residual sum of squares already split off
 * (the accumulator passes its compressed triangle {@code [R_X z; 0 r]} as A = R_X, c = z, extra =
 * r^2).
 *
 * <p>Rank: the columns of A are first scaled to 2-norms in [1, 2) by powers of 2 (the solution is unchanged up to that
 * scaling, and the rank decision no longer depends on the units of the predictors: a polynomial
 * basis such as NIST's Filip has cond ~ 1e15 as given but ~ 5e9 scaled). The pivoted QR {@code A D^-1
 * P = Q R} then counts the leading {@code |R(i,i)| > tol} with {@code tol = max(nobs, k) eps
 * |R(0,0)|} (the NumPy/MATLAB rank threshold at the number of observations, so the batch and the
 * compressed problem decide alike). When the rank r is below k, the columns
 * kept are chosen in their given order, as R's {@code lm} does: a column is aliased if it lies within
 * the tolerance in the span of the columns kept before it, tested on the small r x k matrix {@code R
 * P^T}, which has the column geometry of A. The model is then refitted on the kept columns alone.
 *
 * <p>Tall problems (more than {@code CHUNK} rows) are first compressed: the rows of the scaled
 * {@code [A c]} are folded into the triangle {@code [R z; 0 rho]} ({@link TriangleFold}), and the
 * factorizations above run on R and z; refinement, when it pays, uses the data.
 */
final class RegressionSolver {
    private static final double EPS = 0x1p-52;

    private RegressionSolver() {}

    /** The fit on the kept columns: coefficients and unscaled covariance, both in full k-space. */
    record Solution(int rank, boolean[] aliased, double[] beta, Dense covUnscaled, double rss) {}

    static Solution solve(Dense unscaled, double[] c, double extraRss, long nobs) {
        int m = unscaled.rows();
        int k = unscaled.cols();
        double[] d = new double[k];
        // a compact copy (ld = m), scaled column by column
        double[] data = new double[Math.max(1, m) * k];
        Dense a = Dense.wrap(data, 0, Math.max(1, m), m, k);
        Dense src = unscaled.storage() == Transpose.NO ? unscaled : unscaled.copy();
        for (int j = 0; j < k; j++) {
            System.arraycopy(src.array(), src.offset() + j * src.ld(), data, j * m, m);
            double nj = Kernels.blas().nrm2(m, data, j * m, 1);
            // a power of 2 near the norm: scaling is then exact, and refinement solves the given data
            d[j] = nj > 0 && Double.isFinite(nj) ? Math.scalb(1.0, Math.getExponent(nj)) : 1;
            if (d[j] != 1) {
                Kernels.blas().scal(m, 1 / d[j], data, j * m, 1); // exact: a power of 2
            }
        }
        // the factorizations see the tall problem compressed to R and z = Q^T c (same solution, same
        // column geometry); refinement and residuals then use the data
        Dense small = a;
        double[] z = c;
        double rho = 0; // the residual norm of the compressed problem, ||c - A x|| at its solution
        boolean compressed = m > CHUNK;
        if (compressed) {
            double[] t = compress(data, m, k, c);
            rho = Math.abs(t[k + k * (k + 1)]);
            small = Dense.zeros(k, k);
            z = new double[k];
            for (int j = 0; j < k; j++) {
                for (int i = 0; i <= j; i++) {
                    small.set(i, j, t[i + j * (k + 1)]);
                }
                z[j] = t[j + k * (k + 1)];
            }
        }
        PivotedQR pq = QR.pivoted(small);
        Dense r = pq.r();
        double tol = r.rows() == 0 ? 0 : (double) Math.max(nobs, k) * EPS * Math.abs(r.get(0, 0));
        int rank = pq.rank(tol);
        int[] kept;
        PivotedQR fit;
        if (rank == k) {
            kept = identity(k);
            fit = pq;
        } else {
            kept = keptColumns(r, pq.permutation(), tol);
            fit = QR.pivoted(columns(small, kept));
            tol = 0; // the kept columns are independent at the original tolerance
            rank = kept.length;
        }
        boolean[] aliased = new boolean[k];
        Arrays.fill(aliased, true);
        for (int j : kept) {
            aliased[j] = false;
        }
        double[] beta = new double[k];
        Arrays.fill(beta, Double.NaN);
        Dense cov = Dense.zeros(k, k);
        double rss = extraRss;
        if (rank > 0) {
            Dense rinv = upperInverse(fit.r(), rank);
            int[] perm = fit.permutation();
            Dense covK = Dense.zeros(rank, rank); // (A_K^T A_K)^-1 in kept order
            for (int i = 0; i < rank; i++) {
                for (int j = 0; j < rank; j++) {
                    double s = 0;
                    for (int l = Math.max(i, j); l < rank; l++) {
                        s += rinv.get(i, l) * rinv.get(j, l);
                    }
                    covK.set(perm[i], perm[j], s);
                }
            }
            Dense ak = rank == k ? a : columns(a, kept);
            double[] bk = fit.solve(Vec.of(z), tol).toArray();
            if (!compressed || refinementPays(fit.r(), rinv, rank, bk, z, rho)) {
                rss += sumSquares(Vec.of(refine(ak, c, bk, covK)));
            } else {
                Dense sk = rank == k ? small : columns(small, kept);
                double[] zr = z.clone();
                for (int j = 0; j < rank; j++) {
                    Kernels.blas().axpy(k, -bk[j], sk.array(), sk.offset() + j * sk.ld(), 1, zr, 0, 1);
                }
                rss += rho * rho + sumSquares(Vec.of(zr));
            }
            for (int i = 0; i < rank; i++) {
                beta[kept[i]] = bk[i];
                for (int j = 0; j < rank; j++) {
                    cov.set(kept[i], kept[j], covK.get(i, j));
                }
            }
        } else {
            rss += sumSquares(Vec.of(c));
        }
        for (int i = 0; i < k; i++) {
            beta[i] /= d[i];
            for (int j = 0; j < k; j++) {
                cov.set(i, j, cov.get(i, j) / (d[i] * d[j]));
            }
        }
        for (int j = 0; j < k; j++) {
            if (aliased[j]) {
                for (int i = 0; i < k; i++) {
                    cov.set(i, j, Double.NaN);
                    cov.set(j, i, Double.NaN);
                }
            }
        }
        return new Solution(rank, aliased, beta, cov, rss);
    }

    /**
     * Iterative refinement by the seminormal equations with residuals in twice the working precision:
     * {@code x += (A^T A)^-1 A^T (c - A x)}, {@code (A^T A)^-1 = R^-1 R^-T} from the QR, the residual
     * and the gradient {@code A^T r} accumulated with error-free transformations (Ogita, Rump and
     * Oishi's Dot2). Each step multiplies the error by about {@code cond(A)^2 eps}; a step is kept
     * only while the gradient norm falls, so an ill-conditioned A (where the step would not contract)
     * keeps the QR solution. Removes the {@code cond^2 eps ||r||} term of the QR solution's error,
     * which dominates on large-residual problems. Returns the residual of the final x.
     */
    private static double[] refine(Dense a, double[] c, double[] x, Dense inverseGram) {
        int k = x.length;
        double[][] r = residual(a, c, x);
        double[] g = gradient(a, r);
        double gNorm = Vec.of(g).norm2();
        for (int step = 0; step < 4 && gNorm > 0; step++) {
            double[] trial = x.clone();
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += inverseGram.get(i, j) * g[j];
                }
                trial[i] += s;
            }
            double[][] rt = residual(a, c, trial);
            double[] gt = gradient(a, rt);
            double gtNorm = Vec.of(gt).norm2();
            if (!(gtNorm < gNorm)) {
                break;
            }
            System.arraycopy(trial, 0, x, 0, k);
            r = rt;
            g = gt;
            gNorm = gtNorm;
        }
        double[] out = r[0];
        for (int i = 0; i < out.length; i++) {
            out[i] += r[1][i];
        }
        return out;
    }

    /**
     * Whether refinement (and the residual in twice the precision) can change the compressed
     * problem's answer beyond its rounding: the QR solution's error bound is {@code eps kappa (1 +
     * kappa ||r|| / (||A|| ||x||))} (Higham, Accuracy and Stability, 20.10), so refinement pays when
     * the second term exceeds the first, with kappa = {@code ||R||_F ||R^-1||_F}; and the residual
     * norm read from the triangle has an error of about {@code eps ||c||}, so it is kept only when
     * the residual is at least {@code 2^-10 ||c||} (the residual sum of squares keeps 10 or more
     * digits), the data's double-double residual otherwise.
     */
    private static boolean refinementPays(Dense r, Dense rinv, int rank, double[] x, double[] z, double rho) {
        double normR = 0;
        double normInv = 0;
        for (int j = 0; j < rank; j++) {
            for (int i = 0; i <= j; i++) {
                normR = Math.hypot(normR, r.get(i, j));
                normInv = Math.hypot(normInv, rinv.get(i, j));
            }
        }
        double kappa = normR * normInv;
        double normC = Math.hypot(Vec.of(z).norm2(), rho);
        return !(kappa * rho <= normR * Vec.of(x).norm2() && rho >= 0x1p-10 * normC);
    }

    /** {@code c - A x} as a double-double pair {hi, lo} per element (TwoProduct and TwoSum). */
    private static double[][] residual(Dense a, double[] c, double[] x) {
        int m = a.rows();
        double[] data = a.array();
        int ld = a.ld();
        int off = a.offset();
        double[] hi = c.clone();
        double[] lo = new double[m];
        for (int j = 0; j < x.length; j++) {
            double xj = -x[j];
            int col = off + j * ld;
            for (int i = 0; i < m; i++) {
                double aij = data[col + i];
                double p = aij * xj;
                double pe = Math.fma(aij, xj, -p);
                double h = hi[i];
                double s = h + p;
                double bb = s - h;
                lo[i] += ((h - (s - bb)) + (p - bb)) + pe;
                hi[i] = s;
            }
        }
        for (int i = 0; i < m; i++) {
            double s = hi[i] + lo[i];
            lo[i] = lo[i] - (s - hi[i]);
            hi[i] = s;
        }
        return new double[][] {hi, lo};
    }

    /** {@code A^T r} for a double-double r, each element accumulated in double-double (Dot2). */
    private static double[] gradient(Dense a, double[][] r) {
        double[] g = new double[a.cols()];
        double[] data = a.array();
        int ld = a.ld();
        int off = a.offset();
        double[] rh = r[0];
        double[] rl = r[1];
        for (int j = 0; j < g.length; j++) {
            int col = off + j * ld;
            double hi = 0;
            double lo = 0;
            for (int i = 0; i < rh.length; i++) {
                double aij = data[col + i];
                double p = aij * rh[i];
                double pe = Math.fma(aij, rh[i], -p);
                double s = hi + p;
                double bb = s - hi;
                lo += ((hi - (s - bb)) + (p - bb)) + pe + aij * rl[i];
                hi = s;
            }
            g[j] = hi + lo;
        }
        return g;
    }

    /** Rows folded per step of {@link #compress}: the stacked block stays in the L2 cache. */
    private static final int CHUNK = 2048;

    /**
     * The {@code (k + 1) x (k + 1)} triangle of the QR of {@code [A c]} (A {@code m x k} compact
     * column-major), folded {@link #CHUNK} rows at a time ({@link TriangleFold}): its leading
     * {@code k x k} block is A's R, its last column {@code Q^T c}.
     */
    private static double[] compress(double[] a, int m, int k, double[] c) {
        int w = k + 1;
        double[] t = new double[w * w];
        double[] rows = new double[CHUNK * w];
        for (int i0 = 0; i0 < m; i0 += CHUNK) {
            int nb = Math.min(CHUNK, m - i0);
            for (int j = 0; j < k; j++) {
                System.arraycopy(a, i0 + j * m, rows, j * nb, nb);
            }
            System.arraycopy(c, i0, rows, k * nb, nb);
            TriangleFold.fold(t, w, rows, nb, nb);
        }
        return t;
    }

    /** Columns kept in order: each one not within tol of the span of those kept before it. */
    private static int[] keptColumns(Dense r, int[] perm, double tol) {
        int k = r.cols();
        // B = R P^T: column perm[j] of B is column j of R, with the column norms of A
        Dense b = Dense.zeros(r.rows(), k);
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < r.rows(); i++) {
                b.set(i, perm[j], r.get(i, j));
            }
        }
        int[] kept = new int[k];
        int n = 0;
        for (int j = 0; j < k; j++) {
            kept[n] = j;
            if (QR.pivoted(columns(b, Arrays.copyOf(kept, n + 1))).rank(tol) == n + 1) {
                n++;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    private static int[] identity(int k) {
        int[] p = new int[k];
        for (int j = 0; j < k; j++) {
            p[j] = j;
        }
        return p;
    }

    static Dense columns(Dense a, int[] cols) {
        Dense out = Dense.zeros(a.rows(), cols.length);
        for (int j = 0; j < cols.length; j++) {
            for (int i = 0; i < a.rows(); i++) {
                out.set(i, j, a.get(i, cols[j]));
            }
        }
        return out;
    }

    /** The inverse of the leading r x r upper triangle of R, by back substitution. */
    private static Dense upperInverse(Dense r, int n) {
        Dense inv = Dense.zeros(n, n);
        for (int j = n - 1; j >= 0; j--) {
            inv.set(j, j, 1 / r.get(j, j));
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int l = i + 1; l <= j; l++) {
                    s += r.get(i, l) * inv.get(l, j);
                }
                inv.set(i, j, -s / r.get(i, i));
            }
        }
        return inv;
    }

    /** {@code sum v_i^2}, scaled against overflow and underflow. */
    static double sumSquares(Vec v) {
        double scale = v.normInf();
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale == 0 ? 0 : scale * scale;
        }
        double s = 0;
        double comp = 0;
        for (int i = 0; i < v.length(); i++) {
            double t = v.get(i) / scale;
            double y = t * t - comp;
            double u = s + y;
            comp = (u - s) - y;
            s = u;
        }
        return s * scale * scale;
    }
}

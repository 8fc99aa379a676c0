package jnum.optimize;

import jnum.mat.kernel.Kernels;

/**
 * The pivoted QR factorization of a Jacobian (from {@code jnum.mat}'s LAPACK layer) and the
 * trust-region pieces of MINPACK's Levenberg-Marquardt built on it: the Levenberg-Marquardt
 * parameter (lmpar), the solution of the damped least-squares system by Givens rotations (qrsolv),
 * and the covariance {@code (J^T J)^-1} from R. Written from More, Garbow and Hillstrom, "User guide
 * for MINPACK-1" (ANL-80-74, 1980) and More, "The Levenberg-Marquardt algorithm: implementation and
 * theory" (Lecture Notes in Mathematics 630, 1978).
 */
final class JacobianQr {
    private static final double DWARF = Double.MIN_NORMAL;

    // work arrays of length n, kept across the iterations of one run
    private final double[] wa1;
    private final double[] wa2;
    private final double[] solveWork;

    /** The work arrays for n parameters. */
    JacobianQr(int n) {
        wa1 = new double[n];
        wa2 = new double[n];
        solveWork = new double[n];
    }

    /** The Euclidean norm of {@code v[from, to)}, without overflow or destructive underflow. */
    static double norm(double[] v, int from, int to) {
        double scale = 0;
        for (int i = from; i < to; i++) {
            scale = Math.max(scale, Math.abs(v[i]));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale == 0 ? 0 : scale;
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            double t = v[i] / scale;
            s += t * t;
        }
        return scale * Math.sqrt(s);
    }

    static double norm(double[] v) {
        return norm(v, 0, v.length);
    }

    /**
     * Factors {@code a} (m x n, column-major, overwritten) as {@code A P = Q R} by {@code jnum.mat}'s
     * LAPACK layer (geqp3: blocked Householder QR with column pivoting and safe norm downdating), in
     * place of MINPACK's qrfac. On return the upper triangle of {@code a} holds R, {@code rdiag}
     * also R's diagonal, the part below the diagonal the Householder vectors with their scalars in
     * {@code tau} (length {@code min(m, n)}); {@code ipvt[j]} is the original column in position j;
     * {@code acnorm} holds the norms of the original columns (MINPACK's scaling uses them).
     */
    static void factor(double[] a, int m, int n, int[] ipvt, double[] rdiag, double[] acnorm, double[] tau) {
        for (int j = 0; j < n; j++) {
            acnorm[j] = norm(a, j * m, j * m + m);
        }
        Kernels.lapack().geqp3(m, n, a, 0, Math.max(1, m), ipvt, 0, tau, 0);
        for (int j = 0; j < n; j++) {
            rdiag[j] = j < m ? a[j + j * m] : 0;
        }
    }

    /**
     * Overwrites {@code b} (length m) by {@code Q^T b = H_{k-1} ... H_0 b} with the reflectors
     * {@link #factor} left in {@code a}, {@code H_j = I - tau_j v_j v_j^T}, {@code v_j = (0, ..., 0,
     * 1, a[j+1..m, j])}. One vector, as lmder does it: the loop costs less than the set-up of a
     * blocked ormqr, which pays off only for many right-hand sides.
     */
    static void applyQt(double[] a, int m, int n, double[] tau, double[] b) {
        int k = Math.min(m, n);
        for (int j = 0; j < k; j++) {
            double t = tau[j];
            if (t == 0) {
                continue;
            }
            int col = j * m;
            double s = b[j];
            for (int i = j + 1; i < m; i++) {
                s += a[col + i] * b[i];
            }
            s *= t;
            b[j] -= s;
            for (int i = j + 1; i < m; i++) {
                b[i] -= s * a[col + i];
            }
        }
    }

    /**
     * qrsolv: given the upper triangle R (in {@code r}, leading dimension {@code ldr}, {@code n x n}),
     * the pivots, a diagonal {@code d} and {@code qtb = (Q^T b)[0..n)}, solves the least-squares
     * problem {@code [A; D] x ~ [b; 0]} in the sense of {@code A P = Q R}. The lower triangle of {@code
     * r} receives the transposed triangular factor S of {@code P^T (A^T A + D D) P = S^T S} (strictly
     * lower part), {@code sdiag} its diagonal; R's upper triangle and diagonal are kept.
     */
    void solveDamped(double[] r, int ldr, int n, int[] ipvt, double[] d, double[] qtb, double[] x, double[] sdiag) {
        double[] wa = solveWork;
        for (int j = 0; j < n; j++) {
            for (int i = j; i < n; i++) {
                r[i + j * ldr] = r[j + i * ldr];
            }
            x[j] = r[j + j * ldr];
            wa[j] = qtb[j];
        }
        for (int j = 0; j < n; j++) {
            int l = ipvt[j];
            if (d[l] != 0) {
                for (int k = j; k < n; k++) {
                    sdiag[k] = 0;
                }
                sdiag[j] = d[l];
                double qtbpj = 0;
                for (int k = j; k < n; k++) {
                    if (sdiag[k] == 0) {
                        continue;
                    }
                    double rkk = r[k + k * ldr];
                    double sin;
                    double cos;
                    if (Math.abs(rkk) < Math.abs(sdiag[k])) {
                        double cotan = rkk / sdiag[k];
                        sin = 0.5 / Math.sqrt(0.25 + 0.25 * cotan * cotan);
                        cos = sin * cotan;
                    } else {
                        double tan = sdiag[k] / rkk;
                        cos = 0.5 / Math.sqrt(0.25 + 0.25 * tan * tan);
                        sin = cos * tan;
                    }
                    r[k + k * ldr] = cos * rkk + sin * sdiag[k];
                    double t = cos * wa[k] + sin * qtbpj;
                    qtbpj = -sin * wa[k] + cos * qtbpj;
                    wa[k] = t;
                    for (int i = k + 1; i < n; i++) {
                        double rik = r[i + k * ldr];
                        t = cos * rik + sin * sdiag[i];
                        sdiag[i] = -sin * rik + cos * sdiag[i];
                        r[i + k * ldr] = t;
                    }
                }
            }
            sdiag[j] = r[j + j * ldr];
            r[j + j * ldr] = x[j];
        }
        int nsing = n;
        for (int j = 0; j < n; j++) {
            if (sdiag[j] == 0 && nsing == n) {
                nsing = j;
            }
            if (nsing < n) {
                wa[j] = 0;
            }
        }
        for (int k = nsing - 1; k >= 0; k--) {
            double sum = 0;
            for (int i = k + 1; i < nsing; i++) {
                sum += r[i + k * ldr] * wa[i];
            }
            wa[k] = (wa[k] - sum) / sdiag[k];
        }
        for (int j = 0; j < n; j++) {
            x[ipvt[j]] = wa[j];
        }
    }

    /**
     * lmpar: the Levenberg-Marquardt parameter {@code par >= 0} and the solution {@code x} of {@code
     * [J; sqrt(par) D] x ~ [f; 0]} (the step is {@code -x}) such that either {@code par = 0} and {@code
     * ||D x|| <= 1.1 delta}, or {@code | ||D x|| - delta | <= 0.1 delta}. At most 10 iterations of the safeguarded
     * Newton iteration on the secular equation.
     *
     * @param r the n x n R in its upper triangle (leading dimension ldr); its lower triangle is used as
     *     work space
     * @return the new parameter; {@code x} and {@code sdiag} receive the solution and S's diagonal
     */
    double lmpar(
            double[] r,
            int ldr,
            int n,
            int[] ipvt,
            double[] diag,
            double[] qtb,
            double delta,
            double par,
            double[] x,
            double[] sdiag) {
        int nsing = n;
        for (int j = 0; j < n; j++) {
            wa1[j] = qtb[j];
            if (r[j + j * ldr] == 0 && nsing == n) {
                nsing = j;
            }
            if (nsing < n) {
                wa1[j] = 0;
            }
        }
        for (int k = nsing - 1; k >= 0; k--) {
            wa1[k] /= r[k + k * ldr];
            double t = wa1[k];
            for (int i = 0; i < k; i++) {
                wa1[i] -= r[i + k * ldr] * t;
            }
        }
        for (int j = 0; j < n; j++) {
            x[ipvt[j]] = wa1[j];
        }
        for (int j = 0; j < n; j++) {
            wa2[j] = diag[j] * x[j];
        }
        double dxnorm = norm(wa2);
        double fp = dxnorm - delta;
        if (fp <= 0.1 * delta) {
            return 0; // the Gauss-Newton step is inside the region
        }
        double parl = 0;
        if (nsing >= n) {
            for (int j = 0; j < n; j++) {
                int l = ipvt[j];
                wa1[j] = diag[l] * (wa2[l] / dxnorm);
            }
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = 0; i < j; i++) {
                    sum += r[i + j * ldr] * wa1[i];
                }
                wa1[j] = (wa1[j] - sum) / r[j + j * ldr];
            }
            double t = norm(wa1);
            parl = ((fp / delta) / t) / t;
        }
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i <= j; i++) {
                sum += r[i + j * ldr] * qtb[i];
            }
            wa1[j] = sum / diag[ipvt[j]];
        }
        double gnorm = norm(wa1);
        double paru = gnorm / delta;
        if (paru == 0) {
            paru = DWARF / Math.min(delta, 0.1);
        }
        par = Math.max(par, parl);
        par = Math.min(par, paru);
        if (par == 0) {
            par = gnorm / dxnorm;
        }
        for (int iter = 1; ; iter++) {
            if (par == 0) {
                par = Math.max(DWARF, 0.001 * paru);
            }
            double sq = Math.sqrt(par);
            for (int j = 0; j < n; j++) {
                wa1[j] = sq * diag[j];
            }
            solveDamped(r, ldr, n, ipvt, wa1, qtb, x, sdiag);
            for (int j = 0; j < n; j++) {
                wa2[j] = diag[j] * x[j];
            }
            dxnorm = norm(wa2);
            double previous = fp;
            fp = dxnorm - delta;
            if (Math.abs(fp) <= 0.1 * delta || (parl == 0 && fp <= previous && previous < 0) || iter == 10) {
                return par;
            }
            // Newton correction
            for (int j = 0; j < n; j++) {
                int l = ipvt[j];
                wa1[j] = diag[l] * (wa2[l] / dxnorm);
            }
            for (int j = 0; j < n; j++) {
                wa1[j] /= sdiag[j];
                double t = wa1[j];
                for (int i = j + 1; i < n; i++) {
                    wa1[i] -= r[i + j * ldr] * t;
                }
            }
            double t = norm(wa1);
            double parc = ((fp / delta) / t) / t;
            if (fp > 0) {
                parl = Math.max(parl, par);
            } else if (fp < 0) {
                paru = Math.min(paru, par);
            }
            par = Math.max(parl, par + parc);
        }
    }

    /**
     * The covariance {@code (J^T J)^-1} (column-major n x n) from a pivoted QR of J whose R is in the
     * upper triangle of {@code r} (leading dimension ldr) with diagonal {@code rdiag}. Columns whose
     * diagonal is at most {@code tol |R_00|} and all after the first such are treated as dependent:
     * their rows and columns of the result are {@code +inf}.
     *
     * @return the numerical rank
     */
    static int covariance(double[] r, int ldr, int n, double[] rdiag, int[] ipvt, double tol, double[] cov) {
        int rank = 0;
        double r00 = n == 0 ? 0 : Math.abs(rdiag[0]);
        while (rank < n && Math.abs(rdiag[rank]) > tol * r00) {
            rank++;
        }
        // inverse of the leading rank x rank block of R, upper triangular
        double[] inv = new double[rank * rank];
        for (int j = 0; j < rank; j++) {
            inv[j + j * rank] = 1 / rdiag[j];
            for (int i = j - 1; i >= 0; i--) {
                double sum = 0;
                for (int k = i + 1; k <= j; k++) {
                    sum += r[i + k * ldr] * inv[k + j * rank];
                }
                inv[i + j * rank] = -sum / rdiag[i];
            }
        }
        java.util.Arrays.fill(cov, Double.POSITIVE_INFINITY);
        for (int a = 0; a < rank; a++) {
            for (int b = 0; b < rank; b++) {
                double sum = 0;
                for (int k = Math.max(a, b); k < rank; k++) {
                    sum += inv[a + k * rank] * inv[b + k * rank];
                }
                cov[ipvt[a] + ipvt[b] * n] = sum;
            }
        }
        return rank;
    }
}

package jnum.mat;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.lapack.OneNormEstimator;

/**
 * {@code exp(A)} by scaling and squaring with diagonal Pade approximants: N. J. Higham, "The
 * scaling and squaring method for the matrix exponential revisited", SIAM J. Matrix Anal. Appl. 26
 * (2005), with the choice of degree and scaling of A. H. Al-Mohy and N. J. Higham, "A new scaling
 * and squaring algorithm for the matrix exponential", SIAM J. Matrix Anal. Appl. 31 (2009).
 *
 * <p>The Pade approximant {@code r_m = q_m(A)^-1 p_m(A)} of degree m in {3, 5, 7, 9, 13} has a
 * backward error of at most the unit roundoff u when the quantities {@code ||A^k||^(1/k)} (for the
 * powers k the 2009 paper names) are below {@code theta_m}; these are sharper than {@code ||A||}
 * for non-normal matrices and so avoid over-scaling. The lowest degree that suffices is taken;
 * otherwise A is scaled by {@code 2^-s} to reach {@code theta_13}, and {@code r_13(2^-s A)} is
 * squared s times. The correction {@code ell(A, m)}, from the leading term of the backward-error
 * series, adds scaling only where the bound above would be too optimistic; s never exceeds the
 * norm-based scaling of the 2005 algorithm. The Pade system is solved through {@link LU}. For a
 * triangular A the diagonal and first superdiagonal are recomputed exactly before and after each
 * squaring, as the 2009 paper does.
 */
final class MatrixExponential {
    private static final double U = 0x1p-53;

    private static final int[] DEGREE = {3, 5, 7, 9, 13};

    /** theta_m of Higham (2005), Table 2.3, for the degrees above. */
    private static final double[] THETA = {
        1.495585217958292e-2, 2.539398330063230e-1, 9.504178996162932e-1, 2.097847961257068e0, 5.371920351148152e0
    };

    /**
     * The coefficients b_0..b_m of {@code p_m(x) = sum b_j x^j}, scaled so that b_m = 1:
     * {@code b_j ~ (2m - j)! m! / ((2m)! j! (m - j)!)}; {@code q_m(x) = p_m(-x)}.
     */
    private static final double[][] B = {
        {120, 60, 12, 1},
        {30240, 15120, 3360, 420, 30, 1},
        {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1},
        {17643225600.0, 8821612800.0, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1},
        {
            64764752532480000.0,
            32382376266240000.0,
            7771770303897600.0,
            1187353796428800.0,
            129060195264000.0,
            10559470521600.0,
            670442572800.0,
            33522128640.0,
            1323241920,
            40840800,
            960960,
            16380,
            182,
            1
        }
    };

    private MatrixExponential() {}

    /** exp(a) for a square matrix a whose elements are all finite (checked by the caller). */
    static Dense exp(Dense a) {
        int n = a.rows();
        if (n == 0) {
            return Dense.zeros(0, 0);
        }
        if (isUpperTriangular(a.t()) && !isUpperTriangular(a)) {
            return exp(a.t()).t().copy(); // lower triangular: exp(A) = exp(A^T)^T, on the upper path
        }
        if (isDiagonal(a)) {
            return diagonalExp(a); // exact, and an overflowing e^(a_ii) leaves no 0 * inf behind
        }
        Dense x = a.copy();
        double norm = x.norm(Norm.ONE);
        if (norm == 0) {
            return Dense.identity(n);
        }
        boolean upper = isUpperTriangular(x);
        if (norm == Double.POSITIVE_INFINITY) {
            // finite elements whose column sums overflow: the scaling below needs a finite norm,
            // so exp(A) = exp(2^-t A)^(2^t) with 2^t > 2n, where ||2^-t A||_1 < max / 2
            int t = 34 - Integer.numberOfLeadingZeros(n);
            Dense r = exp(x.scale(Math.scalb(1.0, -t)));
            for (int k = t - 1; k >= 0; k--) {
                r = exactDiagonals(r.times(r), x, k, upper);
            }
            return r;
        }
        Powers p = new Powers(x);
        double d4 = root(p.a4().norm(Norm.ONE), 4);
        double d6 = root(estimate(p.a2(), p.a4()), 6);
        double eta1 = Math.max(d4, d6);
        for (int i = 0; i < 2; i++) {
            if (eta1 <= THETA[i] && ell(x, norm, DEGREE[i]) == 0) {
                return exactDiagonals(pade(p, i), x, 0, upper);
            }
        }
        d6 = root(p.a6().norm(Norm.ONE), 6);
        double d8 = root(estimate(p.a4(), p.a4()), 8);
        double eta3 = Math.max(d6, d8);
        for (int i = 2; i < 4; i++) {
            if (eta3 <= THETA[i] && ell(x, norm, DEGREE[i]) == 0) {
                return exactDiagonals(pade(p, i), x, 0, upper);
            }
        }
        double d10 = root(estimate(p.a4(), p.a6()), 10);
        double eta5 = Math.min(eta3, Math.max(d8, d10));
        int byNorm = scaling(norm);
        int s = Double.isFinite(eta5) ? Math.min(scaling(eta5), byNorm) : byNorm;
        s = Math.min(byNorm, s + ell(x, Math.scalb(norm, -s), 13));
        p.scale(s);
        Dense r = exactDiagonals(pade(p, 4), x, s, upper);
        for (int k = s - 1; k >= 0; k--) {
            r = exactDiagonals(r.times(r), x, k, upper);
        }
        return r;
    }

    private static boolean isDiagonal(Dense a) {
        int n = a.rows();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i != j && a.get(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Dense diagonalExp(Dense a) {
        int n = a.rows();
        Dense r = Dense.zeros(n, n);
        for (int i = 0; i < n; i++) {
            r.set(i, i, Math.exp(a.get(i, i)));
        }
        return r;
    }

    /** Whether every element below the diagonal is zero. */
    private static boolean isUpperTriangular(Dense a) {
        int n = a.rows();
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                if (a.get(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * For an upper triangular A, replaces the diagonal and the first superdiagonal of
     * {@code r ~ exp(2^-k A)} by their exact values (Al-Mohy and Higham 2009, section 5): the
     * diagonal is {@code exp(2^-k a_ii)}, and the superdiagonal that of the 2x2 exponential
     * ({@link #superdiagonal}). This keeps the squarings from amplifying the rounding errors of
     * these elements.
     */
    private static Dense exactDiagonals(Dense r, Dense a, int k, boolean upper) {
        if (!upper) {
            return r;
        }
        int n = a.rows();
        for (int i = 0; i < n; i++) {
            double t11 = Math.scalb(a.get(i, i), -k);
            r.set(i, i, Math.exp(t11));
            if (i + 1 < n) {
                double t22 = Math.scalb(a.get(i + 1, i + 1), -k);
                double t12 = Math.scalb(a.get(i, i + 1), -k);
                r.set(i, i + 1, superdiagonal(t11, t12, t22));
            }
        }
        return r;
    }

    /**
     * {@code t12 (e^t22 - e^t11) / (t22 - t11)}, the superdiagonal element of the exponential of
     * {@code [[t11, t12], [0, t22]]}, as {@code t12 e^m sinh(d) / d} with {@code m = (t11 + t22) / 2}
     * and {@code d = (t22 - t11) / 2} (no cancellation when d is small). When {@code e^m} or the
     * product is zero, subnormal or infinite, a factor may have lost its digits to underflow or
     * overflow while the product is in range ({@code e^m} below the double range and {@code t12}
     * near its top), so it is formed again as one exponential of the sum of the logarithms.
     */
    private static double superdiagonal(double t11, double t12, double t22) {
        if (t12 == 0) {
            return 0; // also next to an overflowing diagonal: not 0 * inf
        }
        double d = (t22 - t11) / 2;
        double m = t11 + d;
        double ad = Math.abs(d);
        double sinhc = d == 0 ? 1 : Math.sinh(ad) / ad;
        double em = Math.exp(m);
        double direct = t12 * sinhc * em;
        if (isNormal(em) && isNormal(direct)) {
            return direct;
        }
        // log(sinh(d) / d) = |d| - log(2 |d|) + log1p(-e^(-2|d|)), finite for every finite d
        double logSinhc = ad < 1 ? Math.log(sinhc) : ad - Math.log(2 * ad) + Math.log1p(-Math.exp(-2 * ad));
        return Math.copySign(Math.exp(m + Math.log(Math.abs(t12)) + logSinhc), t12);
    }

    /** Whether {@code |x|} is a normal double: neither zero, subnormal, infinite nor NaN. */
    private static boolean isNormal(double x) {
        double ax = Math.abs(x);
        return ax >= Double.MIN_NORMAL && ax <= Double.MAX_VALUE;
    }

    /** {@code max(ceil(log2(eta / theta_13)), 0)}. */
    private static int scaling(double eta) {
        double t = Math.ceil(Math.log(eta / THETA[4]) / Math.log(2));
        return t > 0 ? (int) Math.min(t, 1100) : 0; // 2^-1100 takes any finite norm below theta
    }

    private static double root(double x, int k) {
        return Math.pow(x, 1.0 / k);
    }

    /**
     * The extra squarings {@code ell(A, m) = max(ceil(log2(alpha / u) / (2m)), 0)} with
     * {@code alpha = |c_{2m+1}| || |A|^(2m+1) ||_1 / ||A||_1} and
     * {@code |c_{2m+1}| = (m!)^2 / ((2m)! (2m+1)!)}, the leading coefficient of the backward error
     * of r_m. Computed in logarithms on {@code |A| / ||A||_1}, so that nothing overflows: the
     * norm of the power of a non-negative matrix is exact, by repeated products with ones.
     */
    private static int ell(Dense a, double norm, int m) {
        int p = 2 * m + 1;
        double absNorm = absPowerNorm(a, p);
        if (absNorm == 0) {
            return 0;
        }
        double log2c = -log2Binomial(2 * m, m) - log2Factorial(2 * m + 1);
        // the norms of A's scalings differ only by a power of two, which log2 keeps exactly
        double log2Alpha = log2c + log2(absNorm) + (p - 1) * log2(norm);
        double t = Math.ceil((log2Alpha - log2(U)) / (2 * m));
        return t > 0 ? (int) Math.min(t, 1100) : 0;
    }

    /** {@code || (|A| / ||A||_1)^p ||_1}: the largest element of {@code (|A|^T / ||A||_1)^p 1}. */
    private static double absPowerNorm(Dense a, int p) {
        int n = a.rows();
        double scale = 1 / a.norm(Norm.ONE);
        double[] abs = new double[n * n];
        double[] d = a.array();
        for (int k = 0; k < abs.length; k++) {
            abs[k] = Math.abs(d[k]) * scale;
        }
        double[] v = new double[n];
        double[] w = new double[n];
        java.util.Arrays.fill(v, 1);
        for (int k = 0; k < p; k++) {
            Kernels.blas().gemv(Transpose.YES, n, n, 1, abs, 0, n, v, 0, 1, 0, w, 0, 1);
            double[] t = v;
            v = w;
            w = t;
        }
        double max = 0;
        for (double x : v) {
            max = Math.max(max, x);
        }
        return max;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double log2Factorial(int k) {
        double s = 0;
        for (int i = 2; i <= k; i++) {
            s += log2(i);
        }
        return s;
    }

    private static double log2Binomial(int k, int j) {
        return log2Factorial(k) - log2Factorial(j) - log2Factorial(k - j);
    }

    /** An estimate (a lower bound) of {@code ||f g||_1} by Higham's block-free estimator. */
    private static double estimate(Dense f, Dense g) {
        int n = f.rows();
        double[] t = new double[n];
        OneNormEstimator.Operator fg = x -> {
            product(Transpose.NO, g, x, t);
            product(Transpose.NO, f, t, x);
        };
        OneNormEstimator.Operator gtft = x -> {
            product(Transpose.YES, f, x, t);
            product(Transpose.YES, g, t, x);
        };
        return OneNormEstimator.estimate(n, fg, gtft);
    }

    /** {@code y = op(m) x} for a compact square m. */
    private static void product(Transpose op, Dense m, double[] x, double[] y) {
        int n = m.rows();
        Kernels.blas().gemv(op, n, n, 1, m.array(), 0, n, x, 0, 1, 0, y, 0, 1);
    }

    /**
     * {@code r_m(A) = (V - U)^-1 (V + U)} with U the odd part of {@code p_m(A)} and V the even
     * part: U = A sum b_{2k+1} A^{2k}, V = sum b_{2k} A^{2k}; for m = 13 the sums are split as
     * Higham does, so that A^8..A^12 come from one more product with A^6.
     */
    private static Dense pade(Powers p, int degreeIndex) {
        double[] b = B[degreeIndex];
        Dense u;
        Dense v;
        if (DEGREE[degreeIndex] == 13) {
            Dense a2 = p.a2();
            Dense a4 = p.a4();
            Dense a6 = p.a6();
            Dense[] m = {a2, a4, a6};
            Dense hiU = a6.times(combine(new double[] {b[9], b[11], b[13]}, m, 0));
            Dense hiV = a6.times(combine(new double[] {b[8], b[10], b[12]}, m, 0));
            u = p.a().times(addInPlace(hiU, combine(new double[] {b[3], b[5], b[7]}, m, b[1])));
            v = addInPlace(hiV, combine(new double[] {b[2], b[4], b[6]}, m, b[0]));
        } else {
            int half = DEGREE[degreeIndex] / 2; // powers A^2 .. A^(2 half)
            Dense[] m = new Dense[half];
            double[] odd = new double[half];
            double[] even = new double[half];
            for (int k = 1; k <= half; k++) {
                m[k - 1] = p.even(k);
                odd[k - 1] = b[2 * k + 1];
                even[k - 1] = b[2 * k];
            }
            u = p.a().times(combine(odd, m, b[1]));
            v = combine(even, m, b[0]);
        }
        Dense q = v.minus(u);
        Dense r = v.plus(u);
        LU lu = LU.of(q);
        if (lu.isSingular()) {
            // q_m(A) is nonsingular for ||A|| below theta_m; only overflow gets here
            throw new ArithmeticException("exp: the Pade denominator of degree " + DEGREE[degreeIndex] + " for the "
                    + Text.shape(q.rows(), q.cols()) + " matrix is singular (overflow in the powers of A)");
        }
        return lu.solve(r);
    }

    /** {@code sum c_k m_k + d I} as a new compact matrix. */
    private static Dense combine(double[] c, Dense[] m, double d) {
        int n = m[0].rows();
        Dense out = Dense.zeros(n, n);
        double[] o = out.array();
        for (int k = 0; k < c.length; k++) {
            double[] x = m[k].array();
            double ck = c[k];
            for (int i = 0; i < o.length; i++) {
                o[i] += ck * x[i];
            }
        }
        for (int i = 0; i < n; i++) {
            o[i + i * n] += d;
        }
        return out;
    }

    private static Dense addInPlace(Dense x, Dense y) {
        Dense.add(x, y, x);
        return x;
    }

    /** A and its even powers, computed once each when first needed, all compact n x n. */
    private static final class Powers {
        private Dense a;
        private final Dense[] even = new Dense[5]; // even[k] = A^(2k), k = 1..4

        Powers(Dense a) {
            this.a = a;
        }

        Dense a() {
            return a;
        }

        Dense a2() {
            return even(1);
        }

        Dense a4() {
            return even(2);
        }

        Dense a6() {
            return even(3);
        }

        Dense even(int k) {
            if (even[k] == null) {
                even[k] = k == 1 ? a.times(a) : even(k - 1).times(even(1));
            }
            return even[k];
        }

        /**
         * Replaces A by {@code 2^-s A} and each power by the same power of it. Scaling by powers of
         * two is exact; if a power overflowed before scaling, all are recomputed from the scaled A.
         */
        void scale(int s) {
            if (s == 0) {
                return;
            }
            a = a.scale(Math.scalb(1.0, -s));
            boolean finite = true;
            for (int k = 1; k < even.length; k++) {
                finite &= even[k] == null || isFinite(even[k]);
            }
            for (int k = 1; k < even.length; k++) {
                if (even[k] != null) {
                    even[k] = finite ? scalb(even[k], -2 * k * s) : null;
                }
            }
        }

        private static Dense scalb(Dense m, int e) {
            // Math.scalb rounds once, at the end, even when the result is subnormal
            return m.map(v -> Math.scalb(v, e));
        }

        private static boolean isFinite(Dense m) {
            for (double v : m.array()) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
    }
}

package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Uplo;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.GuardedMatrix;
import jnum.testkit.MatrixGen;
import jnum.testkit.QrConformance;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The thin SVD (gesvd) at every order from 1 to 34, on both sides of the order up to which the
 * Java LAPACK takes its plain-loop small-order path: square, tall (direct and QR-first) and wide,
 * on uniform, graded, ill-conditioned, rank-deficient and zero matrices, matrices with exactly zero
 * columns or a column 1e-200 times the others, each also scaled by 1e-300 and 1e300. Checked: the
 * backward error {@code ||A - U S V^T||_F / (max(m, n) eps ||A||_F) < 30} with {@code eps = 2 u =
 * 2^-52}, LAPACK's ulp in its own test ratio (ddrvbd), plus the subnormal grid where scaling
 * underflows (on some 3 x 3 matrices of condition 1e15, dgesvd and dgesdd themselves reach 32 in
 * units of u), {@code ||U^T U - I||_F / (max(m, n) u) < 30} and the same for V,
 * values non-negative and decreasing, and every value within {@code 30 max(m, n) u s_0} of the
 * reference: the values of the same matrix unscaled, from gebrd and the bidiagonal QR iteration
 * called step by step, times the scale (both are backward stable to {@code O(max(m, n) u ||A||)}).
 */
class SmallSvdProperties {
    private static final double U = Tolerance.U;
    private static final double EPS = Tolerance.EPS;
    private static final double C = 30;
    private static final int MAX_ORDER = 34;
    private static final double[] SCALES = {1, 1e-300, 1e300};

    static Stream<Arguments> cases() {
        return SvdRoutinesConformanceTest.cases();
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void everyOrderShapeAndFamily(Named impl, long seed) {
        MatrixGen gen = new MatrixGen(seed);
        SplittableRandom rnd = gen.random();
        Lapack lapack = impl.lapack();
        for (int n = 1; n <= MAX_ORDER; n++) {
            int[][] shapes = {{n, n}, {n + 1, n}, {2 * n, n}, {n, n + 1}, {n, 2 * n}};
            for (int[] sh : shapes) {
                int m = sh[0];
                int k = sh[1];
                int kind = rnd.nextInt(Kind.values().length);
                Kind family = Kind.values()[kind];
                double[] base = family.matrix(gen, m, k);
                double[] reference = referenceValues(lapack, m, k, base);
                for (double scale : SCALES) {
                    String what = impl + " " + family + " " + m + "x" + k + " scaled by " + scale + " seed " + seed;
                    double[] a = base.clone();
                    for (int i = 0; i < a.length; i++) {
                        a[i] *= scale;
                    }
                    checkThin(lapack, m, k, a, reference, scale, rnd, what);
                }
            }
        }
    }

    /** The matrix families. */
    enum Kind {
        UNIFORM,
        GRADED,
        ILL_CONDITIONED,
        RANK_DEFICIENT,
        ZERO,
        ZERO_COLUMNS,
        TINY_COLUMN;

        double[] matrix(MatrixGen gen, int m, int n) {
            SplittableRandom rnd = gen.random();
            int p = Math.min(m, n);
            Dense d = switch (this) {
                case UNIFORM, ZERO_COLUMNS, TINY_COLUMN -> gen.uniform(m, n);
                case GRADED -> gen.graded(m, n, 1e-10);
                case ILL_CONDITIONED -> gen.withCondition(m, n, 1e15);
                case RANK_DEFICIENT -> gen.rankDeficient(m, n, p / 2);
                case ZERO -> Dense.zeros(m, n);
            };
            double[] a = new double[m * n];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    a[i + j * m] = d.get(i, j);
                }
            }
            if (this == ZERO_COLUMNS || this == TINY_COLUMN) {
                int count = this == TINY_COLUMN ? 1 : 1 + rnd.nextInt(n);
                for (int c = 0; c < count; c++) {
                    int j = rnd.nextInt(n);
                    for (int i = 0; i < m; i++) {
                        a[i + j * m] = this == TINY_COLUMN ? a[i + j * m] * 1e-200 : 0;
                    }
                }
            }
            return a;
        }
    }

    /**
     * The singular values of the m x n matrix a0 by the steps of the general path called one by
     * one: gebrd, then the bidiagonal QR iteration with the vectors of the bidiagonal (so that it
     * runs the QR sweeps, not the values-only dqds).
     */
    private static double[] referenceValues(Lapack lapack, int m, int n, double[] a0) {
        int p = Math.min(m, n);
        if (p == 0) {
            return new double[0];
        }
        double[] a = a0.clone();
        double[] d = new double[p];
        double[] e = new double[Math.max(1, p - 1)];
        double[] tauq = new double[p];
        double[] taup = new double[p];
        lapack.gebrd(m, n, a, 0, m, d, 0, e, 0, tauq, 0, taup, 0);
        double[] vt = new double[p * p];
        double[] u = new double[p * p];
        for (int i = 0; i < p; i++) {
            vt[i + i * p] = 1;
            u[i + i * p] = 1;
        }
        int info = lapack.bdsqr(m >= n ? Uplo.UPPER : Uplo.LOWER, p, p, p, d, 0, e, 0, vt, 0, p, u, 0, p);
        assertEquals(0, info, "reference bdsqr did not converge");
        return d;
    }

    private static void checkThin(
            Lapack lapack,
            int m,
            int n,
            double[] a0,
            double[] reference,
            double scale,
            SplittableRandom rnd,
            String what) {
        int p = Math.min(m, n);
        GuardedMatrix a = QrConformance.guarded(m, n, a0, rnd);
        GuardedMatrix u = QrConformance.guarded(m, p, new double[m * p], rnd);
        GuardedMatrix vt = QrConformance.guarded(p, n, new double[p * n], rnd);
        double[] s = new double[p];
        int info =
                lapack.gesvd(SvdJob.THIN, m, n, a.data, a.off, a.ld, s, 0, u.data, u.off, u.ld, vt.data, vt.off, vt.ld);
        assertEquals(0, info, what + ": not converged");
        a.assertGuardsIntact(what + " A");
        u.assertGuardsIntact(what + " U");
        vt.assertGuardsIntact(what + " VT");
        int order = Math.max(m, n);
        for (int i = 0; i < p; i++) {
            assertTrue(s[i] >= 0 && (i == 0 || s[i] <= s[i - 1]), what + ": values not sorted at " + i);
        }
        double[] uv = u.values();
        double[] v = QrConformance.transpose(vt.values(), p, n);
        assertTrue(orthogonality(uv, m, p) / (order * U) < C, what + ": U not orthonormal");
        assertTrue(orthogonality(v, n, p) / (order * U) < C, what + ": V not orthonormal");
        double anorm = frobenius(a0);
        double resid = frobenius(residual(a0, uv, s, v, m, n, p));
        // elements that underflowed on scaling are held to the subnormal grid only
        double grid = Double.MIN_VALUE * Math.sqrt((double) m * n);
        if (anorm == 0) {
            assertEquals(0.0, resid, what + ": residual of a zero matrix");
        }
        double ratio = anorm == 0 ? 0 : resid / (order * (EPS * anorm + grid));
        assertTrue(ratio < C, what + ": ||A - U S V^T|| / (max(m,n) (eps ||A|| + eta)) = " + ratio);
        double s0 = Math.max(p == 0 ? 0 : s[0], p == 0 ? 0 : reference[0] * scale);
        double bound = C * order * U * s0 + (scale < 1 ? grid : 0);
        for (int i = 0; i < p; i++) {
            double expected = reference[i] * scale;
            assertTrue(
                    Math.abs(s[i] - expected) <= bound,
                    what + ": s_" + i + " = " + s[i] + " against " + expected + " (bound " + bound + ")");
        }
    }

    /** {@code A - U diag(s) V^T}. */
    private static double[] residual(double[] a, double[] u, double[] s, double[] v, int m, int n, int p) {
        double[] r = a.clone();
        for (int l = 0; l < p; l++) {
            for (int j = 0; j < n; j++) {
                double f = s[l] * v[j + l * n];
                for (int i = 0; i < m; i++) {
                    r[i + j * m] -= u[i + l * m] * f;
                }
            }
        }
        return r;
    }

    /** {@code ||Q^T Q - I||_F} for the m x k matrix Q. */
    private static double orthogonality(double[] q, int m, int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int l = 0; l < m; l++) {
                    dot += q[l + i * m] * q[l + j * m];
                }
                double d = dot - (i == j ? 1 : 0);
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }

    private static double frobenius(double[] x) {
        double max = 0;
        for (double xi : x) {
            max = Math.max(max, Math.abs(xi));
        }
        if (max == 0) {
            return 0;
        }
        double sum = 0;
        for (double xi : x) {
            double t = xi / max;
            sum += t * t;
        }
        return max * Math.sqrt(sum);
    }
}

package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * Conformance driver of the LAPACK layer's LU, Cholesky, triangular-solve, norm and condition
 * routines, taking the implementation as a parameter (a {@link Lapack} facade bound to one
 * provider), as Gonum's {@code testlapack} does: every implementation runs the very same checks on
 * the very same generated inputs.
 *
 * <p>Every operand lives in a NaN-guarded buffer ({@link GuardedMatrix}: an offset, a leading
 * dimension larger than the rows, guards before, between and after the columns), so reading or
 * writing outside it shows. The checks are LAPACK's own test ratios (dget01, dpot01, dget02,
 * dtrt02), required below {@link #THRESHOLD}:
 *
 * <ul>
 *   <li>factorizations: {@code ||P A - L U||_1 / (max(m, n) eps ||A||_1)},
 *       {@code ||A - L L^T||_1 / (n eps ||A||_1)};
 *   <li>solves: {@code max_j ||b_j - op(A) x_j||_1 / (n eps ||A||_1 ||x_j||_1)};
 *   <li>condition estimates: {@code rcond} within a factor {@link #RCOND_FACTOR} of
 *       {@code 1 / (||A||_1 ||A^-1||_1)} with {@code A^-1} from {@link PlainMatrices#inverse}.
 * </ul>
 *
 * <p>Matrix families ({@link MatrixGen}): uniform, normal, graded, condition number up to 1e15,
 * rank-deficient, scaled by 1e-300 and by 1e300; SPD with condition up to 1e12 (and 1e15, where
 * either a factor with a small backward error or a reported failure is right). Sizes are drawn up
 * to {@link #MAX_ORDER} per seed (zero and small sizes often), shapes square and rectangular.
 */
public final class LapackConformance {
    /** LAPACK's test threshold for the ratios above. */
    public static final double THRESHOLD = 30;

    /** How far (as a factor either way) an estimated rcond may lie from the exact one. */
    public static final double RCOND_FACTOR = 10;

    /** Largest order drawn per seed. */
    public static final int MAX_ORDER = 300;

    private static final double EPS = Tolerance.EPS;
    private static final String[] FAMILIES = {
        "uniform", "normal", "graded", "cond1e15", "rankDeficient", "scaled1e-300", "scaled1e300"
    };

    private LapackConformance() {}

    // ---- generation ------------------------------------------------------------------------------

    private static Dense general(MatrixGen g, String family, int m, int n) {
        return switch (family) {
            case "uniform" -> g.uniform(m, n);
            case "normal" -> g.normal(m, n);
            case "graded" -> g.graded(m, n, 1e-6);
            case "cond1e15" -> g.withCondition(m, n, 1e15);
            case "rankDeficient" -> g.rankDeficient(m, n, Math.min(m, n) / 2);
            case "scaled1e-300" -> g.scaled(m, n, 1e-300);
            case "scaled1e300" -> g.scaled(m, n, 1e300);
            default -> throw new IllegalArgumentException(family);
        };
    }

    /** Column-major values of {@code a} with leading dimension rows (a new array). */
    public static double[] values(Dense a) {
        int m = a.rows();
        double[] v = new double[m * a.cols()];
        for (int j = 0; j < a.cols(); j++) {
            for (int i = 0; i < m; i++) {
                v[i + j * m] = a.get(i, j);
            }
        }
        return v;
    }

    /** A guarded copy of column-major values, with a random offset and leading dimension. */
    static GuardedMatrix guarded(SplittableRandom rnd, int m, int n, double[] values) {
        return new GuardedMatrix(m, n, values, Math.max(1, m) + rnd.nextInt(4), rnd.nextInt(6), rnd.nextInt(6));
    }

    private static double[][] rows(double[] colMajor, int m, int n) {
        double[][] r = new double[m][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                r[i][j] = colMajor[i + j * m];
            }
        }
        return r;
    }

    private static double norm1(double[] colMajor, int m, int n) {
        return PlainMatrices.norm1(rows(colMajor, m, n), m, n);
    }

    /** {@code ||x - y||_1 / (scale eps ||y||_1)}, 0 when both vanish. */
    private static double ratio(double[][] x, double[][] y, int m, int n, double scale) {
        double[][] d = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = x[i][j] - y[i][j];
            }
        }
        double num = PlainMatrices.norm1(d, m, n);
        double den = PlainMatrices.norm1(y, m, n);
        if (num == 0) {
            return 0;
        }
        return num / (Math.max(scale, 1) * EPS * den);
    }

    private static int[] guardedPivots(int count) {
        int[] ipiv = new int[count + 2];
        Arrays.fill(ipiv, Integer.MIN_VALUE);
        return ipiv;
    }

    private static void assertPivotGuards(int[] ipiv, String what) {
        assertEquals(Integer.MIN_VALUE, ipiv[0], what + ": pivot guard before");
        assertEquals(Integer.MIN_VALUE, ipiv[ipiv.length - 1], what + ": pivot guard after");
    }

    // ---- LU ----------------------------------------------------------------------------------------

    /**
     * getrf on every family at a drawn shape: guards intact, interchanges in range, backward error
     * below the threshold, and the reported zero pivot is the first exactly zero {@code U(k, k)}.
     */
    public static void getrf(Lapack lapack, long seed) {
        getrf(lapack, seed, MAX_ORDER);
    }

    /** As {@link #getrf(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void getrf(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : FAMILIES) {
            int m = g.size(maxOrder);
            int n = rnd.nextBoolean() ? m : g.size(maxOrder);
            factorAndCheck(lapack, rnd, values(general(g, family, m, n)), m, n, "getrf " + family + " seed=" + seed);
        }
    }

    /**
     * getrf and potrf at a large order (above every block and recursion threshold): backward
     * errors below the threshold, as for the drawn sizes.
     */
    public static void largeOrder(Lapack lapack, int n, long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        factorAndCheck(lapack, rnd, values(g.uniform(n, n)), n, n, "getrf large seed=" + seed);
        double[] a = spdValues(g, n, "cond10");
        String ctx = "potrf LOWER large n=" + n + " seed=" + seed;
        GuardedMatrix ga = guarded(rnd, n, n, a);
        assertFalse(lapack.potrf(Uplo.LOWER, n, ga.data, ga.off, ga.ld).isPresent(), ctx);
        ga.assertGuardsIntact(ctx);
        double[][] f = triangle(ga, n, Uplo.LOWER);
        double[][] llt = PlainMatrices.multiply(f, PlainMatrices.transpose(f, n, n), n, n, n);
        double r = ratio(llt, rows(a, n, n), n, n, n);
        assertTrue(r < THRESHOLD, ctx + ": ||A - L L^T|| / (n eps ||A||) = " + r);
    }

    /**
     * getrf of square matrices with column {@code c} exactly zero: the factorization completes
     * and reports exactly c as the first zero pivot.
     */
    public static void getrfSingular(Lapack lapack, long seed) {
        getrfSingular(lapack, seed, MAX_ORDER);
    }

    /** As {@link #getrfSingular(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void getrfSingular(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(maxOrder - 1);
        int c = rnd.nextInt(n);
        double[] a = values(g.uniform(n, n));
        Arrays.fill(a, c * n, (c + 1) * n, 0.0);
        OptionalInt info = factorAndCheck(lapack, rnd, a, n, n, "getrf zero column " + c + " seed=" + seed);
        assertEquals(OptionalInt.of(c), info, "getrf zero column " + c + " of " + n + " seed=" + seed);
    }

    /** getrf of a matrix holding a NaN returns (no hang, no exception) and the NaN reaches U. */
    public static void getrfNaN(Lapack lapack, long seed) {
        getrfNaN(lapack, seed, MAX_ORDER);
    }

    /** As {@link #getrfNaN(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void getrfNaN(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(Math.min(100, maxOrder));
        double[] a = values(g.uniform(n, n));
        a[rnd.nextInt(n * n)] = Double.NaN;
        GuardedMatrix ga = guarded(rnd, n, n, a);
        int[] ipiv = guardedPivots(n);
        lapack.getrf(n, n, ga.data, ga.off, ga.ld, ipiv, 1);
        ga.assertGuardsIntact("getrf NaN seed=" + seed);
        assertTrue(Arrays.stream(ga.values()).anyMatch(Double::isNaN), "getrf NaN seed=" + seed + ": NaN lost");
    }

    private static OptionalInt factorAndCheck(
            Lapack lapack, SplittableRandom rnd, double[] a, int m, int n, String what) {
        int p = Math.min(m, n);
        GuardedMatrix ga = guarded(rnd, m, n, a);
        int[] ipiv = guardedPivots(p);
        OptionalInt info = lapack.getrf(m, n, ga.data, ga.off, ga.ld, ipiv, 1);
        String ctx = what + " " + m + "x" + n + " ld=" + ga.ld;
        ga.assertGuardsIntact(ctx);
        assertPivotGuards(ipiv, ctx);
        double[][] l = new double[m][p];
        double[][] u = new double[p][n];
        int firstZero = -1;
        for (int i = 0; i < p; i++) {
            int piv = ipiv[1 + i];
            if (piv < i || piv >= m) {
                fail(ctx + ": ipiv[" + i + "] = " + piv + " outside [" + i + ", " + m + ")");
            }
            if (ga.get(i, i) == 0 && firstZero < 0) {
                firstZero = i;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (i > j && j < p) {
                    l[i][j] = ga.get(i, j);
                } else if (i <= j && i < p) {
                    u[i][j] = ga.get(i, j);
                }
                if (i == j && i < p) {
                    l[i][i] = 1;
                }
            }
        }
        double[][] lu = PlainMatrices.multiply(l, u, m, p, n);
        for (int i = p - 1; i >= 0; i--) {
            double[] t = lu[i];
            lu[i] = lu[ipiv[1 + i]];
            lu[ipiv[1 + i]] = t;
        }
        double r = ratio(lu, rows(a, m, n), m, n, Math.max(m, n));
        assertTrue(r < THRESHOLD, ctx + ": ||PA - LU|| / (n eps ||A||) = " + r);
        assertEquals(firstZero < 0 ? OptionalInt.empty() : OptionalInt.of(firstZero), info, ctx + ": zero pivot");
        return info;
    }

    /**
     * getrs, both transposes, on a square system of a drawn family with a few right-hand sides:
     * residual ratio below the threshold, A and the pivots untouched, guards intact.
     */
    public static void getrs(Lapack lapack, long seed) {
        getrs(lapack, seed, MAX_ORDER);
    }

    /** As {@link #getrs(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void getrs(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : new String[] {"uniform", "graded", "cond1e15", "scaled1e-300", "scaled1e300"}) {
            int n = g.size(maxOrder);
            int nrhs = rnd.nextInt(5);
            double[] a = values(general(g, family, n, n));
            GuardedMatrix ga = guarded(rnd, n, n, a);
            int[] ipiv = guardedPivots(n);
            if (lapack.getrf(n, n, ga.data, ga.off, ga.ld, ipiv, 1).isPresent()) {
                continue; // exactly singular after rounding: nothing to solve
            }
            for (Transpose t : Transpose.values()) {
                double[] b = ArrayGen.matrix(rnd, n, nrhs);
                GuardedMatrix gb = guarded(rnd, n, nrhs, b);
                double[] factors = ga.snapshot();
                int[] pivots = ipiv.clone();
                lapack.getrs(t, n, nrhs, ga.data, ga.off, ga.ld, ipiv, 1, gb.data, gb.off, gb.ld);
                String ctx = "getrs " + t + " " + family + " n=" + n + " nrhs=" + nrhs + " seed=" + seed;
                ga.assertUnchanged(factors, ctx + " (factors)");
                assertTrue(Arrays.equals(pivots, ipiv), ctx + ": pivots changed");
                gb.assertGuardsIntact(ctx);
                assertResidual(a, t == Transpose.YES, n, b, gb.values(), nrhs, ctx);
            }
        }
    }

    /**
     * dget02's ratio {@code max_j ||b_j - op(A) x_j||_1 / (n eps ||A||_1 ||x_j||_1)} below the
     * threshold (op(A) = A^T when {@code transposed}).
     */
    static void assertResidual(double[] a, boolean transposed, int n, double[] b, double[] x, int nrhs, String ctx) {
        double anorm = norm1(a, n, n);
        if (transposed) {
            anorm = PlainMatrices.norm1(PlainMatrices.transpose(rows(a, n, n), n, n), n, n);
        }
        for (int c = 0; c < nrhs; c++) {
            double res = 0;
            double xnorm = 0;
            for (int i = 0; i < n; i++) {
                double s = b[i + c * n];
                for (int k = 0; k < n; k++) {
                    double aik = transposed ? a[k + i * n] : a[i + k * n];
                    s -= aik * x[k + c * n];
                }
                res += Math.abs(s);
                xnorm += Math.abs(x[i + c * n]);
            }
            if (res == 0) {
                continue;
            }
            double r = res / (n * EPS * anorm * xnorm);
            assertTrue(r < THRESHOLD, ctx + " column " + c + ": residual ratio " + r);
        }
    }

    // ---- Cholesky ----------------------------------------------------------------------------------

    private static double[] spdValues(MatrixGen g, int n, String family) {
        double[] a = values(
                switch (family) {
                    case "cond1e12" -> g.spd(n, 1e12);
                    case "cond1e15" -> g.spd(n, 1e15);
                    default -> g.spd(n, 10);
                });
        double scale = switch (family) {
            case "scaled1e-300" -> 1e-300;
            case "scaled1e300" -> 1e300;
            default -> 1;
        };
        for (int k = 0; k < a.length; k++) {
            a[k] *= scale;
        }
        return a;
    }

    private static final String[] SPD_FAMILIES = {"cond10", "cond1e12", "cond1e15", "scaled1e-300", "scaled1e300"};

    /**
     * potrf, both triangles, on SPD matrices of every family, the other triangle filled with NaN
     * (never read, never written): backward error below the threshold. At condition 1e15 a
     * reported failure is also right.
     */
    public static void potrf(Lapack lapack, long seed) {
        potrf(lapack, seed, MAX_ORDER);
    }

    /** As {@link #potrf(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void potrf(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : SPD_FAMILIES) {
            int n = g.size(maxOrder);
            double[] a = spdValues(g, n, family);
            for (Uplo uplo : Uplo.values()) {
                String ctx = "potrf " + uplo + " " + family + " n=" + n + " seed=" + seed;
                GuardedMatrix ga = guarded(rnd, n, n, otherTriangle(a, n, uplo, Double.NaN));
                OptionalInt info = lapack.potrf(uplo, n, ga.data, ga.off, ga.ld);
                ga.assertGuardsIntact(ctx);
                assertOtherTriangleNaN(ga, uplo, ctx);
                if (info.isPresent()) {
                    assertEquals("cond1e15", family, ctx + ": reported not positive definite at " + info);
                    continue;
                }
                double[][] f = triangle(ga, n, uplo);
                double[][] llt = uplo == Uplo.LOWER
                        ? PlainMatrices.multiply(f, PlainMatrices.transpose(f, n, n), n, n, n)
                        : PlainMatrices.multiply(PlainMatrices.transpose(f, n, n), f, n, n, n);
                double r = ratio(llt, rows(a, n, n), n, n, n);
                assertTrue(r < THRESHOLD, ctx + ": ||A - L L^T|| / (n eps ||A||) = " + r);
            }
        }
    }

    /**
     * potrf of symmetric matrices that are not positive definite (a negative eigenvalue; a zero
     * or NaN diagonal element at a drawn column): failure reported at a column no later than the
     * one that makes the leading minor indefinite.
     */
    public static void potrfNotPositiveDefinite(Lapack lapack, long seed) {
        potrfNotPositiveDefinite(lapack, seed, MAX_ORDER);
    }

    /** As {@link #potrfNotPositiveDefinite(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void potrfNotPositiveDefinite(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(maxOrder - 1);
        int c = rnd.nextInt(n);
        for (double bad : new double[] {-1, 0, Double.NaN}) {
            // diagonal dominant SPD except at column c: the leading minors of order <= c are PD
            double[] a = values(g.uniform(n, n));
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < j; i++) {
                    a[i + j * n] = a[j + i * n] = a[i + j * n] / n;
                }
                a[j + j * n] = j == c ? bad : 2;
            }
            for (Uplo uplo : Uplo.values()) {
                String ctx = "potrf " + uplo + " diagonal " + bad + " at " + c + " of " + n + " seed=" + seed;
                GuardedMatrix ga = guarded(rnd, n, n, otherTriangle(a, n, uplo, Double.NaN));
                OptionalInt info = lapack.potrf(uplo, n, ga.data, ga.off, ga.ld);
                ga.assertGuardsIntact(ctx);
                assertEquals(OptionalInt.of(c), info, ctx);
            }
        }
    }

    private static double[] otherTriangle(double[] a, int n, Uplo uplo, double fill) {
        double[] b = a.clone();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (uplo == Uplo.LOWER ? i < j : i > j) {
                    b[i + j * n] = fill;
                }
            }
        }
        return b;
    }

    private static void assertOtherTriangleNaN(GuardedMatrix ga, Uplo uplo, String ctx) {
        int n = ga.rows;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if ((uplo == Uplo.LOWER ? i < j : i > j) && !Double.isNaN(ga.get(i, j))) {
                    fail(ctx + ": other triangle written at (" + i + ", " + j + ")");
                }
            }
        }
    }

    private static double[][] triangle(GuardedMatrix ga, int n, Uplo uplo) {
        double[][] f = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (uplo == Uplo.LOWER ? i >= j : i <= j) {
                    f[i][j] = ga.get(i, j);
                }
            }
        }
        return f;
    }

    /** potrs, both triangles, on SPD systems: residual ratio below the threshold, factor untouched. */
    public static void potrs(Lapack lapack, long seed) {
        potrs(lapack, seed, MAX_ORDER);
    }

    /** As {@link #potrs(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void potrs(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : new String[] {"cond10", "cond1e12", "scaled1e-300", "scaled1e300"}) {
            int n = g.size(maxOrder);
            int nrhs = rnd.nextInt(5);
            double[] a = spdValues(g, n, family);
            for (Uplo uplo : Uplo.values()) {
                String ctx = "potrs " + uplo + " " + family + " n=" + n + " nrhs=" + nrhs + " seed=" + seed;
                GuardedMatrix ga = guarded(rnd, n, n, otherTriangle(a, n, uplo, Double.NaN));
                assertFalse(lapack.potrf(uplo, n, ga.data, ga.off, ga.ld).isPresent(), ctx);
                double[] b = ArrayGen.matrix(rnd, n, nrhs);
                GuardedMatrix gb = guarded(rnd, n, nrhs, b);
                double[] factor = ga.snapshot();
                lapack.potrs(uplo, n, nrhs, ga.data, ga.off, ga.ld, gb.data, gb.off, gb.ld);
                ga.assertUnchanged(factor, ctx + " (factor)");
                gb.assertGuardsIntact(ctx);
                assertResidual(a, false, n, b, gb.values(), nrhs, ctx);
            }
        }
    }

    // ---- triangular, norms, condition ----------------------------------------------------------

    /**
     * trtrs over every flag combination on well-conditioned triangles (the other triangle NaN):
     * residual below the threshold; with a zero diagonal element the first one is reported and B
     * is left as it was.
     */
    public static void trtrs(Lapack lapack, long seed) {
        trtrs(lapack, seed, MAX_ORDER);
    }

    /** As {@link #trtrs(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void trtrs(Lapack lapack, long seed, int maxOrder) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MatrixGen g = new MatrixGen(seed);
        for (Uplo uplo : Uplo.values()) {
            for (Transpose t : Transpose.values()) {
                for (Diag d : Diag.values()) {
                    int n = g.size(maxOrder);
                    int nrhs = rnd.nextInt(4);
                    String ctx = "trtrs " + uplo + " " + t + " " + d + " n=" + n + " seed=" + seed;
                    double[] a = ArrayGen.triangular(rnd, n, uplo == Uplo.UPPER, Double.NaN);
                    GuardedMatrix ga = guarded(rnd, n, n, a);
                    double[] b = ArrayGen.matrix(rnd, n, nrhs);
                    GuardedMatrix gb = guarded(rnd, n, nrhs, b);
                    OptionalInt info =
                            lapack.trtrs(uplo, t, d, n, nrhs, ga.data, ga.off, ga.ld, gb.data, gb.off, gb.ld);
                    assertEquals(OptionalInt.empty(), info, ctx);
                    gb.assertGuardsIntact(ctx);
                    double[] full = otherTriangle(a, n, uplo, 0.0);
                    if (d == Diag.UNIT) {
                        for (int k = 0; k < n; k++) {
                            full[k + k * n] = 1;
                        }
                    }
                    assertResidual(full, t == Transpose.YES, n, b, gb.values(), nrhs, ctx);
                    if (n > 0 && d == Diag.NON_UNIT) {
                        int z = rnd.nextInt(n);
                        ga.set(z, z, 0.0);
                        GuardedMatrix gb2 = guarded(rnd, n, nrhs, b);
                        double[] before = gb2.snapshot();
                        info = lapack.trtrs(uplo, t, d, n, nrhs, ga.data, ga.off, ga.ld, gb2.data, gb2.off, gb2.ld);
                        assertEquals(OptionalInt.of(z), info, ctx + " zero at " + z);
                        gb2.assertUnchanged(before, ctx + " zero at " + z);
                    }
                }
            }
        }
    }

    /** lange: every norm against the textbook formula, NaN propagation, guards. */
    public static void lange(Lapack lapack, long seed) {
        lange(lapack, seed, MAX_ORDER);
    }

    /** As {@link #lange(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void lange(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (String family : FAMILIES) {
            int m = g.size(maxOrder);
            int n = g.size(maxOrder);
            double[] a = values(general(g, family, m, n));
            GuardedMatrix ga = guarded(rnd, m, n, a);
            double[][] r = rows(a, m, n);
            double one = PlainMatrices.norm1(r, m, n);
            double inf = PlainMatrices.norm1(PlainMatrices.transpose(r, m, n), n, m);
            double max = 0;
            for (double v : a) {
                max = Math.max(max, Math.abs(v));
            }
            double ssq = 0;
            for (double v : a) {
                ssq += max == 0 ? 0 : (v / max) * (v / max);
            }
            double fro = max * Math.sqrt(ssq);
            String ctx = "lange " + family + " " + m + "x" + n + " seed=" + seed;
            double bound = Tolerance.gamma((long) m * n + 2);
            Tolerance.assertWithin(lapack.lange(MatrixNorm.ONE, m, n, ga.data, ga.off, ga.ld), one, bound * one, ctx);
            Tolerance.assertWithin(lapack.lange(MatrixNorm.INF, m, n, ga.data, ga.off, ga.ld), inf, bound * inf, ctx);
            assertEquals(max, lapack.lange(MatrixNorm.MAX, m, n, ga.data, ga.off, ga.ld), ctx + " MAX");
            Tolerance.assertWithin(
                    lapack.lange(MatrixNorm.FROBENIUS, m, n, ga.data, ga.off, ga.ld), fro, 4 * bound * fro, ctx);
            ga.assertGuardsIntact(ctx);
            if (m > 0 && n > 0) {
                ga.set(rnd.nextInt(m), rnd.nextInt(n), Double.NaN);
                for (MatrixNorm norm : MatrixNorm.values()) {
                    assertTrue(Double.isNaN(lapack.lange(norm, m, n, ga.data, ga.off, ga.ld)), ctx + " NaN " + norm);
                }
            }
        }
    }

    /**
     * gecon (both norms) and pocon against the exact reciprocal condition number, within
     * {@link #RCOND_FACTOR}; condition numbers 1 to 1e8 so that the Gauss-Jordan oracle keeps
     * several digits. The estimate of {@code ||A^-1||} is a lower bound, so rcond may be smaller
     * than exact only by rounding, and larger by at most the factor.
     */
    public static void condition(Lapack lapack, long seed) {
        condition(lapack, seed, MAX_ORDER);
    }

    /** As {@link #condition(Lapack, long)} with orders drawn up to {@code maxOrder} (at least 1). */
    public static void condition(Lapack lapack, long seed, int maxOrder) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(Math.min(99, maxOrder - 1));
        double cond = Math.pow(10, 8 * rnd.nextDouble());
        double[] a = values(g.withCondition(n, n, cond));
        double[][] r = rows(a, n, n);
        double[][] inv = PlainMatrices.inverse(r, n);
        for (MatrixNorm norm : new MatrixNorm[] {MatrixNorm.ONE, MatrixNorm.INF}) {
            double[][] x = norm == MatrixNorm.ONE ? r : PlainMatrices.transpose(r, n, n);
            double[][] xi = norm == MatrixNorm.ONE ? inv : PlainMatrices.transpose(inv, n, n);
            double anorm = PlainMatrices.norm1(x, n, n);
            double exact = 1 / (anorm * PlainMatrices.norm1(xi, n, n));
            GuardedMatrix ga = guarded(rnd, n, n, a);
            int[] ipiv = guardedPivots(n);
            lapack.getrf(n, n, ga.data, ga.off, ga.ld, ipiv, 1);
            double est = lapack.gecon(norm, n, ga.data, ga.off, ga.ld, anorm);
            assertRcond(est, exact, "gecon " + norm + " n=" + n + " cond2=" + cond + " seed=" + seed);
        }
        double[] s = values(g.spd(n, cond));
        double[][] sr = rows(s, n, n);
        double anorm = PlainMatrices.norm1(sr, n, n);
        double exact = 1 / (anorm * PlainMatrices.norm1(PlainMatrices.inverse(sr, n), n, n));
        for (Uplo uplo : Uplo.values()) {
            GuardedMatrix ga = guarded(rnd, n, n, otherTriangle(s, n, uplo, Double.NaN));
            assertFalse(lapack.potrf(uplo, n, ga.data, ga.off, ga.ld).isPresent());
            double est = lapack.pocon(uplo, n, ga.data, ga.off, ga.ld, anorm);
            assertRcond(est, exact, "pocon " + uplo + " n=" + n + " cond2=" + cond + " seed=" + seed);
        }
    }

    private static void assertRcond(double est, double exact, String ctx) {
        assertTrue(
                est >= exact * (1 - 1e-6) && est <= exact * RCOND_FACTOR,
                ctx + ": rcond " + est + ", exact " + exact + " (ratio " + est / exact + ")");
    }

    /**
     * gecon and pocon outcomes without an estimate: 1 for n = 0, 0 for a zero anorm, an infinite
     * anorm or an exactly singular factor, NaN for a NaN anorm or a NaN in the factor.
     */
    public static void conditionOutcomes(Lapack lapack) {
        double[] empty = new double[1];
        assertEquals(1.0, lapack.gecon(MatrixNorm.ONE, 0, empty, 0, 1, 1.0));
        assertEquals(1.0, lapack.pocon(Uplo.LOWER, 0, empty, 0, 1, 1.0));
        double[] lu = {2, 0.5, 0, 0}; // U(1, 1) = 0
        assertEquals(0.0, lapack.gecon(MatrixNorm.ONE, 2, lu, 0, 2, 3.0));
        double[] ok = {2, 0.5, 1, 3};
        assertEquals(0.0, lapack.gecon(MatrixNorm.INF, 2, ok, 0, 2, 0.0));
        assertEquals(0.0, lapack.gecon(MatrixNorm.ONE, 2, ok, 0, 2, Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(lapack.gecon(MatrixNorm.ONE, 2, ok, 0, 2, Double.NaN)));
        assertTrue(Double.isNaN(lapack.pocon(Uplo.UPPER, 2, new double[] {2, 0, Double.NaN, 1}, 0, 2, 3.0)));
    }
}

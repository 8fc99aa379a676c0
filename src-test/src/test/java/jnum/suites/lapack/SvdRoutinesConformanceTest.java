package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jnum.mat.kernel.BidiagonalFactor;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.SvdJob;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.CsvResource;
import jnum.testkit.MatrixGen;
import jnum.testkit.QrConformance;
import jnum.testkit.QrConformance.Family;
import jnum.testkit.Seeds;
import jnum.testkit.SvdConformance;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SVD routines (gebrd, orgbr, bdsqr, gesvd) of every usable LAPACK implementation through
 * {@link SvdConformance}: jnum's Java LAPACK on each Java BLAS provider, and the native LAPACK when
 * {@code linalg-native} is present; and bdsqr's high relative accuracy on graded bidiagonals
 * against mpmath's singular values.
 */
class SvdRoutinesConformanceTest {

    static Stream<Arguments> cases() {
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    static Stream<Arguments> implementations() {
        return QrRoutinesConformanceTest.implementations().stream().map(Arguments::of);
    }

    /**
     * Shapes of the blocked reduction (min(m, n) above 64), of the QR-first path, and of the
     * divide-and-conquer vectors on a direct reduction (min(m, n) >= 100, m < 1.6 n).
     */
    static Stream<Arguments> blockedShapes() {
        int[][] shapes = {{100, 100}, {130, 97}, {97, 130}, {400, 120}, {120, 400}, {150, 120}, {120, 150}};
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> Stream.of(shapes).map(s -> Arguments.of(impl, s[0], s[1])));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void gebrd(Named impl, long seed) {
        SvdConformance.gebrd(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void bdsqr(Named impl, long seed) {
        SvdConformance.bdsqr(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void gesvdGluedWilkinson(Named impl, long seed) {
        SvdConformance.gesvdGluedWilkinson(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void gesvd(Named impl, long seed) {
        SvdConformance.gesvd(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("blockedShapes")
    void blockedShapes(Named impl, int m, int n) {
        long seed = 31L * m + n;
        SvdConformance.gebrd(impl.lapack(), m, n, seed);
        SvdConformance.gesvd(impl.lapack(), m, n, seed, Family.UNIFORM, Family.GRADED, Family.HUGE);
    }

    /**
     * Every singular value of a graded bidiagonal, down to 1e-200 of the largest, to a small
     * multiple of n u relative error (Demmel and Kahan's bound is about {@code n tol} with
     * {@code tol = 100 u}; 30 n u is LAPACK's test threshold), upper and lower (the transpose has
     * the same values).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("implementations")
    void gradedBidiagonalToHighRelativeAccuracy(Named impl) {
        Map<Integer, List<String[]>> cases = new TreeMap<>();
        for (String[] row : CsvResource.rows("/reference/svd/graded_bidiagonal.csv")) {
            cases.computeIfAbsent(Integer.parseInt(row[0]), k -> new ArrayList<>())
                    .add(row);
        }
        for (var c : cases.entrySet()) {
            int n = Integer.parseInt(c.getValue().get(0)[1]);
            double[] d = new double[n];
            double[] e = new double[n - 1];
            double[] sigma = new double[n];
            for (String[] row : c.getValue()) {
                int i = Integer.parseInt(row[3]);
                double v = Double.parseDouble(row[4]);
                switch (row[2]) {
                    case "d" -> d[i] = v;
                    case "e" -> e[i] = v;
                    default -> sigma[i] = v;
                }
            }
            for (Uplo uplo : Uplo.values()) {
                double[] s = SvdConformance.bdsqrValues(impl.lapack(), uplo, d, e);
                for (int i = 0; i < n; i++) {
                    double rel = Math.abs(s[i] - sigma[i]) / sigma[i];
                    double bound = 30 * n * Tolerance.U;
                    assertTrue(
                            rel <= bound,
                            impl + " case " + c.getKey() + " " + uplo + ": sigma_" + i + " = " + s[i] + " against "
                                    + sigma[i] + ", relative error " + rel + " > " + bound);
                }
            }
        }
    }

    /**
     * The Java LAPACK's thin SVD and the native one's values (dgesdd without vectors, its dqds
     * path: the native provider hands the SVD with vectors to the Java one) agree on the singular
     * values of the same matrix to {@code 2 * 30 max(m, n) u s_0}: each is within
     * {@code 30 max(m, n) u s_0} of the exact values (Weyl's bound for a backward stable SVD).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nativeAgreesWithJava(long seed) {
        Lapack nat = NativeLapack.get();
        Lapack java = Providers.lapack(Providers.lapackProvider("java"));
        MatrixGen g = new MatrixGen(seed);
        int m = 1 + g.size(300);
        int n = 1 + g.size(300);
        int p = Math.min(m, n);
        double[] a0 = QrConformance.matrix(g, Family.ILL_CONDITIONED, m, n);
        double[] sJava = new double[p];
        double[] sNative = new double[p];
        assertTrue(java.gesvd(
                        SvdJob.THIN, m, n, a0.clone(), 0, m, sJava, 0, new double[m * p], 0, m, new double[p * n], 0, p)
                == 0);
        assertTrue(nat.gesvd(SvdJob.VALUES, m, n, a0.clone(), 0, m, sNative, 0, null, 0, 1, null, 0, 1) == 0);
        double bound = 2 * 30 * Math.max(m, n) * Tolerance.U * sNative[0];
        for (int i = 0; i < p; i++) {
            assertTrue(
                    Math.abs(sJava[i] - sNative[i]) <= bound,
                    m + "x" + n + " seed " + seed + ": s_" + i + " java " + sJava[i] + " native " + sNative[i]);
        }
    }

    /** The facade names the routine and the operand of a bad argument; empty problems return 0. */
    @Test
    void argumentsAreChecked() {
        Lapack lapack = Kernels.lapack();
        double[] a = new double[12];
        double[] s = new double[3];
        double[] u = new double[16];
        double[] vt = new double[9];
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> lapack.gesvd(SvdJob.THIN, 4, 3, a, 0, 4, s, 0, u, 0, 3, vt, 0, 3));
        assertTrue(e.getMessage().startsWith("gesvd"), e.getMessage());
        assertThrows(
                NullPointerException.class, () -> lapack.gesvd(SvdJob.FULL, 4, 3, a, 0, 4, s, 0, null, 0, 4, vt, 0, 3));
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> lapack.gesvd(SvdJob.VALUES, 4, 3, a, 0, 4, new double[2], 0, null, 0, 1, null, 0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> lapack.orgbr(BidiagonalFactor.Q, 3, 4, 3, a, 0, 3, s, 0)); // Q needs m >= n
        assertThrows(
                IllegalArgumentException.class,
                () -> lapack.bdsqr(Uplo.UPPER, -1, 0, 0, s, 0, s, 0, null, 0, 1, null, 0, 1));
        assertEquals(0, lapack.gesvd(SvdJob.VALUES, 0, 5, a, 0, 1, s, 0, null, 0, 1, null, 0, 1));
        assertEquals(0, lapack.bdsqr(Uplo.LOWER, 0, 0, 0, s, 0, s, 0, null, 0, 1, null, 0, 1));
    }
}

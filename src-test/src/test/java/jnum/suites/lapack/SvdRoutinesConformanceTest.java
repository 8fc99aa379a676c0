package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jnum.mat.kernel.Uplo;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.CsvResource;
import jnum.testkit.QrConformance.Family;
import jnum.testkit.Seeds;
import jnum.testkit.SvdConformance;
import jnum.testkit.Tolerance;
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

    /** Shapes of the blocked reduction (min(m, n) above 64) and of the QR-first path. */
    static Stream<Arguments> blockedShapes() {
        int[][] shapes = {{100, 100}, {130, 97}, {97, 130}, {400, 120}, {120, 400}};
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
}

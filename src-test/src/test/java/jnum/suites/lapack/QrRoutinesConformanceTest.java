package jnum.suites.lapack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.QrConformance;
import jnum.testkit.QrConformance.Family;
import jnum.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Householder routines (geqrf, orgqr, ormqr, gelqf, orglq, ormlq, geqp3) of every usable LAPACK
 * implementation through {@link QrConformance}: jnum's Java LAPACK on each Java BLAS provider
 * (scalar and vector), and the native LAPACK when {@code linalg-native} is present.
 */
class QrRoutinesConformanceTest {

    /** Every implementation under test, by name. */
    static List<Named> implementations() {
        List<Named> list = new ArrayList<>();
        for (KernelProvider p : Providers.usable()) {
            if (!p.name().equals("native")) {
                list.add(new Named(
                        "java on " + p.name() + " BLAS", Providers.lapack(Providers.javaLapack(Providers.blas(p)))));
            }
        }
        if (Kernels.lapackProviders().contains("native")) {
            list.add(new Named("native", Providers.lapack(Providers.lapackProvider("native"))));
        }
        return list;
    }

    record Named(String name, Lapack lapack) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return implementations().stream().flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    /** Shapes where the blocked code runs (min(m, n) above the crossover), tall, wide and square. */
    static Stream<Arguments> blockedShapes() {
        // wide shapes for the blocked LQ, tall ones for the blocked QR (geqrf's panels are 48 wide)
        int[][] shapes = {{65, 65}, {97, 66}, {66, 97}, {300, 300}, {257, 200}, {200, 257}, {1000, 300}, {300, 1000}};
        // the scalar BLAS (the reference, slow at this size) skips the largest shape
        return implementations().stream()
                .flatMap(impl -> Stream.of(shapes)
                        .filter(s -> s[0] < 500 || !impl.name().contains("scalar"))
                        .map(s -> Arguments.of(impl, s[0], s[1])));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void qr(Named impl, long seed) {
        QrConformance.qr(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void lq(Named impl, long seed) {
        QrConformance.lq(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void pivotedQr(Named impl, long seed) {
        QrConformance.qp3(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @MethodSource("blockedShapes")
    void blockedShapes(Named impl, int m, int n) {
        long seed = 31L * m + n;
        // the plain-loop references cost O(max(m, n)^3) (the full Q is checked): the largest shapes
        // run on one family, the others on all
        Family[] families = Math.max(m, n) > 500 ? new Family[] {Family.UNIFORM} : Family.values();
        QrConformance.qr(impl.lapack(), m, n, seed, families);
        QrConformance.lq(impl.lapack(), m, n, seed, families);
        QrConformance.qp3(impl.lapack(), m, n, seed, families);
    }
}

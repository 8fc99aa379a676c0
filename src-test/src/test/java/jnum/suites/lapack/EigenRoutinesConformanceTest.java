package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.EigenConformance;
import jnum.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nonsymmetric eigen routines (gebal, gebak, gehrd, orghr, hseqr, trevc3, geev) of every usable
 * LAPACK implementation through {@link EigenConformance}: jnum's Java LAPACK on each Java BLAS
 * provider, and the native LAPACK (at every size) when {@code linalg-native} is present.
 */
class EigenRoutinesConformanceTest {

    static Stream<Arguments> cases() {
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void hessenberg(Named impl, long seed) {
        EigenConformance.hessenberg(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void schur(Named impl, long seed) {
        EigenConformance.schur(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void geev(Named impl, long seed) {
        EigenConformance.geev(impl.lapack(), seed);
    }
}

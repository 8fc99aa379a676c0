package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.suites.lapack.QrRoutinesConformanceTest.Named;
import jnum.testkit.Seeds;
import jnum.testkit.SvdConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bidiagonal divide and conquer (bdsdc) of every usable LAPACK implementation through {@link
 * SvdConformance#bdsdc}: random, graded, clustered and repeated, zero-laden, 1e-300 and 1e300
 * scaled bidiagonals of orders from a single leaf to several levels of merges, upper and lower,
 * bidiagonals of matrices with orthonormal columns (+-1 diagonals) where merges deflate nearly
 * everything, and bidiagonals of rank-deficient matrices, whose merges hold roots at the rounding
 * level beside moderate poles.
 */
class BidiagonalDivideConquerConformanceTest {

    static Stream<Arguments> cases() {
        return QrRoutinesConformanceTest.implementations().stream()
                .flatMap(impl -> Seeds.seeds().mapToObj(s -> Arguments.of(impl, s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void bdsdc(Named impl, long seed) {
        SvdConformance.bdsdc(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void signedUnitDiagonals(Named impl, long seed) {
        SvdConformance.bdsdcSignedUnitDiagonals(impl.lapack(), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void rankDeficient(Named impl, long seed) {
        SvdConformance.bdsdcRankDeficient(impl.lapack(), seed);
    }
}

package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.Seeds;
import jnum.testkit.SymmetricEigenConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The symmetric eigen routines of the LAPACK layer pass {@link SymmetricEigenConformance} on every
 * seed: the Java LAPACK on each Java BLAS provider, and the native LAPACK (skipped when absent,
 * failed then under {@code -Djnum.requireNative=true}).
 */
class SymmetricEigenConformanceTest {

    /** (LAPACK under test, seed): java on each Java BLAS provider, then native. */
    static Stream<Arguments> cases() {
        Stream<String> names = Stream.concat(
                Kernels.providers().stream().filter(p -> !p.equals("native")).map(p -> "java/" + p),
                Stream.of("native"));
        return names.flatMap(p -> Seeds.seeds().mapToObj(s -> Arguments.of(p, s)));
    }

    private static Lapack on(String name) {
        if (name.equals("native")) {
            return NativeLapack.get();
        }
        String blas = name.substring("java/".length());
        return Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider(blas))));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalEigen(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalEigen(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalUpdate(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalUpdate(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void syev(String lapack, long seed) {
        SymmetricEigenConformance.syev(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void tridiagonalReduction(String lapack, long seed) {
        SymmetricEigenConformance.tridiagonalReduction(on(lapack), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void bisectionAndInverseIteration(String lapack, long seed) {
        SymmetricEigenConformance.bisectionAndInverseIteration(on(lapack), seed);
    }
}

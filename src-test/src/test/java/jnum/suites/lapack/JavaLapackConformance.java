package jnum.suites.lapack;

import java.util.stream.Stream;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.LapackConformance;
import jnum.testkit.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jnum's Java LAPACK passes the LAPACK conformance driver on every seed, once on each Java BLAS
 * provider (scalar, and vector when present): the same routines over different level-3 kernels.
 */
class JavaLapackConformance {

    /** (BLAS provider name, seed) for every usable Java BLAS provider. */
    static Stream<Arguments> cases() {
        return Kernels.providers().stream()
                .filter(p -> !p.equals("native"))
                .flatMap(p -> Seeds.seeds().mapToObj(s -> Arguments.of(p, s)));
    }

    private static Lapack on(String blas) {
        return Providers.lapack(Providers.javaLapack(Providers.blas(Providers.provider(blas))));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void getrf(String blas, long seed) {
        LapackConformance.getrf(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void getrfSingular(String blas, long seed) {
        LapackConformance.getrfSingular(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void getrfNaN(String blas, long seed) {
        LapackConformance.getrfNaN(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void getrs(String blas, long seed) {
        LapackConformance.getrs(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void potrf(String blas, long seed) {
        LapackConformance.potrf(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void potrfNotPositiveDefinite(String blas, long seed) {
        LapackConformance.potrfNotPositiveDefinite(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void potrs(String blas, long seed) {
        LapackConformance.potrs(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void trtrs(String blas, long seed) {
        LapackConformance.trtrs(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void lange(String blas, long seed) {
        LapackConformance.lange(on(blas), seed);
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void condition(String blas, long seed) {
        LapackConformance.condition(on(blas), seed);
    }

    @ParameterizedTest(name = "n={0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {513, 1000})
    void largeOrders(int n) {
        LapackConformance.largeOrder(Providers.lapack(Providers.lapackProvider("java")), n, 11);
    }

    @Test
    void conditionOutcomes() {
        LapackConformance.conditionOutcomes(Providers.lapack(Providers.lapackProvider("java")));
    }
}

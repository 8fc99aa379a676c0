package jnum.suites.lapack;

import jnum.testkit.LapackConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native LAPACK provider passes the same conformance driver as the Java one, on the same
 * seeds and so on the same generated inputs.
 */
class NativeLapackConformance {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void getrf(long seed) {
        LapackConformance.getrf(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void getrfSingular(long seed) {
        LapackConformance.getrfSingular(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void getrfNaN(long seed) {
        LapackConformance.getrfNaN(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void getrs(long seed) {
        LapackConformance.getrs(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void potrf(long seed) {
        LapackConformance.potrf(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void potrfNotPositiveDefinite(long seed) {
        LapackConformance.potrfNotPositiveDefinite(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void potrs(long seed) {
        LapackConformance.potrs(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trtrs(long seed) {
        LapackConformance.trtrs(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lange(long seed) {
        LapackConformance.lange(NativeLapack.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void condition(long seed) {
        LapackConformance.condition(NativeLapack.get(), seed);
    }

    @org.junit.jupiter.api.Test
    void largeOrder() {
        LapackConformance.largeOrder(NativeLapack.get(), 1000, 11);
    }

    @Test
    void conditionOutcomes() {
        LapackConformance.conditionOutcomes(NativeLapack.get());
    }
}

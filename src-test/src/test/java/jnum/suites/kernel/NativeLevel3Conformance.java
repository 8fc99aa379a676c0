package jnum.suites.kernel;

import jnum.testkit.Level3Conformance;
import jnum.testkit.NonFiniteConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native provider passes the level-3 conformance driver (trsm, trmm over all 16 flag
 * combinations, syrk, symm over theirs) on every seed, against the independent formula and the
 * scalar reference.
 */
class NativeLevel3Conformance {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trsm(long seed) {
        Level3Conformance.trsm(NativeProvider.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trmm(long seed) {
        Level3Conformance.trmm(NativeProvider.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void syrk(long seed) {
        Level3Conformance.syrk(NativeProvider.get(), seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symm(long seed) {
        Level3Conformance.symm(NativeProvider.get(), seed);
    }

    /** NaN and infinities in every level-3 routine follow the IEEE rule of the conventions. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nonFinite(long seed) {
        NonFiniteConformance.checkAll(NativeProvider.get(), seed);
    }
}

package jnum.suites.kernel;

import java.util.function.Consumer;
import jnum.testkit.Level2Conformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native provider passes the level-2 conformance driver on every seed: every flag, shapes
 * from 0 to 321, padded leading dimensions, offsets, increments of both signs, NaN in whatever
 * must not be read (beta = 0, alpha = 0, the other triangle, a unit diagonal).
 */
class NativeLevel2Conformance {
    private static void check(Consumer<Level2Conformance> routine, long seed) {
        routine.accept(new Level2Conformance(NativeProvider.get(), seed));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gemv(long seed) {
        check(Level2Conformance::gemv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void ger(long seed) {
        check(Level2Conformance::ger, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symv(long seed) {
        check(Level2Conformance::symv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trmv(long seed) {
        check(Level2Conformance::trmv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trsv(long seed) {
        check(Level2Conformance::trsv, seed);
    }
}

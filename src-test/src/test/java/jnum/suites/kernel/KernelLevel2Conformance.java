package jnum.suites.kernel;

import java.util.function.Consumer;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.testkit.Level2Conformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every usable provider passes the level-2 conformance driver, on every seed. */
class KernelLevel2Conformance {
    private static void each(Consumer<Level2Conformance> check, long seed) {
        for (KernelProvider p : JavaProviders.list()) {
            check.accept(new Level2Conformance(p, seed));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gemv(long seed) {
        each(Level2Conformance::gemv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void ger(long seed) {
        each(Level2Conformance::ger, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void symv(long seed) {
        each(Level2Conformance::symv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trmv(long seed) {
        each(Level2Conformance::trmv, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void trsv(long seed) {
        each(Level2Conformance::trsv, seed);
    }
}

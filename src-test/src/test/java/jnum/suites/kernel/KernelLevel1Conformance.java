package jnum.suites.kernel;

import java.util.List;
import java.util.function.Consumer;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.testkit.Level1Conformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every usable provider passes the level-1 conformance driver, on every seed. */
class KernelLevel1Conformance {
    private static List<KernelProvider> providers() {
        return JavaProviders.list();
    }

    private static void each(Consumer<Level1Conformance> check, long seed) {
        for (KernelProvider p : providers()) {
            check.accept(new Level1Conformance(p, seed));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void dot(long seed) {
        each(Level1Conformance::dot, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void axpy(long seed) {
        each(Level1Conformance::axpy, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void scal(long seed) {
        each(Level1Conformance::scal, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void copy(long seed) {
        each(Level1Conformance::copy, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void swap(long seed) {
        each(Level1Conformance::swap, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nrm2(long seed) {
        each(Level1Conformance::nrm2, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void asum(long seed) {
        each(Level1Conformance::asum, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sum(long seed) {
        each(Level1Conformance::sum, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void iamax(long seed) {
        each(Level1Conformance::iamax, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rot(long seed) {
        each(Level1Conformance::rot, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void deviationSums(long seed) {
        each(Level1Conformance::deviationSums, seed);
    }
}

package jnum.suites.kernel;

import java.util.function.Consumer;
import jnum.testkit.Level1Conformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native provider passes the level-1 conformance driver on every seed, called directly
 * (whatever sizes its {@code accepts} would decline): sizes 0 to 1025, increments of both signs,
 * offsets, special values (NaN, infinities, huge and tiny), NaN guards around every operand.
 */
class NativeLevel1Conformance {
    private static void check(Consumer<Level1Conformance> routine, long seed) {
        routine.accept(new Level1Conformance(NativeProvider.get(), seed));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void dot(long seed) {
        check(Level1Conformance::dot, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void axpy(long seed) {
        check(Level1Conformance::axpy, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void scal(long seed) {
        check(Level1Conformance::scal, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void copy(long seed) {
        check(Level1Conformance::copy, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void swap(long seed) {
        check(Level1Conformance::swap, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nrm2(long seed) {
        check(Level1Conformance::nrm2, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void asum(long seed) {
        check(Level1Conformance::asum, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sum(long seed) {
        check(Level1Conformance::sum, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void iamax(long seed) {
        check(Level1Conformance::iamax, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rot(long seed) {
        check(Level1Conformance::rot, seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void deviationSums(long seed) {
        check(Level1Conformance::deviationSums, seed);
    }
}

package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jnum.testkit.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * The vector provider's reductions give the same bits on their first calls, run before HotSpot
 * compiles them, as after: each reduction sums its lanes in one fixed order. In this JVM other
 * tests have compiled them already, so the check runs {@link ReductionRepeatProbe} in a fresh
 * child JVM.
 */
class ReductionRepeatTest {

    @Test
    void firstAndCompiledCallsAgreeBitForBit() throws Exception {
        ChildJvm.Result r = ChildJvm.run(
                120,
                List.of(
                        "--add-modules=jdk.incubator.vector",
                        "-cp",
                        ChildJvm.classPath(),
                        ReductionRepeatProbe.class.getName()));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(List.of("done"), r.lines(), r.toString());
    }
}

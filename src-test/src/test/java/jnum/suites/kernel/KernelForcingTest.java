package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jnum.testkit.ChildJvm;
import org.junit.jupiter.api.Test;

/**
 * {@code -Djnum.kernel=NAME} is read once, at start-up, so each case runs {@link
 * KernelChoiceProbe} in a child JVM (the same {@code java} and class path as this one), with and
 * without the Vector API module.
 */
class KernelForcingTest {

    /** The probe's output: the provider of a large dot, then the description. */
    private record Choice(String provider, String description, String stderr) {}

    private static Choice run(boolean vectorModule, String property) throws Exception {
        List<String> args = new ArrayList<>();
        if (vectorModule) {
            args.add("--add-modules=jdk.incubator.vector");
        }
        if (property != null) {
            args.add("-Djnum.kernel=" + property);
        }
        args.addAll(List.of("-cp", ChildJvm.classPath(), KernelChoiceProbe.class.getName()));
        ChildJvm.Result r = ChildJvm.run(60, args);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(2, r.lines().size(), r.toString());
        return new Choice(r.lines().get(0), r.lines().get(1), r.stderr());
    }

    @Test
    void scalarCanBeForced() throws Exception {
        Choice c = run(true, "scalar");
        assertEquals("scalar", c.provider());
        assertEquals("jnum kernels: scalar (forced by -Djnum.kernel=scalar); LAPACK: java", c.description());
    }

    @Test
    void vectorCanBeForcedAndIsTheDefaultWithTheModule() throws Exception {
        Choice forced = run(true, "vector");
        assertEquals("vector", forced.provider());
        assertTrue(forced.description().startsWith("jnum kernels: vector (forced"), forced.description());
        Choice automatic = run(true, null);
        assertTrue(automatic.description().contains("vector"), automatic.description());
        Choice bogus = run(true, "bogus");
        assertEquals(automatic.provider(), bogus.provider(), "an unknown name falls back to the automatic choice");
        assertTrue(bogus.description().contains("-Djnum.kernel=bogus is not usable, ignored"), bogus.description());
    }

    @Test
    void forcingVectorWithoutTheModuleFallsBackAndSaysWhyOnce() throws Exception {
        Choice c = run(false, "vector");
        assertEquals("scalar", c.provider());
        assertTrue(c.description().contains("-Djnum.kernel=vector is not usable, ignored"), c.description());
        assertTrue(c.description().contains("--add-modules jdk.incubator.vector"), c.description());
        // logged once, at INFO, with the same text
        assertEquals(1, c.stderr().split("jnum kernels: ", -1).length - 1, c.stderr());
        assertTrue(c.stderr().contains(c.description()), c.stderr());
    }
}

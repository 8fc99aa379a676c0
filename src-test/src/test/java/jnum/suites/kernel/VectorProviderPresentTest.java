package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Routine;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;

/**
 * The default test run adds {@code jdk.incubator.vector}, so the vector provider must be there:
 * a missing provider fails here rather than letting the conformance suites quietly test scalar
 * only. (The run without the module is {@code KernelsWithoutVectorModuleTest}.)
 */
class VectorProviderPresentTest {
    @Test
    void theVectorProviderIsUsable() {
        assertTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the default surefire run must add jdk.incubator.vector");
        assertEquals("vector", Providers.provider("vector").name(), Kernels.describe());
        assertTrue(Providers.usable().stream().anyMatch(p -> p.name().equals("vector")), Kernels.describe());
    }

    @Test
    void itServesLargeLevelOneAndTwoCallsUnlessSomethingFasterIsPresent() {
        assertTrue(Kernels.describe().startsWith("jnum kernels: "), Kernels.describe());
        if (Providers.usable().get(0).name().equals("vector")) {
            assertEquals("vector", Kernels.providerFor(Routine.DOT, 1_000_000));
            assertEquals("vector", Kernels.providerFor(Routine.GEMV, 1_000_000));
        }
    }
}

package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * The {@code native} provider for the Native* suites. When it is not usable here the suites are
 * skipped with the reason ({@link Kernels#describe()}), or fail with it when
 * {@code -Djnum.requireNative=true} is set (the CI machine has OpenBLAS, so a silent skip there
 * would hide a broken native path).
 */
final class NativeProvider {
    /** System property that turns a missing native provider into a failure: {@value}. */
    static final String REQUIRE_PROPERTY = "jnum.requireNative";

    private NativeProvider() {}

    /** The usable native provider; otherwise skips or fails the calling test. */
    static KernelProvider get() {
        for (KernelProvider p : Providers.usable()) {
            if (p.name().equals("native")) {
                return p;
            }
        }
        String why = "the native kernel provider is not usable: " + Kernels.describe();
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            fail(why + " (required by -D" + REQUIRE_PROPERTY + "=true)");
        }
        assumeTrue(false, why);
        throw new AssertionError("unreachable");
    }
}

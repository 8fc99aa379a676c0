package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;

/**
 * The {@code native} LAPACK provider for the Native* suites: skipped with the reason when it is not
 * usable here, or failed when {@code -Djnum.requireNative=true} is set (as for the BLAS suites).
 */
final class NativeLapack {
    private NativeLapack() {}

    static Lapack get() {
        if (Kernels.lapackProviders().contains("native")) {
            return Kernels.lapack("native");
        }
        String why = "the native LAPACK provider is not usable: " + Kernels.describe();
        if (Boolean.getBoolean("jnum.requireNative")) {
            fail(why + " (required by -Djnum.requireNative=true)");
        }
        assumeTrue(false, why);
        throw new AssertionError("unreachable");
    }
}

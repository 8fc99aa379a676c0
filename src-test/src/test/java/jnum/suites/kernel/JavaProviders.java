package jnum.suites.kernel;

import java.util.List;
import jnum.mat.kernel.KernelProvider;
import jnum.mat.kernel.Kernels;

/**
 * The usable Java providers (vector when present, and scalar): the generic conformance suites run
 * over these; the native provider runs the same drivers in the {@code Native*} suites, which also
 * decide whether its absence fails or skips ({@code -Djnum.requireNative}).
 */
final class JavaProviders {
    private JavaProviders() {}

    static List<KernelProvider> list() {
        return Kernels.providers().stream()
                .filter(p -> !p.name().equals("native"))
                .toList();
    }
}

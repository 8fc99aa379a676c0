package jnum.suites.kernel;

import java.util.List;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * The usable Java providers (vector when present, and scalar): the generic conformance suites run
 * over these; the native provider runs the same drivers in the {@code Native*} suites, which also
 * decide whether its absence fails or skips ({@code -Djnum.requireNative}).
 */
final class JavaProviders {
    private JavaProviders() {}

    static List<KernelProvider> list() {
        return Providers.usable().stream()
                .filter(p -> !p.name().equals("native"))
                .toList();
    }
}

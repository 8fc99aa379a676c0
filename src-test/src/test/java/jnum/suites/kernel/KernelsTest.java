package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void scalarIsAlwaysTheLastProvider() {
        var providers = Providers.usable();
        assertEquals("scalar", providers.get(providers.size() - 1).name());
        assertTrue(Kernels.describe().startsWith("jnum kernels: "), Kernels.describe());
    }

    @Test
    void usersSeeTheProvidersByName() {
        var names = Kernels.providers();
        assertEquals(Providers.usable().stream().map(KernelProvider::name).toList(), names);
        assertEquals("scalar", names.getLast());
        // readable as printed by jshell: the names, not object identities
        assertTrue(names.toString().matches("\\[(\\w+, )*scalar]"), names.toString());
    }
}

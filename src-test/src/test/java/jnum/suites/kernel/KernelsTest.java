package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Kernels;
import org.junit.jupiter.api.Test;

class KernelsTest {
    @Test
    void scalarIsAlwaysTheLastProvider() {
        var providers = Kernels.providers();
        assertEquals("scalar", providers.get(providers.size() - 1).name());
        assertTrue(Kernels.describe().startsWith("jnum kernels: "), Kernels.describe());
    }
}

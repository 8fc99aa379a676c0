package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.Level1Conformance;
import jnum.testkit.Level2Conformance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution, whose JVM does not add {@code jdk.incubator.vector}
 * (see src-test/pom.xml): the library must work on the scalar provider and say why, in one line.
 * That execution sets {@code -Djnum.test.withoutVectorModule=true}; selected with {@code -Dtest}
 * in the default execution (which has the module) the class is skipped.
 */
class KernelsWithoutVectorModuleTest {
    @BeforeAll
    static void onlyInTheExecutionWithoutTheModule() {
        assumeTrue(
                Boolean.getBoolean("jnum.test.withoutVectorModule"),
                "runs in the surefire execution without-vector-module");
    }

    @Test
    void thisJvmReallyLacksTheModule() {
        assertTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "this suite must run without --add-modules jdk.incubator.vector");
    }

    @Test
    void onlyJavaProvidersAndNoVector() {
        var names = Providers.usable().stream().map(KernelProvider::name).toList();
        assertFalse(names.contains("vector"), names.toString());
        assertEquals("scalar", names.get(names.size() - 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Providers.provider("vector"));
        assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
    }

    @Test
    void describeSaysWhyInOneLine() {
        String d = Kernels.describe();
        assertTrue(d.startsWith("jnum kernels: "), d);
        assertTrue(d.contains("vector unusable: start the JVM with --add-modules jdk.incubator.vector"), d);
        assertFalse(d.contains("\n"), d);
    }

    @Test
    void theFacadeStillComputes() {
        Blas blas = Kernels.blas();
        assertEquals(32.0, blas.dot(3, new double[] {1, 2, 3}, 0, 1, new double[] {4, 5, 6}, 0, 1));
        assertEquals(5e300, blas.nrm2(2, new double[] {3e300, -4e300}, 0, 1), 2 * Math.ulp(5e300));
        double[] y = {1, 1};
        // [1 3; 2 4] * [1; 1] * 2 + 0.5 y
        blas.gemv(Transpose.NO, 2, 2, 2.0, new double[] {1, 2, 3, 4}, 0, 2, new double[] {1, 1}, 0, 1, 0.5, y, 0, 1);
        assertEquals(8.5, y[0]);
        assertEquals(12.5, y[1]);
    }

    @Test
    void everyUsableProviderStillPassesTheDrivers() {
        for (KernelProvider p : Providers.usable()) {
            Level1Conformance.checkAll(p, 1);
            Level2Conformance.checkAll(p, 2);
        }
    }
}

package jnum.mat.kernel.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Creates the Vector API provider reflectively, only after checking that the incubator module is
 * readable, so that no class linking against it is loaded when it is absent.
 */
final class VectorProbe {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_PROVIDER_CLASS = "jnum.mat.kernel.vector.VectorKernels";

    private VectorProbe() {}

    /**
     * The vector provider.
     *
     * @throws UnsupportedOperationException with the reason when the module is absent or the
     *     provider declines this CPU; any other failure propagates to {@link Discovery#run}
     */
    static KernelProvider create() throws Exception {
        var module = ModuleLayer.boot().findModule(VECTOR_MODULE);
        if (module.isEmpty()) {
            throw new UnsupportedOperationException("start the JVM with --add-modules " + VECTOR_MODULE);
        }
        VectorProbe.class.getModule().addReads(module.get());
        var lookup = MethodHandles.lookup();
        Class<?> cls = lookup.findClass(VECTOR_PROVIDER_CLASS);
        try {
            return (KernelProvider) lookup.findConstructor(cls, MethodType.methodType(void.class))
                    .invoke();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}

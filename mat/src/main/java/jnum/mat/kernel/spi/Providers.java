package jnum.mat.kernel.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.ServiceLoader;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.scalar.ScalarKernels;

/**
 * The provider registry behind {@link Kernels}: the providers found on first use, and facades
 * bound to one provider (for conformance tests and benchmarks that compare providers).
 *
 * <p>Discovery runs once, on first use of this class or of {@link Kernels}, and is logged once at
 * INFO on the {@code System.Logger} named {@code jnum.mat.kernel} (see {@link Discovery}).
 */
public final class Providers {
    private Providers() {}

    /** The always-present reference provider, {@code scalar}. */
    public static KernelProvider scalar() {
        return Holder.SCALAR;
    }

    /** The outcome of the start-up discovery. */
    public static Discovery discovery() {
        return Holder.FOUND;
    }

    /** Every usable provider, most preferred first; the last is always {@code scalar}. */
    public static List<KernelProvider> usable() {
        return Holder.FOUND.usable();
    }

    /**
     * The usable provider of that name.
     *
     * @throws IllegalArgumentException if no provider of that name is usable here
     */
    public static KernelProvider provider(String name) {
        for (KernelProvider p : usable()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("kernel provider '" + name + "' is not usable here; " + Kernels.describe());
    }

    /**
     * A validating facade that sends every call to {@code provider}.
     *
     * @throws NullPointerException if {@code provider} is null
     */
    public static Blas blas(KernelProvider provider) {
        java.util.Objects.requireNonNull(provider, "Providers.blas: provider is null");
        try {
            return (Blas) Holder.NEW_FACADE.invokeExact(List.of(provider));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Initialised on first use (a holder class avoids class-loading deadlocks). */
    private static final class Holder {
        static final KernelProvider SCALAR = new ScalarKernels();

        /**
         * Blas's package-private constructor, reached within this module: the facade has no public
         * constructor, so users meet it only through {@link Kernels#blas()}.
         */
        static final MethodHandle NEW_FACADE;

        static final Discovery FOUND;

        static {
            try {
                NEW_FACADE = MethodHandles.privateLookupIn(Blas.class, MethodHandles.lookup())
                        .findConstructor(Blas.class, MethodType.methodType(void.class, List.class))
                        .asType(MethodType.methodType(Blas.class, List.class));
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("jnum packaging error: no Blas(List) constructor", e);
            }
            FOUND = Discovery.run(
                    ServiceLoader.load(KernelProviderFactory.class),
                    VectorProbe::create,
                    SCALAR,
                    System.getProperty(Kernels.PROVIDER_PROPERTY));
            System.getLogger("jnum.mat.kernel").log(System.Logger.Level.INFO, FOUND.description());
        }
    }
}

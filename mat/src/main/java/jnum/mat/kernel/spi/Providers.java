package jnum.mat.kernel.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.ServiceLoader;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.lapack.JavaLapack;
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

    /** The outcome of the start-up discovery of BLAS providers. */
    public static Discovery discovery() {
        return Holder.FOUND;
    }

    /** The outcome of the start-up discovery of LAPACK providers. */
    public static LapackDiscovery lapackDiscovery() {
        return Holder.LAPACK_FOUND;
    }

    /** The start-up line: BLAS providers, then LAPACK providers, and why any was passed over. */
    public static String description() {
        return Holder.DESCRIPTION;
    }

    /**
     * The usable LAPACK provider of that name ({@code "java"} computes on {@link Kernels#blas()}).
     *
     * @throws IllegalArgumentException if no LAPACK provider of that name is usable here
     */
    public static LapackProvider lapackProvider(String name) {
        for (LapackProvider p : Holder.LAPACK_FOUND.usable()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("LAPACK provider '" + name + "' is not usable here; " + description());
    }

    /** jnum's Java LAPACK computing on {@code blas} (to run it on one BLAS provider). */
    public static LapackProvider javaLapack(Blas blas) {
        return new JavaLapack(blas);
    }

    /**
     * A validating LAPACK facade that sends every call to {@code provider}.
     *
     * @throws NullPointerException if {@code provider} is null
     */
    public static Lapack lapack(LapackProvider provider) {
        java.util.Objects.requireNonNull(provider, "Providers.lapack: provider is null");
        try {
            return (Lapack) Holder.NEW_LAPACK.invokeExact(List.of(provider));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
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

        /** Lapack's package-private constructor, reached the same way. */
        static final MethodHandle NEW_LAPACK;

        static final Discovery FOUND;
        static final Blas BLAS;
        static final LapackDiscovery LAPACK_FOUND;
        static final String DESCRIPTION;

        static {
            try {
                NEW_FACADE = MethodHandles.privateLookupIn(Blas.class, MethodHandles.lookup())
                        .findConstructor(Blas.class, MethodType.methodType(void.class, List.class))
                        .asType(MethodType.methodType(Blas.class, List.class));
                NEW_LAPACK = MethodHandles.privateLookupIn(Lapack.class, MethodHandles.lookup())
                        .findConstructor(Lapack.class, MethodType.methodType(void.class, List.class))
                        .asType(MethodType.methodType(Lapack.class, List.class));
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("jnum packaging error: no Blas(List) or Lapack(List) constructor", e);
            }
            String forced = System.getProperty(Kernels.PROVIDER_PROPERTY);
            FOUND = Discovery.run(ServiceLoader.load(KernelProviderFactory.class), VectorProbe::create, SCALAR, forced);
            BLAS = blas(FOUND.dispatch());
            LAPACK_FOUND =
                    LapackDiscovery.run(ServiceLoader.load(LapackProviderFactory.class), new JavaLapack(BLAS), forced);
            DESCRIPTION = FOUND.description() + "; " + LAPACK_FOUND.describe();
            System.getLogger("jnum.mat.kernel").log(System.Logger.Level.INFO, DESCRIPTION);
        }

        private static Blas blas(List<KernelProvider> providers) {
            try {
                return (Blas) NEW_FACADE.invokeExact(providers);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

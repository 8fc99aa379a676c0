package jnum.mat.kernel;

import java.util.List;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.LapackProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * The kernel layer's entry point: the {@link Blas} and {@link Lapack} facades that all of jnum
 * computes with, and which providers serve them here. How providers are found and chosen is stated
 * in {@link jnum.mat.kernel}.
 */
public final class Kernels {

    /** System property that forces one provider: {@value}. */
    public static final String PROVIDER_PROPERTY = "jnum.kernel";

    private Kernels() {}

    /** The dispatching, validating facade used by all of jnum. */
    public static Blas blas() {
        return Holder.BLAS;
    }

    /**
     * The names of the usable providers, most preferred first, e.g. {@code [native, vector,
     * scalar]}; the last is always {@code scalar}.
     */
    public static List<String> providers() {
        return Providers.usable().stream().map(KernelProvider::name).toList();
    }

    /**
     * The name of the provider that serves {@code routine} for about {@code work} flops (for bug
     * reports).
     *
     * @throws NullPointerException if {@code routine} is null
     */
    public static String providerFor(Routine routine, long work) {
        java.util.Objects.requireNonNull(routine, "Kernels.providerFor: routine is null");
        return Holder.BLAS.select(routine, work).name();
    }

    /**
     * The dispatching, validating LAPACK facade used by all of jnum: a native LAPACK (when
     * {@code linalg-native} is present and usable) for the problems above its crossover, jnum's
     * Java implementation on {@link #blas()} otherwise. {@code -Djnum.kernel=native} sends every
     * call to the native LAPACK, {@code scalar} or {@code vector} every call to the Java one.
     */
    public static Lapack lapack() {
        return Holder.LAPACK;
    }

    /** The names of the usable LAPACK providers, most preferred first; the last is {@code java}. */
    public static List<String> lapackProviders() {
        return Providers.lapackDiscovery().usable().stream()
                .map(LapackProvider::name)
                .toList();
    }

    /**
     * The name of the LAPACK provider that serves {@code routine} for about {@code work} flops.
     *
     * @throws NullPointerException if {@code routine} is null
     */
    public static String lapackProviderFor(LapackRoutine routine, long work) {
        java.util.Objects.requireNonNull(routine, "Kernels.lapackProviderFor: routine is null");
        return Holder.LAPACK.select(routine, work).name();
    }

    /**
     * One line: the BLAS and LAPACK providers in use and why any was passed over (also logged once
     * at INFO).
     */
    public static String describe() {
        return Providers.description();
    }

    /** Builds the facades on first use (a holder class avoids class-loading deadlocks). */
    private static final class Holder {
        static final Blas BLAS = new Blas(Providers.discovery().dispatch());
        static final Lapack LAPACK = new Lapack(Providers.lapackDiscovery().dispatch());
    }
}

package jnum.mat.kernel;

import java.util.List;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * The kernel layer's entry point: the {@link Blas} facade that all of jnum computes with, and which
 * kernel providers serve it here. How providers are found and chosen is stated in
 * {@link jnum.mat.kernel}.
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

    /** One line: the providers in use and why any was passed over (also logged once at INFO). */
    public static String describe() {
        return Providers.discovery().description();
    }

    /** Builds the facade on first use (a holder class avoids class-loading deadlocks). */
    private static final class Holder {
        static final Blas BLAS = new Blas(Providers.discovery().dispatch());
    }
}

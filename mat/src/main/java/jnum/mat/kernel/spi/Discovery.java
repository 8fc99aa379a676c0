package jnum.mat.kernel.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import jnum.mat.kernel.Kernels;

/**
 * The outcome of looking for kernel providers: which are usable, which of them the facade
 * dispatches to, and one line saying so and why any was passed over.
 *
 * <p>{@link #run} never fails for a broken provider: a factory the {@link java.util.ServiceLoader}
 * cannot load ({@link ServiceConfigurationError}), a factory or vector probe that throws any
 * exception or {@link Error} (other than a {@link VirtualMachineError}) is skipped, and the line
 * says why. The scalar provider is always usable, so the library always works.
 *
 * @param usable every usable provider, most preferred first; the last is the scalar provider
 * @param dispatch the providers the facade uses: {@code usable}, or the one forced by
 *     {@code -Djnum.kernel}
 * @param description the line logged at start-up (see {@link Kernels#describe()})
 */
public record Discovery(List<KernelProvider> usable, List<KernelProvider> dispatch, String description) {

    /**
     * How many loading errors of the service loader are tolerated before the rest of its entries
     * are given up (its iterator recovers from an error only on a best-effort basis).
     */
    static final int MAX_LOAD_ERRORS = 16;

    /** Copies the lists (unmodifiable). */
    public Discovery {
        usable = List.copyOf(usable);
        dispatch = List.copyOf(dispatch);
        Objects.requireNonNull(description, "description");
    }

    /**
     * Looks for the providers, most preferred first: those the factories create, then the vector
     * provider, then {@code scalar}.
     *
     * @param factories the factories, typically a {@link java.util.ServiceLoader}; iterated
     *     defensively
     * @param vector creates the vector provider; throws {@link UnsupportedOperationException} with
     *     the reason when it is not usable
     * @param scalar the always-present reference provider, also passed to each factory as its
     *     fallback
     * @param forced the value of {@code -Djnum.kernel}, or null
     * @return the outcome
     */
    public static Discovery run(
            Iterable<? extends KernelProviderFactory> factories,
            Callable<? extends KernelProvider> vector,
            KernelProvider scalar,
            String forced) {
        List<KernelProvider> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        loadFactories(factories, scalar, found, notes);
        try {
            found.add(Objects.requireNonNull(vector.call(), "the vector probe returned null"));
        } catch (UnsupportedOperationException e) {
            notes.add("vector unusable: " + e.getMessage());
        } catch (Throwable e) {
            notes.add("vector unusable: " + skippable(e));
        }
        found.add(scalar);
        List<KernelProvider> usable = Collections.unmodifiableList(found);
        List<KernelProvider> dispatch = chooseForced(usable, forced, notes);
        for (KernelProvider p : dispatch) {
            if (!p.remark().isBlank()) {
                notes.add(p.name() + ": " + p.remark());
            }
        }
        StringBuilder text = new StringBuilder("jnum kernels: ");
        for (int i = 0; i < dispatch.size(); i++) {
            text.append(i == 0 ? "" : " > ").append(dispatch.get(i).name());
        }
        if (!notes.isEmpty()) {
            text.append(" (").append(String.join("; ", notes)).append(')');
        }
        return new Discovery(usable, dispatch, text.toString().replaceAll("\\R", " "));
    }

    private static void loadFactories(
            Iterable<? extends KernelProviderFactory> factories,
            KernelProvider scalar,
            List<KernelProvider> found,
            List<String> notes) {
        loadEach(
                factories,
                "kernel provider",
                KernelProviderFactory::name,
                f -> f.create(scalar),
                KernelProvider::name,
                name -> isTaken(name, found, scalar),
                found,
                notes);
    }

    /**
     * Loads and creates each provider of a {@link java.util.ServiceLoader} defensively (shared by
     * the BLAS and LAPACK discoveries): a service entry that cannot be loaded, a factory that throws
     * anything but an error of the JVM itself, or a provider whose name is taken is skipped and
     * named in {@code notes}.
     */
    static <F, P> void loadEach(
            Iterable<? extends F> factories,
            String kind,
            Function<? super F, String> factoryName,
            Function<? super F, ? extends P> create,
            Function<? super P, String> providerName,
            Predicate<String> taken,
            List<P> found,
            List<String> notes) {
        Iterator<? extends F> it;
        try {
            it = factories.iterator();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            notes.add(kind + "s not searched: " + e);
            return;
        }
        int errors = 0;
        while (errors < MAX_LOAD_ERRORS) {
            F factory;
            try {
                if (!it.hasNext()) {
                    return;
                }
                factory = it.next();
            } catch (Throwable e) {
                errors++;
                notes.add("a " + kind + " could not be loaded: " + skippable(e));
                continue;
            }
            String name = "a " + kind;
            try {
                name = Objects.requireNonNull(factoryName.apply(factory), "name() is null");
                P p = Objects.requireNonNull(create.apply(factory), "create() returned null");
                String pName = providerName.apply(p);
                if (taken.test(pName)) {
                    notes.add(name + " ignored: a provider named '" + pName + "' is already there");
                } else {
                    found.add(p);
                }
            } catch (UnsupportedOperationException e) {
                notes.add(name + " unusable: " + e.getMessage());
            } catch (Throwable e) {
                notes.add(name + " unusable: " + skippable(e));
            }
        }
        notes.add("further " + kind + "s not searched after " + MAX_LOAD_ERRORS + " loading errors");
    }

    private static boolean isTaken(String name, List<KernelProvider> found, KernelProvider scalar) {
        if (name == null || name.equals(scalar.name()) || name.equals("vector")) {
            return true;
        }
        return found.stream().anyMatch(p -> p.name().equals(name));
    }

    /** The throwable as text for the log line; errors of the JVM itself are not skipped. */
    static String skippable(Throwable e) {
        if (e instanceof VirtualMachineError vm) {
            throw vm;
        }
        StringBuilder why = new StringBuilder(e.toString());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            why.append(" <- ").append(c);
        }
        return why.toString();
    }

    private static List<KernelProvider> chooseForced(List<KernelProvider> usable, String forced, List<String> notes) {
        if (forced == null || forced.isBlank()) {
            return usable;
        }
        String want = forced.trim().toLowerCase(Locale.ROOT);
        for (KernelProvider p : usable) {
            if (p.name().equals(want)) {
                notes.add(0, "forced by -D" + Kernels.PROVIDER_PROPERTY + "=" + want);
                return List.of(p);
            }
        }
        notes.add(0, "-D" + Kernels.PROVIDER_PROPERTY + "=" + want + " is not usable, ignored");
        return usable;
    }
}

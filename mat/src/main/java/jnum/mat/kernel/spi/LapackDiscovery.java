package jnum.mat.kernel.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jnum.mat.kernel.Kernels;

/**
 * The outcome of looking for LAPACK providers, in the shape of {@link Discovery}: every usable one
 * (found with {@link java.util.ServiceLoader}, then jnum's Java LAPACK, always usable), the ones
 * the facade dispatches to, and the notes on any that was passed over. A broken provider never
 * fails the search.
 *
 * @param usable every usable provider, most preferred first; the last is the Java one
 * @param dispatch the providers the facade uses: {@code usable}, or the one {@code -Djnum.kernel}
 *     names ({@code scalar} and {@code vector} name BLAS providers and select the Java LAPACK)
 * @param notes why any provider was passed over
 */
public record LapackDiscovery(List<LapackProvider> usable, List<LapackProvider> dispatch, List<String> notes) {

    /** Copies the lists (unmodifiable). */
    public LapackDiscovery {
        usable = List.copyOf(usable);
        dispatch = List.copyOf(dispatch);
        notes = List.copyOf(notes);
    }

    /**
     * Looks for the providers: those the factories create (each given {@code java} as its
     * fallback), then {@code java}.
     *
     * @param forced the value of {@code -Djnum.kernel}, or null
     */
    public static LapackDiscovery run(
            Iterable<? extends LapackProviderFactory> factories, LapackProvider java, String forced) {
        Objects.requireNonNull(java, "java");
        List<LapackProvider> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Discovery.loadEach(
                factories,
                "LAPACK provider",
                LapackProviderFactory::name,
                f -> f.create(java),
                LapackProvider::name,
                name -> name == null
                        || name.equals(java.name())
                        || found.stream().anyMatch(p -> p.name().equals(name)),
                found,
                notes);
        found.add(java);
        List<LapackProvider> usable = Collections.unmodifiableList(found);
        List<LapackProvider> dispatch = usable;
        if (forced != null && !forced.isBlank()) {
            String want = forced.trim().toLowerCase(Locale.ROOT);
            String name = want.equals("scalar") || want.equals("vector") ? java.name() : want;
            for (LapackProvider p : usable) {
                if (p.name().equals(name)) {
                    dispatch = List.of(p);
                }
            }
            if (dispatch == usable) {
                notes.add(0, "-D" + Kernels.PROVIDER_PROPERTY + "=" + want + " is not usable, ignored");
            }
        }
        return new LapackDiscovery(usable, dispatch, notes);
    }

    /** {@code "LAPACK: native > java"} and the notes, for the start-up line. */
    String describe() {
        StringBuilder text = new StringBuilder("LAPACK: ");
        for (int i = 0; i < dispatch.size(); i++) {
            text.append(i == 0 ? "" : " > ").append(dispatch.get(i).name());
        }
        if (!notes.isEmpty()) {
            text.append(" (").append(String.join("; ", notes)).append(')');
        }
        return text.toString().replaceAll("\\R", " ");
    }
}

package jnum.mat.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import jnum.mat.kernel.lapack.JavaLapack;
import jnum.mat.kernel.spi.LapackProvider;
import jnum.mat.kernel.spi.LapackProviderFactory;

/**
 * Which kernel providers are usable here, and the {@link Blas} and {@link Lapack} facades that
 * dispatch to them.
 *
 * <p>Providers, from most to least preferred: those found with {@link java.util.ServiceLoader}
 * (e.g. {@code native} from {@code linalg-native}), {@code vector} (JDK Vector API, when
 * {@code jdk.incubator.vector} is readable) and {@code scalar} (always). A call goes to the first
 * provider that {@linkplain KernelProvider#accepts accepts} the routine at its size.
 *
 * <p>{@code -Djnum.kernel=scalar|vector|native} forces one provider for every call; if it is
 * not usable the choice falls back as usual and the log line says why. The choice is made once, on
 * first use, and logged once at INFO level on {@code System.Logger} {@code "jnum.mat.kernel"};
 * {@link #describe()} returns the same text.
 */
public final class Kernels {

    /** System property that forces one provider: {@value}. */
    public static final String PROVIDER_PROPERTY = "jnum.kernel";

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_PROVIDER_CLASS = "jnum.mat.kernel.vector.VectorKernels";

    private Kernels() {}

    /** The dispatching, validating facade used by all of jnum. */
    public static Blas blas() {
        return Holder.BLAS;
    }

    /** A validating facade that sends every call to {@code provider}. */
    public static Blas blas(KernelProvider provider) {
        return new Blas(List.of(provider));
    }

    /** The always-present reference provider. */
    public static KernelProvider scalar() {
        return Holder.SCALAR;
    }

    /** Every usable provider, most preferred first; the last is always {@code scalar}. */
    public static List<KernelProvider> providers() {
        return Holder.USABLE;
    }

    /**
     * The usable provider of that name.
     *
     * @throws IllegalArgumentException if no provider of that name is usable here
     */
    public static KernelProvider provider(String name) {
        for (KernelProvider p : Holder.USABLE) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("kernel provider '" + name + "' is not usable here; " + describe());
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

    /** A LAPACK facade that runs every call on jnum's Java implementation over {@code blas}. */
    public static Lapack lapack(Blas blas) {
        return new Lapack(List.of(new JavaLapack(blas)));
    }

    /**
     * A LAPACK facade that sends every call to the usable LAPACK provider of that name
     * ({@code "java"}, on {@link #blas()}, or {@code "native"}).
     *
     * @throws IllegalArgumentException if no LAPACK provider of that name is usable here
     */
    public static Lapack lapack(String name) {
        for (LapackProvider p : Holder.LAPACK_USABLE) {
            if (p.name().equals(name)) {
                return new Lapack(List.of(p));
            }
        }
        throw new IllegalArgumentException("LAPACK provider '" + name + "' is not usable here; " + describe());
    }

    /** The names of the usable LAPACK providers, most preferred first; the last is {@code "java"}. */
    public static List<String> lapackProviders() {
        return Holder.LAPACK_USABLE.stream().map(LapackProvider::name).toList();
    }

    /** Which LAPACK provider serves {@code routine} for about {@code work} flops (for bug reports). */
    public static String lapackProviderFor(LapackRoutine routine, long work) {
        return Holder.LAPACK.select(routine, work).name();
    }

    /** Which provider serves {@code routine} for about {@code work} flops (for bug reports). */
    public static String providerFor(Routine routine, long work) {
        return Holder.BLAS.select(routine, work).name();
    }

    /** One line: the providers in use and why any was passed over. */
    public static String describe() {
        return Holder.DESCRIPTION;
    }

    /** Lazily discovers the providers on first use (a holder class avoids class-loading deadlocks). */
    private static final class Holder {
        static final KernelProvider SCALAR = new jnum.mat.kernel.scalar.ScalarKernels();
        static final List<KernelProvider> USABLE;
        static final String DESCRIPTION;
        static final Blas BLAS;
        static final List<LapackProvider> LAPACK_USABLE;
        static final Lapack LAPACK;

        static {
            List<KernelProvider> found = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (KernelProviderFactory factory : ServiceLoader.load(KernelProviderFactory.class)) {
                try {
                    found.add(factory.create());
                } catch (RuntimeException | LinkageError e) {
                    notes.add(factory.name() + " unusable: " + e.getMessage());
                }
            }
            KernelProvider vector = lookupVector(notes);
            if (vector != null) {
                found.add(vector);
            }
            found.add(SCALAR);
            USABLE = Collections.unmodifiableList(found);

            List<KernelProvider> dispatch = USABLE;
            String forced = System.getProperty(PROVIDER_PROPERTY);
            if (forced != null && !forced.isBlank()) {
                String want = forced.trim().toLowerCase(Locale.ROOT);
                KernelProvider chosen = null;
                for (KernelProvider p : USABLE) {
                    if (p.name().equals(want)) {
                        chosen = p;
                    }
                }
                if (chosen != null) {
                    dispatch = List.of(chosen);
                    notes.add(0, "forced by -D" + PROVIDER_PROPERTY + "=" + want);
                } else {
                    notes.add(0, "-D" + PROVIDER_PROPERTY + "=" + want + " is not usable, ignored");
                }
            }
            BLAS = new Blas(dispatch);

            LapackProvider java = new JavaLapack(BLAS);
            List<LapackProvider> lapackFound = new ArrayList<>();
            List<String> lapackNotes = new ArrayList<>();
            for (LapackProviderFactory factory : ServiceLoader.load(LapackProviderFactory.class)) {
                try {
                    lapackFound.add(factory.create(java));
                } catch (RuntimeException | LinkageError e) {
                    lapackNotes.add(factory.name() + " unusable: " + e.getMessage());
                }
            }
            lapackFound.add(java);
            LAPACK_USABLE = Collections.unmodifiableList(lapackFound);
            List<LapackProvider> lapackDispatch = LAPACK_USABLE;
            if (forced != null && !forced.isBlank()) {
                String want = forced.trim().toLowerCase(Locale.ROOT);
                // scalar and vector name BLAS providers: the LAPACK on top of them is jnum's Java one
                String lapackWant = want.equals("scalar") || want.equals("vector") ? java.name() : want;
                for (LapackProvider p : LAPACK_USABLE) {
                    if (p.name().equals(lapackWant)) {
                        lapackDispatch = List.of(p);
                    }
                }
                if (lapackDispatch == LAPACK_USABLE) {
                    lapackNotes.add(0, "-D" + PROVIDER_PROPERTY + "=" + want + " is not usable, ignored");
                }
            }
            LAPACK = new Lapack(lapackDispatch);

            StringBuilder text = new StringBuilder("jnum kernels: ");
            describe(text, dispatch.stream().map(KernelProvider::name).toList(), notes);
            text.append("; LAPACK: ");
            describe(text, lapackDispatch.stream().map(LapackProvider::name).toList(), lapackNotes);
            DESCRIPTION = text.toString();
            System.getLogger("jnum.mat.kernel").log(System.Logger.Level.INFO, DESCRIPTION);
        }

        /** Appends {@code a > b > c (note; note)}. */
        private static void describe(StringBuilder text, List<String> chain, List<String> notes) {
            text.append(String.join(" > ", chain));
            if (!notes.isEmpty()) {
                text.append(" (").append(String.join("; ", notes)).append(')');
            }
        }

        /**
         * Creates the Vector API provider reflectively, only after checking that the incubator module
         * is readable, so that no class linking against it is loaded when it is absent.
         */
        private static KernelProvider lookupVector(List<String> notes) {
            var module = ModuleLayer.boot().findModule(VECTOR_MODULE);
            if (module.isEmpty()) {
                notes.add("vector unusable: start the JVM with --add-modules " + VECTOR_MODULE);
                return null;
            }
            Kernels.class.getModule().addReads(module.get());
            try {
                var lookup = MethodHandles.lookup();
                Class<?> cls = lookup.findClass(VECTOR_PROVIDER_CLASS);
                return (KernelProvider) lookup.findConstructor(cls, MethodType.methodType(void.class))
                        .invoke();
            } catch (UnsupportedOperationException e) {
                notes.add("vector unusable: " + e.getMessage());
                return null;
            } catch (ClassNotFoundException | IllegalAccessException | NoSuchMethodException e) {
                throw new LinkageError("jnum packaging error: cannot load " + VECTOR_PROVIDER_CLASS, e);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new LinkageError("cannot create the vector kernel provider", e);
            }
        }
    }
}

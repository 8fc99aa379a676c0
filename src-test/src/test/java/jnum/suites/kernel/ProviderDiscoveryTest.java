package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import jnum.mat.kernel.spi.Discovery;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.KernelProviderFactory;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up never disables the library: broken service entries, factories and vector probes that
 * throw, even {@link Error}s, are skipped and named in the description, and {@code scalar} remains.
 */
class ProviderDiscoveryTest {
    private static final String SERVICE = "META-INF/services/" + KernelProviderFactory.class.getName();

    /** A factory whose provider creation fails with an error, as a broken static initialiser would. */
    public static final class ErrorFactory implements KernelProviderFactory {
        @Override
        public String name() {
            return "erroneous";
        }

        @Override
        public KernelProvider create(KernelProvider fallback) {
            throw new ExceptionInInitializerError("static initialiser of a broken provider");
        }
    }

    /** A factory that declines, as a provider without its library does. */
    public static final class DecliningFactory implements KernelProviderFactory {
        @Override
        public String name() {
            return "declining";
        }

        @Override
        public KernelProvider create(KernelProvider fallback) {
            throw new UnsupportedOperationException("no such library here");
        }
    }

    /** A factory that serves the fallback it is given under its own name. */
    public static final class WorkingFactory implements KernelProviderFactory {
        @Override
        public String name() {
            return "delegating";
        }

        @Override
        public KernelProvider create(KernelProvider fallback) {
            return NamedProvider.of("delegating", fallback);
        }
    }

    /** A class path entry whose service file lists {@code lines}. */
    private static Path servicesDir(Path dir, String... lines) throws IOException {
        Path file = dir.resolve(SERVICE);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
        return dir;
    }

    private static ServiceLoader<KernelProviderFactory> loaderOver(Path dir) throws IOException {
        var loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ProviderDiscoveryTest.class.getClassLoader());
        return ServiceLoader.load(KernelProviderFactory.class, loader);
    }

    @Test
    void brokenEntriesAndFailingFactoriesAreSkippedAndNamed(@TempDir Path dir) throws Exception {
        servicesDir(
                dir,
                "no.such.Factory",
                ProviderDiscoveryTest.class.getName(), // not a KernelProviderFactory
                ErrorFactory.class.getName(),
                DecliningFactory.class.getName(),
                WorkingFactory.class.getName());
        Discovery d = Discovery.run(
                loaderOver(dir),
                () -> {
                    throw new UnsupportedOperationException("no vector here");
                },
                Providers.scalar(),
                null);
        List<String> names = d.usable().stream().map(KernelProvider::name).toList();
        assertTrue(names.contains("delegating"), names.toString());
        assertFalse(names.contains("erroneous"), names.toString());
        assertFalse(names.contains("declining"), names.toString());
        assertEquals("scalar", names.getLast());
        assertSame(Providers.scalar(), d.usable().getLast());
        String text = d.description();
        assertTrue(
                text.contains("a kernel provider could not be loaded: " + ServiceConfigurationError.class.getName()),
                text);
        assertTrue(text.contains("no.such.Factory"), text);
        assertTrue(text.contains(ProviderDiscoveryTest.class.getName() + " not a subtype"), text);
        assertTrue(text.contains("erroneous unusable: java.lang.ExceptionInInitializerError"), text);
        assertTrue(text.contains("declining unusable: no such library here"), text);
        assertTrue(text.contains("vector unusable: no vector here"), text);
        assertFalse(text.contains("\n"), text);
        // the working one computes through the fallback it was given
        double dot = Providers.blas(d.usable().get(names.indexOf("delegating")))
                .dot(2, new double[] {1, 2}, 0, 1, new double[] {3, 4}, 0, 1);
        assertEquals(11.0, dot);
    }

    @Test
    void anErrorWhileProbingTheVectorApiIsSkipped() {
        Discovery d = Discovery.run(
                List.of(),
                () -> {
                    throw new NoClassDefFoundError("jdk/incubator/vector/DoubleVector");
                },
                Providers.scalar(),
                null);
        assertEquals(List.of(Providers.scalar()), d.usable());
        assertTrue(
                d.description()
                        .contains("vector unusable: java.lang.NoClassDefFoundError: jdk/incubator/vector/DoubleVector"),
                d.description());
    }

    @Test
    void anIteratorThatKeepsFailingIsGivenUp() {
        Iterable<KernelProviderFactory> broken = () -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public KernelProviderFactory next() {
                throw new ServiceConfigurationError("always broken");
            }
        };
        Discovery d = Discovery.run(broken, () -> null, Providers.scalar(), "scalar");
        assertEquals(List.of(Providers.scalar()), d.dispatch());
        assertTrue(d.description().startsWith("jnum kernels: scalar (forced by -Djnum.kernel=scalar"), d.description());
        assertTrue(d.description().contains("further kernel providers not searched"), d.description());
        // the vector probe returned null: named, not used
        assertTrue(d.description().contains("vector unusable: java.lang.NullPointerException"), d.description());
    }

    @Test
    void jvmErrorsAreNotSwallowed() {
        assertThrows(
                OutOfMemoryError.class,
                () -> Discovery.run(
                        List.of(),
                        () -> {
                            throw new OutOfMemoryError("test");
                        },
                        Providers.scalar(),
                        null));
    }

    /** The whole start-up in a fresh JVM with a broken service entry on its class path. */
    @Test
    void aBrokenServiceEntryOnTheClassPathLeavesTheLibraryWorking(@TempDir Path dir) throws Exception {
        servicesDir(dir, "no.such.Factory", ErrorFactory.class.getName());
        String cp = dir + System.getProperty("path.separator") + ChildJvm.classPath();
        ChildJvm.Result r = ChildJvm.run(
                60,
                List.of(
                        "--add-modules=jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        cp,
                        KernelChoiceProbe.class.getName()));
        assertEquals(0, r.exitCode(), r.toString());
        String description = r.lines().get(1);
        assertTrue(description.contains("a kernel provider could not be loaded"), description);
        assertTrue(description.contains("no.such.Factory"), description);
        assertTrue(description.contains("erroneous unusable: java.lang.ExceptionInInitializerError"), description);
        assertTrue(description.contains("vector"), description);
        assertFalse(r.stderr().contains("Exception in thread"), r.toString());
    }
}

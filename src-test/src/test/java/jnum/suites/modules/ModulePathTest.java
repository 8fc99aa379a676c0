package jnum.suites.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ChildJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a user on the module path meets it: a small application module, compiled here
 * against the built {@code jnum.mat}, {@code jnum.stat} and {@code jnum.linalg.netlib} modules (the
 * same class-path entries the tests run on, jars or class folders) and started with
 * {@code --module-path}. The other suites run on the class path, where {@code module-info} is
 * never enforced.
 */
class ModulePathTest {
    private static final Set<String> JNUM = Set.of("jnum.mat", "jnum.stat", "jnum.linalg.netlib");

    private static final String MODULE_INFO = """
            module jnum.demo {
                requires jnum.mat;
                requires jnum.stat;
            }
            """;

    private static final String MAIN = """
            package demo;

            import jnum.mat.Dense;
            import jnum.mat.kernel.Kernels;
            import jnum.mat.kernel.Routine;
            import jnum.stat.distribution.Normal;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    Dense a = Dense.of(new double[][] {{1, 2}, {3, 4}});
                    Dense c = a.times(a);
                    System.out.println("product " + c.get(0, 0) + " " + c.get(0, 1) + " " + c.get(1, 0) + " " + c.get(1, 1));
                    int n = 100; // in the native provider's window whatever kernels OpenBLAS runs
                    Dense b = Dense.zeros(n, n);
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            b.set(i, j, (i * 7 + j * 3) % 11 - 5);
                        }
                    }
                    System.out.println("identity " + b.times(Dense.identity(n)).equals(b));
                    System.out.println("gemm " + Kernels.providerFor(Routine.GEMM, 2L * n * n * n));
                    System.out.println("normal " + Normal.standard().cdf(0));
                    Module mat = Kernels.class.getModule();
                    System.out.println("named " + mat.isNamed() + " " + Main.class.getModule().getName());
                    System.out.println("spiExportedToMe " + mat.isExported("jnum.mat.kernel.spi", Main.class.getModule()));
                    System.out.println("spiExported " + mat.isExported("jnum.mat.kernel.spi"));
                    String access;
                    try {
                        Class.forName("jnum.mat.kernel.spi.Providers").getMethod("scalar").invoke(null);
                        access = "allowed";
                    } catch (IllegalAccessException e) {
                        access = "denied";
                    }
                    System.out.println("spiReflection " + access);
                    System.out.println("providers " + Kernels.providers());
                    System.out.println("describe " + Kernels.describe());
                }
            }
            """;

    /** A module that names the SPI: javac must refuse it. */
    private static final String SPI_USER = """
            package demo;

            public final class SpiUser {
                jnum.mat.kernel.spi.KernelProvider provider;
            }
            """;

    private static String modulePath;
    private static boolean nativeHere;

    @BeforeAll
    static void findModules() {
        List<String> entries = new ArrayList<>();
        Map<String, String> found = new HashMap<>();
        for (String entry : ChildJvm.classPath().split(System.getProperty("path.separator"))) {
            for (String name : moduleNames(Path.of(entry))) {
                boolean jnum = JNUM.contains(name);
                boolean netlib = name.startsWith("dev.ludovic.netlib") || name.startsWith("arpack");
                if ((jnum || netlib) && found.putIfAbsent(name, entry) == null) {
                    entries.add(entry);
                }
            }
        }
        assertTrue(found.keySet().containsAll(JNUM), "built modules not on the test class path: " + found);
        assertTrue(found.containsKey("dev.ludovic.netlib.blas"), found.toString());
        modulePath = String.join(System.getProperty("path.separator"), entries);
        nativeHere = Providers.usable().stream().map(KernelProvider::name).anyMatch("native"::equals);
    }

    /** The modules one class-path entry holds as a module-path entry (none if it is not one). */
    private static Set<String> moduleNames(Path entry) {
        if (!Files.exists(entry) || Files.isDirectory(entry) && !Files.exists(entry.resolve("module-info.class"))) {
            return Set.of(); // a class folder without a descriptor: a directory of modules otherwise
        }
        try {
            return ModuleFinder.of(entry).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .map(d -> d.name())
                    .collect(Collectors.toSet());
        } catch (FindException e) {
            return Set.of();
        }
    }

    /** Compiles the sources (file name to text) as module {@code jnum.demo}; returns javac's output. */
    private static String compile(Path dir, Path out, Map<String, String> sources) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "--module-path",
                modulePath,
                // not this JVM's class path, where the library's classes sit in the unnamed module
                "--class-path",
                out.toString(),
                "-d",
                out.toString(),
                "-Xlint:-requires-automatic"));
        for (var source : sources.entrySet()) {
            Path file = dir.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        var log = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, log, log, args.toArray(String[]::new));
        return (status == 0 ? "OK\n" : "FAILED\n") + log.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> run(Path app, String... jvmArgs) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList(jvmArgs));
        args.addAll(List.of(
                "--enable-native-access=jnum.linalg.netlib,dev.ludovic.netlib.blas,dev.ludovic.netlib.lapack",
                "--module-path",
                app + System.getProperty("path.separator") + modulePath,
                "-m",
                "jnum.demo/demo.Main"));
        ChildJvm.Result r = ChildJvm.run(60, args);
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, String> lines = new HashMap<>();
        for (String line : r.lines()) {
            int space = line.indexOf(' ');
            lines.put(line.substring(0, space), line.substring(space + 1));
        }
        assertFalse(r.stderr().contains("Exception"), r.toString());
        assertFalse(r.stderr().contains("restricted method"), r.toString());
        return lines;
    }

    private static Path buildApp(Path dir) throws IOException {
        Path out = dir.resolve("out");
        String log = compile(dir.resolve("src"), out, Map.of("module-info.java", MODULE_INFO, "demo/Main.java", MAIN));
        assertTrue(log.startsWith("OK"), log);
        return out;
    }

    private static void assertTheLibraryWorks(Map<String, String> out) {
        assertEquals("true jnum.demo", out.get("named"), "not really on the module path");
        assertEquals("7.0 10.0 15.0 22.0", out.get("product"));
        assertEquals("true", out.get("identity"));
        assertEquals("0.5", out.get("normal"));
        // the SPI is exported to its implementers only
        assertEquals("false", out.get("spiExportedToMe"));
        assertEquals("false", out.get("spiExported"));
        assertEquals("denied", out.get("spiReflection"));
        // the ServiceLoader found the native provider through the module graph
        if (nativeHere) {
            assertTrue(out.get("providers").startsWith("[native, "), out.toString());
            assertEquals("native", out.get("gemm"), out.toString());
        }
        assertTrue(out.get("providers").endsWith("scalar]"), out.toString());
    }

    @Test
    void withTheVectorModule(@TempDir Path dir) throws Exception {
        Map<String, String> out = run(buildApp(dir), "--add-modules=jdk.incubator.vector");
        assertTheLibraryWorks(out);
        assertTrue(out.get("providers").contains("vector"), out.toString());
        assertFalse(out.get("describe").contains("unusable"), out.toString());
    }

    @Test
    void withoutTheVectorModule(@TempDir Path dir) throws Exception {
        Map<String, String> out = run(buildApp(dir));
        assertTheLibraryWorks(out);
        assertFalse(out.get("providers").contains("vector"), out.toString());
        assertTrue(
                out.get("describe").contains("vector unusable: start the JVM with --add-modules jdk.incubator.vector"),
                out.toString());
    }

    @Test
    void anUnrelatedModuleCannotCompileAgainstTheSpi(@TempDir Path dir) throws Exception {
        String log = compile(
                dir.resolve("src"),
                dir.resolve("out"),
                Map.of("module-info.java", MODULE_INFO, "demo/SpiUser.java", SPI_USER));
        assertTrue(log.startsWith("FAILED"), log);
        assertTrue(log.contains("jnum.mat.kernel.spi"), log);
        assertTrue(log.contains("does not export"), log);
    }
}

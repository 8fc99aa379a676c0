package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * An in-process jshell (local execution) set up as {@code bin/jnum-shell} sets up its own: jnum
 * on the class path, jshell's default imports and the imports of {@code bin/jnum-imports.jsh}.
 */
final class Jsh implements AutoCloseable {
    /** The imports of jshell's DEFAULT startup. */
    private static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*",
            "java.math.*",
            "java.net.*",
            "java.nio.file.*",
            "java.util.*",
            "java.util.concurrent.*",
            "java.util.function.*",
            "java.util.prefs.*",
            "java.util.regex.*",
            "java.util.stream.*");

    private final JShell shell;

    Jsh() {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : jnumClassPath()) {
            shell.addToClasspath(entry);
        }
        for (String imp : DEFAULT_IMPORTS) {
            eval("import " + imp + ";", "default imports");
        }
        for (String line : lines(root().resolve("bin/jnum-imports.jsh"))) {
            if (!line.isBlank() && !line.startsWith("/")) {
                eval(line, "bin/jnum-imports.jsh");
            }
        }
    }

    /** The repository root: the first parent of the working directory that holds bin/jnum-shell. */
    static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("bin/jnum-shell"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no bin/jnum-shell above " + System.getProperty("user.dir"));
        }
        return p;
    }

    /** Where the jnum classes are loaded from in this test run (class folders or jars). */
    static List<String> jnumClassPath() {
        List<String> out = new ArrayList<>();
        for (Class<?> c :
                new Class<?>[] {jnum.mat.Dense.class, jnum.stat.distribution.Support.class, jnum.optimize.Problem.class
                }) {
            try {
                out.add(Path.of(c.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates {@code source}, which may hold several snippets, and returns the value jshell shows
     * for the last one (null if it has none). Fails on an incomplete or rejected snippet and on an
     * exception thrown by one.
     */
    String eval(String source, String context) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        String value = null;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY -> {
                    return value;
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> fail(context + ": incomplete snippet: " + rest);
                default -> {}
            }
            String snippet = info.source();
            rest = info.remaining();
            value = null;
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.causeSnippet() != null) {
                    continue; // an update of an earlier snippet, not this one
                }
                if (e.status() == Snippet.Status.REJECTED) {
                    StringBuilder why = new StringBuilder();
                    shell.diagnostics(e.snippet())
                            .forEach(d -> why.append(d.getMessage(null)).append("; "));
                    fail(context + ": snippet rejected: " + snippet.strip() + " -- " + why);
                }
                if (e.exception() != null) {
                    fail(context + ": snippet threw: " + snippet.strip(), e.exception());
                }
                value = e.value();
            }
        }
        return value;
    }

    @Override
    public void close() {
        shell.close();
    }
}

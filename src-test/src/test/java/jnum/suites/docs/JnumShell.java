package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/jnum-shell} started as a user starts it, with this test run's class path in
 * {@code JNUM_CLASSPATH} (the jars need not be built) and its standard error merged into its
 * output.
 */
final class JnumShell {
    /** A started shell; {@link #finish} waits for it. */
    record Run(Process process, String name) {
        /** The merged output and the exit status, after the shell ended (at most 180 s). */
        Result finish() throws Exception {
            byte[] out = process.getInputStream().readAllBytes(); // until the process closes its output
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(name + " did not finish");
            }
            return new Result(new String(out, StandardCharsets.UTF_8), process.exitValue());
        }
    }

    record Result(String output, int status) {}

    private JnumShell() {}

    /** Starts {@code bin/jnum-shell args...} with {@code input} as its standard input. */
    static Run start(String input, String... args) throws IOException {
        return startWith(System.getProperty("java.class.path"), input, args);
    }

    /** As {@link #start(String, String...)} with jnum on {@code classPath}. */
    static Run startWith(String classPath, String input, String... args) throws IOException {
        Path root = Jsh.root();
        List<String> cmd =
                new ArrayList<>(List.of("bash", root.resolve("bin/jnum-shell").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JNUM_CLASSPATH", classPath);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        return new Run(p, String.join(" ", cmd));
    }

    /** Writes {@code lines} to a fresh script file under target/ and returns its path. */
    static String script(String name, String... lines) throws IOException {
        Path dir = Path.of("target", "jnum-shell-scripts");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".jsh");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file.toAbsolutePath().toString();
    }
}

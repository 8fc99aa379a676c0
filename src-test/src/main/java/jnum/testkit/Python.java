package jnum.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs python3 for tests that compare with NumPy or SciPy on this machine. Tests call
 * {@link #has(String)} in a JUnit assumption, so that they are skipped, with the reason, where
 * python3 or the module is missing.
 */
public final class Python {
    private Python() {}

    /** Whether {@code python3 -c "import <module>"} succeeds. */
    public static boolean has(String module) {
        try {
            return run(List.of("python3", "-c", "import " + module)).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** What a python3 run printed and how it ended. */
    public record Result(int exitCode, String output) {}

    /** Runs {@code python3 script args...} (at most five minutes) and returns its exit code and output. */
    public static Result script(Path script, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    private static Result run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Result(-1, "timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

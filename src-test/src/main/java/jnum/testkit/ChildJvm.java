package jnum.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class or module in a child JVM (the same {@code java} as the running one), for what is
 * read once per JVM: start-up properties, the module graph, the providers found.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** What the child printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        /** The lines of standard output, without the trailing blank ones. */
        public List<String> lines() {
            return stdout.isBlank() ? List.of() : List.of(stdout.strip().split("\\R"));
        }

        /** Everything printed, for assertion messages. */
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** The {@code java} launcher of the running JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of the running JVM. */
    public static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * Runs {@code java ARGS} (the launcher is added) and waits at most {@code seconds} for it.
     *
     * @throws IOException if the child cannot be started or does not end in time (it is then killed)
     */
    public static Result run(long seconds, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-XX:TieredStopAtLevel=1"); // short-lived: skip C2
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("child JVM did not finish in " + seconds + " s: " + cmd);
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package jnum.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Generated accuracy tables: a suite writes each table it measured to {@code
 * target/accuracy/<name>.md} (relative to the working directory: the repository root, where the
 * suites run), headed by the commit and the date, and {@code bin/jnum-accuracy} copies them into the
 * marked regions of docs/ACCURACY.md. See the package documentation for how a suite adds a table.
 */
public final class AccuracyReport {
    private AccuracyReport() {}

    /** Writes {@code markdown} under a provenance line to {@code target/accuracy/<name>.md}. */
    public static Path write(String name, String markdown) {
        Path path = Path.of("target", "accuracy", name + ".md");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, provenance() + "\n\n" + markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** "Measured by the test suite at commit abc1234 on 2026-12-03." (commit: {@code git}, if any). */
    static String provenance() {
        String commit = git("rev-parse", "--short=10", "HEAD");
        String dirty = git("status", "--porcelain", "--untracked-files=no");
        String at = commit.isEmpty()
                ? "outside a git checkout"
                : "at commit `" + commit + "`" + (dirty.isEmpty() ? "" : " with local changes");
        return "Measured by the test suite " + at + " on " + LocalDate.now(ZoneOffset.UTC) + " (UTC).";
    }

    /** The trimmed output of a git command, empty when git is missing or fails. */
    private static String git(String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

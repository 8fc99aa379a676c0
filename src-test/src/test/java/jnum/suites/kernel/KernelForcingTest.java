package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code -Djnum.kernel=NAME} is read once, at start-up, so each case runs {@link
 * KernelChoiceProbe} in a child JVM (the same {@code java} and class path as this one), with and
 * without the Vector API module.
 */
class KernelForcingTest {

    /** The probe's output: the provider of a large dot, then the description. */
    private record Choice(String provider, String description, String stderr) {}

    private static Choice run(boolean vectorModule, String property) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (vectorModule) {
            cmd.add("--add-modules=jdk.incubator.vector");
        }
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        if (property != null) {
            cmd.add("-Djnum.kernel=" + property);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(KernelChoiceProbe.class.getName());
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("probe JVM did not finish: " + cmd);
        }
        String stdout = new String(out, StandardCharsets.UTF_8);
        String stderr = new String(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "probe failed: " + stdout + stderr);
        String[] lines = stdout.strip().split("\\R");
        assertEquals(2, lines.length, stdout + stderr);
        return new Choice(lines[0], lines[1], stderr);
    }

    @Test
    void scalarCanBeForced() throws Exception {
        Choice c = run(true, "scalar");
        assertEquals("scalar", c.provider());
        assertEquals("jnum kernels: scalar (forced by -Djnum.kernel=scalar); LAPACK: java", c.description());
    }

    @Test
    void vectorCanBeForcedAndIsTheDefaultWithTheModule() throws Exception {
        Choice forced = run(true, "vector");
        assertEquals("vector", forced.provider());
        assertTrue(forced.description().startsWith("jnum kernels: vector (forced"), forced.description());
        Choice automatic = run(true, null);
        assertTrue(automatic.description().contains("vector"), automatic.description());
        Choice bogus = run(true, "bogus");
        assertEquals(automatic.provider(), bogus.provider(), "an unknown name falls back to the automatic choice");
        assertTrue(bogus.description().contains("-Djnum.kernel=bogus is not usable, ignored"), bogus.description());
    }

    @Test
    void forcingVectorWithoutTheModuleFallsBackAndSaysWhyOnce() throws Exception {
        Choice c = run(false, "vector");
        assertEquals("scalar", c.provider());
        assertTrue(c.description().contains("-Djnum.kernel=vector is not usable, ignored"), c.description());
        assertTrue(c.description().contains("--add-modules jdk.incubator.vector"), c.description());
        // logged once, at INFO, with the same text
        assertEquals(1, c.stderr().split("jnum kernels: ", -1).length - 1, c.stderr());
        assertTrue(c.stderr().contains(c.description()), c.stderr());
    }
}

package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.kernel.Kernels;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/jnum-shell} as a user meets it: a script shows the values of its bare expressions,
 * its compile errors (without the incubator warning) and its exceptions, and fails with status 1
 * if a snippet failed; the kernel log line comes before the first result; options before the
 * script or in the interactive shell reach jshell; the snippets' JVM allows native access, so the
 * native provider loads without a restricted-method warning. The three shells run concurrently.
 */
class JnumShellTest {
    @Test
    void scriptsShowValuesErrorsAndExceptionsAndOptionsPassThrough() throws Exception {
        String values = JnumShell.script(
                "values",
                "Dense.identity(2)",
                "int x = 3;",
                "x + 1",
                "Kernels.describe()",
                "foo(1);",
                "Dense.zeros(-1, 1)",
                "\"after the errors\"");
        String property = JnumShell.script("property", "System.getProperty(\"jnum.kernel\")");
        JnumShell.Run plain = JnumShell.start("", values);
        JnumShell.Run withOption = JnumShell.start("", "-R-Djnum.kernel=scalar", property);
        JnumShell.Run interactive =
                JnumShell.start("foo(1);\nSystem.getProperty(\"jnum.kernel\")\n/exit\n", "-R-Djnum.kernel=scalar");

        JnumShell.Result r = plain.finish();
        String out = r.output();
        assertTrue(out.contains("$1 ==> Dense 2x2\n  1  0\n  0  1\n"), "a bare expression shows its value:\n" + out);
        assertTrue(out.contains("$2 ==> 4\n"), "declarations show nothing, the next expression is $2:\n" + out);
        assertTrue(out.contains("|  Error:\n|  cannot find symbol\n"), "compile errors are shown:\n" + out);
        assertFalse(out.contains("incubating"), "no incubator warning:\n" + out);
        assertTrue(
                out.contains("|  Exception java.lang.IllegalArgumentException: zeros: negative dimension"),
                "exceptions are shown:\n" + out);
        assertTrue(out.contains("$5 ==> \"after the errors\""), "the script goes on after errors:\n" + out);
        assertEquals(1, r.status(), "a failed snippet fails the run:\n" + out);
        int log = out.indexOf("INFO: jnum kernels: ");
        assertTrue(log >= 0 && log < out.indexOf("$1 ==>"), "the kernel log line comes first:\n" + out);
        assertFalse(out.contains("restricted method"), "native access is enabled:\n" + out);
        if (Kernels.describe().startsWith("jnum kernels: native")) {
            assertTrue(out.contains("$3 ==> \"jnum kernels: native"), "native kernels in the shell:\n" + out);
        }

        JnumShell.Result o = withOption.finish();
        assertTrue(o.output().contains("$1 ==> \"scalar\""), "-R options reach the snippets' JVM:\n" + o.output());
        assertEquals(0, o.status(), o.output());

        JnumShell.Result i = interactive.finish();
        assertTrue(i.output().contains("$1 ==> \"scalar\""), "options reach the interactive jshell:\n" + i.output());
        assertTrue(i.output().contains("cannot find symbol"), "the interactive shell shows errors:\n" + i.output());
        assertFalse(i.output().contains("incubating"), "no incubator warning in the interactive shell:\n" + i.output());
    }
}

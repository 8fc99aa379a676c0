package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs examples/tour.jsh twice through {@code bin/jnum-shell} and {@code bin/jnum-shell --scalar}:
 * with the Vector API module and without it. The scalar run
 * must name the fallback in its log line, and both must print the same numbers to rounding: the
 * tour prints at most 6 significant digits in matrices and full doubles elsewhere, and the two
 * providers may round sums differently in the last bits, so numbers agree to a relative 1e-5.
 */
class TourScalarVectorTest {
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final double AGREE = 1e-5;

    @Test
    void scalarAndVectorRunsPrintTheSameNumbers() throws Exception {
        JnumShell.Run vector = start(true);
        JnumShell.Run scalar = start(false);
        String v = finish(vector, "vector run");
        String s = finish(scalar, "scalar run");
        assertTrue(
                s.contains("INFO: jnum kernels: scalar (vector unusable: start the JVM with "
                        + "--add-modules jdk.incubator.vector)"),
                "scalar run names the fallback:\n" + s);
        assertTrue(v.contains("INFO: jnum kernels: vector"), "vector run uses vector:\n" + v);
        List<String> vl = results(v);
        List<String> sl = results(s);
        assertEquals(vl.size(), sl.size(), "same number of result lines\n" + v + "\n----\n" + s);
        assertTrue(vl.size() > 50, "the tour printed its results:\n" + v);
        for (int i = 0; i < vl.size(); i++) {
            compare(vl.get(i), sl.get(i));
        }
    }

    /** The tour's result lines: without log lines and the lines naming the kernels. */
    private static List<String> results(String out) {
        List<String> keep = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            boolean log = line.startsWith("INFO:")
                    || line.startsWith("WARNING:")
                    || line.matches("^[A-Z][a-z]{2} \\d{1,2}, \\d{4} .*");
            if (!log && !line.contains("kernel") && !line.contains("java.util.prefs")) {
                keep.add(line);
            }
        }
        return keep;
    }

    private static void compare(String a, String b) {
        Matcher ma = NUMBER.matcher(a);
        Matcher mb = NUMBER.matcher(b);
        assertEquals(ma.replaceAll("#"), mb.replaceAll("#"), "same text around the numbers");
        ma.reset();
        mb.reset();
        while (ma.find() && mb.find()) {
            double x = Double.parseDouble(ma.group());
            double y = Double.parseDouble(mb.group());
            if (!(Math.abs(x - y) <= AGREE * Math.max(Math.abs(x), Math.abs(y)))) {
                fail("vector printed " + x + ", scalar printed " + y + " in\n  " + a + "\n  " + b);
            }
        }
    }

    /** bin/jnum-shell [--scalar] examples/tour.jsh, with mat and stat on the class path. */
    private static JnumShell.Run start(boolean vector) throws IOException {
        String cp = String.join(File.pathSeparator, Jsh.jnumClassPath());
        String tour = Jsh.root().resolve("examples/tour.jsh").toString();
        return vector ? JnumShell.startWith(cp, "", tour) : JnumShell.startWith(cp, "", "--scalar", tour);
    }

    private static String finish(JnumShell.Run run, String name) throws Exception {
        JnumShell.Result r = run.finish();
        assertEquals(0, r.status(), name + " exit status; output:\n" + r.output());
        assertTrue(r.output().contains("== End of the tour"), name + " reached the end:\n" + r.output());
        return r.output();
    }
}

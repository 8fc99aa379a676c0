package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** examples/tour.jsh runs in an in-process jshell with no rejected snippet and no exception. */
class TourTest {
    @Test
    void theTourRunsToItsEnd() {
        String tour = String.join("\n", Jsh.lines(Jsh.root().resolve("examples/tour.jsh")));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (Jsh jsh = new Jsh();
                PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture); // local execution: the snippets print to this JVM's System.out
            jsh.eval(tour, "examples/tour.jsh");
        } finally {
            System.setOut(out);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("a.times(b) ==> Dense 3x2"), printed);
        assertTrue(printed.strip().endsWith("== End of the tour"), printed);
    }
}

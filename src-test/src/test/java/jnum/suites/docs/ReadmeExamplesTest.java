package jnum.suites.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```jshell} block of README.md in a fresh in-process jshell and checks each
 * {@code // ==> } expectation: consecutive {@code // ==> } lines, joined with newlines, are the
 * value jshell shows for the snippet just before them.
 */
class ReadmeExamplesTest {
    private static final String EXPECT = "// ==> ";

    record Block(int line, List<String> lines) {}

    static List<Block> blocks(List<String> readme) {
        List<Block> out = new ArrayList<>();
        List<String> current = null;
        int start = 0;
        for (int i = 0; i < readme.size(); i++) {
            String l = readme.get(i);
            if (current == null && l.strip().equals("```jshell")) {
                current = new ArrayList<>();
                start = i + 2;
            } else if (current != null && l.strip().equals("```")) {
                out.add(new Block(start, current));
                current = null;
            } else if (current != null) {
                current.add(l);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyJshellBlockOfTheReadmeRunsAsShown() {
        List<Block> blocks = blocks(Jsh.lines(Jsh.root().resolve("README.md")));
        assertFalse(blocks.isEmpty(), "README.md has no ```jshell blocks");
        return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md block at line " + b.line(), () -> run(b)));
    }

    private static void run(Block block) {
        int checks = 0;
        try (Jsh jsh = new Jsh()) {
            StringBuilder code = new StringBuilder();
            List<String> lines = block.lines();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith(EXPECT)) {
                    code.append(lines.get(i)).append('\n');
                    continue;
                }
                StringBuilder expected = new StringBuilder(lines.get(i).substring(EXPECT.length()));
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith(EXPECT)) {
                    expected.append('\n').append(lines.get(++i).substring(EXPECT.length()));
                }
                String context = "README.md line " + (block.line() + i);
                String value = jsh.eval(code.toString(), context);
                assertEquals(expected.toString(), value, context);
                code.setLength(0);
                checks++;
            }
            jsh.eval(code.toString(), "README.md block at line " + block.line());
        }
        assertFalse(checks == 0, "a jshell block without any // ==> check at line " + block.line());
    }
}

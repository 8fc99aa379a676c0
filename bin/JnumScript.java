import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs jshell scripts for bin/jnum-shell and shows what jshell's concise feedback shows when the
 * same lines are typed: the value of every expression ({@code $1 ==> ...}, {@code x ==> ...}),
 * compile errors with the offending source, and exceptions with their stack. (jshell itself shows
 * no values for a script file given on its command line, and piped input gets echoed unreliably
 * and lands in the user's history.)
 *
 * <p>Arguments, in jshell's spelling: {@code --class-path P}, {@code --add-modules M},
 * {@code -R<flag>} (a flag of the JVM that runs the snippets), {@code -C<flag>} (a compiler flag),
 * {@code --startup FILE} (run before the scripts, silently, like jshell's startup; {@code DEFAULT}
 * means jshell's default imports), then the script files. A line {@code /exit} ends a script; other
 * commands are refused. The exit status is 1 when a snippet was rejected or threw, else 0.
 */
public final class JnumScript {
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

    private final PrintStream out;
    private final JShell shell;
    private boolean failed;

    private JnumScript(JShell shell, PrintStream out) {
        this.shell = shell;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        List<String> classPath = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        List<String> compiler = new ArrayList<>();
        List<String> startups = new ArrayList<>();
        List<Path> scripts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--class-path") || a.equals("-cp") || a.equals("--add-modules") || a.equals("--startup")) {
                if (i + 1 == args.length) {
                    usage("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--add-modules" -> {
                        compiler.addAll(List.of("--add-modules", v));
                        remote.add("--add-modules=" + v);
                    }
                    case "--startup" -> startups.add(v);
                    default -> classPath.add(v);
                }
            } else if (a.startsWith("-R")) {
                remote.add(a.substring(2));
            } else if (a.startsWith("-C")) {
                compiler.add(a.substring(2));
            } else if (a.startsWith("-")) {
                usage("option " + a + " is not supported with a script (it is with the interactive shell)");
            } else {
                scripts.add(Path.of(a));
            }
        }
        if (scripts.isEmpty()) {
            usage("no script given");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder()
                .out(out)
                .err(System.err)
                .in(System.in)
                .remoteVMOptions(remote.toArray(String[]::new))
                .compilerOptions(compiler.toArray(String[]::new))
                .build();
        int status;
        try (shell) {
            for (String entry : classPath) {
                shell.addToClasspath(entry);
            }
            JnumScript run = new JnumScript(shell, out);
            for (String s : startups) {
                if (s.equals("DEFAULT")) {
                    DEFAULT_IMPORTS.forEach(imp -> run.eval("import " + imp + ";", false));
                } else {
                    run.run(Path.of(s), false);
                }
            }
            for (Path script : scripts) {
                if (!run.run(script, true)) {
                    break;
                }
            }
            status = run.failed ? 1 : 0;
        }
        out.flush();
        System.exit(status);
    }

    private static void usage(String why) {
        System.err.println("jnum-shell: " + why);
        System.err.println("usage: bin/jnum-shell [jshell options] [script ...]");
        System.exit(2);
    }

    /**
     * Runs one file as jshell reads typed input: line by line, each snippet evaluated as soon as it
     * is complete. Returns false when the file ended with /exit (no further script runs).
     */
    private boolean run(Path file, boolean show) throws IOException {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (String line : Files.readAllLines(file)) {
            String s = line.strip();
            if (pending.isBlank() && s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*")) {
                if (s.equals("/exit") || s.startsWith("/exit ")) {
                    return false;
                }
                error(file + ": jshell commands are not run in scripts (only /exit): " + s);
                continue;
            }
            pending = pending.isBlank() ? line : pending + "\n" + line;
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    pending = "";
                } else if (info.completeness().isComplete()) {
                    eval(info.source(), show);
                    pending = info.remaining();
                } else {
                    break; // more lines needed
                }
            }
        }
        if (!pending.isBlank()) {
            error(file + ": incomplete input at the end: " + pending.strip());
        }
        return true;
    }

    private void eval(String source, boolean show) {
        for (SnippetEvent e : shell.eval(source)) {
            if (e.causeSnippet() != null) {
                continue; // an update of an earlier snippet
            }
            Snippet sn = e.snippet();
            if (e.status() == Snippet.Status.REJECTED) {
                failed = true;
                out.println("|  Error:");
                shell.diagnostics(sn).filter(Diag::isError).forEach(d -> diagnostic(sn.source(), d));
            } else if (e.exception() != null) {
                failed = true;
                exception(e.exception());
            } else if (show) {
                display(e, sn);
            }
        }
    }

    /**
     * As jshell's concise feedback: the values of expressions (a bare expression's {@code $n}, a
     * variable named alone, an assignment); declarations show nothing unless they refer to
     * something not declared yet.
     */
    private void display(SnippetEvent e, Snippet sn) {
        switch (sn) {
            case VarSnippet v when v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && e.value() != null ->
                out.println(v.name() + " ==> " + e.value());
            case ExpressionSnippet x when e.value() != null && !x.typeName().equals("void") ->
                out.println(x.name() + " ==> " + e.value());
            case DeclarationSnippet d when shell.unresolvedDependencies(d).findAny().isPresent() ->
                out.println("|  " + d.name() + " cannot be used until "
                        + shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) + " is declared");
            default -> {}
        }
    }

    /** jshell's layout: the message, then the source line with the span underlined. */
    private void diagnostic(String source, Diag d) {
        for (String line : d.getMessage(Locale.ROOT).split("\n")) {
            if (!line.strip().equals("location: class")) { // a snippet's wrapper class has no name
                out.println("|  " + line);
            }
        }
        int pos = (int) Math.max(0, Math.min(d.getPosition(), source.length()));
        int lineStart = source.lastIndexOf('\n', pos - 1) + 1;
        int lineEnd = source.indexOf('\n', pos);
        String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
        int from = (int) Math.max(lineStart, Math.min(d.getStartPosition(), pos)) - lineStart;
        int to = (int) Math.min(lineStart + line.length(), Math.max(d.getEndPosition(), pos + 1)) - lineStart;
        out.println("|  " + line);
        out.println("|  " + " ".repeat(from) + (to - from <= 1 ? "^" : "^" + "-".repeat(to - from - 2) + "^"));
    }

    private void exception(JShellException ex) {
        if (ex instanceof UnresolvedReferenceException u) {
            out.println("|  attempted to use " + u.getSnippet().source().strip() + ", which cannot be used until "
                    + shell.unresolvedDependencies(u.getSnippet()).collect(Collectors.joining(", "))
                    + " is declared");
            return;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String name = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
            String message = t.getMessage();
            out.println("|  " + (t == ex ? "Exception " : "Caused by: ") + name
                    + (message == null ? "" : ": " + message));
            for (StackTraceElement f : t.getStackTrace()) {
                boolean snippet = f.getClassName().isEmpty() || f.getClassName().startsWith("REPL.");
                out.println("|        at "
                        + (snippet ? "(" + f.getFileName() + ":" + f.getLineNumber() + ")" : f.toString()));
                if (snippet) {
                    break;
                }
            }
        }
    }

    private void error(String message) {
        failed = true;
        out.println("|  Error: " + message);
    }
}

package jnum.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Measured errors of our functions against {@link ReferenceValues} rows: the maximum error per
 * distribution and function, separately for the body and the tails ({@link
 * ReferenceValues.Row#isTail}), as Markdown tables for docs/ACCURACY.md ({@link #write}).
 *
 * <p>The error of a row is relative, {@code |got - expected| / |expected|}, except for logpdf,
 * whose error is {@code |got - expected| / max(1, |expected|)} (the reference README's absolute
 * allowance where the log-density is near 0). A non-finite result where a finite value is expected
 * (or an exception) counts as an infinite error.
 */
public final class AccuracyTable {
    /** One evaluated row. */
    public record Entry(ReferenceValues.Row row, double got, double error) {
        @Override
        public String toString() {
            return row + ": got " + got + ", error " + String.format(Locale.ROOT, "%.3g", error);
        }
    }

    /**
     * A bound as a test asserts it: the allowed error of each row ({@link #failures} and the
     * tables use the same function) and the same rule in words, for the tables.
     */
    public record Bound(ToDoubleFunction<ReferenceValues.Row> allowed, String text) {}

    private final List<Entry> entries;

    private AccuracyTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Evaluates every row with {@code eval} (our value for the row's function at the row's x). */
    public static AccuracyTable measure(List<ReferenceValues.Row> rows, ToDoubleFunction<ReferenceValues.Row> eval) {
        List<Entry> out = new ArrayList<>(rows.size());
        for (ReferenceValues.Row r : rows) {
            double got;
            try {
                got = eval.applyAsDouble(r);
            } catch (RuntimeException e) {
                got = Double.NaN;
            }
            out.add(new Entry(r, got, error(r, got)));
        }
        return new AccuracyTable(out);
    }

    /** The error measure described in the class comment. */
    public static double error(ReferenceValues.Row r, double got) {
        double e = r.expected();
        if (got == e) {
            return 0;
        }
        if (!Double.isFinite(got) || !Double.isFinite(e)) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = r.function().equals("logpdf") ? Math.max(1, Math.abs(e)) : Math.abs(e);
        return Math.abs(got - e) / scale;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries whose error exceeds {@code allowed(row)}, worst first. */
    public List<Entry> failures(ToDoubleFunction<ReferenceValues.Row> allowed) {
        return entries.stream()
                .filter(en -> !(en.error() <= allowed.applyAsDouble(en.row())))
                .sorted(Comparator.comparingDouble(Entry::error).reversed())
                .toList();
    }

    /** The {@code k} worst entries. */
    public List<Entry> worst(int k) {
        return entries.stream()
                .sorted(Comparator.comparingDouble(Entry::error).reversed())
                .limit(k)
                .toList();
    }

    private static final List<String> FUNCTIONS = List.of("pdf", "logpdf", "cdf", "sf", "ppf", "isf");

    /**
     * The summary table: one line per distribution, one cell (body / tail maximum error) per
     * function, the row count, and the largest ratio of error to its bound (at most 1 when the
     * test passes).
     */
    public String markdown(String title, Bound bound) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(title).append("\n\n");
        sb.append("Maximum error against the reference values (relative; logpdf: relative to ")
                .append("max(1, |expected|)), body / tail, tail = value < 1e-8 or p, q < 1e-8; ")
                .append("`-` = no rows of that kind. Asserted bound per row: ")
                .append(bound.text())
                .append("\n\n");
        table(sb, false, bound);
        return sb.toString();
    }

    /** The table of {@link #markdown} with one line per parameter set. */
    public String markdownByParameters(String title, Bound bound) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(title).append(", per parameter set\n\n");
        table(sb, true, bound);
        return sb.toString();
    }

    private void table(StringBuilder sb, boolean perParameterSet, Bound bound) {
        Map<String, Map<String, double[]>> cells = new TreeMap<>();
        Map<String, double[]> lines = new TreeMap<>();
        for (Entry en : entries) {
            String key =
                    en.row().distribution() + (perParameterSet ? "(" + en.row().paramText() + ")" : "");
            double[] c = cells.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(en.row().function(), k -> new double[] {-1, -1});
            int slot = en.row().isTail() ? 1 : 0;
            c[slot] = Math.max(c[slot], en.error());
            double[] line = lines.computeIfAbsent(key, k -> new double[2]);
            line[0]++;
            double allowed = bound.allowed().applyAsDouble(en.row());
            double ratio = en.error() == 0 ? 0 : en.error() / allowed;
            line[1] = Math.max(line[1], Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio);
        }
        sb.append("| distribution |");
        for (String f : FUNCTIONS) {
            sb.append(' ').append(f).append(" |");
        }
        sb.append(" rows | max error / bound |\n|---|");
        sb.append("---|".repeat(FUNCTIONS.size()));
        sb.append("---:|---:|\n");
        for (var line : cells.entrySet()) {
            sb.append("| ").append(line.getKey()).append(" |");
            for (String f : FUNCTIONS) {
                double[] c = line.getValue().get(f);
                sb.append(' ');
                if (c != null) {
                    sb.append(fmt(c[0])).append(" / ").append(fmt(c[1]));
                }
                sb.append(" |");
            }
            double[] totals = lines.get(line.getKey());
            sb.append(' ')
                    .append((long) totals[0])
                    .append(" | ")
                    .append(String.format(Locale.ROOT, "%.2g", totals[1]))
                    .append(" |\n");
        }
    }

    private static String fmt(double e) {
        if (e < 0) {
            return "-";
        }
        return e == 0 ? "0" : String.format(Locale.ROOT, "%.1e", e);
    }

    /**
     * Writes {@link #markdown} to {@code target/accuracy/<name>.md} and {@link
     * #markdownByParameters} to {@code target/accuracy/<name>-by-parameters.md} ({@link
     * AccuracyReport#write}); returns the first path.
     */
    public Path write(String name, String title, Bound bound) {
        AccuracyReport.write(name + "-by-parameters", markdownByParameters(title, bound));
        return AccuracyReport.write(name, markdown(title, bound));
    }
}

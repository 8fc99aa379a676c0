package jnum.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Log relative errors (LRE) against certified values, as a Markdown table for docs/ACCURACY.md:
 * {@code LRE = -log10(|got - certified| / |certified|)} ({@code |got - certified|} when the
 * certified value is 0), capped at the number of certified digits (15 for NIST StRD), the measure
 * of McCullough ("Assessing the reliability of statistical software", 1998).
 */
public final class LreTable {
    /** Certified digits of the StRD values: the cap of the LRE. */
    public static final double CAP = 15;

    private final Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();

    /** An empty table; rows and columns appear as values are added. */
    public LreTable() {}

    /** The LRE of {@code got}, capped at {@link #CAP}; 0 for a non-finite result. */
    public static double lre(double got, double certified) {
        if (!Double.isFinite(got)) {
            return 0;
        }
        double err = Math.abs(got - certified);
        if (err == 0) {
            return CAP;
        }
        double rel = certified == 0 ? err : err / Math.abs(certified);
        return Math.max(0, Math.min(CAP, -Math.log10(rel)));
    }

    /** Records and returns the LRE of one quantity of one data set. */
    public synchronized double add(String dataset, String quantity, double got, double certified) {
        double l = lre(got, certified);
        if (!columns.contains(quantity)) {
            columns.add(quantity);
        }
        cells.computeIfAbsent(dataset, k -> new LinkedHashMap<>()).put(quantity, l);
        return l;
    }

    /** The table: one line per data set, one column per quantity, LRE to one decimal. */
    public synchronized String markdown(String title, String note) {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n");
        if (!note.isEmpty()) {
            sb.append(note).append("\n\n");
        }
        sb.append("| data set |");
        columns.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append("\n|---|").append("---:|".repeat(columns.size())).append('\n');
        for (var row : cells.entrySet()) {
            sb.append("| ").append(row.getKey()).append(" |");
            for (String c : columns) {
                Double v = row.getValue().get(c);
                sb.append(' ')
                        .append(v == null ? "-" : String.format(Locale.ROOT, "%.1f", v))
                        .append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@link #markdown} to {@code target/accuracy/<name>.md} (the directory {@link
     * AccuracyTable#write} uses) and returns the path.
     */
    public Path write(String name, String title, String note) {
        Path path = Path.of("target", "accuracy", name + ".md");
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, markdown(title, note));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }
}

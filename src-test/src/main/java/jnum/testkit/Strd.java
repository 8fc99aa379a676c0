package jnum.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Readers for NIST StRD data files (Statistical Reference Datasets, univariate summary statistics
 * and one-way ANOVA): the data and the certified values, parsed from the files as NIST publishes
 * them. Every number is the double nearest to its decimal text.
 */
public final class Strd {
    private Strd() {}

    /** A univariate set: the data and the certified mean, standard deviation (n - 1) and lag-1 autocorrelation. */
    public record Univariate(String name, double[] y, double mean, double stdDev, double autocorrelation1) {}

    /**
     * A one-way ANOVA set: the responses grouped by treatment (in treatment order) and the
     * certified table.
     */
    public record Anova(
            String name,
            double[][] groups,
            double dfBetween,
            double ssBetween,
            double msBetween,
            double f,
            double dfWithin,
            double ssWithin,
            double msWithin,
            double rSquared,
            double residualSd) {}

    /** Parses a univariate file ({@code Lew.dat}, {@code NumAcc1.dat}, ...). */
    public static Univariate univariate(String name, InputStream in) {
        List<String> lines = lines(in);
        double mean = certified(lines, "ybar:");
        double sd = certified(lines, " s:");
        double r1 = certified(lines, "r(1):");
        int start = indexOf(lines, "Data: Y") + 2; // the data follow a line of dashes
        List<Double> y = new ArrayList<>();
        for (String l : lines.subList(start, lines.size())) {
            for (String tok : l.trim().split("\\s+")) {
                if (!tok.isEmpty()) {
                    y.add(Double.parseDouble(tok));
                }
            }
        }
        return new Univariate(name, y.stream().mapToDouble(Double::doubleValue).toArray(), mean, sd, r1);
    }

    /** Parses a one-way ANOVA file ({@code SiRstv.dat}, {@code SmLs01.dat}, ...). */
    public static Anova anova(String name, InputStream in) {
        List<String> lines = lines(in);
        String[] between = tableRow(lines, "Between ");
        String[] within = tableRow(lines, "Within ");
        double r2 = certified(lines, "Certified R-Squared");
        double sd = Double.parseDouble(
                lines.get(indexOf(lines, "Standard Deviation")).trim().split("\\s+")[2]);
        int start = lastIndexOf(lines, "Data:") + 1;
        TreeMap<Integer, List<Double>> groups = new TreeMap<>();
        for (String l : lines.subList(start, lines.size())) {
            String[] t = l.trim().split("\\s+");
            if (t.length == 2) {
                groups.computeIfAbsent(Integer.parseInt(t[0]), k -> new ArrayList<>())
                        .add(Double.parseDouble(t[1]));
            }
        }
        double[][] g = groups.values().stream()
                .map(v -> v.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return new Anova(
                name,
                g,
                Double.parseDouble(between[0]),
                Double.parseDouble(between[1]),
                Double.parseDouble(between[2]),
                Double.parseDouble(between[3]),
                Double.parseDouble(within[0]),
                Double.parseDouble(within[1]),
                Double.parseDouble(within[2]),
                r2,
                sd);
    }

    /** The numbers of the ANOVA table row starting with {@code label} ("Between Treatment 8 ..."). */
    private static String[] tableRow(List<String> lines, String label) {
        for (String l : lines) {
            if (l.startsWith(label)) {
                String[] t = l.trim().split("\\s+");
                return java.util.Arrays.copyOfRange(t, 2, t.length);
            }
        }
        throw new IllegalArgumentException("StRD file has no line starting with '" + label + "'");
    }

    private static int lastIndexOf(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("StRD file has no line starting with '" + prefix + "'");
    }

    private static double certified(List<String> lines, String label) {
        String l = lines.get(indexOf(lines, label));
        return Double.parseDouble(
                l.substring(l.indexOf(label) + label.length()).trim().split("\\s+")[0]);
    }

    private static int indexOf(List<String> lines, String label) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("StRD file has no line with '" + label + "'");
    }

    private static List<String> lines(InputStream in) {
        if (in == null) {
            throw new IllegalArgumentException("StRD file not found");
        }
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

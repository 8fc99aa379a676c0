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
 * Readers for NIST StRD data files (Statistical Reference Datasets, univariate summary statistics,
 * one-way ANOVA and linear least-squares regression): the data and the certified values, parsed from the files as NIST publishes
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

    /**
     * A linear regression set: the data columns as NIST gives them (y first, then the predictor
     * columns) and the certified statistics, coefficients in NIST's order (B0 or B1 first).
     *
     * @param y the responses
     * @param x the predictor columns of the data, {@code x[i]} observation i (one column for the
     *     polynomial sets: the model's powers are the caller's to form)
     * @param coefficients the certified estimates
     * @param standardErrors their certified standard deviations
     * @param residualSd the certified residual standard deviation
     * @param rSquared the certified R^2
     * @param name the data set name
     * @param ssRegression the certified regression sum of squares
     * @param ssResidual the certified residual sum of squares
     * @param f the certified F statistic (infinite for an exact fit)
     */
    public record Linear(
            String name,
            double[] y,
            double[][] x,
            double[] coefficients,
            double[] standardErrors,
            double residualSd,
            double rSquared,
            double ssRegression,
            double ssResidual,
            double f) {}

    /** Parses a linear least-squares file ({@code Norris.dat}, {@code Longley.dat}, ...). */
    public static Linear linear(String name, InputStream in) {
        List<String> lines = lines(in);
        var param = java.util.regex.Pattern.compile("^\\s+B\\d+\\s+(\\S+)\\s+(\\S+)\\s*$");
        List<double[]> params = new ArrayList<>();
        double sd = Double.NaN;
        double r2 = Double.NaN;
        int start = lastIndexOf(lines, "Data:") + 1;
        for (String l : lines.subList(0, start)) {
            var m = param.matcher(l);
            if (m.matches()) {
                params.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
            String t = l.trim();
            if (t.matches("Standard Deviation\\s+\\S+")) {
                sd = Double.parseDouble(t.split("\\s+")[2]);
            }
            if (t.startsWith("R-Squared")) {
                r2 = Double.parseDouble(t.split("\\s+")[1]);
            }
        }
        String[] reg = tableRow(lines, "Regression ");
        String[] res = tableRow(lines, "Residual ");
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(start, lines.size())) {
            if (!l.isBlank()) {
                rows.add(java.util.Arrays.stream(l.trim().split("\\s+"))
                        .mapToDouble(Double::parseDouble)
                        .toArray());
            }
        }
        double[] y = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[][] x = rows.stream()
                .map(r -> java.util.Arrays.copyOfRange(r, 1, r.length))
                .toArray(double[][]::new);
        return new Linear(
                name,
                y,
                x,
                params.stream().mapToDouble(p -> p[0]).toArray(),
                params.stream().mapToDouble(p -> p[1]).toArray(),
                sd,
                r2,
                Double.parseDouble(reg[0]),
                Double.parseDouble(res[0]),
                Double.parseDouble(reg[2]));
    }

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

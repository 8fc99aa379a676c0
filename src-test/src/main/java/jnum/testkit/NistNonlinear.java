package jnum.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader of NIST StRD nonlinear regression files ({@code reference/nist/nonlinear/*.dat} in the test kit
 * resources): the two starting points, the certified parameters and standard deviations, the
 * certified residual sum of squares and the data (response first, then the predictors).
 */
public final class NistNonlinear {
    /** The class-path folder of the files. */
    public static final String FOLDER = "/reference/nist/nonlinear/";

    /** The problems present, in NIST's order of difficulty (lower, average, higher). */
    public static final List<String> NAMES = List.of(
            "Misra1a",
            "Chwirut2",
            "Chwirut1",
            "Lanczos3",
            "Gauss1",
            "Gauss2",
            "DanWood",
            "Misra1b",
            "Kirby2",
            "Hahn1",
            "Nelson",
            "MGH17",
            "Lanczos2",
            "Gauss3",
            "Misra1c",
            "Misra1d",
            "Roszman1",
            "ENSO",
            "Rat42");

    private static final Pattern PARAM =
            Pattern.compile("^\\s*b(\\d+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");
    private static final int MAX_OBSERVATIONS = 100_000;

    /**
     * One data set.
     *
     * @param name the file's name without extension
     * @param start1 NIST's first starting point
     * @param start2 the second starting point
     * @param certified the certified parameters
     * @param certifiedSd their certified standard deviations
     * @param certifiedRss the certified residual sum of squares
     * @param response the responses {@code y_i}
     * @param predictors {@code predictors[i]} holds the predictors of observation i
     */
    public record Problem(
            String name,
            double[] start1,
            double[] start2,
            double[] certified,
            double[] certifiedSd,
            double certifiedRss,
            double[] response,
            double[][] predictors) {
        @Override
        public String toString() {
            return name;
        }
    }

    private NistNonlinear() {}

    /** Reads the named problem from the test kit's resources. */
    public static Problem load(String name) {
        String path = FOLDER + name + ".dat";
        try (InputStream in = NistNonlinear.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("NistNonlinear: no resource " + path);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem parse(String name, BufferedReader r) throws IOException {
        List<double[]> params = new ArrayList<>();
        double rss = Double.NaN;
        List<double[]> data = new ArrayList<>();
        boolean inData = false;
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (inData) {
                String t = line.trim();
                if (t.isEmpty()) {
                    continue;
                }
                String[] f = t.split("\\s+");
                double[] row = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    row[k] = number(f[k], name, lineNo);
                }
                data.add(row);
                if (data.size() > MAX_OBSERVATIONS) {
                    throw new IllegalArgumentException(name + ": more than " + MAX_OBSERVATIONS + " observations");
                }
                continue;
            }
            Matcher m = PARAM.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == params.size() + 1) {
                params.add(new double[] {
                    number(m.group(2), name, lineNo),
                    number(m.group(3), name, lineNo),
                    number(m.group(4), name, lineNo),
                    number(m.group(5), name, lineNo)
                });
            } else if (line.startsWith("Residual Sum of Squares:")) {
                rss = number(line.substring(line.indexOf(':') + 1).trim(), name, lineNo);
            } else if (line.matches("^Data:\\s+y\\b.*")) {
                inData = true;
            }
        }
        int p = params.size();
        if (p == 0 || data.isEmpty() || Double.isNaN(rss)) {
            throw new IllegalArgumentException(name + ": missing parameters, data or residual sum of squares");
        }
        double[][] cols = new double[4][p];
        for (int j = 0; j < p; j++) {
            for (int c = 0; c < 4; c++) {
                cols[c][j] = params.get(j)[c];
            }
        }
        double[] y = new double[data.size()];
        double[][] x = new double[data.size()][];
        for (int i = 0; i < y.length; i++) {
            double[] row = data.get(i);
            y[i] = row[0];
            x[i] = java.util.Arrays.copyOfRange(row, 1, row.length);
        }
        return new Problem(name, cols[0], cols[1], cols[2], cols[3], rss, y, x);
    }

    private static double number(String s, String name, int line) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ", line " + line + ": not a number: " + s, e);
        }
    }

    /**
     * The log relative error {@code -log10(|got - certified| / |certified|)}, capped at {@code digits}
     * (the certified precision); 0 for a non-finite result.
     */
    public static double lre(double got, double certified, double digits) {
        if (!Double.isFinite(got)) {
            return 0;
        }
        double err = Math.abs(got - certified) / Math.abs(certified);
        if (err == 0) {
            return digits;
        }
        return Math.max(0, Math.min(digits, -Math.log10(err)));
    }
}

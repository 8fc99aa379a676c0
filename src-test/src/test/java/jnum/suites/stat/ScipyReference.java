package jnum.suites.stat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NumPy/SciPy reference set in {@code reference/stat} (written by {@code make_scipy_stats.py}
 * there): the samples and one expected result per row.
 */
final class ScipyReference {
    private static final String DIR = "/reference/stat/";

    /** One expected result: statistic, p-value (NaN if none), degrees of freedom (NaN if none). */
    record Row(String function, String samples, List<String> args, double statistic, double pValue, double df) {
        double arg(int i) {
            return Double.parseDouble(args.get(i));
        }

        String sample(int i) {
            return samples.split(";")[i];
        }

        @Override
        public String toString() {
            return function + "(" + samples + "; " + String.join(";", args) + ")";
        }
    }

    private static Map<String, double[]> samples;
    private static List<Row> rows;

    private ScipyReference() {}

    static synchronized double[] sample(String name) {
        if (samples == null) {
            Map<String, double[]> m = new LinkedHashMap<>();
            for (String line : lines("samples.csv")) {
                String[] f = line.split(",");
                m.put(
                        f[0],
                        Arrays.stream(f, 1, f.length)
                                .mapToDouble(Double::parseDouble)
                                .toArray());
            }
            samples = m;
        }
        double[] s = samples.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        return s.clone();
    }

    static synchronized List<Row> rows(String function) {
        if (rows == null) {
            List<Row> all = new ArrayList<>();
            List<String> ls = lines("expected.csv");
            for (String line : ls.subList(1, ls.size())) {
                String[] f = line.split(",", -1);
                all.add(new Row(
                        f[0],
                        f[1],
                        f[2].isEmpty() ? List.of() : List.of(f[2].split(";")),
                        Double.parseDouble(f[3]),
                        f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]),
                        f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5])));
            }
            rows = all;
        }
        List<Row> out = rows.stream().filter(r -> r.function().equals(function)).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no reference rows for " + function);
        }
        return out;
    }

    private static List<String> lines(String file) {
        try (InputStream in = ScipyReference.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

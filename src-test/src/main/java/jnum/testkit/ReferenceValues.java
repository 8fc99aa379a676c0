package jnum.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reader of the high-precision distribution reference values
 * ({@code reference/distributions/reference_values.csv} in the test resources, columns
 * {@code distribution,params,function,x,expected}; see the README next to it).
 *
 * <p>Every number is parsed with {@link Double#parseDouble}: the expected values were computed for
 * the exact binary doubles nearest to the decimal text of {@code x} and of the parameters, so no
 * other parsing (BigDecimal arithmetic, float) may be used.
 */
public final class ReferenceValues {
    /** The class-path location of the CSV (in the test resources of this module). */
    public static final String RESOURCE = "/reference/distributions/reference_values.csv";

    private static final String HEADER = "distribution,params,function,x,expected";

    private ReferenceValues() {}

    /**
     * One reference value.
     *
     * @param distribution the distribution's name as in the CSV, e.g. {@code "Gamma"}
     * @param params parameter name to value, in the CSV's order (unmodifiable)
     * @param function one of {@code pdf, logpdf, cdf, sf, ppf, isf}
     * @param x the point (pdf, logpdf, cdf, sf), the probability p (ppf) or q (isf)
     * @param expected the correctly rounded true value
     * @param line the 1-based line of the CSV (for failure messages)
     */
    public record Row(
            String distribution, Map<String, Double> params, String function, double x, double expected, int line) {
        public Row {
            Objects.requireNonNull(distribution, "distribution");
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            Objects.requireNonNull(function, "function");
        }

        /** The parameter {@code name}; throws when the row has no such parameter. */
        public double param(String name) {
            Double v = params.get(name);
            if (v == null) {
                throw new IllegalArgumentException(
                        "row " + line + " (" + distribution + ") has no parameter " + name + ": " + params);
            }
            return v;
        }

        /** The parameters as the CSV writes them, e.g. {@code "shape=2.5;scale=1"}. */
        public String paramText() {
            return params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";"));
        }

        /**
         * Whether this row lies in a tail: the expected value is below 1e-8 (pdf, cdf, sf), or the
         * probability argument is below 1e-8 or above 1 - 1e-8 (ppf, isf). logpdf rows are tails when
         * the density is below 1e-8, i.e. expected &lt; log(1e-8).
         */
        public boolean isTail() {
            return switch (function) {
                case "ppf", "isf" -> x < 1e-8 || x > 1 - 1e-8;
                case "logpdf" -> expected < Math.log(1e-8);
                default -> Math.abs(expected) < 1e-8;
            };
        }

        @Override
        public String toString() {
            return distribution + "(" + paramText() + ")." + function + "(" + x + ") = " + expected + " [line " + line
                    + "]";
        }
    }

    private static volatile List<Row> all;

    /** All rows of the CSV, in file order (cached, unmodifiable). */
    public static List<Row> all() {
        List<Row> rows = all;
        if (rows == null) {
            try (InputStream in = ReferenceValues.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("reference values not on the class path: " + RESOURCE);
                }
                rows = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = rows;
        }
        return rows;
    }

    /** The rows of one distribution (name as in the CSV). */
    public static List<Row> of(String distribution) {
        List<Row> rows = all().stream()
                .filter(r -> r.distribution().equals(distribution))
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no reference rows for distribution " + distribution);
        }
        return rows;
    }

    /**
     * Our value for a row of a continuous distribution: the row's function ({@code pdf, logpdf, cdf,
     * sf, ppf, isf}) of {@code d} at the row's x.
     */
    public static double evaluate(jnum.stat.distribution.ContinuousDistribution d, Row r) {
        return switch (r.function()) {
            case "pdf" -> d.pdf(r.x());
            case "logpdf" -> d.logPdf(r.x());
            case "cdf" -> d.cdf(r.x());
            case "sf" -> d.survival(r.x());
            case "ppf" -> d.quantile(r.x());
            case "isf" -> d.inverseSurvival(r.x());
            default -> throw new IllegalArgumentException("unknown function in " + r);
        };
    }

    /** Parses CSV text in the format above; the first line must be the header. */
    public static List<Row> parse(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IllegalArgumentException("reference CSV: header " + header + ", expected " + HEADER);
        }
        List<Row> rows = new ArrayList<>();
        int lineNo = 1;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            rows.add(parseRow(line, lineNo));
        }
        return Collections.unmodifiableList(rows);
    }

    static Row parseRow(String line, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException(
                    "reference CSV line " + lineNo + ": " + f.length + " fields, expected 5: " + line);
        }
        Map<String, Double> params = new LinkedHashMap<>();
        for (String kv : f[1].split(";")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("reference CSV line " + lineNo + ": bad parameter '" + kv + "'");
            }
            params.put(kv.substring(0, eq).strip(), number(kv.substring(eq + 1), lineNo));
        }
        return new Row(f[0].strip(), params, f[2].strip(), number(f[3], lineNo), number(f[4], lineNo), lineNo);
    }

    private static double number(String text, int lineNo) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reference CSV line " + lineNo + ": not a number: '" + text + "'", e);
        }
    }
}

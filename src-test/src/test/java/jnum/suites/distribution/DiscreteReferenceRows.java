package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.Geometric;
import jnum.stat.distribution.Hypergeometric;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.Poisson;
import jnum.stat.distribution.Zipf;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ReferenceValues;
import jnum.testkit.ReferenceValues.Row;

/**
 * The discrete rows of the shared reference values and of our extreme-parameter set
 * ({@code reference/discrete/extreme_values.csv}), their distributions and the error bounds: the
 * accuracy targets: 1e-13 relative in the body and 1e-11 in the tails for pmf, cdf and sf (logpmf: relative
 * to max(1, |expected|), see {@link AccuracyTable#error}), quantiles exact.
 */
final class DiscreteReferenceRows {
    static final String EXTREMES = "/reference/discrete/extreme_values.csv";

    private DiscreteReferenceRows() {}

    /** Our extreme-parameter rows. */
    static List<Row> extremes() {
        try (InputStream in = DiscreteReferenceRows.class.getResourceAsStream(EXTREMES)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path: " + EXTREMES);
            }
            return ReferenceValues.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> extremes(String distribution) {
        return extremes().stream()
                .filter(r -> r.distribution().equals(distribution))
                .toList();
    }

    /** The distribution a row is about. */
    static DiscreteDistribution of(Row r) {
        return switch (r.distribution()) {
            case "Binomial" -> new Binomial((long) r.param("n"), r.param("p"));
            case "Poisson" -> new Poisson(r.param("lambda"));
            case "NegativeBinomial" -> new NegativeBinomial(r.param("r"), r.param("p"));
            case "Geometric" -> new Geometric(r.param("p"));
            case "Hypergeometric" -> new Hypergeometric((long) r.param("N"), (long) r.param("K"), (long) r.param("n"));
            case "Zipf" -> new Zipf((long) r.param("n"), r.param("s"));
            default -> throw new IllegalArgumentException("not a discrete distribution: " + r);
        };
    }

    /** Our value for a row. */
    static double evaluate(Row r) {
        DiscreteDistribution d = of(r);
        long k = (long) r.x();
        return switch (r.function()) {
            case "pdf" -> d.pmf(k);
            case "logpdf" -> d.logPmf(k);
            case "cdf" -> d.cdf(k);
            case "sf" -> d.survival(k);
            case "ppf" -> d.quantile(r.x());
            case "isf" -> d.inverseSurvival(r.x());
            case "mean" -> d.mean();
            case "variance" -> d.variance();
            case "entropy" -> d.entropy();
            default -> throw new IllegalArgumentException("unknown function in " + r);
        };
    }

    /** The accuracy target of a row. */
    static double allowed(Row r) {
        return switch (r.function()) {
            case "ppf", "isf" -> 0;
            default -> r.isTail() ? 1e-11 : 1e-13;
        };
    }

    /** {@link #allowed} with its text, for the generated table. */
    static final AccuracyTable.Bound BOUND = new AccuracyTable.Bound(
            DiscreteReferenceRows::allowed,
            "1e-13 in the body, 1e-11 in the tail (pmf, logpmf, cdf, sf, moments); quantiles exact.");

    /** Fails listing every row beyond its bound. */
    static AccuracyTable assertAccurate(List<Row> rows) {
        AccuracyTable table = AccuracyTable.measure(rows, DiscreteReferenceRows::evaluate);
        // finite misses first (worst first), then the rows that failed outright
        List<AccuracyTable.Entry> bad = table.failures(DiscreteReferenceRows::allowed).stream()
                .sorted(java.util.Comparator.comparing((AccuracyTable.Entry e) -> !Double.isFinite(e.error())))
                .toList();
        if (!bad.isEmpty()) {
            fail(bad.size() + " of " + rows.size() + " reference rows beyond the bound:\n"
                    + bad.stream().limit(20).map(Object::toString).collect(Collectors.joining("\n")));
        }
        return table;
    }
}

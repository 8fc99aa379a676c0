package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.ReferenceValues;
import jnum.testkit.Tolerance;

/** Helpers shared by the suites of Logistic .. VonMises. */
final class SuiteSupport {
    private SuiteSupport() {}

    /**
     * Every property of the shared driver except pdf-vs-derivative, for heavy-tailed parameters
     * whose density at tail probabilities 1e-200 is subnormal: there it has no relative accuracy
     * left, while the driver's derivative bound is purely relative (reported to its owner).
     */
    static void allButDerivative(ContinuousDistributionChecks c, long seed) {
        c.arguments();
        c.quantileRoundTrip(seed);
        c.inverseSurvivalRoundTrip(seed);
        c.monotone(seed);
        c.complement(seed);
        c.logFunctions(seed);
        c.pdfIntegratesToOne();
        c.sampleMoments(seed);
        c.kolmogorovSmirnov(seed);
    }

    /** jnum's accuracy targets: 1e-13 relative in the body, 1e-11 in the tails. */
    static double targetBound(ReferenceValues.Row r) {
        return r.isTail() ? 1e-11 : 1e-13;
    }

    /** {@link #targetBound} with its text, for the generated tables. */
    static final AccuracyTable.Bound TARGET_BOUND =
            new AccuracyTable.Bound(SuiteSupport::targetBound, "1e-13 in the body, 1e-11 in the tail.");

    private static final String NONCENTRAL = "/reference/noncentral/";

    /** Rows of one distribution from a CSV of reference/noncentral (generated with mpmath). */
    static List<ReferenceValues.Row> noncentral(String file, String distribution) {
        try (InputStream in = SuiteSupport.class.getResourceAsStream(NONCENTRAL + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NONCENTRAL + file);
            }
            List<ReferenceValues.Row> rows = ReferenceValues.parse(in).stream()
                    .filter(r -> r.distribution().equals(distribution))
                    .toList();
            assertTrue(rows.size() > 10, "too few rows for " + distribution + ": " + rows.size());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates every row, writes the table to target/accuracy/contB-{name}.md and fails with the
     * worst rows where an error exceeds {@code bound(row)}.
     */
    static void checkRows(
            String name,
            List<ReferenceValues.Row> rows,
            Function<ReferenceValues.Row, ContinuousDistribution> make,
            AccuracyTable.Bound bound) {
        AccuracyTable t = AccuracyTable.measure(rows, r -> ReferenceValues.evaluate(make.apply(r), r));
        t.write("contB-" + name, name + " (mpmath reference values)", bound);
        var bad = t.failures(bound.allowed());
        assertTrue(
                bad.isEmpty(),
                name + ": " + bad.size() + " rows beyond their bound, worst: "
                        + bad.subList(0, Math.min(5, bad.size())));
    }

    /** The moments rows (mean, variance, skewness, kurtosis, entropy) within {@code bound(row)}. */
    static void checkMoments(
            List<ReferenceValues.Row> rows,
            Function<ReferenceValues.Row, ContinuousDistribution> make,
            ToDoubleFunction<ReferenceValues.Row> bounds) {
        for (ReferenceValues.Row r : rows) {
            double bound = bounds.applyAsDouble(r);
            ContinuousDistribution d = make.apply(r);
            double got = switch (r.function()) {
                case "mean" -> d.mean();
                case "variance" -> d.variance();
                case "skewness" -> d.skewness();
                case "kurtosis" -> d.kurtosis();
                case "entropy" -> d.entropy();
                default -> throw new IllegalArgumentException("unknown moment in " + r);
            };
            if (r.expected() == 0) {
                Tolerance.assertWithin(got, 0, bound, r.toString());
            } else {
                Tolerance.assertRelative(got, r.expected(), bound, r.toString());
            }
        }
    }
}

package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Cauchy;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.F;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Laplace;
import jnum.stat.distribution.LogNormal;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.Weibull;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ReferenceValues;
import jnum.testkit.ReferenceValues.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every reference row (mpmath, correctly rounded; see the resource README) of the distributions
 * Normal, LogNormal, StudentT, ChiSquared, F, Gamma, Beta, Exponential, Weibull, Cauchy, Laplace.
 *
 * <p>Bounds (jnum's accuracy targets and the reference README): pdf, cdf, sf relative error at most 1e-13 in the
 * body and 1e-11 in the tails (value below 1e-8); logpdf 1e-13 relative to max(1, |expected|);
 * ppf and isf at most 1e-13 times max(1, cond) where {@code cond = |p / (x pdf(x))|} is the
 * condition number of the quantile (an exact quantile of a cdf with relative error 1e-13 is only
 * that accurate), plus 2 ulps. A failure lists the worst rows. The measured errors are written to
 * {@code target/accuracy/contA.md}.
 */
@Tag("accuracy")
class ContinuousReferenceTest {
    static final double BODY = 1e-13;
    static final double TAIL = 1e-11;

    static ContinuousDistribution of(Row r) {
        return switch (r.distribution()) {
            case "Normal" -> new Normal(r.param("mu"), r.param("sigma"));
            case "LogNormal" -> new LogNormal(r.param("mu"), r.param("sigma"));
            case "StudentT" -> new StudentT(r.param("df"));
            case "ChiSquared" -> new ChiSquared(r.param("df"));
            case "F" -> new F(r.param("df1"), r.param("df2"));
            case "Gamma" -> new Gamma(r.param("shape"), r.param("scale"));
            case "Beta" -> new Beta(r.param("alpha"), r.param("beta"));
            case "Exponential" -> new Exponential(r.param("rate"));
            case "Weibull" -> new Weibull(r.param("shape"), r.param("scale"));
            case "Cauchy" -> new Cauchy(r.param("location"), r.param("scale"));
            case "Laplace" -> new Laplace(r.param("mu"), r.param("scale"));
            default -> throw new IllegalArgumentException("not a contA distribution: " + r);
        };
    }

    static final List<String> NAMES = List.of(
            "Normal",
            "LogNormal",
            "StudentT",
            "ChiSquared",
            "F",
            "Gamma",
            "Beta",
            "Exponential",
            "Weibull",
            "Cauchy",
            "Laplace");

    static double allowed(Row r) {
        return switch (r.function()) {
            case "pdf", "cdf", "sf" -> r.isTail() ? TAIL : BODY;
            case "logpdf" -> BODY;
            case "ppf", "isf" -> {
                ContinuousDistribution d = of(r);
                double x = r.expected();
                double cond = Math.abs(r.x() / (x * d.pdf(x)));
                yield BODY * Math.max(1, Double.isFinite(cond) ? cond : 1) + 2 * Math.ulp(x) / Math.abs(x);
            }
            default -> throw new IllegalArgumentException(r.toString());
        };
    }

    /** {@link #allowed} in words, for the generated table. */
    static final AccuracyTable.Bound BOUND = new AccuracyTable.Bound(
            ContinuousReferenceTest::allowed,
            "pdf, cdf, sf: " + BODY + " in the body, " + TAIL + " in the tail; logpdf: " + BODY + "; ppf, isf: " + BODY
                    + " max(1, cond) + 2 ulp(x) / |x|, cond = |p / (x pdf(x))|.");

    private static final java.util.Map<String, AccuracyTable> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    static void check(String name) {
        AccuracyTable t = AccuracyTable.measure(ReferenceValues.of(name), r -> ReferenceValues.evaluate(of(r), r));
        TABLES.put(name, t);
        List<AccuracyTable.Entry> bad = t.failures(ContinuousReferenceTest::allowed);
        assertTrue(
                bad.isEmpty(),
                () -> name + ": " + bad.size() + " of " + t.entries().size()
                        + " reference rows out of bounds; worst:\n"
                        + bad.stream()
                                .limit(15)
                                .map(e -> "  " + e + " (allowed " + String.format("%.1e", allowed(e.row())) + ")")
                                .collect(Collectors.joining("\n")));
    }

    @AfterAll
    static void writeTable() {
        List<Row> rows =
                NAMES.stream().flatMap(n -> ReferenceValues.of(n).stream()).toList();
        AccuracyTable.measure(rows, r -> ReferenceValues.evaluate(of(r), r))
                .write("contA", "Continuous distributions I (contA)", BOUND);
    }

    @Test
    void normal() {
        check("Normal");
    }

    @Test
    void logNormal() {
        check("LogNormal");
    }

    @Test
    void studentT() {
        check("StudentT");
    }

    @Test
    void chiSquared() {
        check("ChiSquared");
    }

    @Test
    void f() {
        check("F");
    }

    @Test
    void gamma() {
        check("Gamma");
    }

    @Test
    void beta() {
        check("Beta");
    }

    @Test
    void exponential() {
        check("Exponential");
    }

    @Test
    void weibull() {
        check("Weibull");
    }

    @Test
    void cauchy() {
        check("Cauchy");
    }

    @Test
    void laplace() {
        check("Laplace");
    }
}

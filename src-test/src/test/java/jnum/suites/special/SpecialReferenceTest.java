package jnum.suites.special;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import jnum.stat.special.Special;
import jnum.testkit.AccuracyReport;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every special function against reference values computed with mpmath at 40 digits ({@code
 * reference/special/special.csv}, made by the {@code generate.py} next to it, and {@code
 * log_gamma_tails.csv}, made by {@code log_gamma_tails.py}; see their README).
 *
 * <p>Bound per row: {@code relative error <= C * (1 + cond) * eps}. {@code cond} is the row's
 * condition number from the CSV (mpmath), the factor by which a relative perturbation of the
 * arguments (or of intermediate quantities such as {@code x^2} or {@code (x - a)/a}, which any
 * double code must round) is amplified: no double-precision algorithm can promise less than
 * {@code cond * eps}. {@code C} is the algorithm's own rounding budget: {@link #DIRECT} for a
 * Chebyshev or polynomial evaluation followed by a few exp/log/multiplications (each at most one or
 * two ulps), {@link #ITERATIVE} for the series, continued fractions and root finders, whose
 * hundreds of terms each add rounding. A failure prints the worst row of each function.
 */
@Tag("accuracy")
class SpecialReferenceTest {
    /** Rounding budget of closed-form evaluations (fits, short series, a few elementary functions). */
    static final double DIRECT = 16;

    /** Rounding budget of the iterative methods (series and continued fractions, Newton/Halley). */
    static final double ITERATIVE = 64;

    record Row(String function, double a, double b, double c, double expected, double cond) {}

    record Spec(double budget, ToDoubleFunction<Row> f) {}

    static final Map<String, Spec> FUNCTIONS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put("erf", new Spec(DIRECT, r -> Special.erf(r.a)));
        FUNCTIONS.put("erfc", new Spec(DIRECT, r -> Special.erfc(r.a)));
        FUNCTIONS.put("erfcx", new Spec(DIRECT, r -> Special.erfcx(r.a)));
        FUNCTIONS.put("inverseErf", new Spec(ITERATIVE, r -> Special.erfinv(r.a)));
        FUNCTIONS.put("inverseErfc", new Spec(ITERATIVE, r -> Special.erfcinv(r.a)));
        FUNCTIONS.put("logGamma", new Spec(DIRECT, r -> Special.gammaln(r.a)));
        FUNCTIONS.put("gamma", new Spec(DIRECT, r -> Special.gamma(r.a)));
        FUNCTIONS.put("digamma", new Spec(DIRECT, r -> Special.digamma(r.a)));
        FUNCTIONS.put("trigamma", new Spec(DIRECT, r -> Special.trigamma(r.a)));
        FUNCTIONS.put("regularizedP", new Spec(ITERATIVE, r -> Special.gammainc(r.a, r.b)));
        FUNCTIONS.put("regularizedQ", new Spec(ITERATIVE, r -> Special.gammaincc(r.a, r.b)));
        FUNCTIONS.put("logRegularizedP", new Spec(ITERATIVE, r -> Special.loggammainc(r.a, r.b)));
        FUNCTIONS.put("logRegularizedQ", new Spec(ITERATIVE, r -> Special.loggammaincc(r.a, r.b)));
        FUNCTIONS.put("inverseRegularizedP", new Spec(ITERATIVE, r -> Special.gammaincinv(r.a, r.b)));
        FUNCTIONS.put("inverseRegularizedQ", new Spec(ITERATIVE, r -> Special.gammainccinv(r.a, r.b)));
        FUNCTIONS.put("logBeta", new Spec(DIRECT, r -> Special.betaln(r.a, r.b)));
        FUNCTIONS.put("beta", new Spec(DIRECT, r -> Special.beta(r.a, r.b)));
        FUNCTIONS.put("betaRegularized", new Spec(ITERATIVE, r -> Special.betainc(r.b, r.c, r.a)));
        FUNCTIONS.put("betaRegularizedComplement", new Spec(ITERATIVE, r -> Special.betaincc(r.b, r.c, r.a)));
        FUNCTIONS.put("betaInverse", new Spec(ITERATIVE, r -> Special.betaincinv(r.b, r.c, r.a)));
        FUNCTIONS.put("betaInverseComplement", new Spec(ITERATIVE, r -> Special.betainccinv(r.b, r.c, r.a)));
        FUNCTIONS.put("i0", new Spec(DIRECT, r -> Special.i0(r.a)));
        FUNCTIONS.put("i1", new Spec(DIRECT, r -> Special.i1(r.a)));
        FUNCTIONS.put("i0e", new Spec(DIRECT, r -> Special.i0e(r.a)));
        FUNCTIONS.put("i1e", new Spec(DIRECT, r -> Special.i1e(r.a)));
        FUNCTIONS.put("owensT", new Spec(ITERATIVE, r -> Special.owensT(r.a, r.b)));
        FUNCTIONS.put("log1pExp", new Spec(DIRECT, r -> Special.log1pexp(r.a)));
        FUNCTIONS.put("log1mExp", new Spec(DIRECT, r -> Special.log1mexp(r.a)));
        FUNCTIONS.put("log1pmx", new Spec(DIRECT, r -> Special.log1pmx(r.a)));
        FUNCTIONS.put("stirlingError", new Spec(DIRECT, r -> Special.stirlingError(r.a)));
        FUNCTIONS.put("bd0", new Spec(DIRECT, r -> Special.bd0(r.a, r.b)));
    }

    /**
     * The one documented weakness of the incomplete beta: with a parameter below 1 the fast side of
     * the continued fraction need not be the small tail (I_1e-8(0.001, 1e6) = 0.997), and when the
     * other side's fraction does not converge within its budget the small tail v is formed as 1 minus
     * the large one, which costs a factor 1/v. Allowed only for v >= 1e-3 (so at most 1000x); smaller
     * tails must be direct. DiDonato and Morris's APSER/BGRAT series would remove it.
     */
    static double subtraction(Row row) {
        boolean incompleteBeta =
                row.function.equals("betaRegularized") || row.function.equals("betaRegularizedComplement");
        if (incompleteBeta && Math.min(row.b, row.c) < 1 && row.expected >= 1e-3 && row.expected < 0.5) {
            return 1 / row.expected;
        }
        return 1;
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        read("/reference/special/special.csv", rows);
        read("/reference/special/log_gamma_tails.csv", rows);
        return rows;
    }

    /** What one function's rows measured. */
    record Measured(int rows, double maxRelative, double maxOverCond, double maxOverBound) {}

    private static final Map<String, Measured> MEASURED = new ConcurrentHashMap<>();

    /** The bound of {@link #againstMpmath} in words, per function. */
    static String boundText(String function) {
        String c = FUNCTIONS.get(function).budget == DIRECT ? "16" : "64";
        boolean incompleteBeta = function.equals("betaRegularized") || function.equals("betaRegularizedComplement");
        return c + " (1 + cond) eps" + (incompleteBeta ? ", times 1/I for I in [1e-3, 0.5) when min(a, b) < 1" : "");
    }

    /** The table of the functions measured, in FUNCTIONS order, to target/accuracy/special.md. */
    @AfterAll
    static void writeTable() {
        StringBuilder sb = new StringBuilder("### Special functions\n\n");
        sb.append("Relative error against mpmath; cond is each row's condition number (mpmath), eps = 2^-52. ")
                .append("The last column is at most 1 when the test passes.\n\n")
                .append("| function | rows | asserted bound | max relative error ")
                .append("| max error / ((1 + cond) eps) | max error / bound |\n")
                .append("|---|---:|---|---:|---:|---:|\n");
        for (String f : FUNCTIONS.keySet()) {
            Measured m = MEASURED.get(f);
            if (m != null) {
                sb.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %d | %s | %.2e | %.1f | %.2g |%n",
                        f,
                        m.rows,
                        boundText(f),
                        m.maxRelative,
                        m.maxOverCond,
                        m.maxOverBound));
            }
        }
        AccuracyReport.write("special", sb.toString());
    }

    private static void read(String resource, List<Row> rows) {
        for (String[] f : CsvResource.rows(resource)) {
            rows.add(new Row(
                    f[0],
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5])));
        }
    }

    @TestFactory
    Stream<DynamicTest> againstMpmath() {
        List<Row> all = rows();
        assertTrue(all.size() > 1000, "reference rows: " + all.size());
        for (Row row : all) {
            if (!FUNCTIONS.containsKey(row.function)) {
                fail("reference data names an unknown function: " + row.function);
            }
        }
        return FUNCTIONS.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Spec spec = e.getValue();
                    double worst = 0;
                    double worstRatio = 0;
                    double worstOfBound = 0;
                    int count = 0;
                    StringBuilder failures = new StringBuilder();
                    for (Row row : all) {
                        if (!row.function.equals(e.getKey())) {
                            continue;
                        }
                        count++;
                        double got = spec.f.applyAsDouble(row);
                        double rel = Tolerance.relativeError(got, row.expected);
                        double bound = spec.budget * (1 + row.cond) * Tolerance.EPS * subtraction(row);
                        worst = Math.max(worst, rel);
                        worstRatio = Math.max(worstRatio, rel / ((1 + row.cond) * Tolerance.EPS));
                        worstOfBound = Math.max(worstOfBound, rel / bound);
                        if (!(rel <= bound)) {
                            failures.append(String.format(
                                    "%n  %s(%s, %s, %s) = %s, expected %s, rel %.3g > %.3g" + " (cond %.3g)",
                                    row.function, row.a, row.b, row.c, got, row.expected, rel, bound, row.cond));
                        }
                    }
                    MEASURED.put(e.getKey(), new Measured(count, worst, worstRatio, worstOfBound));
                    assertTrue(count > 0, "no reference rows for " + e.getKey());
                    if (failures.length() > 0) {
                        fail(e.getKey() + ": " + failures);
                    }
                }));
    }
}

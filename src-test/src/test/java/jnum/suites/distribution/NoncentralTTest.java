package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.distribution.StudentT;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** NoncentralT: the shared properties over df 0.5 .. 1e6 and both signs of delta. */
class NoncentralTTest {
    static final List<NoncentralT> GRID = List.of(
            new NoncentralT(10, 1),
            new NoncentralT(3, -2),
            new NoncentralT(0.5, 0.5),
            new NoncentralT(1e6, 3),
            new NoncentralT(30, 8),
            new NoncentralT(5, 0),
            new NoncentralT(8, -6));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void properties(long seed) {
        NoncentralT d = GRID.get((int) Long.remainderUnsigned(seed, GRID.size()));
        // Claimed accuracy: 5e-14, or sqrt(df) eps where the tail is an integral over the chi-squared
        // variable v in log v: the log chi-squared density has condition |df/2 - v/2| ~ sqrt(df/2)
        // with respect to log v, so each integrand value carries that relative error
        double accuracy =
                Math.max(ContinuousDistributionChecks.DEFAULT_ACCURACY, 2 * Math.sqrt(d.df()) * Tolerance.EPS);
        var checks = ContinuousDistributionChecks.of(d).withAccuracy(accuracy);
        if (d.df() < 1) {
            SuiteSupport.allButDerivative(checks, seed); // density ~ t^-(df+1) subnormal in the tails
        } else {
            checks.all(seed);
        }
    }

    @Test
    void deltaZeroIsStudentT() {
        NoncentralT d = new NoncentralT(7, 0);
        StudentT t = new StudentT(7);
        for (double x : new double[] {-30, -3, -0.5, 0, 0.25, 2, 40}) {
            Tolerance.assertRelative(d.cdf(x), t.cdf(x), 1e-14, "cdf(" + x + ")");
            Tolerance.assertRelative(d.survival(x), t.survival(x), 1e-14, "sf(" + x + ")");
            Tolerance.assertRelative(d.pdf(x), t.pdf(x), 1e-14, "pdf(" + x + ")");
        }
    }

    @Test
    void reflection() {
        NoncentralT d = new NoncentralT(4.5, 1.7);
        NoncentralT m = new NoncentralT(4.5, -1.7);
        for (double x : new double[] {-50, -2, -0.1, 0.3, 3, 80}) {
            assertEquals(d.cdf(x), m.survival(-x), 0, "cdf(x; d) = sf(-x; -d)");
            Tolerance.assertRelative(d.pdf(x), m.pdf(-x), 1e-14, "pdf(x; d) = pdf(-x; -d)");
        }
    }

    @Test
    void momentsAndUndefinedMoments() {
        NoncentralT heavy = new NoncentralT(1, 2);
        assertTrue(Double.isNaN(heavy.mean()));
        assertEquals(Double.POSITIVE_INFINITY, new NoncentralT(2, 1).variance());
        assertTrue(Double.isNaN(new NoncentralT(3, 1).skewness()));
        assertTrue(Double.isNaN(new NoncentralT(4, 1).kurtosis()));
        // df = 5, delta = 0: Student t moments
        NoncentralT t5 = new NoncentralT(5, 0);
        assertEquals(0, t5.mean());
        Tolerance.assertRelative(t5.variance(), 5.0 / 3, 4e-16, "variance");
        Tolerance.assertRelative(t5.kurtosis(), 6.0, 1e-14, "kurtosis");
    }

    /**
     * Against the mpmath values of reference/noncentral (see its README): the accuracy targets, or
     * 2 sqrt(df) eps where that is larger (the quadrature tails, see {@link #properties}).
     */
    @Test
    @Tag("accuracy")
    void referenceValues() {
        SuiteSupport.checkRows(
                "NoncentralT",
                SuiteSupport.noncentral("reference_values.csv", "NoncentralT"),
                r -> new NoncentralT(r.param("df"), r.param("delta")),
                new AccuracyTable.Bound(
                        r -> Math.max(SuiteSupport.targetBound(r), 2 * Math.sqrt(r.param("df")) * Tolerance.EPS),
                        "the larger of 2 sqrt(df) eps and 1e-13 in the body, 1e-11 in the tail."));
    }

    /** Two far-tail points of NoncentralT(30, 8), checked against an mpmath Poisson-betainc series. */
    @Test
    void farTailsAgainstMpmathSeries() {
        NoncentralT d = new NoncentralT(30, 8);
        Tolerance.assertRelative(d.survival(31081.35285283611), 1.000068927340571931e-100, 1e-11, "sf far upper tail");
        Tolerance.assertRelative(
                d.cdf(-1285.0033879310909), 9.998622313295540697e-101, 1e-11, "cdf far lower tail (quadrature branch)");
    }

    @Test
    void momentsAgainstMpmath() {
        SuiteSupport.checkMoments(
                SuiteSupport.noncentral("moments.csv", "NoncentralT"),
                r -> new NoncentralT(r.param("df"), r.param("delta")),
                // skewness and kurtosis come from raw moments that cancel by a factor ~ df for large df
                r -> r.function().equals("skewness") || r.function().equals("kurtosis")
                        ? 1e-13 * Math.max(1, r.param("df"))
                        : 1e-14);
    }

    @Test
    void rejectsBadParameters() {
        assertRejects("NoncentralT(df = 0)", () -> new NoncentralT(0, 1), "df");
        assertRejects("NoncentralT(df = inf)", () -> new NoncentralT(Double.POSITIVE_INFINITY, 1), "df");
        assertRejects("NoncentralT(delta = NaN)", () -> new NoncentralT(3, Double.NaN), "delta");
    }
}

package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static jnum.testkit.ContinuousDistributionChecks.assertRejectsNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.Function;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.LogNormal;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.Weibull;
import jnum.stat.special.Special;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maximum-likelihood fits: exact MLEs of small data sets (computed independently with mpmath at 40
 * digits from the likelihood equations), recovery of parameters from large seeded samples within 5
 * asymptotic standard errors (from the Fisher information), and the errors for bad data.
 */
class FitTest {
    private static final int N = 20_000;

    // ---- exact MLEs on small data -------------------------------------------------------------

    @Test
    void normalClosedForm() {
        Normal d = Normal.fit(new double[] {1, 2, 3, 4});
        Tolerance.assertRelative(d.mu(), 2.5, 2 * Tolerance.EPS, "Normal.fit mu");
        Tolerance.assertRelative(d.sigma(), Math.sqrt(1.25), 4 * Tolerance.EPS, "Normal.fit sigma");
    }

    @Test
    void logNormalClosedForm() {
        LogNormal d = LogNormal.fit(new double[] {1, Math.E, Math.E * Math.E});
        Tolerance.assertRelative(d.mu(), 1, 8 * Tolerance.EPS, "LogNormal.fit mu");
        Tolerance.assertRelative(d.sigma(), Math.sqrt(2.0 / 3), 8 * Tolerance.EPS, "LogNormal.fit sigma");
    }

    @Test
    void exponentialClosedForm() {
        Tolerance.assertRelative(
                Exponential.fit(new double[] {1, 2, 3}).rate(), 0.5, Tolerance.EPS, "Exponential.fit rate");
        Tolerance.assertRelative(
                Exponential.fit(new double[] {0, 4}).rate(), 0.5, Tolerance.EPS, "Exponential.fit with a zero");
    }

    /**
     * The iterative fits agree with mpmath's root of the same likelihood equations to 1e-12: the
     * equations are solved to near machine precision, and their conditioning on these data (a few
     * units) turns the digamma/trigamma errors (~1e-15) into at most 1e-13.
     */
    @Test
    void iterativeFitsMatchIndependentSolutions() {
        Gamma g = Gamma.fit(new double[] {1, 2, 4});
        Tolerance.assertRelative(g.shape(), 3.4012005878998462742, 1e-12, "Gamma.fit shape");
        Tolerance.assertRelative(g.scale(), 0.68603226214720448013, 1e-12, "Gamma.fit scale");
        Beta b = Beta.fit(new double[] {0.2, 0.5, 0.7});
        Tolerance.assertRelative(b.alpha(), 2.5353251875996951986, 1e-12, "Beta.fit alpha");
        Tolerance.assertRelative(b.beta(), 2.942948916601759547, 1e-12, "Beta.fit beta");
        Weibull w = Weibull.fit(new double[] {1, 2, 3});
        Tolerance.assertRelative(w.shape(), 2.738573173595960245, 1e-12, "Weibull.fit shape");
        Tolerance.assertRelative(w.scale(), 2.2585862462440261076, 1e-12, "Weibull.fit scale");
    }

    @Test
    void fitsAreScaleEquivariant() {
        // scaling data by 2^k scales the fitted scale exactly and leaves shapes unchanged
        double[] x = {0.3, 1.7, 2.2, 5.1, 0.9};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * 1024;
        }
        Gamma gx = Gamma.fit(x);
        Gamma gy = Gamma.fit(y);
        Tolerance.assertRelative(gy.shape(), gx.shape(), 1e-13, "Gamma shape under scaling");
        Tolerance.assertRelative(gy.scale(), 1024 * gx.scale(), 1e-13, "Gamma scale under scaling");
        Weibull wx = Weibull.fit(x);
        Weibull wy = Weibull.fit(y);
        Tolerance.assertRelative(wy.shape(), wx.shape(), 1e-13, "Weibull shape under scaling");
        Tolerance.assertRelative(wy.scale(), 1024 * wx.scale(), 1e-13, "Weibull scale under scaling");
    }

    // ---- recovery from large samples ----------------------------------------------------------

    private static void within(double est, double truth, double se, String what, long seed) {
        if (!(Math.abs(est - truth) <= 5 * se)) {
            fail(what + ": estimate " + est + ", true " + truth + ", " + Math.abs(est - truth) / se
                    + " standard errors (seed " + seed + ")");
        }
    }

    private static double[] draw(ContinuousDistribution d, long seed) {
        return d.sample(new SplittableRandom(seed), N);
    }

    private static double trigamma(double x) {
        return Special.trigamma(x);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void recoversParameters(long seed) {
        Normal n = Normal.fit(draw(new Normal(3, 2), seed));
        within(n.mu(), 3, 2 / Math.sqrt(N), "Normal mu", seed);
        within(n.sigma(), 2, 2 / Math.sqrt(2.0 * N), "Normal sigma", seed);

        LogNormal ln = LogNormal.fit(draw(new LogNormal(-1, 0.5), seed));
        within(ln.mu(), -1, 0.5 / Math.sqrt(N), "LogNormal mu", seed);
        within(ln.sigma(), 0.5, 0.5 / Math.sqrt(2.0 * N), "LogNormal sigma", seed);

        Exponential e = Exponential.fit(draw(new Exponential(4), seed));
        within(e.rate(), 4, 4 / Math.sqrt(N), "Exponential rate", seed);

        for (double[] p : new double[][] {{0.3, 2}, {2.5, 0.5}, {50, 1}}) {
            double a = p[0];
            double th = p[1];
            Gamma g = Gamma.fit(draw(new Gamma(a, th), seed));
            double det = a * trigamma(a) - 1; // Fisher information determinant times theta^2 / n^2
            within(g.shape(), a, Math.sqrt(a / (N * det)), "Gamma shape " + a, seed);
            within(g.scale(), th, th * Math.sqrt(trigamma(a) / (N * det)), "Gamma scale " + a, seed);
        }

        for (double[] p : new double[][] {{0.5, 0.5}, {2, 5}, {30, 10}}) {
            Beta b = Beta.fit(draw(new Beta(p[0], p[1]), seed));
            double ts = trigamma(p[0] + p[1]);
            double i11 = trigamma(p[0]) - ts;
            double i22 = trigamma(p[1]) - ts;
            double det = i11 * i22 - ts * ts;
            within(b.alpha(), p[0], Math.sqrt(i22 / (N * det)), "Beta alpha " + p[0], seed);
            within(b.beta(), p[1], Math.sqrt(i11 / (N * det)), "Beta beta " + p[1], seed);
        }

        double euler = 0.5772156649015329;
        for (double[] p : new double[][] {{0.7, 2}, {3, 0.1}}) {
            double k = p[0];
            double lam = p[1];
            Weibull w = Weibull.fit(draw(new Weibull(k, lam), seed));
            within(w.shape(), k, k * Math.sqrt(6 / (Math.PI * Math.PI * N)), "Weibull shape " + k, seed);
            double varLam = ((1 - euler) * (1 - euler) + Math.PI * Math.PI / 6)
                    / (k * k)
                    * 6
                    * lam
                    * lam
                    / (Math.PI * Math.PI * N);
            within(w.scale(), lam, Math.sqrt(varLam), "Weibull scale " + k, seed);
        }
    }

    // ---- bad data -----------------------------------------------------------------------------

    @Test
    void rejectsBadData() {
        check(Normal::fit, "Normal.fit", 2, Double.NaN);
        check(LogNormal::fit, "LogNormal.fit", 2, -1);
        check(Exponential::fit, "Exponential.fit", 1, -1);
        check(Gamma::fit, "Gamma.fit", 2, 0);
        check(Beta::fit, "Beta.fit", 2, 1);
        check(Weibull::fit, "Weibull.fit", 2, 0);
        for (Function<double[], ?> f : java.util.List.<Function<double[], ?>>of(
                Normal::fit, LogNormal::fit, Gamma::fit, Beta::fit, Weibull::fit)) {
            assertRejects("fit of equal values", () -> f.apply(new double[] {0.5, 0.5, 0.5}), "equal");
        }
        assertRejects("Exponential.fit of zeros", () -> Exponential.fit(new double[] {0, 0}), "0");
    }

    private static void check(Function<double[], ?> fit, String name, int minSize, double outside) {
        assertRejectsNull(name + "(null)", () -> fit.apply(null), "data");
        assertRejects(name + " too few", () -> fit.apply(new double[minSize - 1]), "least");
        assertRejects(name + " infinite", () -> fit.apply(new double[] {0.5, Double.POSITIVE_INFINITY}), "finite");
        assertRejects(name + " NaN", () -> fit.apply(new double[] {0.5, Double.NaN}), "finite");
        assertRejects(
                name + " outside",
                () -> fit.apply(new double[] {0.5, outside, 0.25}),
                Double.isNaN(outside) ? "finite" : "support");
    }
}

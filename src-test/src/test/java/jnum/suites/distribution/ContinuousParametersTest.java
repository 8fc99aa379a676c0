package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Cauchy;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.F;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Laplace;
import jnum.stat.distribution.LogNormal;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.Weibull;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Parameter validation (every bad value of every parameter is rejected with the parameter named),
 * the headline values, factories and moments against closed forms.
 */
class ContinuousParametersTest {
    private static final double[] NOT_POSITIVE = {
        0, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };
    private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static void positive(String name, DoubleFunction<?> ctor) {
        for (double v : NOT_POSITIVE) {
            assertRejects(name + " = " + v, () -> ctor.apply(v), name);
        }
    }

    private static void finite(String name, DoubleFunction<?> ctor) {
        for (double v : NOT_FINITE) {
            assertRejects(name + " = " + v, () -> ctor.apply(v), name);
        }
    }

    @Test
    void badParametersAreRejectedByName() {
        finite("mu", v -> new Normal(v, 1));
        positive("sigma", v -> new Normal(0, v));
        finite("mu", v -> new LogNormal(v, 1));
        positive("sigma", v -> new LogNormal(0, v));
        positive("df", StudentT::new);
        positive("df", ChiSquared::new);
        positive("d1", v -> new F(v, 1));
        positive("d2", v -> new F(1, v));
        positive("shape", v -> new Gamma(v, 1));
        positive("scale", v -> new Gamma(1, v));
        positive("rate", v -> Gamma.ofRate(1, v));
        positive("alpha", v -> new Beta(v, 1));
        positive("beta", v -> new Beta(1, v));
        positive("rate", Exponential::new);
        positive("mean", Exponential::ofMean);
        positive("shape", v -> new Weibull(v, 1));
        positive("scale", v -> new Weibull(1, v));
        finite("location", v -> new Cauchy(v, 1));
        positive("scale", v -> new Cauchy(0, v));
        finite("mu", v -> new Laplace(v, 1));
        positive("scale", v -> new Laplace(0, v));
    }

    /** The headline values (mpmath at 40 digits). */
    @Test
    void normalFarTail() {
        Normal n = Normal.standard();
        Tolerance.assertRelative(n.survival(30), 4.9067139271481870595e-198, 1e-13, "sf(30)");
        Tolerance.assertRelative(n.cdf(-30), 4.9067139271481870595e-198, 1e-13, "cdf(-30)");
        assertEquals(0.0, n.survival(40));
        Tolerance.assertRelative(n.logSurvival(40), -804.60844201375378817, 1e-15, "logSf(40)");
        Tolerance.assertRelative(n.logCdf(-40), -804.60844201375378817, 1e-15, "logCdf(-40)");
        // log Phi(-1e10) = -5e19 - log(1e10 sqrt(2 pi)) + ...: finite, relative accuracy eps
        Tolerance.assertRelative(n.logCdf(-1e10), -5.0000000000000000024e19, 4 * Tolerance.EPS, "logCdf(-1e10)");
    }

    /**
     * logCdf / logSurvival where the probability underflows (mpmath at 60 digits). An absolute error
     * of 1e-11 in log P (the tail accuracy claim) is a relative error below 5e-14 for |log P| > 300.
     */
    @Test
    void logTailsBeyondUnderflow() {
        double tol = 5e-14;
        Tolerance.assertRelative(new Gamma(5, 1).logCdf(1e-70), -810.69227429069803542, tol, "Gamma");
        Tolerance.assertRelative(new Gamma(2, 1).logSurvival(800), -793.31413905293164078, tol, "Gamma sf");
        Tolerance.assertRelative(new ChiSquared(3).logSurvival(2000), -996.42484049733324997, tol, "ChiSquared sf");
        Tolerance.assertRelative(new Beta(2, 3).logCdf(1e-160), -735.03547028886656391, tol, "Beta");
        Tolerance.assertRelative(new Beta(3, 200).logSurvival(0.99), -911.13561193688674061, tol, "Beta sf");
        Tolerance.assertRelative(new StudentT(3).logCdf(-1e120), -828.83291003881184621, tol, "t(3)");
        Tolerance.assertRelative(new StudentT(3).logSurvival(1e120), -828.83291003881184621, tol, "t(3) sf");
        Tolerance.assertRelative(new StudentT(0.5).logCdf(-1e300), -346.52501007987837582, tol, "t(0.5)");
        Tolerance.assertRelative(new F(5, 10).logSurvival(1e100), -1145.3646209707193477, tol, "F sf");
        Tolerance.assertRelative(new F(10, 5).logCdf(1e-80), -915.10611167131477945, tol, "F");
    }

    /**
     * Densities at subnormal points, where x^(a-1) is huge but finite: no overflow of a/x or k/x
     * on the way. Compared with the closed forms evaluated by Math.pow, within 1e-13 (the log-space
     * evaluation carries |log f| ~ 370 times eps).
     */
    @Test
    void densitiesAtSubnormalPoints() {
        double x = 1e-320;
        Tolerance.assertRelative(
                new Gamma(0.5, 1).pdf(x), Math.pow(x, -0.5) / Math.sqrt(Math.PI), 1e-13, "Gamma(0.5) pdf");
        Tolerance.assertRelative(
                new Gamma(0.5, 1).logPdf(x),
                Math.log(Math.pow(x, -0.5) / Math.sqrt(Math.PI)),
                1e-15,
                "Gamma(0.5) logPdf");
        Tolerance.assertRelative(new Weibull(0.5, 1).pdf(x), 0.5 * Math.pow(x, -0.5), 1e-13, "Weibull(0.5) pdf");
        Tolerance.assertRelative(new Beta(0.5, 0.5).pdf(x), Math.pow(x, -0.5) / Math.PI, 1e-13, "Beta(0.5, 0.5) pdf");
        Tolerance.assertRelative(
                new ChiSquared(1).pdf(x), Math.pow(x, -0.5) / Math.sqrt(2 * Math.PI), 1e-13, "ChiSquared(1) pdf");
    }

    @Test
    void factoriesConvert() {
        assertEquals(new Gamma(2, 0.25), Gamma.ofRate(2, 4));
        assertEquals(new Exponential(0.5), Exponential.ofMean(2));
        assertEquals(new Normal(0, 1), Normal.standard());
        assertTrue(new Gamma(3, 2).toString().contains("shape=3.0"));
    }

    @Test
    void momentsOfSpecialCases() {
        // ChiSquared(k) = Gamma(k/2, 2); Exponential(r) = Gamma(1, 1/r) = Weibull(1, 1/r)
        ChiSquared c = new ChiSquared(7);
        Gamma g = new Gamma(3.5, 2);
        assertEquals(g.mean(), c.mean());
        assertEquals(g.variance(), c.variance());
        Tolerance.assertRelative(c.skewness(), g.skewness(), 2 * Tolerance.EPS, "skewness");
        Tolerance.assertRelative(c.kurtosis(), g.kurtosis(), 2 * Tolerance.EPS, "kurtosis");
        Tolerance.assertRelative(c.entropy(), g.entropy(), 4 * Tolerance.EPS, "entropy");
        Exponential e = new Exponential(4);
        Weibull w = new Weibull(1, 0.25);
        Tolerance.assertRelative(w.mean(), e.mean(), 4 * Tolerance.EPS, "Weibull(1) mean");
        Tolerance.assertRelative(w.variance(), e.variance(), 8 * Tolerance.EPS, "Weibull(1) var");
        Tolerance.assertRelative(w.skewness(), e.skewness(), 1e-13, "Weibull(1) skewness");
        Tolerance.assertRelative(w.kurtosis(), e.kurtosis(), 1e-12, "Weibull(1) kurtosis");
        Tolerance.assertRelative(w.entropy(), e.entropy(), 4 * Tolerance.EPS, "Weibull(1) entropy");
        // Weibull(1.5, 2): mpmath at 30 digits from the Gamma-function moments
        Tolerance.assertRelative(new Weibull(1.5, 2).skewness(), 1.0719865728909562844, 1e-13, "Weibull skewness");
        Tolerance.assertRelative(new Weibull(1.5, 2).kurtosis(), 1.3904035615957883165, 1e-13, "Weibull kurtosis");
        // Beta(1, 1) is uniform: variance 1/12, kurtosis -6/5, entropy 0
        Beta u = new Beta(1, 1);
        Tolerance.assertRelative(u.variance(), 1.0 / 12, 2 * Tolerance.EPS, "Beta(1,1) variance");
        Tolerance.assertRelative(u.kurtosis(), -1.2, 4 * Tolerance.EPS, "Beta(1,1) kurtosis");
        assertEquals(0, u.entropy(), 4 * Tolerance.EPS);
        // StudentT(1) is Cauchy: entropy log(4 pi); moments undefined
        Tolerance.assertRelative(new StudentT(1).entropy(), Math.log(4 * Math.PI), 4 * Tolerance.EPS, "t(1) entropy");
        assertTrue(Double.isNaN(new StudentT(1).mean()));
        assertEquals(Double.POSITIVE_INFINITY, new StudentT(2).variance());
        assertTrue(Double.isNaN(new Cauchy(0, 1).variance()));
        // large df: entropy -> log(2 pi e)/2 + O(1/nu) without cancellation
        double h = new StudentT(1e12).entropy();
        Tolerance.assertRelative(h, 0.5 * Math.log(2 * Math.PI * Math.E), 1e-11, "t(1e12) entropy");
    }
}

package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.optimize.CurveFit;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import org.junit.jupiter.api.Test;

/**
 * {@link CurveFit} against SciPy's {@code curve_fit} on the same data, model and start (values from
 * {@code reference/optimize/curve_fit_reference.py}, run with SciPy 1.17.1; its output is next to it).
 * Both solve the problem to near machine precision, and the problem is well conditioned (the columns
 * of J differ in norm by less than 100), so the parameters must agree to 1e-8. SciPy's standard
 * errors come from a forward-difference Jacobian (MINPACK's lmdif), accurate to about {@code sqrt(eps)
 * cond(J)}, so they are compared to 1e-6.
 */
class CurveFitTest {
    static final double[] X = new double[40];
    static final double[] Y = new double[40];

    static {
        for (int i = 0; i < 40; i++) {
            X[i] = 0.1 * i;
            Y[i] = 2.5 * Math.exp(-1.3 * X[i]) + 0.5 + 0.02 * Math.sin(7.1 * X[i] + 0.3);
        }
    }

    static final Settings TIGHT = Settings.defaults()
            .withFunctionTolerance(1e-15)
            .withStepTolerance(1e-15)
            .withGradientThreshold(1e-15);
    static final double TOL = 1e-8;

    static final double SE_TOL = 1e-6;

    static void assertClose(double[] expected, double[] got, double tol) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], tol * Math.abs(expected[i]), "component " + i);
        }
    }

    @Test
    void matchesScipyUnweighted() {
        LeastSquaresResult fit =
                CurveFit.fit((x, p) -> p[0] * Math.exp(-p[1] * x) + p[2], X, Y, null, new double[] {1, 1, 0}, TIGHT);
        assertTrue(fit.status().isConverged(), fit::toString);
        assertTrue(fit.finiteDifferences());
        assertClose(new double[] {2.5103594847004858, 1.3129689557181585, 0.5039160291692585}, fit.parameters(), TOL);
        assertClose(
                new double[] {0.009176207606849538, 0.01060094728905318, 0.004207146914423019},
                fit.standardErrors(),
                SE_TOL);
        assertEquals(0.007457751004380068, fit.residualSumOfSquares(), TOL * 0.0075);
        assertEquals(37, fit.degreesOfFreedom());
    }

    @Test
    void matchesScipyWeightedWithGradient() {
        double[] sigma = new double[40];
        for (int i = 0; i < 40; i++) {
            sigma[i] = 0.01 * (1 + X[i]);
        }
        CurveFit.ModelWithGradient model = (x, p, g) -> {
            double e = Math.exp(-p[1] * x);
            g[0] = e;
            g[1] = -x * p[0] * e;
            g[2] = 1;
            return p[0] * e + p[2];
        };
        LeastSquaresResult fit = CurveFit.fit(model, X, Y, sigma, new double[] {1, 1, 0}, TIGHT);
        assertTrue(fit.status().isConverged(), fit::toString);
        assertFalse(fit.finiteDifferences());
        assertClose(new double[] {2.510487005878184, 1.3126475584286468, 0.5037219779582802}, fit.parameters(), TOL);
        assertClose(
                new double[] {0.006525682388805735, 0.009168827333274584, 0.00603079052722922},
                fit.standardErrors(),
                SE_TOL);
        assertEquals(13.149018370139466, fit.residualSumOfSquares(), TOL * 13.2);
        // the covariance is symmetric and its diagonal gives the standard errors
        var c = fit.covariance();
        assertEquals(c.get(0, 1), c.get(1, 0), 0);
        assertEquals(fit.standardErrors()[1], Math.sqrt(c.get(1, 1)), 0);
    }

    @Test
    void rankDeficientModelReportsInfiniteErrorsForTheUndeterminedParameters() {
        // p[1] and p[2] enter only as their sum: the Jacobian has rank 2 of 3
        LeastSquaresResult fit = CurveFit.fit((x, p) -> p[0] * x + p[1] + p[2], X, Y, new double[] {1, 1, 1});
        assertEquals(2, fit.rank());
        assertEquals(
                Double.POSITIVE_INFINITY,
                fit.standardErrors()[fit.standardErrors()[1] == Double.POSITIVE_INFINITY ? 1 : 2]);
    }

    @Test
    void badInputIsRejected() {
        CurveFit.Model m = (x, p) -> p[0] * x;
        assertThrows(
                IllegalArgumentException.class,
                () -> CurveFit.fit(m, new double[] {1, 2}, new double[] {1}, new double[] {1}));
        assertThrows(
                IllegalArgumentException.class,
                () -> CurveFit.fit(m, new double[] {1}, new double[] {1}, new double[] {1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> CurveFit.fit(
                        m,
                        new double[] {1, 2},
                        new double[] {1, 2},
                        new double[] {1, -1},
                        new double[] {1},
                        Settings.defaults()));
        assertThrows(
                IllegalArgumentException.class,
                () -> CurveFit.fit((x, p) -> Double.NaN, new double[] {1, 2}, new double[] {1, 2}, new double[] {1}));
        assertThrows(NullPointerException.class, () -> CurveFit.fit(m, null, new double[] {1}, new double[] {1}));
    }

    @Test
    void residualsThatTurnNaNAreBackedOffFrom() {
        // the model is NaN for p[1] < 0; the start's first LM step would overshoot there
        LeastSquaresResult fit = CurveFit.fit(
                (x, p) -> p[1] < 0 ? Double.NaN : p[0] * Math.exp(-p[1] * x) + 0.5, X, Y, new double[] {0.1, 20});
        assertTrue(fit.status().isConverged() || fit.status() == Status.NOT_FINITE, fit::toString);
        assertTrue(Double.isFinite(fit.residualSumOfSquares()), fit::toString);
    }
}

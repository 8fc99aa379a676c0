package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import jnum.optimize.fd.FiniteDifferences;
import jnum.optimize.fd.Formula;
import jnum.testkit.TestFunctions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finite differences against the analytic derivatives of the MGH corpus, at random points near the
 * standard starts. Error model (Nocedal and Wright, section 8.1): forward differences err by about
 * {@code L h / 2 + 2 eps |f| / h} with {@code h = sqrt(eps) s}, {@code s = |x_j|} (1 at 0), i.e.
 * {@code sqrt(eps) (L s / 2 + 2 |f| / s)}; central ones by {@code eps^(2/3)} times the same kind of
 * terms with {@code s^2} and {@code 1/s}. The tests allow 100 times {@code base * scale * (s +
 * 1/s)^2}, with the scale taken as {@code 1 + max |r_i| + max |J_ij|} at the point.
 */
class FiniteDifferencesTest {
    static final double EPS = Math.ulp(1.0);

    static java.util.stream.Stream<TestFunctions.Function> functions() {
        return TestFunctions.all().stream().filter(f -> f.n() <= 100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void jacobianAndGradientMatchTheAnalyticOnes(TestFunctions.Function fn) {
        SplittableRandom rnd = new SplittableRandom(fn.name().hashCode());
        int n = fn.n();
        int m = fn.m();
        for (int trial = 0; trial < 5; trial++) {
            double[] x = fn.x0();
            for (int j = 0; j < n; j++) {
                x[j] += rnd.nextDouble(-0.1, 0.1) * Math.max(1, Math.abs(x[j]));
            }
            double[] r = new double[m];
            double[] jac = new double[m * n];
            fn.residuals().residuals(x, r);
            fn.jacobian().jacobian(x, jac);
            double scale = 1;
            for (double v : r) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (double v : jac) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (Formula formula : Formula.values()) {
                double[] fd = new double[m * n];
                FiniteDifferences.jacobian(fn.residuals(), x, r, formula, fd);
                double base = formula == Formula.FORWARD ? Math.sqrt(EPS) : Math.cbrt(EPS * EPS);
                for (int j = 0; j < n; j++) {
                    double tol = 100 * base * scale * stepFactor(x[j]);
                    for (int i = 0; i < m; i++) {
                        assertEquals(
                                jac[i + j * m], fd[i + j * m], tol, fn + " " + formula + " J[" + i + "," + j + "]");
                    }
                }
            }
            double[] g = new double[n];
            fn.gradient().gradient(x, g);
            double[] gfd = new double[n];
            double fx = fn.objective().value(x);
            FiniteDifferences.gradient(fn.objective(), x, fx, Formula.CENTRAL, gfd);
            double gScale = 1 + Math.abs(fx);
            for (double v : g) {
                gScale = Math.max(gScale, Math.abs(v));
            }
            for (int j = 0; j < n; j++) {
                double tol = 100 * Math.cbrt(EPS * EPS) * gScale * scale * stepFactor(x[j]);
                assertEquals(g[j], gfd[j], tol, fn + " gradient[" + j + "]");
            }
        }
    }

    /** {@code (s + 1/s)^2}, {@code s = |x|} (1 at 0): how the error grows with the relative step. */
    static double stepFactor(double x) {
        double s = x != 0 ? Math.abs(x) : 1;
        return (s + 1 / s) * (s + 1 / s);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void hessiansOfRosenbrockMatchTheAnalyticOne(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = {rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2)};
        double[] h = {1200 * x[0] * x[0] - 400 * x[1] + 2, -400 * x[0], -400 * x[0], 200};
        TestFunctions.Function fn = TestFunctions.rosenbrock();
        double[] fromF = new double[4];
        FiniteDifferences.hessian(fn.objective(), x, fn.objective().value(x), fromF);
        double[] g = new double[2];
        fn.gradient().gradient(x, g);
        double[] fromG = new double[4];
        FiniteDifferences.hessianFromGradient(fn.gradient(), x, g, Formula.CENTRAL, fromG);
        double[] hv = new double[2];
        double[] v = {rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1)};
        FiniteDifferences.hessianVector(fn.gradient(), x, g, v, hv);
        double scale = (1 + 1200 * 4 + fn.objective().value(x)) * stepFactor(x[0]) * stepFactor(x[1]);
        for (int k = 0; k < 4; k++) {
            // second differences of f: error about sqrt(eps) of the scale; of g: eps^(2/3)
            assertEquals(h[k], fromF[k], 100 * Math.sqrt(EPS) * scale * 4, "from f, element " + k);
            assertEquals(h[k], fromG[k], 100 * Math.cbrt(EPS * EPS) * scale * 4, "from g, element " + k);
        }
        for (int i = 0; i < 2; i++) {
            double exact = h[i] * v[0] + h[i + 2] * v[1];
            assertEquals(exact, hv[i], 100 * Math.sqrt(EPS) * scale * 4, "Hv[" + i + "]");
        }
        assertEquals(fromF[1], fromF[2], 0);
        assertEquals(1e6 * Math.sqrt(EPS), FiniteDifferences.step(1e6, Formula.FORWARD), 1e6 * EPS);
        assertEquals(Math.sqrt(EPS), FiniteDifferences.step(0, Formula.FORWARD), 0);
    }
}

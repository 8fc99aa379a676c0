package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.optimize.ExactNewtonTrustRegion;
import jnum.optimize.Minimize;
import jnum.optimize.NewtonTrustRegion;
import jnum.optimize.Problem;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExactNewtonTrustRegion} on indefinite Hessians: the hard case of the trust-region
 * subproblem (gradient orthogonal to the eigenvector of the most negative eigenvalue), where
 * truncated CG follows the gradient into a saddle point and the exact solution must leave it along
 * the direction of negative curvature. Convergence on the MGH corpus and on convex quadratics is in
 * {@link MoreGarbowHillstromTest} and {@link QuadraticProperties}.
 */
class ExactNewtonTrustRegionTest {
    static final Settings SETTINGS = Settings.defaults().withGradientThreshold(1e-10);

    /**
     * {@code f(x, y) = x^2 - y^2 + y^4 / 4}: a saddle at the origin (Hessian diag(2, -2)) and minima
     * {@code f = -1} at {@code (0, +-sqrt 2)}. From {@code (1, 0)} every gradient lies on the x axis,
     * orthogonal to the negative-curvature direction y.
     */
    static Problem saddle(boolean analyticHessian) {
        Problem p = Problem.of(v -> v[0] * v[0] - v[1] * v[1] + 0.25 * Math.pow(v[1], 4), (v, g) -> {
            g[0] = 2 * v[0];
            g[1] = -2 * v[1] + Math.pow(v[1], 3);
        });
        if (!analyticHessian) {
            return p;
        }
        return p.withHessian((v, h) -> {
            h[0] = 2;
            h[1] = 0;
            h[2] = 0;
            h[3] = -2 + 3 * v[1] * v[1];
        });
    }

    @Test
    void leavesTheSaddleInTheHardCase() {
        for (boolean analytic : new boolean[] {true, false}) {
            Result r = Minimize.minimize(saddle(analytic), new double[] {1, 0}, SETTINGS, new ExactNewtonTrustRegion());
            String msg = (analytic ? "analytic" : "differenced") + " Hessian: " + r;
            assertTrue(r.status().isConverged(), msg);
            assertEquals(-1.0, r.value(), 1e-12, msg);
            assertEquals(0.0, r.x()[0], 1e-8, msg);
            assertEquals(Math.sqrt(2), Math.abs(r.x()[1]), 1e-8, msg);
        }
        // the truncated CG, given the same start, never sees the y direction and stops at the saddle
        Result cg = Minimize.minimize(saddle(true), new double[] {1, 0}, SETTINGS, new NewtonTrustRegion());
        assertEquals(0.0, cg.value(), 1e-12, "Steihaug CG stops at the saddle: " + cg);
    }

    /**
     * Random indefinite quadratics plus a quartic, {@code f(x) = x.A x / 2 + sum x_i^4 / 4} with A of
     * random eigenvalues in [-3, 3], started at a point whose gradient is orthogonal to the most
     * negative eigenvector: the method must reach a point with zero gradient and a positive
     * semidefinite Hessian (a local minimum), never the starting saddle region.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void reachesASecondOrderPointOnIndefiniteProblems(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = 2 + gen.random().nextInt(12);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = gen.random().nextDouble(-3, 3);
        }
        d[0] = -1 - gen.random().nextDouble(2); // at least one negative eigenvalue
        // diagonal A: the quartic is separable, so a local minimum has x_i^2 = -d_i or x_i = 0 (d_i > 0)
        Problem p = Problem.of(
                        x -> {
                            double f = 0;
                            for (int i = 0; i < n; i++) {
                                f += 0.5 * d[i] * x[i] * x[i] + 0.25 * Math.pow(x[i], 4);
                            }
                            return f;
                        },
                        (x, g) -> {
                            for (int i = 0; i < n; i++) {
                                g[i] = d[i] * x[i] + x[i] * x[i] * x[i];
                            }
                        })
                .withHessian((x, h) -> {
                    java.util.Arrays.fill(h, 0);
                    for (int i = 0; i < n; i++) {
                        h[i + i * n] = d[i] + 3 * x[i] * x[i];
                    }
                });
        double[] x0 = new double[n];
        for (int i = 1; i < n; i++) {
            x0[i] = gen.random().nextDouble(-2, 2);
        }
        // x0[0] = 0: the gradient has no component along e_1, the most negative direction at the start
        Result r = Minimize.minimize(p, x0, SETTINGS, new ExactNewtonTrustRegion());
        String msg = "n=" + n + " seed=" + seed + ": " + r;
        assertTrue(r.status().isConverged() || r.status() == Status.NO_PROGRESS, msg);
        double fMin = 0;
        for (int i = 0; i < n; i++) {
            fMin -= d[i] < 0 ? d[i] * d[i] / 4 : 0;
            double xi = r.x()[i];
            double expected = d[i] < 0 ? Math.sqrt(-d[i]) : 0;
            assertEquals(expected, Math.abs(xi), 1e-6, msg + " component " + i);
        }
        assertEquals(fMin, r.value(), 1e-10 * (1 + Math.abs(fMin)), msg);
    }

    @Test
    void aNonFiniteHessianStopsTheRun() {
        Problem p = saddle(false).withHessian((v, h) -> java.util.Arrays.fill(h, Double.NaN));
        Result r = Minimize.minimize(p, new double[] {1, 0}, SETTINGS, new ExactNewtonTrustRegion());
        assertEquals(Status.NOT_FINITE, r.status(), r.toString());
        assertThrows(IllegalArgumentException.class, () -> new ExactNewtonTrustRegion(0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> Minimize.minimize(
                        saddle(true).withBounds(new double[] {-1, -1}, new double[] {1, 1}),
                        new double[] {0.5, 0},
                        SETTINGS,
                        new ExactNewtonTrustRegion()));
    }
}

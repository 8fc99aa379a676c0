package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.optimize.LBFGS;
import jnum.optimize.LBFGSB;
import jnum.optimize.Minimize;
import jnum.optimize.Problem;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** L-BFGS-B on problems with bounds: solutions on the bounds, inside them, and with infinite bounds. */
class BoundedProblemsTest {
    static final Settings SETTINGS =
            Settings.defaults().withGradientThreshold(1e-10).withFunctionTolerance(0);
    static final double INF = Double.POSITIVE_INFINITY;

    /**
     * A separable quadratic {@code sum_i d_i (x_i - c_i)^2} in a random box: the solution is the
     * projection of {@code c} onto the box, exactly known; some components end on a lower bound, some
     * on an upper bound, some inside, some with an infinite bound.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void separableQuadraticSolutionIsTheProjection(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(40);
        double[] d = new double[n];
        double[] c = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] expected = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.pow(10, rnd.nextDouble(-2, 2));
            c[i] = rnd.nextDouble(-10, 10);
            lo[i] = rnd.nextInt(5) == 0 ? -INF : rnd.nextDouble(-5, 0);
            hi[i] = rnd.nextInt(5) == 0 ? INF : rnd.nextDouble(0, 5);
            expected[i] = Math.max(lo[i], Math.min(hi[i], c[i]));
            x0[i] = rnd.nextDouble(-20, 20); // often outside: projected
        }
        Problem p = Problem.of(
                        x -> {
                            double s = 0;
                            for (int i = 0; i < n; i++) {
                                s += d[i] * (x[i] - c[i]) * (x[i] - c[i]);
                            }
                            return s;
                        },
                        (x, g) -> {
                            for (int i = 0; i < n; i++) {
                                g[i] = 2 * d[i] * (x[i] - c[i]);
                            }
                        })
                .withBounds(lo, hi);
        Result r = Minimize.minimize(p, x0, SETTINGS);
        assertTrue(r.status().isConverged() || r.status() == Status.NO_PROGRESS, r::toString);
        double fStar = 0;
        for (int i = 0; i < n; i++) {
            fStar += d[i] * (expected[i] - c[i]) * (expected[i] - c[i]);
        }
        for (int i = 0; i < n; i++) {
            assertTrue(r.x()[i] >= lo[i] && r.x()[i] <= hi[i], "infeasible x[" + i + "]: " + r);
            // a component on its bound must be exactly there; a free one is limited by the resolution
            // of f: d_i (x_i - c_i)^2 about eps max(1, f*), or by the gradient test 2 d_i |x_i - c_i|
            double tol = expected[i] == c[i]
                    ? Math.max(1e-10 / (2 * d[i]), 10 * Math.sqrt(2 * Math.ulp(1.0) * Math.max(1, fStar) / d[i]))
                    : 0;
            assertEquals(expected[i], r.x()[i], tol, "seed " + seed + ", x[" + i + "]: " + r);
        }
    }

    /** Rosenbrock in {@code [-2, 0.5] x [-2, inf)}: the solution is on the bound, (0.5, 0.25), f = 0.25. */
    @Test
    void rosenbrockWithActiveBound() {
        TestFunctions.Function fn = TestFunctions.rosenbrock();
        Problem p = fn.problem().withBounds(new double[] {-2, -2}, new double[] {0.5, INF});
        Result r = Minimize.minimize(p, fn.x0(), SETTINGS);
        assertEquals(0.5, r.x()[0], 0, r::toString);
        assertEquals(0.25, r.x()[1], 1e-9, r::toString);
        assertEquals(0.25, r.value(), 1e-12, r::toString);
    }

    /** Bounds that are inactive at the solution give the unconstrained solution. */
    @Test
    void inactiveBoundsGiveTheUnconstrainedSolution() {
        for (TestFunctions.Function fn : new TestFunctions.Function[] {
            TestFunctions.rosenbrock(),
            TestFunctions.wood(),
            TestFunctions.extendedRosenbrock(100),
            TestFunctions.helicalValley()
        }) {
            int n = fn.n();
            double[] lo = new double[n];
            double[] hi = new double[n];
            java.util.Arrays.fill(lo, -10);
            java.util.Arrays.fill(hi, 10);
            Result bounded = Minimize.minimize(fn.problem().withBounds(lo, hi), fn.x0(), SETTINGS, new LBFGSB());
            Result free = Minimize.minimize(fn.problem(), fn.x0(), SETTINGS, new LBFGS());
            assertTrue(bounded.status().isConverged(), bounded::toString);
            // both at the unique minimizer with gradient <= 1e-10: the points agree to about 1e-8
            assertArrayEquals(free.x(), bounded.x(), 1e-7, fn.name());
            assertEquals(0, bounded.value(), 1e-15, fn.name());
        }
    }

    /** Bounds infinite on both sides are no bounds. */
    @Test
    void infiniteBoundsAreNoBounds() {
        TestFunctions.Function fn = TestFunctions.beale();
        Problem p = fn.problem().withBounds(new double[] {-INF, -INF}, new double[] {INF, INF});
        Result r = Minimize.minimize(p, fn.x0(), SETTINGS);
        assertArrayEquals(new double[] {3, 0.5}, r.x(), 1e-8, r::toString);
    }

    /** Without a gradient, L-BFGS-B uses finite differences that stay inside the box. */
    @Test
    void finiteDifferencesRespectTheBounds() {
        double[] lo = {1, 1};
        double[] hi = {2, 2};
        Problem p = Problem.of(x -> {
                    if (x[0] < 1 || x[1] < 1) {
                        return Double.NaN; // outside the box the function is undefined
                    }
                    return Math.log(x[0]) + x[1] * x[1];
                })
                .withBounds(lo, hi);
        Result r = Minimize.minimize(p, new double[] {1.5, 1.5}, SETTINGS.withGradientThreshold(1e-7));
        assertTrue(r.finiteDifferences());
        assertArrayEquals(new double[] {1, 1}, r.x(), 0, r::toString);
    }
}

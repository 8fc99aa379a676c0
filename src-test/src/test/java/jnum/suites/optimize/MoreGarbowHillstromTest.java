package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jnum.optimize.BFGS;
import jnum.optimize.ConjugateGradient;
import jnum.optimize.ExactNewtonTrustRegion;
import jnum.optimize.LBFGS;
import jnum.optimize.LBFGSB;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.LevenbergMarquardt;
import jnum.optimize.Method;
import jnum.optimize.Minimize;
import jnum.optimize.NelderMead;
import jnum.optimize.NewtonTrustRegion;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method on the More-Garbow-Hillstrom corpus from the standard starting points: the final value
 * must be one of the known minima, to within {@link #tolerance}. One set of settings for all.
 */
class MoreGarbowHillstromTest {
    static final Settings SETTINGS =
            Settings.defaults().withGradientThreshold(1e-10).withFunctionTolerance(1e-15);

    /** The methods, by name (fresh instances are cheap; methods are immutable anyway). */
    static final Map<String, Supplier<Method>> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("BFGS", BFGS::new);
        METHODS.put("LBFGS", LBFGS::new);
        METHODS.put("LBFGSB", LBFGSB::new);
        METHODS.put("NewtonTR", NewtonTrustRegion::new);
        METHODS.put("ExactNewtonTR", ExactNewtonTrustRegion::new);
        for (ConjugateGradient.Variant v : ConjugateGradient.Variant.values()) {
            METHODS.put("CG-" + v, () -> new ConjugateGradient(v));
        }
        METHODS.put("NelderMead", NelderMead::new);
    }

    /**
     * The allowance on {@code f - f*}: the minima are published to 6 significant digits, so {@code
     * 1e-5 f*}; for a zero minimum, {@code 1e-10} of the starting value's scale, {@code max(1, f(x0))}
     * (eight digits of decrease are what a gradient test of 1e-10 buys on these functions). Nelder-Mead,
     * which has no gradient test, gets {@code 1e-8}.
     */
    static double tolerance(TestFunctions.Function fn, double fStar, boolean derivativeFree) {
        double scale = Math.max(1, fn.objective().value(fn.x0()));
        return 1e-5 * fStar + (derivativeFree ? 1e-8 : 1e-10) * scale;
    }

    /**
     * Nelder-Mead is run on the small problems only (n <= 6), where it is the method of choice.
     * Nonlinear conjugate gradients are not run on Powell's badly scaled function: with a Hessian of
     * condition about 1e9 at the solution, every variant stalls near {@code f = 1e-8}, where a
     * steepest-descent restart no longer decreases f in double precision (MGH report the same
     * behaviour of CG codes); the quasi-Newton methods solve it. The dense exact Newton method runs on
     * every function, extended Rosenbrock n = 1000 included (each iteration differences the O(n)
     * gradient 1000 times and factors a 1000 x 1000 matrix a few times), except Biggs EXP6, where from
     * the standard start it follows a valley to infinity: see {@link
     * #exactNewtonOnBiggsExp6FollowsTheValleyToInfinity}.
     */
    static boolean applicable(String method, TestFunctions.Function fn) {
        if (method.startsWith("CG-") && fn.name().equals("Powell badly scaled")) {
            return false;
        }
        if (method.equals("ExactNewtonTR")) {
            return !fn.name().startsWith("Biggs");
        }
        return !method.equals("NelderMead") || fn.n() <= 6;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (TestFunctions.Function fn : TestFunctions.all()) {
            for (String m : METHODS.keySet()) {
                if (applicable(m, fn)) {
                    out.add(Arguments.of(m, fn));
                }
            }
        }
        return out.stream();
    }

    static Result run(String method, TestFunctions.Function fn) {
        return Minimize.minimize(
                fn.problem(), fn.x0(), SETTINGS, METHODS.get(method).get());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void reachesKnownMinimum(String method, TestFunctions.Function fn) {
        Result r = run(method, fn);
        double fStar = fn.nearestMinimum(r.value());
        double tol = tolerance(fn, fStar, method.equals("NelderMead"));
        String msg = method + " on " + fn + ": f = " + r.value() + ", f* = " + fStar + ", tol " + tol + "; " + r;
        assertTrue(Math.abs(r.value() - fStar) <= tol, msg);
        assertTrue(
                r.status() != Status.ITERATION_LIMIT
                        && r.status() != Status.EVALUATION_LIMIT
                        && r.status() != Status.NOT_FINITE,
                msg);
    }

    /**
     * The best fit of Biggs EXP6's data by {@code (a + b t) e^{-c t}}, the limit of the model {@code
     * x3 e^{-t x1} - x4 e^{-t x2} + x6 e^{-t x5}} as {@code x5 = x1}, {@code x2 -> x1}, {@code x4 ->
     * infinity} with {@code x3 + x6 - x4 -> a} and {@code x4 (x1 - x2) -> b}: SciPy 1.17's
     * least_squares on those three parameters (a = 1.52326, b = -0.98015, c = 0.14650) gives this
     * residual sum of squares. No finite x attains it, and f stays above it along the valley.
     */
    static final double BIGGS_VALLEY = 0.2426767786072131;

    /**
     * Biggs EXP6 from the standard start (1, 2, 1, 1, 1, 1) is not a defect of the exact Newton
     * method but a property of the exact trust-region path: the Hessian there is indefinite
     * (eigenvalues -0.175, -0.034, ...), and the accurate first step (model decrease 0.5577 at
     * {@code ||p|| = 1.0087}; the subproblem's optimum for the radius 1, from the eigendecomposition in
     * NumPy, is 0.5556) leads where x1 = x5, x2 approaches x1, and x3, x4, x6 grow without bound while
     * f decreases towards {@link #BIGGS_VALLEY}. SciPy 1.17's {@code minimize(method='trust-exact')}
     * with the analytic Hessian does the same once its subproblem is solved as accurately: with its
     * default tolerances {@code k_easy = 0.1, k_hard = 0.2} its first step is cruder (model decrease
     * 0.5298) and it reaches f = 0 at (4, 10, 3, 5, 1, 1) in 40 iterations, but with {@code k_easy =
     * k_hard = 1e-2}, {@code 1e-4} or {@code 1e-8} it runs into its iteration limit at f = 0.2426768
     * with x = (0.148, 0.145, 165 to 171, 326 to 341, 0.148, 163 to 171). MINPACK's lmder (SciPy's
     * leastsq, and jnum's LevenbergMarquardt) reaches f = 0 from the same start; SciPy's dogbox ends
     * in another valley (f = 0.2193, x3 = -x6 = -546). The assertions: the run ends on the valley's
     * value within the corpus tolerance, far out along the valley, and by a convergence test.
     */
    @Test
    void exactNewtonOnBiggsExp6FollowsTheValleyToInfinity() {
        TestFunctions.Function fn = TestFunctions.biggsExp6();
        Result r = Minimize.minimize(fn.problem(), fn.x0(), SETTINGS, new ExactNewtonTrustRegion());
        String msg = r.toString();
        assertTrue(Math.abs(r.value() - BIGGS_VALLEY) <= tolerance(fn, BIGGS_VALLEY, false), msg);
        assertTrue(r.value() >= BIGGS_VALLEY, msg);
        double[] x = r.x();
        assertTrue(x[3] > 100 && x[2] > 50 && x[5] > 50, msg);
        // x1 = x5 and x3 + x6 - x4 near a: on the valley, not at a stray point
        assertTrue(Math.abs(x[0] - x[4]) <= 1e-3 * x[0], msg);
        assertTrue(Math.abs(x[2] + x[5] - x[3] - 1.52326) <= 0.05, msg);
        assertTrue(
                r.status() != Status.ITERATION_LIMIT
                        && r.status() != Status.EVALUATION_LIMIT
                        && r.status() != Status.NOT_FINITE,
                msg);
    }

    /**
     * The exact Newton method with the analytic Hessian on extended Rosenbrock n = 1000 (block
     * diagonal, but factored as a dense 1000 x 1000 matrix): the minimum 0, in about as many
     * iterations as at n = 10 and 100 (the problem is n / 2 copies of the n = 2 one).
     */
    @Test
    void exactNewtonWithAnalyticHessianOnExtendedRosenbrock1000() {
        TestFunctions.Function fn = TestFunctions.extendedRosenbrock(1000);
        Result r = Minimize.minimize(fn.problemWithHessian(), fn.x0(), SETTINGS, new ExactNewtonTrustRegion());
        assertTrue(Math.abs(r.value()) <= tolerance(fn, 0, false), r.toString());
        assertTrue(r.status().isConverged(), r.toString());
        assertTrue(r.iterations() <= 40, r.toString());
    }

    /**
     * The functions that bring their own gradient or Hessian: the gradient must be bit for bit
     * {@code 2 J^T r}, and the Hessian the central difference of the gradient to within its
     * truncation and rounding error.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void ownDerivativesAgreeWithTheJacobian(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (TestFunctions.Function fn : TestFunctions.all()) {
            if (fn.directGradient() == null && fn.hessian() == null) {
                continue;
            }
            int n = fn.n();
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = fn.start()[i] + rnd.nextDouble(-1, 1);
            }
            double[] viaJacobian = new double[n];
            new TestFunctions.Function(fn.name(), fn.m(), fn.start(), fn.minima(), fn.residuals(), fn.jacobian())
                    .gradient()
                    .gradient(x, viaJacobian);
            double[] g = new double[n];
            fn.gradient().gradient(x, g);
            for (int i = 0; i < n; i++) {
                assertEquals(viaJacobian[i] + 0.0, g[i] + 0.0, 0.0, fn + " gradient " + i + ", seed " + seed);
            }
            if (fn.hessian() == null) {
                continue;
            }
            double[] h = new double[n * n];
            fn.hessian().hessian(x, h);
            double[] gp = new double[n];
            double[] gm = new double[n];
            for (int j = 0; j < Math.min(n, 8); j++) {
                double step = 1e-5 * Math.max(1, Math.abs(x[j]));
                double keep = x[j];
                x[j] = keep + step;
                fn.gradient().gradient(x, gp);
                x[j] = keep - step;
                fn.gradient().gradient(x, gm);
                x[j] = keep;
                for (int i = 0; i < n; i++) {
                    double fd = (gp[i] - gm[i]) / (2 * step);
                    // truncation step^2 |f''''| / 6 <= 1e-9 * 2400 * 3 / 6 and rounding 2 eps |g| / step
                    // <= 1e-6 for |x| <= 3: both far below 1e-4 max(1, |H_ij|)
                    double scale = Math.max(1, Math.abs(h[i + j * n]));
                    assertTrue(
                            Math.abs(fd - h[i + j * n]) <= 1e-4 * scale,
                            fn + " H(" + i + ", " + j + ") = " + h[i + j * n] + " vs " + fd + ", seed " + seed);
                }
            }
        }
    }

    static Stream<TestFunctions.Function> functions() {
        return TestFunctions.all().stream();
    }

    /** Levenberg-Marquardt on the same corpus, in its least-squares form. */
    @ParameterizedTest(name = "LM on {0}")
    @MethodSource("functions")
    void levenbergMarquardtReachesKnownMinimum(TestFunctions.Function fn) {
        LeastSquaresResult r = new LevenbergMarquardt().fit(fn.leastSquares(), fn.x0(), SETTINGS);
        double f = r.residualSumOfSquares();
        double fStar = fn.nearestMinimum(f);
        assertTrue(Math.abs(f - fStar) <= tolerance(fn, fStar, false), "LM on " + fn + ": " + r);
    }

    /** The iteration table for docs (printed; run with -Djnum.test.printMgh=true). */
    @Test
    void printTable() {
        if (!Boolean.getBoolean("jnum.test.printMgh")) {
            return;
        }
        StringBuilder b = new StringBuilder("| function | n |");
        for (String m : METHODS.keySet()) {
            b.append(' ').append(m).append(" |");
        }
        b.append(" LM |\n|---|---|").append("---|".repeat(METHODS.size() + 1)).append('\n');
        for (TestFunctions.Function fn : TestFunctions.all()) {
            b.append("| ")
                    .append(fn.name().replaceAll(" n=\\d+", ""))
                    .append(" | ")
                    .append(fn.n())
                    .append(" |");
            for (String m : METHODS.keySet()) {
                if (!applicable(m, fn)) {
                    b.append(" - |");
                    continue;
                }
                Result r = run(m, fn);
                double fStar = fn.nearestMinimum(r.value());
                boolean ok = Math.abs(r.value() - fStar) <= tolerance(fn, fStar, m.equals("NelderMead"));
                b.append(String.format(
                        Locale.ROOT,
                        " %d/%d%s |",
                        r.iterations(),
                        r.functionEvaluations(),
                        ok ? "" : " FAIL " + r.value() + " " + r.status()));
            }
            LeastSquaresResult lm = new LevenbergMarquardt().fit(fn.leastSquares(), fn.x0(), SETTINGS);
            b.append(String.format(Locale.ROOT, " %d/%d |%n", lm.iterations(), lm.residualEvaluations()));
        }
        System.out.println(b);
    }
}

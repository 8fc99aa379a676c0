package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jnum.optimize.BFGS;
import jnum.optimize.Backtracking;
import jnum.optimize.ConjugateGradient;
import jnum.optimize.ExactNewtonTrustRegion;
import jnum.optimize.GradientDescent;
import jnum.optimize.HagerZhangLineSearch;
import jnum.optimize.LBFGS;
import jnum.optimize.LBFGSB;
import jnum.optimize.Method;
import jnum.optimize.Minimize;
import jnum.optimize.NelderMead;
import jnum.optimize.NewtonTrustRegion;
import jnum.optimize.Problem;
import jnum.optimize.Recorder;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.TestFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every method shares: defaults, limits, bad input, NaN handling, recorders, counts. */
class MinimizeContractTest {
    static Stream<Method> methods() {
        return Stream.of(
                new GradientDescent(),
                new GradientDescent(new HagerZhangLineSearch()),
                new BFGS(),
                new BFGS(new Backtracking()),
                new LBFGS(3),
                new LBFGSB(),
                new NewtonTrustRegion(),
                new ExactNewtonTrustRegion(),
                new NelderMead(),
                new NelderMead(false),
                new ConjugateGradient(ConjugateGradient.Variant.FLETCHER_REEVES),
                new ConjugateGradient(ConjugateGradient.Variant.HAGER_ZHANG));
    }

    static final TestFunctions.Function ROSENBROCK = TestFunctions.rosenbrock();

    @Test
    void defaultsPickTheMethodFromTheProblem() {
        assertInstanceOf(BFGS.class, Minimize.defaultMethod(ROSENBROCK.problem(), 2));
        assertInstanceOf(LBFGS.class, Minimize.defaultMethod(ROSENBROCK.problem(), 5000));
        assertInstanceOf(NelderMead.class, Minimize.defaultMethod(Problem.of(ROSENBROCK.objective()), 2));
        assertInstanceOf(
                LBFGSB.class,
                Minimize.defaultMethod(ROSENBROCK.problem().withBounds(new double[] {0, 0}, new double[] {1, 1}), 2));
        Result r = Minimize.minimize(ROSENBROCK.problem(), ROSENBROCK.x0());
        assertEquals("BFGS", r.method());
        assertEquals(Status.GRADIENT_THRESHOLD, r.status());
        assertEquals(1, r.x()[0], 1e-7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void iterationLimitIsHonoured(Method m) {
        Result r = run(m, Settings.defaults().withMaxIterations(5));
        assertEquals(5, r.iterations(), r::toString);
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertTrue(r.value() < ROSENBROCK.objective().value(ROSENBROCK.x0()) || m instanceof NelderMead, r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void evaluationLimitIsHonoured(Method m) {
        for (int limit : new int[] {1, 7, 30}) {
            Result r = run(m, Settings.defaults().withMaxEvaluations(limit));
            assertTrue(r.functionEvaluations() <= limit, r::toString);
            // a method may also converge within the limit (exact Newton needs 27 evaluations here)
            assertTrue(
                    r.status() == Status.EVALUATION_LIMIT
                            || (r.status().isConverged() && r.functionEvaluations() < limit),
                    r::toString);
            assertTrue(Double.isNaN(r.value()) || r.value() <= 24.2, r::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void timeLimitIsHonoured(Method m) {
        Problem slow = Problem.of(
                x -> {
                    long end = System.nanoTime() + 2_000_000;
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                    return ROSENBROCK.objective().value(x);
                },
                ROSENBROCK.gradient());
        Result r = Minimize.minimize(slow, ROSENBROCK.x0(), Settings.defaults().withMaxTime(Duration.ofMillis(50)), m);
        assertEquals(Status.TIME_LIMIT, r.status(), r::toString);
        assertTrue(r.wallTime().toMillis() < 1000, r::toString);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void recorderSeesEveryIterationAndCanStop(Method m) {
        List<Recorder.Progress> seen = new ArrayList<>();
        Recorder stopAtThree = p -> {
            seen.add(p);
            return p.iteration() < 3;
        };
        Result r = run(m, Settings.defaults().withRecorder(stopAtThree));
        assertEquals(Status.STOPPED_BY_RECORDER, r.status());
        assertEquals(3, seen.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(k + 1, seen.get(k).iteration());
        }
        assertEquals(r.value(), seen.get(2).value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void nonFiniteStartIsAClearError(Method m) {
        Problem nan = Problem.of(x -> Double.NaN, (x, g) -> {});
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Minimize.minimize(nan, new double[] {1, 2}, m));
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("starting point"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Minimize.minimize(ROSENBROCK.problem(), new double[] {Double.POSITIVE_INFINITY, 0}, m));
        assertThrows(IllegalArgumentException.class, () -> Minimize.minimize(ROSENBROCK.problem(), new double[0], m));
        assertThrows(NullPointerException.class, () -> Minimize.minimize(null, new double[] {1}, m));
        assertThrows(NullPointerException.class, () -> Minimize.minimize(ROSENBROCK.problem(), null, m));
    }

    /**
     * The objective is NaN beyond {@code x_0 > 1.5}. First the minimum of {@code (x_0 - 1)^2 + x_1^2}
     * is inside the domain, but the first trial steps from {@code (-3, 1)} overshoot into the NaN
     * region: every method must back off and reach (1, 0). Then the unconstrained minimum of {@code
     * (x_0 - 2)^2 + x_1^2} lies in the NaN region: every method must stop within its limits with a
     * finite value below the start and a status saying why.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void nanLaterIsBackedOffFrom(Method m) {
        Problem inside = nanBeyond(1.5, 1);
        Result r = Minimize.minimize(
                inside, new double[] {-3, 1}, Settings.defaults().withGradientThreshold(1e-6), m);
        assertEquals(1, r.x()[0], 1e-3, r::toString);
        assertEquals(0, r.x()[1], 1e-3, r::toString);

        Problem outside = nanBeyond(1.5, 2);
        r = Minimize.minimize(outside, new double[] {0, 1}, Settings.defaults().withMaxIterations(10_000), m);
        assertTrue(Double.isFinite(r.value()) && r.value() < 5 && r.x()[0] <= 1.5, r::toString);
        assertTrue(
                r.status() == Status.NOT_FINITE
                        || r.status() == Status.NO_PROGRESS
                        || r.status().isConverged(),
                r::toString);
    }

    /** {@code (x_0 - c)^2 + x_1^2}, NaN (value and gradient) where {@code x_0 > edge}. */
    private static Problem nanBeyond(double edge, double c) {
        return Problem.of(x -> x[0] > edge ? Double.NaN : (x[0] - c) * (x[0] - c) + x[1] * x[1], (x, g) -> {
            g[0] = x[0] > edge ? Double.NaN : 2 * (x[0] - c);
            g[1] = 2 * x[1];
        });
    }

    @Test
    void finiteDifferencesAreUsedAndReported() {
        Problem noGradient = Problem.of(ROSENBROCK.objective());
        for (Method m : new Method[] {new BFGS(), new LBFGS(), new NewtonTrustRegion()}) {
            Result r = Minimize.minimize(noGradient, ROSENBROCK.x0(), m);
            assertTrue(r.finiteDifferences(), r::toString);
            assertEquals(1, r.x()[0], 1e-5, r::toString);
            assertTrue(r.functionEvaluations() > r.gradientEvaluations() * 4, r::toString);
        }
        assertFalse(Minimize.minimize(ROSENBROCK.problem(), ROSENBROCK.x0()).finiteDifferences());
    }

    @Test
    void evaluationCountsAreExact() {
        AtomicInteger f = new AtomicInteger();
        AtomicInteger g = new AtomicInteger();
        Problem counted = Problem.of(
                x -> {
                    f.incrementAndGet();
                    return ROSENBROCK.objective().value(x);
                },
                (x, gr) -> {
                    g.incrementAndGet();
                    ROSENBROCK.gradient().gradient(x, gr);
                });
        for (Method m : methods().toList()) {
            f.set(0);
            g.set(0);
            Result r = Minimize.minimize(
                    counted, ROSENBROCK.x0(), Settings.defaults().withMaxIterations(50), m);
            assertEquals(f.get(), r.functionEvaluations(), m::name);
            assertEquals(g.get(), r.gradientEvaluations(), m::name);
        }
    }

    @Test
    void printingRecorderWritesALinePerIteration() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Result r = run(new BFGS(), Settings.defaults().withRecorder(Recorder.printing(out)));
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("BFGS", lines[0]);
        assertTrue(lines[1].contains("iter") && lines[1].contains("f"), lines[1]);
        assertEquals(r.iterations() + 2, lines.length);
        assertTrue(
                lines[lines.length - 1].trim().startsWith(Integer.toString(r.iterations())), lines[lines.length - 1]);
    }

    @Test
    void settingsAndProblemsValidate() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withGradientThreshold(-1));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withFunctionTolerance(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withMaxIterations(0));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withMaxEvaluations(-3));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withMaxTime(Duration.ZERO));
        Problem p = ROSENBROCK.problem();
        assertThrows(IllegalArgumentException.class, () -> p.withBounds(new double[] {0}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> p.withBounds(new double[] {2, 0}, new double[] {1, 1}));
        assertThrows(
                IllegalArgumentException.class, () -> p.withBounds(new double[] {Double.NaN, 0}, new double[] {1, 1}));
        assertThrows(NullPointerException.class, () -> Problem.of(null));
        Problem bounded = p.withBounds(new double[] {0, 0}, new double[] {1, 1});
        assertThrows(
                IllegalArgumentException.class, () -> Minimize.minimize(bounded, new double[] {0.5, 0.5}, new BFGS()));
        assertThrows(
                IllegalArgumentException.class, () -> Minimize.minimize(bounded, new double[] {0.5}, new LBFGSB()));
        assertThrows(IllegalArgumentException.class, () -> new LBFGS(0));
    }

    private static Result run(Method m, Settings s) {
        return Minimize.minimize(ROSENBROCK.problem(), ROSENBROCK.x0(), s, m);
    }
}

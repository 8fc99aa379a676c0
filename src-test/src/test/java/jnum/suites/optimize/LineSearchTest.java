package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import jnum.optimize.Backtracking;
import jnum.optimize.HagerZhangLineSearch;
import jnum.optimize.LineFunction;
import jnum.optimize.LineSample;
import jnum.optimize.MoreThuente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line searches on the test functions of More and Thuente (ACM TOMS 20, 1994, section 5), from
 * the paper's initial steps 1e-3, 1e-1, 1e1, 1e3: the accepted step must satisfy the conditions each
 * search promises.
 */
class LineSearchTest {
    /** A function of one variable with its derivative. */
    record Phi(String name, DoubleUnaryOperator f, DoubleUnaryOperator df, double ftol, double gtol) {
        LineFunction line() {
            return new LineFunction() {
                @Override
                public double value(double a) {
                    double v = f.applyAsDouble(a);
                    return Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
                }

                @Override
                public LineSample sample(double a) {
                    return new LineSample(a, value(a), df.applyAsDouble(a));
                }
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Phi[] functions() {
        double b1 = 2;
        double b2 = 0.004;
        double b3 = 0.01;
        double l = 39;
        return new Phi[] {
            new Phi("-a/(a^2+2)", a -> -a / (a * a + b1), a -> (a * a - b1) / ((a * a + b1) * (a * a + b1)), 1e-3, 0.1),
            new Phi(
                    "(a+0.004)^5 - 2(a+0.004)^4",
                    a -> Math.pow(a + b2, 5) - 2 * Math.pow(a + b2, 4),
                    a -> 5 * Math.pow(a + b2, 4) - 8 * Math.pow(a + b2, 3),
                    0.1,
                    0.1),
            new Phi(
                    "wiggly phi0 + sin",
                    a -> phi0(a, b3) + 2 * (1 - b3) / (l * Math.PI) * Math.sin(l * Math.PI * a / 2),
                    a -> dphi0(a, b3) + (1 - b3) * Math.cos(l * Math.PI * a / 2),
                    0.1,
                    0.1)
        };
    }

    static double phi0(double a, double b) {
        if (a <= 1 - b) {
            return 1 - a;
        }
        if (a >= 1 + b) {
            return a - 1;
        }
        return (a - 1) * (a - 1) / (2 * b) + b / 2;
    }

    static double dphi0(double a, double b) {
        if (a <= 1 - b) {
            return -1;
        }
        if (a >= 1 + b) {
            return 1;
        }
        return (a - 1) / b;
    }

    static Stream<Arguments> cases() {
        return Stream.of(functions())
                .flatMap(p -> Stream.of(1e-3, 1e-1, 1e1, 1e3).map(a0 -> Arguments.of(p, a0)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("cases")
    void moreThuenteSatisfiesTheStrongWolfeConditions(Phi p, double a0) {
        MoreThuente mt = new MoreThuente(p.ftol(), p.gtol(), 1e-14, 60);
        double f0 = p.f().applyAsDouble(0);
        double g0 = p.df().applyAsDouble(0);
        LineSample s = mt.search(p.line(), f0, g0, a0, Double.POSITIVE_INFINITY);
        assertNotNull(s, p + " from " + a0);
        assertTrue(s.value() <= f0 + p.ftol() * s.step() * g0, "sufficient decrease: " + s);
        assertTrue(Math.abs(s.slope()) <= p.gtol() * Math.abs(g0), "curvature: " + s);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("cases")
    void hagerZhangSatisfiesWolfeOrApproximateWolfe(Phi p, double a0) {
        double delta = 0.1;
        double sigma = 0.9;
        HagerZhangLineSearch hz = new HagerZhangLineSearch(delta, sigma, 1e-6, 60);
        double f0 = p.f().applyAsDouble(0);
        double g0 = p.df().applyAsDouble(0);
        LineSample s = hz.search(p.line(), f0, g0, a0, Double.POSITIVE_INFINITY);
        assertNotNull(s, p + " from " + a0);
        boolean wolfe = s.value() - f0 <= delta * s.step() * g0 && s.slope() >= sigma * g0;
        boolean approximate = s.value() <= f0 && (2 * delta - 1) * g0 >= s.slope() && s.slope() >= sigma * g0;
        assertTrue(wolfe || approximate, s.toString());
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("cases")
    void backtrackingSatisfiesArmijo(Phi p, double a0) {
        double f0 = p.f().applyAsDouble(0);
        double g0 = p.df().applyAsDouble(0);
        LineSample s = new Backtracking().search(p.line(), f0, g0, a0, Double.POSITIVE_INFINITY);
        assertNotNull(s);
        assertTrue(s.step() <= a0 && s.value() <= f0 + 1e-4 * s.step() * g0, s.toString());
    }

    @Test
    void searchesBackOffFromNaNAndRespectTheMaximalStep() {
        // phi(a) = (a - 3)^2, NaN beyond a = 2: the best reachable step is near 2
        Phi p = new Phi(
                "nan beyond 2",
                a -> a > 2 ? Double.NaN : (a - 3) * (a - 3),
                a -> a > 2 ? Double.NaN : 2 * (a - 3),
                1e-4,
                0.9);
        for (var search :
                new jnum.optimize.LineSearch[] {new MoreThuente(), new HagerZhangLineSearch(), new Backtracking()}) {
            LineSample s = search.search(p.line(), 9, -6, 10, Double.POSITIVE_INFINITY);
            assertNotNull(s, search.toString());
            assertTrue(s.step() <= 2 && s.value() < 9, search + ": " + s);
            LineSample capped = search.search(p.line(), 9, -6, 10, 0.5);
            assertTrue(capped.step() <= 0.5, search + ": " + capped);
        }
        // no decrease anywhere: null
        Phi up = new Phi("increasing", a -> a, a -> 1, 1e-4, 0.9);
        assertNull(new Backtracking().search(up.line(), 0, -1, 1, Double.POSITIVE_INFINITY));
    }
}

package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.LevenbergMarquardt;
import jnum.optimize.Settings;
import jnum.testkit.NistModels;
import jnum.testkit.NistNonlinear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Levenberg-Marquardt on every NIST StRD nonlinear regression problem in the test resources, from
 * both of NIST's starting points, with one set of settings for all: the certified parameters and
 * standard deviations must be reached with a log relative error (LRE) of at least 6, and the residual
 * sum of squares too.
 */
class NistNonlinearTest {
    /** The settings of every fit: MINPACK's tests at tolerances near the limit of double precision. */
    static final Settings SETTINGS = Settings.defaults()
            .withFunctionTolerance(1e-15)
            .withStepTolerance(1e-15)
            .withGradientThreshold(0);

    static final double MIN_LRE = 6;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String name : NistNonlinear.NAMES) {
            out.add(Arguments.of(name, 1));
            out.add(Arguments.of(name, 2));
        }
        return out.stream();
    }

    /** The fit of one problem from one start. */
    static LeastSquaresResult fit(NistNonlinear.Problem p, int start) {
        double[] b0 = start == 1 ? p.start1() : p.start2();
        return new LevenbergMarquardt().fit(NistModels.leastSquares(p), b0, SETTINGS);
    }

    /** The smallest LRE of the parameters, of the standard errors, and the LRE of the RSS. */
    static double[] lres(NistNonlinear.Problem p, LeastSquaresResult fit) {
        double lp = 11;
        double ls = 11;
        double[] se = fit.standardErrors();
        for (int j = 0; j < p.certified().length; j++) {
            lp = Math.min(lp, NistNonlinear.lre(fit.parameters()[j], p.certified()[j], 11));
            ls = Math.min(ls, NistNonlinear.lre(se[j], p.certifiedSd()[j], 11));
        }
        return new double[] {lp, ls, NistNonlinear.lre(fit.residualSumOfSquares(), p.certifiedRss(), 11)};
    }

    @ParameterizedTest(name = "{0} start {1}")
    @MethodSource("cases")
    void reachesCertifiedValues(String name, int start) {
        NistNonlinear.Problem p = NistNonlinear.load(name);
        LeastSquaresResult fit = fit(p, start);
        double[] l = lres(p, fit);
        String msg = String.format(
                Locale.ROOT,
                "%s start %d: LRE parameters %.1f, std errors %.1f, RSS %.1f; %s",
                name,
                start,
                l[0],
                l[1],
                l[2],
                fit);
        assertTrue(fit.status().isConverged(), msg);
        assertTrue(l[0] >= MIN_LRE && l[1] >= MIN_LRE && l[2] >= MIN_LRE, msg);
    }

    /** The table for docs/ACCURACY.md (printed; run with -Djnum.test.printNist=true). */
    @Test
    void printTable() {
        if (!Boolean.getBoolean("jnum.test.printNist")) {
            return;
        }
        StringBuilder b = new StringBuilder(
                "| problem | start | LRE params | LRE std errors | LRE RSS | iterations | r evals | status |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (String name : NistNonlinear.NAMES) {
            NistNonlinear.Problem p = NistNonlinear.load(name);
            for (int start = 1; start <= 2; start++) {
                LeastSquaresResult fit = fit(p, start);
                double[] l = lres(p, fit);
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.1f | %.1f | %.1f | %d | %d | %s |%n",
                        name,
                        start,
                        l[0],
                        l[1],
                        l[2],
                        fit.iterations(),
                        fit.residualEvaluations(),
                        fit.status()));
            }
        }
        System.out.println(b);
    }
}

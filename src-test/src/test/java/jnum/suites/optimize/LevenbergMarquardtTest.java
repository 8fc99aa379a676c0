package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jnum.optimize.LeastSquares;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.LevenbergMarquardt;
import jnum.optimize.Recorder;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.NistModels;
import jnum.testkit.NistNonlinear;
import jnum.testkit.TestFunctions;
import org.junit.jupiter.api.Test;

/** Levenberg-Marquardt's contract: limits, recorder, bad input, finite-difference Jacobians. */
class LevenbergMarquardtTest {
    static final TestFunctions.Function ROSENBROCK = TestFunctions.rosenbrock();

    @Test
    void limitsAndRecorderAreHonoured() {
        LevenbergMarquardt lm = new LevenbergMarquardt();
        LeastSquaresResult r = lm.fit(
                ROSENBROCK.leastSquares(), ROSENBROCK.x0(), Settings.defaults().withMaxIterations(3));
        assertEquals(Status.ITERATION_LIMIT, r.status());
        assertEquals(3, r.iterations());
        r = lm.fit(
                ROSENBROCK.leastSquares(), ROSENBROCK.x0(), Settings.defaults().withMaxEvaluations(4));
        assertEquals(Status.EVALUATION_LIMIT, r.status());
        assertTrue(r.residualEvaluations() <= 4, r::toString);
        List<Recorder.Progress> seen = new ArrayList<>();
        r = lm.fit(
                ROSENBROCK.leastSquares(),
                ROSENBROCK.x0(),
                Settings.defaults().withRecorder(p -> seen.add(p) && p.iteration() < 2));
        assertEquals(Status.STOPPED_BY_RECORDER, r.status());
        assertEquals(2, seen.size());
        assertEquals(r.residualSumOfSquares(), seen.get(1).value());
    }

    @Test
    void badInputIsAClearError() {
        LevenbergMarquardt lm = new LevenbergMarquardt();
        LeastSquares nan = LeastSquares.of(2, (p, r) -> r[0] = r[1] = Double.NaN);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> lm.fit(nan, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("not finite at p0"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> lm.fit(LeastSquares.of(1, (p, r) -> {}), new double[] {1, 2}));
        assertThrows(
                IllegalArgumentException.class, () -> lm.fit(ROSENBROCK.leastSquares(), new double[] {Double.NaN, 1}));
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.of(0, (p, r) -> {}));
        assertThrows(NullPointerException.class, () -> lm.fit(null, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new LevenbergMarquardt(0));
    }

    /**
     * Without a Jacobian, forward differences (error about sqrt(eps) relative in J) still lead to the
     * certified solution: the step only needs an approximate J, and the residuals are exact. The
     * parameters must reach LRE 6 on these NIST problems; the covariance uses central differences,
     * good to about eps^(2/3) times the conditioning, so the standard errors must reach LRE 4.
     */
    @Test
    void finiteDifferenceJacobianReachesTheCertifiedValues() {
        Settings tight = NistNonlinearTest.SETTINGS;
        for (String name : List.of("Misra1a", "Chwirut2", "DanWood", "Kirby2", "Rat42")) {
            NistNonlinear.Problem p = NistNonlinear.load(name);
            LeastSquares exact = NistModels.leastSquares(p);
            LeastSquares noJacobian = LeastSquares.of(exact.m(), exact.residuals());
            LeastSquaresResult fit = new LevenbergMarquardt().fit(noJacobian, p.start2(), tight);
            assertTrue(fit.finiteDifferences());
            double[] se = fit.standardErrors();
            for (int j = 0; j < p.certified().length; j++) {
                assertTrue(NistNonlinear.lre(fit.parameters()[j], p.certified()[j], 11) >= 6, name + " " + fit);
                assertTrue(NistNonlinear.lre(se[j], p.certifiedSd()[j], 11) >= 4, name + " " + fit);
            }
        }
    }
}

package jnum.bench;

import java.util.concurrent.TimeUnit;
import jnum.optimize.BFGS;
import jnum.optimize.ConjugateGradient;
import jnum.optimize.LBFGS;
import jnum.optimize.LeastSquares;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.LevenbergMarquardt;
import jnum.optimize.Minimize;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.testkit.NistNonlinear;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole minimizations, start to stop: L-BFGS and Polak-Ribiere CG on SciPy's Rosenbrock function
 * (n = 2, 100, 1000, from (-1.2, 1, ...)) against Hipparchus's nonlinear CG, jnum's and Smile's BFGS
 * and Smile's L-BFGS; L-BFGS on L2-regularized logistic regression (1e5 x 100 design, gradient
 * through two GEMV calls) against Smile's BFGS and L-BFGS and Hipparchus's CG; Levenberg-Marquardt on
 * NIST problems (start 1) against Hipparchus's. The evaluation counts of the same runs are printed by
 * {@link OptimizeCounts}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx2g"})
public class OptimizeBench {
    /** Rosenbrock of dimension n. */
    @State(Scope.Benchmark)
    public static class Rosen {
        @Param({"2", "100", "1000"})
        public int n;

        double[] x0;
        final Settings settings = Settings.defaults().withGradientThreshold(1e-6);

        @Setup
        public void setup() {
            x0 = OptimizeProblems.rosenStart(n);
        }
    }

    /** The logistic regression problem (built once: 80 MB). */
    @State(Scope.Benchmark)
    public static class Logit {
        OptimizeProblems.Logistic problem;
        final Settings settings = Settings.defaults().withGradientThreshold(1e-4);
        double smileGtol;

        @Setup(Level.Trial)
        public void setup() {
            problem = new OptimizeProblems.Logistic(100_000, 100, 11);
            smileGtol = SmileOptim.logisticGtol(problem, settings.gradientThreshold());
        }
    }

    /** A NIST problem. */
    @State(Scope.Benchmark)
    public static class Nist {
        @Param({"Misra1a", "MGH17", "Lanczos3", "Hahn1"})
        public String problem;

        NistNonlinear.Problem data;
        LeastSquares ls;

        @Setup
        public void setup() {
            data = NistNonlinear.load(problem);
            ls = OptimizeProblems.nist(data);
        }
    }

    @Benchmark
    public Result lbfgsRosenbrock(Rosen s) {
        return Minimize.minimize(OptimizeProblems.rosenbrock(), s.x0, s.settings, new LBFGS());
    }

    @Benchmark
    public Result cgRosenbrock(Rosen s) {
        return Minimize.minimize(OptimizeProblems.rosenbrock(), s.x0, s.settings, new ConjugateGradient());
    }

    @Benchmark
    public PointValuePair hipparchusCgRosenbrock(Rosen s) {
        return HipparchusOptim.cgRosenbrock(s.x0);
    }

    @Benchmark
    public Result bfgsRosenbrock(Rosen s) {
        return Minimize.minimize(OptimizeProblems.rosenbrock(), s.x0, s.settings, new BFGS());
    }

    @Benchmark
    public double smileBfgsRosenbrock(Rosen s) {
        return SmileOptim.bfgs(SmileOptim.rosenbrock(), s.x0.clone(), s.settings.gradientThreshold());
    }

    @Benchmark
    public double smileLbfgsRosenbrock(Rosen s) {
        return SmileOptim.lbfgs(SmileOptim.rosenbrock(), s.x0.clone(), s.settings.gradientThreshold());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Result lbfgsLogistic(Logit s) {
        return Minimize.minimize(s.problem.problem(), new double[s.problem.n], s.settings, new LBFGS());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double smileLbfgsLogistic(Logit s) {
        return SmileOptim.lbfgs(SmileOptim.logistic(s.problem), new double[s.problem.n], s.smileGtol);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double smileBfgsLogistic(Logit s) {
        return SmileOptim.bfgs(SmileOptim.logistic(s.problem), new double[s.problem.n], s.smileGtol);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PointValuePair hipparchusCgLogistic(Logit s) {
        return HipparchusOptim.cgLogistic(s.problem);
    }

    @Benchmark
    public LeastSquaresResult lmNist(Nist s) {
        return new LevenbergMarquardt().fit(s.ls, s.data.start1());
    }

    @Benchmark
    public LeastSquaresOptimizer.Optimum hipparchusLmNist(Nist s) {
        return HipparchusOptim.lm(s.data, s.data.start1());
    }
}

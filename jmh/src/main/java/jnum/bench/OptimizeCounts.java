package jnum.bench;

import java.util.Locale;
import jnum.optimize.BFGS;
import jnum.optimize.ConjugateGradient;
import jnum.optimize.LBFGS;
import jnum.optimize.LBFGSB;
import jnum.optimize.LeastSquaresResult;
import jnum.optimize.LevenbergMarquardt;
import jnum.optimize.Method;
import jnum.optimize.Minimize;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.testkit.NistNonlinear;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;

/**
 * Prints the evaluation counts of the benchmarked runs (and of BFGS and L-BFGS-B), to set beside
 * SciPy's ({@code docs/benchmarks/optimize_scipy.py}): {@code java -cp jmh/target/benchmarks.jar
 * jnum.bench.OptimizeCounts}.
 */
public final class OptimizeCounts {
    private OptimizeCounts() {}

    /**
     * Prints the counts; with {@code --logistic-data FILE} it first writes the logistic regression
     * problem (m, n, then A column-major and y, little-endian doubles) for the SciPy script.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2 && args[0].equals("--logistic-data")) {
            writeLogistic(new OptimizeProblems.Logistic(100_000, 100, 11), java.nio.file.Path.of(args[1]));
        }
        Settings s = Settings.defaults().withGradientThreshold(1e-6);
        for (int n : new int[] {2, 100, 1000}) {
            for (Method m : new Method[] {new BFGS(), new LBFGS(), new LBFGSB(), new ConjugateGradient()}) {
                Result r = Minimize.minimize(OptimizeProblems.rosenbrock(), OptimizeProblems.rosenStart(n), s, m);
                System.out.printf(
                        Locale.ROOT,
                        "rosen n=%d %s: %s, %d iterations, %d f, %d g, f = %.3g%n",
                        n,
                        m.name(),
                        r.status(),
                        r.iterations(),
                        r.functionEvaluations(),
                        r.gradientEvaluations(),
                        r.value());
            }
            PointValuePair h = HipparchusOptim.cgRosenbrock(OptimizeProblems.rosenStart(n));
            System.out.printf(Locale.ROOT, "rosen n=%d Hipparchus CG: f = %.3g%n", n, h.getValue());
            for (boolean limited : new boolean[] {false, true}) {
                SmileOptim.Counted f = SmileOptim.rosenbrock();
                double[] x = OptimizeProblems.rosenStart(n);
                double v = limited ? SmileOptim.lbfgs(f, x, 1e-6) : SmileOptim.bfgs(f, x, 1e-6);
                smile(limited, "rosen n=" + n, f, x, v, OptimizeProblems::rosenGradient);
            }
        }
        OptimizeProblems.Logistic lg = new OptimizeProblems.Logistic(100_000, 100, 11);
        for (Method m : new Method[] {new LBFGS(), new BFGS(), new ConjugateGradient()}) {
            Result r = Minimize.minimize(
                    lg.problem(), new double[100], Settings.defaults().withGradientThreshold(1e-4), m);
            System.out.printf(
                    Locale.ROOT,
                    "logistic 1e5 x 100 %s: %s, %d iterations, %d f, %d g, f = %.10g, |g|inf = %.3g%n",
                    m.name(),
                    r.status(),
                    r.iterations(),
                    r.functionEvaluations(),
                    r.gradientEvaluations(),
                    r.value(),
                    normInf(r.gradient()));
        }
        PointValuePair hc = HipparchusOptim.cgLogistic(lg);
        double[] hg = new double[lg.n];
        lg.gradient(hc.getPoint(), hg);
        System.out.printf(
                Locale.ROOT,
                "logistic 1e5 x 100 Hipparchus CG: f = %.10g, |g|inf = %.3g%n",
                hc.getValue(),
                normInf(hg));
        for (boolean limited : new boolean[] {false, true}) {
            SmileOptim.Counted f = SmileOptim.logistic(lg);
            double[] x = new double[lg.n];
            double gtol = SmileOptim.logisticGtol(lg, 1e-4);
            double v = limited ? SmileOptim.lbfgs(f, x, gtol) : SmileOptim.bfgs(f, x, gtol);
            smile(limited, "logistic 1e5 x 100", f, x, v, lg::gradient);
        }
        for (String name : NistNonlinear.NAMES) {
            NistNonlinear.Problem p = NistNonlinear.load(name);
            for (int start = 1; start <= 2; start++) {
                double[] b0 = start == 1 ? p.start1() : p.start2();
                LeastSquaresResult fit = new LevenbergMarquardt().fit(OptimizeProblems.nist(p), b0);
                String hip;
                try {
                    LeastSquaresOptimizer.Optimum o = HipparchusOptim.lm(p, b0);
                    hip = String.format(
                            Locale.ROOT,
                            "%d evaluations, %d iterations, RSS %.10g",
                            o.getEvaluations(),
                            o.getIterations(),
                            o.getCost() * o.getCost());
                } catch (RuntimeException e) {
                    hip = "failed: " + e.getMessage();
                }
                System.out.printf(
                        Locale.ROOT,
                        "NIST %s start %d: jnum LM %d r + %d J, %d iterations, RSS %.10g (certified %.10g); Hipparchus %s%n",
                        name,
                        start,
                        fit.residualEvaluations(),
                        fit.jacobianEvaluations(),
                        fit.iterations(),
                        fit.residualSumOfSquares(),
                        p.certifiedRss(),
                        hip);
            }
        }
    }

    private static void smile(
            boolean limited,
            String problem,
            SmileOptim.Counted f,
            double[] x,
            double value,
            java.util.function.BiConsumer<double[], double[]> gradient) {
        double[] g = new double[x.length];
        gradient.accept(x, g);
        System.out.printf(
                Locale.ROOT,
                "%s Smile %s: %d f, %d g, f = %.10g, |g|inf = %.3g%n",
                problem,
                limited ? "L-BFGS" : "BFGS",
                f.values,
                f.gradients,
                value,
                normInf(g));
    }

    private static void writeLogistic(OptimizeProblems.Logistic p, java.nio.file.Path file) throws java.io.IOException {
        java.nio.ByteBuffer b =
                java.nio.ByteBuffer.allocate(8 * (2 + p.a.length + p.y.length)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putDouble(p.m).putDouble(p.n);
        for (double v : p.a) {
            b.putDouble(v);
        }
        for (double v : p.y) {
            b.putDouble(v);
        }
        java.nio.file.Files.write(file, b.array());
    }

    private static double normInf(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }
}

package jnum.bench;

import jnum.testkit.NistModels;
import jnum.testkit.NistNonlinear;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/** The Hipparchus peers: nonlinear CG (Polak-Ribiere) and Levenberg-Marquardt on the same problems. */
final class HipparchusOptim {
    private HipparchusOptim() {}

    /** Polak-Ribiere CG on SciPy's rosen; stops when f changes by less than 1e-12 (relative). */
    static PointValuePair cgRosenbrock(double[] x0) {
        return cg(OptimizeProblems::rosen, OptimizeProblems::rosenGradient, x0);
    }

    /** Polak-Ribiere CG on the logistic regression problem, with the same stopping rule. */
    static PointValuePair cgLogistic(OptimizeProblems.Logistic p) {
        return cg(p::value, p::gradient, new double[p.n]);
    }

    private static PointValuePair cg(
            java.util.function.ToDoubleFunction<double[]> value,
            java.util.function.BiConsumer<double[], double[]> gradient,
            double[] x0) {
        NonLinearConjugateGradientOptimizer opt = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-300));
        return opt.optimize(
                new MaxEval(1_000_000),
                new ObjectiveFunction(value::applyAsDouble),
                new ObjectiveFunctionGradient(x -> {
                    double[] g = new double[x.length];
                    gradient.accept(x, g);
                    return g;
                }),
                GoalType.MINIMIZE,
                new InitialGuess(x0));
    }

    /** Hipparchus's LM on a NIST problem, with the default tolerances and the analytic Jacobian. */
    static LeastSquaresOptimizer.Optimum lm(NistNonlinear.Problem p, double[] b0) {
        NistModels.Model model = NistModels.model(p.name());
        int m = p.response().length;
        int n = b0.length;
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = NistModels.response(p.name(), p.response()[i]);
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(b0)
                .target(y)
                .model((RealVector point) -> {
                    double[] b = point.toArray();
                    double[] v = new double[m];
                    double[][] j = new double[m][n];
                    for (int i = 0; i < m; i++) {
                        v[i] = model.value(p.predictors()[i], b, j[i]);
                    }
                    RealMatrix jac = new Array2DRowRealMatrix(j, false);
                    return new Pair<>(new ArrayRealVector(v, false), jac);
                })
                .maxEvaluations(100_000)
                .maxIterations(100_000)
                .build();
        return new LevenbergMarquardtOptimizer().optimize(problem);
    }
}

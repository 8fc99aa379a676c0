package jnum.bench;

import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;
import smile.math.BFGS;
import smile.math.DifferentiableMultivariateFunction;

/**
 * The Smile peers (GPL-3.0, a dependency of this benchmark module only): BFGS and L-BFGS of {@code
 * smile.math.BFGS} (dense inverse-Hessian BFGS and limited-memory BFGS, with Smile's own line
 * search) on the same problems. Smile stops when its relative gradient {@code max_i |g_i|
 * max(|x_i|, 1) / max(f, 1)} falls below gtol; the runs are given the gtol of jnum's runs.
 */
final class SmileOptim {
    /** Memory of L-BFGS, as jnum's default. */
    static final int MEMORY = 10;

    private SmileOptim() {}

    /** A Smile function from a value and a gradient, counting the calls of each. */
    static final class Counted implements DifferentiableMultivariateFunction {
        private final ToDoubleFunction<double[]> value;
        private final BiConsumer<double[], double[]> gradient;
        int values;
        int gradients;

        Counted(ToDoubleFunction<double[]> value, BiConsumer<double[], double[]> gradient) {
            this.value = value;
            this.gradient = gradient;
        }

        @Override
        public double f(double[] x) {
            values++;
            return value.applyAsDouble(x);
        }

        @Override
        public double g(double[] x, double[] g) {
            values++;
            gradients++;
            gradient.accept(x, g);
            return value.applyAsDouble(x);
        }
    }

    static Counted rosenbrock() {
        return new Counted(OptimizeProblems::rosen, OptimizeProblems::rosenGradient);
    }

    static Counted logistic(OptimizeProblems.Logistic p) {
        return new Counted(p::value, p::gradient);
    }

    /**
     * Smile's gtol for the logistic problem that stops it no later than jnum's absolute gradient
     * threshold: its test divides by {@code max(f, 1)} and f only decreases from {@code f(0)}, and
     * the weights stay below 1 in magnitude.
     */
    static double logisticGtol(OptimizeProblems.Logistic p, double threshold) {
        return threshold / Math.max(1, p.value(new double[p.n]));
    }

    /** BFGS (dense inverse Hessian) from x (overwritten by the solution); returns f there. */
    static double bfgs(DifferentiableMultivariateFunction f, double[] x, double gtol) {
        return BFGS.minimize(f, x, gtol, 100_000);
    }

    /** L-BFGS with {@link #MEMORY} pairs from x (overwritten by the solution); returns f there. */
    static double lbfgs(DifferentiableMultivariateFunction f, double[] x, double gtol) {
        return BFGS.minimize(f, MEMORY, x, gtol, 100_000);
    }
}

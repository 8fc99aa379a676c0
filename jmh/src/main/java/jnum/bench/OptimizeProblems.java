package jnum.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;
import jnum.optimize.LeastSquares;
import jnum.optimize.Problem;
import jnum.testkit.NistModels;
import jnum.testkit.NistNonlinear;

/** The problems of the optimization benchmarks, shared by {@link OptimizeBench} and {@link OptimizeCounts}. */
final class OptimizeProblems {
    private OptimizeProblems() {}

    /** SciPy's {@code rosen}: {@code sum 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2}. */
    static double rosen(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double t = x[i + 1] - x[i] * x[i];
            double u = 1 - x[i];
            s += 100 * t * t + u * u;
        }
        return s;
    }

    /** SciPy's {@code rosen_der}. */
    static void rosenGradient(double[] x, double[] g) {
        Arrays.fill(g, 0);
        for (int i = 0; i + 1 < x.length; i++) {
            double t = x[i + 1] - x[i] * x[i];
            g[i] += -400 * x[i] * t - 2 * (1 - x[i]);
            g[i + 1] += 200 * t;
        }
    }

    static Problem rosenbrock() {
        return Problem.of(OptimizeProblems::rosen, OptimizeProblems::rosenGradient);
    }

    /** The start (-1.2, 1, -1.2, 1, ...). */
    static double[] rosenStart(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 2 == 0 ? -1.2 : 1;
        }
        return x;
    }

    /**
     * L2-regularized logistic regression, {@code f(w) = sum_i log(1 + exp(-y_i a_i.w)) + lambda ||w||^2
     * / 2} with a column-major {@code m x n} design matrix A: the gradient {@code A^T (sigma(A w) - t) +
     * lambda w} costs two GEMV calls on the kernels.
     */
    static final class Logistic {
        final int m;
        final int n;
        final double[] a;
        final double[] y;
        final double lambda = 1;
        final Blas blas = Kernels.blas();
        final double[] z;
        final double[] r;

        Logistic(int m, int n, long seed) {
            this.m = m;
            this.n = n;
            SplittableRandom rnd = new SplittableRandom(seed);
            a = new double[m * n];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextGaussian();
            }
            double[] w = new double[n];
            for (int j = 0; j < n; j++) {
                w[j] = rnd.nextGaussian() / Math.sqrt(n);
            }
            double[] s = new double[m];
            blas.gemv(Transpose.NO, m, n, 1, a, 0, m, w, 0, 1, 0, s, 0, 1);
            y = new double[m];
            for (int i = 0; i < m; i++) {
                y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-s[i])) ? 1 : -1;
            }
            z = new double[m];
            r = new double[m];
        }

        double value(double[] w) {
            blas.gemv(Transpose.NO, m, n, 1, a, 0, m, w, 0, 1, 0, z, 0, 1);
            double f = 0;
            for (int i = 0; i < m; i++) {
                double t = -y[i] * z[i];
                f += t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
            }
            double ww = 0;
            for (double v : w) {
                ww += v * v;
            }
            return f + 0.5 * lambda * ww;
        }

        void gradient(double[] w, double[] g) {
            blas.gemv(Transpose.NO, m, n, 1, a, 0, m, w, 0, 1, 0, z, 0, 1);
            for (int i = 0; i < m; i++) {
                // d/dz log(1 + exp(-y z)) = -y / (1 + exp(y z))
                r[i] = -y[i] / (1 + Math.exp(y[i] * z[i]));
            }
            for (int j = 0; j < n; j++) {
                g[j] = lambda * w[j];
            }
            blas.gemv(Transpose.YES, m, n, 1, a, 0, m, r, 0, 1, 1, g, 0, 1);
        }

        Problem problem() {
            return Problem.of(this::value, this::gradient);
        }
    }

    /** A NIST problem as a {@link LeastSquares} with the analytic Jacobian. */
    static LeastSquares nist(NistNonlinear.Problem p) {
        return NistModels.leastSquares(p);
    }
}

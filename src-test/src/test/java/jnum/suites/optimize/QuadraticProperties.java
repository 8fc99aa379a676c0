package jnum.suites.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.optimize.BFGS;
import jnum.optimize.ConjugateGradient;
import jnum.optimize.ExactNewtonTrustRegion;
import jnum.optimize.LBFGS;
import jnum.optimize.Method;
import jnum.optimize.Minimize;
import jnum.optimize.NewtonTrustRegion;
import jnum.optimize.Problem;
import jnum.optimize.Result;
import jnum.optimize.Settings;
import jnum.optimize.Status;
import jnum.testkit.MatrixGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On a random convex quadratic {@code f(x) = x.A x / 2 - b.x} with an SPD Hessian of chosen
 * condition number {@code kappa} (singular values geometric from 1 to {@code 1/kappa}), the methods
 * reach the solution of {@code A x = b}.
 *
 * <p>Stated tolerance: at a point with gradient {@code g = A x - b}, {@code ||x - x*||_2 <= ||A^-1||
 * ||g||_2 = kappa ||g||_2}, and the methods aim at {@code ||g||_inf <= tau = 1e-9}. But a method that
 * accepts steps by comparing values of {@code f} cannot resolve {@code f - f* = (x - x*).A(x - x*)/2}
 * below the rounding of {@code f}, about {@code eps |f*|}: with {@code lambda_min = 1/kappa} that
 * limits the error to about {@code sqrt(2 eps |f*| kappa)}. The assertion is {@code ||x - x*||_2 <=
 * max(kappa ||g||_2, 10 sqrt(2 eps max(1, |f*|) kappa))} with the gradient actually reached, and the
 * status must be a convergence or {@link Status#NO_PROGRESS} (the precision limit), never a limit.
 */
class QuadraticProperties {
    static final double TAU = 1e-9;

    static void check(long seed, Method method) {
        MatrixGen gen = new MatrixGen(seed);
        int n = 2 + gen.random().nextInt(60);
        double kappa = Math.pow(10, gen.random().nextDouble(0, 4));
        double[] s = MatrixGen.geometric(n, kappa);
        Dense q = gen.orthogonal(n);
        double[] a = new double[n * n]; // A = Q diag(s) Q^T, column-major
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = 0;
                for (int k = 0; k < n; k++) {
                    v += q.get(i, k) * s[k] * q.get(j, k);
                }
                a[i + j * n] = v;
            }
        }
        double[] xStar = new double[n];
        for (int i = 0; i < n; i++) {
            xStar[i] = gen.random().nextDouble(-1, 1);
        }
        double[] b = multiply(a, xStar, n);
        Problem p = Problem.of(
                        x -> {
                            double[] ax = multiply(a, x, n);
                            double f = 0;
                            for (int i = 0; i < n; i++) {
                                f += x[i] * (0.5 * ax[i] - b[i]);
                            }
                            return f;
                        },
                        (x, g) -> {
                            double[] ax = multiply(a, x, n);
                            for (int i = 0; i < n; i++) {
                                g[i] = ax[i] - b[i];
                            }
                        })
                .withHessian((x, h) -> System.arraycopy(a, 0, h, 0, n * n));
        Settings settings = Settings.defaults().withGradientThreshold(TAU).withFunctionTolerance(0);
        Result r = Minimize.minimize(p, new double[n], settings, method);
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.hypot(err, r.x()[i] - xStar[i]);
        }
        double gNorm = 0;
        for (double v : r.gradient()) {
            gNorm = Math.hypot(gNorm, v);
        }
        String msg = "seed " + seed + ", n " + n + ", kappa " + kappa + ": error " + err + ", " + r;
        assertTrue(r.status().isConverged() || r.status() == Status.NO_PROGRESS, msg);
        double fStar = 0;
        for (int i = 0; i < n; i++) {
            fStar -= 0.5 * b[i] * xStar[i];
        }
        double bound =
                Math.max(kappa * gNorm, 10 * Math.sqrt(2 * Math.ulp(1.0) * Math.max(1, Math.abs(fStar)) * kappa));
        assertTrue(err <= bound, msg + ", bound " + bound);
    }

    static double[] multiply(double[] a, double[] x, int n) {
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                y[i] += a[i + j * n] * x[j];
            }
        }
        return y;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void bfgs(long seed) {
        check(seed, new BFGS());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lbfgs(long seed) {
        check(seed, new LBFGS());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void conjugateGradientPolakRibiere(long seed) {
        check(seed, new ConjugateGradient());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void conjugateGradientHagerZhang(long seed) {
        check(seed, new ConjugateGradient(ConjugateGradient.Variant.HAGER_ZHANG));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void newtonTrustRegion(long seed) {
        check(seed, new NewtonTrustRegion());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void exactNewtonTrustRegion(long seed) {
        check(seed, new ExactNewtonTrustRegion());
    }
}

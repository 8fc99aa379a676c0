package jnum.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jnum.optimize.Gradient;
import jnum.optimize.Hessian;
import jnum.optimize.Jacobian;
import jnum.optimize.LeastSquares;
import jnum.optimize.Objective;
import jnum.optimize.Problem;
import jnum.optimize.Residuals;

/**
 * Standard test functions of unconstrained minimization, from More, Garbow and Hillstrom, "Testing
 * unconstrained optimization software", ACM TOMS 7 (1981), 17-41 (MGH; the numbers below are the
 * paper's). Each is a sum of squares {@code f(x) = sum_i r_i(x)^2} given by its residuals and their
 * Jacobian, with the paper's standard starting point and known minimum values.
 */
public final class TestFunctions {
    /**
     * One test function.
     *
     * @param name name and dimension, e.g. {@code "Watson n=6"}
     * @param m the number of residuals
     * @param start the standard starting point
     * @param minima the known minimum values: the global one first, then local minima that good
     *     methods may legitimately reach from the standard start (MGH report them)
     * @param residuals {@code r(x)}
     * @param jacobian {@code dr/dx}, column-major m x n
     * @param directGradient {@code grad f} computed without forming the dense Jacobian, with the same
     *     operations (so the same bits) as {@code 2 J^T r}; null to form {@code 2 J^T r}
     * @param hessian the analytic Hessian of f, column-major n x n; null if not given
     */
    public record Function(
            String name,
            int m,
            double[] start,
            double[] minima,
            Residuals residuals,
            Jacobian jacobian,
            Gradient directGradient,
            Hessian hessian) {
        /** A function given by its residuals and Jacobian alone. */
        public Function(String name, int m, double[] start, double[] minima, Residuals residuals, Jacobian jacobian) {
            this(name, m, start, minima, residuals, jacobian, null, null);
        }

        /** The dimension. */
        public int n() {
            return start.length;
        }

        /** A copy of the starting point. */
        public double[] x0() {
            return start.clone();
        }

        /** {@code f(x) = ||r(x)||^2}. */
        public Objective objective() {
            return x -> {
                double[] r = new double[m];
                residuals.residuals(x, r);
                double s = 0;
                for (double v : r) {
                    s += v * v;
                }
                return s;
            };
        }

        /** {@code grad f = 2 J^T r}. */
        public Gradient gradient() {
            if (directGradient != null) {
                return directGradient;
            }
            int n = n();
            return (x, g) -> {
                double[] r = new double[m];
                double[] j = new double[m * n];
                residuals.residuals(x, r);
                jacobian.jacobian(x, j);
                for (int c = 0; c < n; c++) {
                    double s = 0;
                    for (int i = 0; i < m; i++) {
                        s += j[i + c * m] * r[i];
                    }
                    g[c] = 2 * s;
                }
            };
        }

        /** The minimization problem with the gradient. */
        public Problem problem() {
            return Problem.of(objective(), gradient());
        }

        /**
         * The minimization problem with the gradient and the analytic Hessian.
         *
         * @throws UnsupportedOperationException if this function has no analytic Hessian
         */
        public Problem problemWithHessian() {
            if (hessian == null) {
                throw new UnsupportedOperationException(name + ": no analytic Hessian");
            }
            return problem().withHessian(hessian);
        }

        /** The least-squares problem with the Jacobian. */
        public LeastSquares leastSquares() {
            return LeastSquares.of(m, residuals, jacobian);
        }

        /** The known minimum closest to {@code f}. */
        public double nearestMinimum(double f) {
            double best = minima[0];
            for (double v : minima) {
                if (Math.abs(f - v) < Math.abs(f - best)) {
                    best = v;
                }
            }
            return best;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private TestFunctions() {}

    /** The corpus: every function below at the dimensions MGH list. */
    public static List<Function> all() {
        List<Function> out = new ArrayList<>();
        out.add(rosenbrock());
        out.add(powellBadlyScaled());
        out.add(brownBadlyScaled());
        out.add(beale());
        out.add(helicalValley());
        out.add(gaussian());
        out.add(wood());
        out.add(biggsExp6());
        out.add(watson(6));
        out.add(watson(9));
        out.add(extendedRosenbrock(10));
        out.add(extendedRosenbrock(100));
        out.add(extendedRosenbrock(1000));
        out.add(penaltyI(4));
        out.add(penaltyI(10));
        out.add(penaltyII(4));
        out.add(penaltyII(10));
        out.add(trigonometric(10));
        return out;
    }

    /** MGH 1: Rosenbrock, n = 2; minimum 0 at (1, 1). */
    public static Function rosenbrock() {
        Function e = extendedRosenbrock(2);
        return new Function(
                "Rosenbrock",
                e.m(),
                e.start(),
                e.minima(),
                e.residuals(),
                e.jacobian(),
                e.directGradient(),
                e.hessian());
    }

    /**
     * MGH 21: extended Rosenbrock, n even; minimum 0 at (1, ..., 1). Its gradient is computed pair by
     * pair (O(n), not the O(n^2) of the dense Jacobian), and it has the analytic, block-diagonal
     * Hessian {@code [[1200 x_i^2 - 400 x_{i+1} + 2, -400 x_i], [-400 x_i, 200]]}.
     */
    public static Function extendedRosenbrock(int n) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("extendedRosenbrock: n must be even, got " + n);
        }
        double[] x0 = new double[n];
        for (int i = 0; i < n; i += 2) {
            x0[i] = -1.2;
            x0[i + 1] = 1;
        }
        return new Function(
                "Extended Rosenbrock n=" + n,
                n,
                x0,
                new double[] {0},
                (x, r) -> {
                    for (int i = 0; i < n; i += 2) {
                        r[i] = 10 * (x[i + 1] - x[i] * x[i]);
                        r[i + 1] = 1 - x[i];
                    }
                },
                (x, j) -> {
                    Arrays.fill(j, 0);
                    for (int i = 0; i < n; i += 2) {
                        j[i + i * n] = -20 * x[i];
                        j[i + (i + 1) * n] = 10;
                        j[(i + 1) + i * n] = -1;
                    }
                },
                (x, g) -> {
                    for (int i = 0; i < n; i += 2) {
                        double r0 = 10 * (x[i + 1] - x[i] * x[i]);
                        double r1 = 1 - x[i];
                        // the nonzero terms of column i and i + 1 of 2 J^T r, summed in the same order
                        g[i] = 2 * ((-20 * x[i]) * r0 + (-1.0) * r1);
                        g[i + 1] = 2 * (10 * r0);
                    }
                },
                (x, h) -> {
                    Arrays.fill(h, 0);
                    for (int i = 0; i < n; i += 2) {
                        h[i + i * n] = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
                        h[i + (i + 1) * n] = -400 * x[i];
                        h[(i + 1) + i * n] = -400 * x[i];
                        h[(i + 1) + (i + 1) * n] = 200;
                    }
                });
    }

    /** MGH 3: Powell badly scaled, n = 2; minimum 0 at (1.098e-5, 9.106). */
    public static Function powellBadlyScaled() {
        return new Function(
                "Powell badly scaled",
                2,
                new double[] {0, 1},
                new double[] {0},
                (x, r) -> {
                    r[0] = 1e4 * x[0] * x[1] - 1;
                    r[1] = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
                },
                (x, j) -> {
                    j[0] = 1e4 * x[1];
                    j[1] = -Math.exp(-x[0]);
                    j[2] = 1e4 * x[0];
                    j[3] = -Math.exp(-x[1]);
                });
    }

    /** MGH 4: Brown badly scaled, n = 2, m = 3; minimum 0 at (1e6, 2e-6). */
    public static Function brownBadlyScaled() {
        return new Function(
                "Brown badly scaled",
                3,
                new double[] {1, 1},
                new double[] {0},
                (x, r) -> {
                    r[0] = x[0] - 1e6;
                    r[1] = x[1] - 2e-6;
                    r[2] = x[0] * x[1] - 2;
                },
                (x, j) -> {
                    j[0] = 1;
                    j[1] = 0;
                    j[2] = x[1];
                    j[3] = 0;
                    j[4] = 1;
                    j[5] = x[0];
                });
    }

    /** MGH 5: Beale, n = 2, m = 3; minimum 0 at (3, 0.5). */
    public static Function beale() {
        double[] y = {1.5, 2.25, 2.625};
        return new Function(
                "Beale",
                3,
                new double[] {1, 1},
                new double[] {0},
                (x, r) -> {
                    for (int i = 0; i < 3; i++) {
                        r[i] = y[i] - x[0] * (1 - Math.pow(x[1], i + 1));
                    }
                },
                (x, j) -> {
                    for (int i = 0; i < 3; i++) {
                        j[i] = -(1 - Math.pow(x[1], i + 1));
                        j[i + 3] = x[0] * (i + 1) * Math.pow(x[1], i);
                    }
                });
    }

    /** MGH 7: helical valley, n = 3; minimum 0 at (1, 0, 0). */
    public static Function helicalValley() {
        return new Function(
                "Helical valley",
                3,
                new double[] {-1, 0, 0},
                new double[] {0},
                (x, r) -> {
                    r[0] = 10 * (x[2] - 10 * theta(x[0], x[1]));
                    r[1] = 10 * (Math.sqrt(x[0] * x[0] + x[1] * x[1]) - 1);
                    r[2] = x[2];
                },
                (x, j) -> {
                    double q = x[0] * x[0] + x[1] * x[1];
                    double s = Math.sqrt(q);
                    j[0] = 100 * x[1] / (2 * Math.PI * q);
                    j[3] = -100 * x[0] / (2 * Math.PI * q);
                    j[6] = 10;
                    j[1] = 10 * x[0] / s;
                    j[4] = 10 * x[1] / s;
                    j[7] = 0;
                    j[2] = 0;
                    j[5] = 0;
                    j[8] = 1;
                });
    }

    private static double theta(double x1, double x2) {
        double t = Math.atan(x2 / x1) / (2 * Math.PI);
        return x1 < 0 ? t + 0.5 : t;
    }

    /** MGH 9: Gaussian, n = 3, m = 15; minimum 1.12793e-8. */
    public static Function gaussian() {
        double[] y = {
            .0009, .0044, .0175, .0540, .1295, .2420, .3521, .3989, .3521, .2420, .1295, .0540, .0175, .0044, .0009
        };
        return new Function(
                "Gaussian",
                15,
                new double[] {0.4, 1, 0},
                new double[] {1.12793e-8},
                (x, r) -> {
                    for (int i = 0; i < 15; i++) {
                        double t = (8 - (i + 1)) / 2.0 - x[2];
                        r[i] = x[0] * Math.exp(-x[1] * t * t / 2) - y[i];
                    }
                },
                (x, j) -> {
                    for (int i = 0; i < 15; i++) {
                        double t = (8 - (i + 1)) / 2.0 - x[2];
                        double e = Math.exp(-x[1] * t * t / 2);
                        j[i] = e;
                        j[i + 15] = -x[0] * e * t * t / 2;
                        j[i + 30] = x[0] * e * x[1] * t;
                    }
                });
    }

    /** MGH 14: Wood, n = 4, m = 6; minimum 0 at (1, 1, 1, 1). */
    public static Function wood() {
        double s90 = Math.sqrt(90);
        double s10 = Math.sqrt(10);
        return new Function(
                "Wood",
                6,
                new double[] {-3, -1, -3, -1},
                new double[] {0},
                (x, r) -> {
                    r[0] = 10 * (x[1] - x[0] * x[0]);
                    r[1] = 1 - x[0];
                    r[2] = s90 * (x[3] - x[2] * x[2]);
                    r[3] = 1 - x[2];
                    r[4] = s10 * (x[1] + x[3] - 2);
                    r[5] = (x[1] - x[3]) / s10;
                },
                (x, j) -> {
                    Arrays.fill(j, 0);
                    int m = 6;
                    j[0] = -20 * x[0];
                    j[0 + m] = 10;
                    j[1] = -1;
                    j[2 + 2 * m] = -2 * s90 * x[2];
                    j[2 + 3 * m] = s90;
                    j[3 + 2 * m] = -1;
                    j[4 + m] = s10;
                    j[4 + 3 * m] = s10;
                    j[5 + m] = 1 / s10;
                    j[5 + 3 * m] = -1 / s10;
                });
    }

    /** MGH 18: Biggs EXP6, n = 6, m = 13; minima 0 at (1, 10, 1, 5, 4, 3) and the local 5.65565e-3. */
    public static Function biggsExp6() {
        int m = 13;
        return new Function(
                "Biggs EXP6",
                m,
                new double[] {1, 2, 1, 1, 1, 1},
                new double[] {0, 5.65565e-3},
                (x, r) -> {
                    for (int i = 0; i < m; i++) {
                        double t = 0.1 * (i + 1);
                        double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
                        r[i] = x[2] * Math.exp(-t * x[0]) - x[3] * Math.exp(-t * x[1]) + x[5] * Math.exp(-t * x[4]) - y;
                    }
                },
                (x, j) -> {
                    for (int i = 0; i < m; i++) {
                        double t = 0.1 * (i + 1);
                        double e0 = Math.exp(-t * x[0]);
                        double e1 = Math.exp(-t * x[1]);
                        double e4 = Math.exp(-t * x[4]);
                        j[i] = -t * x[2] * e0;
                        j[i + m] = t * x[3] * e1;
                        j[i + 2 * m] = e0;
                        j[i + 3 * m] = -e1;
                        j[i + 4 * m] = -t * x[5] * e4;
                        j[i + 5 * m] = e4;
                    }
                });
    }

    /** MGH 20: Watson, n = 6 (minimum 2.28767e-3) or 9 (1.39976e-6), m = 31. */
    public static Function watson(int n) {
        double fmin = switch (n) {
            case 6 -> 2.28767e-3;
            case 9 -> 1.39976e-6;
            default -> throw new IllegalArgumentException("watson: the minimum is known for n = 6, 9; got " + n);
        };
        int m = 31;
        return new Function(
                "Watson n=" + n,
                m,
                new double[n],
                new double[] {fmin},
                (x, r) -> {
                    for (int i = 0; i < 29; i++) {
                        double t = (i + 1) / 29.0;
                        double s1 = 0;
                        double s2 = 0;
                        double p = 1;
                        for (int k = 0; k < n; k++) {
                            if (k > 0) {
                                s1 += k * x[k] * p / t;
                            }
                            s2 += x[k] * p;
                            p *= t;
                        }
                        r[i] = s1 - s2 * s2 - 1;
                    }
                    r[29] = x[0];
                    r[30] = x[1] - x[0] * x[0] - 1;
                },
                (x, j) -> {
                    Arrays.fill(j, 0);
                    for (int i = 0; i < 29; i++) {
                        double t = (i + 1) / 29.0;
                        double s2 = 0;
                        double p = 1;
                        for (int k = 0; k < n; k++) {
                            s2 += x[k] * p;
                            p *= t;
                        }
                        p = 1;
                        for (int k = 0; k < n; k++) {
                            j[i + k * m] = (k > 0 ? k * p / t : 0) - 2 * s2 * p;
                            p *= t;
                        }
                    }
                    j[29] = 1;
                    j[30] = -2 * x[0];
                    j[30 + m] = 1;
                });
    }

    /** MGH 23: penalty function I, m = n + 1; minimum 2.24997e-5 (n = 4) or 7.08765e-5 (n = 10). */
    public static Function penaltyI(int n) {
        double fmin = switch (n) {
            case 4 -> 2.24997e-5;
            case 10 -> 7.08765e-5;
            default -> throw new IllegalArgumentException("penaltyI: the minimum is known for n = 4, 10; got " + n);
        };
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = i + 1;
        }
        int m = n + 1;
        double sa = Math.sqrt(1e-5);
        return new Function(
                "Penalty I n=" + n,
                m,
                x0,
                new double[] {fmin},
                (x, r) -> {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        r[i] = sa * (x[i] - 1);
                        s += x[i] * x[i];
                    }
                    r[n] = s - 0.25;
                },
                (x, j) -> {
                    Arrays.fill(j, 0);
                    for (int i = 0; i < n; i++) {
                        j[i + i * m] = sa;
                        j[n + i * m] = 2 * x[i];
                    }
                });
    }

    /** MGH 24: penalty function II, m = 2n; minimum 9.37629e-6 (n = 4) or 2.93660e-4 (n = 10). */
    public static Function penaltyII(int n) {
        double fmin = switch (n) {
            case 4 -> 9.37629e-6;
            case 10 -> 2.93660e-4;
            default -> throw new IllegalArgumentException("penaltyII: the minimum is known for n = 4, 10; got " + n);
        };
        double[] x0 = new double[n];
        Arrays.fill(x0, 0.5);
        int m = 2 * n;
        double sa = Math.sqrt(1e-5);
        double e1 = Math.exp(-0.1);
        return new Function(
                "Penalty II n=" + n,
                m,
                x0,
                new double[] {fmin},
                (x, r) -> {
                    r[0] = x[0] - 0.2;
                    for (int i = 1; i < n; i++) {
                        double y = Math.exp((i + 1) / 10.0) + Math.exp(i / 10.0);
                        r[i] = sa * (Math.exp(x[i] / 10) + Math.exp(x[i - 1] / 10) - y);
                    }
                    for (int i = 1; i < n; i++) {
                        r[n + i - 1] = sa * (Math.exp(x[i] / 10) - e1);
                    }
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += (n - k) * x[k] * x[k];
                    }
                    r[m - 1] = s - 1;
                },
                (x, j) -> {
                    Arrays.fill(j, 0);
                    j[0] = 1;
                    for (int i = 1; i < n; i++) {
                        j[i + i * m] = sa * Math.exp(x[i] / 10) / 10;
                        j[i + (i - 1) * m] = sa * Math.exp(x[i - 1] / 10) / 10;
                        j[(n + i - 1) + i * m] = sa * Math.exp(x[i] / 10) / 10;
                    }
                    for (int k = 0; k < n; k++) {
                        j[(m - 1) + k * m] = 2 * (n - k) * x[k];
                    }
                });
    }

    /** MGH 26: trigonometric, m = n; minimum 0 (and, for n = 10, the local 2.79506e-5). */
    public static Function trigonometric(int n) {
        double[] x0 = new double[n];
        Arrays.fill(x0, 1.0 / n);
        return new Function(
                "Trigonometric n=" + n,
                n,
                x0,
                n == 10 ? new double[] {0, 2.79506e-5} : new double[] {0},
                (x, r) -> {
                    double c = 0;
                    for (double v : x) {
                        c += Math.cos(v);
                    }
                    for (int i = 0; i < n; i++) {
                        r[i] = n - c + (i + 1) * (1 - Math.cos(x[i])) - Math.sin(x[i]);
                    }
                },
                (x, j) -> {
                    for (int c = 0; c < n; c++) {
                        double s = Math.sin(x[c]);
                        for (int i = 0; i < n; i++) {
                            j[i + c * n] = s;
                        }
                        j[c + c * n] += (c + 1) * s - Math.cos(x[c]);
                    }
                });
    }
}

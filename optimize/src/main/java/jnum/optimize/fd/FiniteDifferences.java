package jnum.optimize.fd;

import java.util.Objects;
import jnum.optimize.Gradient;
import jnum.optimize.Objective;
import jnum.optimize.Residuals;

/**
 * Finite-difference approximations of gradients, Jacobians, Hessians and Hessian-vector products.
 *
 * <p>Steps balance truncation against rounding and are relative to the coordinate, as in MINPACK's
 * fdjac2 (so that a parameter of size 1e-5 is not stepped by 1e-8 absolute, let alone 6e-6): {@code
 * h_i = sqrt(eps) |x_i|} for the forward formula (error about {@code sqrt(eps)} relative to the scale
 * of the derivative), {@code cbrt(eps) |x_i|} for the central one (about {@code eps^(2/3)}), {@code
 * eps^(1/4) |x_i|} for second differences of the function; {@code |x_i|} is replaced by 1 where
 * {@code x_i = 0}. Each step is rounded so that {@code x_i + h_i} is
 * exactly representable ({@code h = (x + h) - x}), which removes one source of error.
 *
 * <p>The point {@code x} is never modified (the methods work on a copy). Bounds, where given, are
 * respected: a step that would leave the box is taken in the other direction, and a central
 * difference that does not fit falls back to a one-sided one.
 */
public final class FiniteDifferences {
    private static final double EPS = Math.ulp(1.0);
    private static final double FORWARD_STEP = Math.sqrt(EPS);
    private static final double CENTRAL_STEP = Math.cbrt(EPS);
    private static final double SECOND_STEP = Math.sqrt(Math.sqrt(EPS));

    private FiniteDifferences() {}

    /**
     * The step the {@code formula} uses at coordinate value {@code xi}, rounded so that {@code xi +
     * h} is exact.
     */
    public static double step(double xi, Formula formula) {
        double base = formula == Formula.FORWARD ? FORWARD_STEP : CENTRAL_STEP;
        return exact(xi, base * scale(xi));
    }

    /** {@code |x|}, or 1 at 0: steps relative to the coordinate, as MINPACK's fdjac2. */
    private static double scale(double xi) {
        return xi != 0 ? Math.abs(xi) : 1;
    }

    private static double exact(double xi, double h) {
        double r = (xi + h) - xi;
        return r != 0 ? r : h;
    }

    /**
     * Writes the finite-difference gradient of {@code f} at {@code x} into {@code grad}.
     *
     * @param fx {@code f(x)} (used by the forward formula, saving an evaluation)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code grad.length != x.length}
     */
    public static void gradient(Objective f, double[] x, double fx, Formula formula, double[] grad) {
        gradient(f, x, fx, formula, null, null, grad);
    }

    /**
     * As {@link #gradient(Objective, double[], double, Formula, double[])}, keeping every trial point
     * inside {@code [lower, upper]} (either may be null: no bound).
     */
    public static void gradient(
            Objective f, double[] x, double fx, Formula formula, double[] lower, double[] upper, double[] grad) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(formula, "formula");
        check("gradient", x.length, grad.length);
        double[] t = x.clone();
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double h = step(xi, formula);
            double lo = lower == null ? Double.NEGATIVE_INFINITY : lower[i];
            double hi = upper == null ? Double.POSITIVE_INFINITY : upper[i];
            boolean up = xi + h <= hi;
            boolean down = xi - h >= lo;
            if (formula == Formula.CENTRAL && up && down) {
                t[i] = xi + h;
                double fp = f.value(t);
                t[i] = xi - h;
                double fm = f.value(t);
                grad[i] = (fp - fm) / (2 * h);
            } else {
                double hs = formula == Formula.CENTRAL ? exact(xi, FORWARD_STEP * scale(xi)) : h;
                if (!(xi + hs <= hi)) {
                    hs = -hs;
                }
                t[i] = xi + hs;
                double fp = f.value(t);
                grad[i] = (fp - fx) / ((xi + hs) - xi);
            }
            t[i] = xi;
        }
    }

    /**
     * Writes the finite-difference Jacobian of the residuals {@code r} ({@code m} of them) at {@code
     * x} into {@code jac}, column-major {@code m x n}: {@code jac[i + j*m] = d r_i / d x_j}.
     *
     * @param rx {@code r(x)} (used by the forward formula)
     * @throws IllegalArgumentException if {@code rx.length != m} or {@code jac.length != m * n}
     */
    public static void jacobian(Residuals r, double[] x, double[] rx, Formula formula, double[] jac) {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(formula, "formula");
        int n = x.length;
        int m = rx.length;
        check("jacobian", m * n, jac.length);
        double[] t = x.clone();
        double[] rp = new double[m];
        double[] rm = new double[m];
        for (int j = 0; j < n; j++) {
            double xj = x[j];
            double h = step(xj, formula);
            t[j] = xj + h;
            r.residuals(t, rp);
            if (formula == Formula.CENTRAL) {
                t[j] = xj - h;
                r.residuals(t, rm);
                for (int i = 0; i < m; i++) {
                    jac[i + j * m] = (rp[i] - rm[i]) / (2 * h);
                }
            } else {
                for (int i = 0; i < m; i++) {
                    jac[i + j * m] = (rp[i] - rx[i]) / h;
                }
            }
            t[j] = xj;
        }
    }

    /**
     * Writes the Hessian of {@code f} at {@code x} from second differences of function values into
     * {@code hess} (column-major {@code n x n}, symmetric): {@code 1 + 2n + 2n(n-1)} evaluations,
     * error about {@code sqrt(eps)} relative.
     *
     * @param fx {@code f(x)}
     * @throws IllegalArgumentException if {@code hess.length != n * n}
     */
    public static void hessian(Objective f, double[] x, double fx, double[] hess) {
        Objects.requireNonNull(f, "f");
        int n = x.length;
        check("hessian", n * n, hess.length);
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = exact(x[i], SECOND_STEP * scale(x[i]));
        }
        double[] t = x.clone();
        for (int i = 0; i < n; i++) {
            t[i] = x[i] + h[i];
            double fp = f.value(t);
            t[i] = x[i] - h[i];
            double fm = f.value(t);
            t[i] = x[i];
            hess[i + i * n] = (fp - 2 * fx + fm) / (h[i] * h[i]);
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int sign = 0; sign < 4; sign++) {
                    double si = (sign & 1) == 0 ? 1 : -1;
                    double sj = (sign & 2) == 0 ? 1 : -1;
                    t[i] = x[i] + si * h[i];
                    t[j] = x[j] + sj * h[j];
                    s += si * sj * f.value(t);
                }
                t[i] = x[i];
                t[j] = x[j];
                double v = s / (4 * h[i] * h[j]);
                hess[i + j * n] = v;
                hess[j + i * n] = v;
            }
        }
    }

    /**
     * Writes the Hessian at {@code x} from differences of the gradient into {@code hess}, symmetrized
     * as {@code (H + H^T) / 2}: {@code n} gradient evaluations (forward) or {@code 2n} (central).
     *
     * @param gx the gradient at {@code x} (used by the forward formula)
     */
    public static void hessianFromGradient(Gradient g, double[] x, double[] gx, Formula formula, double[] hess) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(formula, "formula");
        int n = x.length;
        check("hessianFromGradient", n * n, hess.length);
        double[] t = x.clone();
        double[] gp = new double[n];
        double[] gm = new double[n];
        for (int j = 0; j < n; j++) {
            double h = step(x[j], formula);
            t[j] = x[j] + h;
            g.gradient(t, gp);
            if (formula == Formula.CENTRAL) {
                t[j] = x[j] - h;
                g.gradient(t, gm);
            } else {
                System.arraycopy(gx, 0, gm, 0, n);
            }
            t[j] = x[j];
            double d = formula == Formula.CENTRAL ? 2 * h : h;
            for (int i = 0; i < n; i++) {
                hess[i + j * n] = (gp[i] - gm[i]) / d;
            }
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                double v = 0.5 * (hess[i + j * n] + hess[j + i * n]);
                hess[i + j * n] = v;
                hess[j + i * n] = v;
            }
        }
    }

    /**
     * Writes {@code H(x) v ~ (g(x + h v) - g(x)) / h} into {@code out}, with {@code h = sqrt(eps) (1 +
     * ||x||) / ||v||}: one gradient evaluation. {@code v = 0} gives 0 without evaluating.
     *
     * @param gx the gradient at {@code x}
     */
    public static void hessianVector(Gradient g, double[] x, double[] gx, double[] v, double[] out) {
        Objects.requireNonNull(g, "g");
        int n = x.length;
        check("hessianVector", n, v.length);
        check("hessianVector", n, out.length);
        double nv = norm(v);
        if (nv == 0) {
            java.util.Arrays.fill(out, 0);
            return;
        }
        double h = FORWARD_STEP * (1 + norm(x)) / nv;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = x[i] + h * v[i];
        }
        g.gradient(t, out);
        for (int i = 0; i < n; i++) {
            out[i] = (out[i] - gx[i]) / h;
        }
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s = Math.hypot(s, e);
        }
        return s;
    }

    private static void check(String op, int expected, int got) {
        if (expected != got) {
            throw new IllegalArgumentException(op + ": destination has length " + got + ", expected " + expected);
        }
    }
}

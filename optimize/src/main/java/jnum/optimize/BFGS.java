package jnum.optimize;

import java.util.Arrays;

/**
 * The BFGS quasi-Newton method with a dense inverse-Hessian approximation {@code H} (Nocedal and
 * Wright, Algorithm 6.1): {@code d = -H g}, a line search satisfying the Wolfe conditions (default
 * {@link MoreThuente}), and the update
 *
 * <pre>
 *   H+ = (I - rho s y^T) H (I - rho y s^T) + rho s s^T,   rho = 1 / (y^T s)
 * </pre>
 *
 * <p>Before the first update {@code H} is scaled to {@code (y^T s / y^T y) I} (eq. 6.20), so the
 * method does not depend on the scale of the objective. An update with {@code y^T s <= 0} (possible
 * only with a line search not enforcing the curvature condition) is skipped. Memory and work per
 * iteration are {@code O(n^2)}; for large {@code n} use {@link LBFGS}.
 */
public final class BFGS extends LineSearchMethod {
    /** With a More-Thuente line search (ftol 1e-4, gtol 0.9). */
    public BFGS() {
        this(new MoreThuente());
    }

    /** With the given line search. @throws NullPointerException if it is null */
    public BFGS(LineSearch lineSearch) {
        super(lineSearch);
    }

    @Override
    public String name() {
        return "BFGS";
    }

    @Override
    Direction begin(int n) {
        return new Direction() {
            final double[] h = new double[n * n];
            final double[] hy = new double[n];
            boolean fresh;

            {
                reset();
            }

            @Override
            public void reset() {
                Arrays.fill(h, 0);
                for (int i = 0; i < n; i++) {
                    h[i + i * n] = 1;
                }
                fresh = true;
            }

            @Override
            public boolean isFresh() {
                return fresh;
            }

            @Override
            public void direction(double[] g, double[] d) {
                Arrays.fill(d, 0);
                for (int j = 0; j < n; j++) {
                    double gj = g[j];
                    int col = j * n;
                    for (int i = 0; i < n; i++) {
                        d[i] -= h[col + i] * gj;
                    }
                }
            }

            @Override
            public void update(double[] s, double[] y, double[] gNew, double[] gOld, double[] d) {
                double ys = Evaluator.dot(y, s);
                double yy = Evaluator.dot(y, y);
                if (!(ys > 0) || !(yy > 0)) {
                    return;
                }
                if (fresh) {
                    double scale = ys / yy;
                    for (int i = 0; i < n; i++) {
                        h[i + i * n] = scale;
                    }
                    fresh = false;
                }
                Arrays.fill(hy, 0);
                for (int j = 0; j < n; j++) {
                    double yj = y[j];
                    int col = j * n;
                    for (int i = 0; i < n; i++) {
                        hy[i] += h[col + i] * yj;
                    }
                }
                double rho = 1 / ys;
                double c = (rho * Evaluator.dot(y, hy) + 1) * rho;
                for (int j = 0; j < n; j++) {
                    double sj = s[j];
                    double hyj = hy[j];
                    int col = j * n;
                    for (int i = 0; i < n; i++) {
                        h[col + i] += -rho * (s[i] * hyj + hy[i] * sj) + c * s[i] * sj;
                    }
                }
            }
        };
    }
}

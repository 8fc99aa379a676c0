package jnum.testkit;

import java.util.Map;
import jnum.optimize.Jacobian;
import jnum.optimize.LeastSquares;
import jnum.optimize.Residuals;

/**
 * The models of the NIST StRD nonlinear regression problems ({@link NistNonlinear}) with their
 * derivatives in the parameters, written from the model lines of the files. {@code b[0]} is NIST's
 * {@code b1}.
 */
public final class NistModels {
    /** A model of one observation: value and gradient in the parameters. */
    @FunctionalInterface
    public interface Model {
        /**
         * Writes {@code d y / d b_j} into {@code grad} and returns {@code y}.
         *
         * @param x the predictors of the observation
         */
        double value(double[] x, double[] b, double[] grad);
    }

    private static final double TWO_PI = 2 * Math.PI;

    private static final Map<String, Model> MODELS = Map.ofEntries(
            Map.entry("Misra1a", (x, b, g) -> {
                double e = Math.exp(-b[1] * x[0]);
                g[0] = 1 - e;
                g[1] = b[0] * x[0] * e;
                return b[0] * (1 - e);
            }),
            Map.entry("Chwirut1", NistModels::chwirut),
            Map.entry("Chwirut2", NistModels::chwirut),
            Map.entry("Lanczos2", NistModels::lanczos),
            Map.entry("Lanczos3", NistModels::lanczos),
            Map.entry("Gauss1", NistModels::gauss),
            Map.entry("Gauss2", NistModels::gauss),
            Map.entry("Gauss3", NistModels::gauss),
            Map.entry("DanWood", (x, b, g) -> {
                double p = Math.pow(x[0], b[1]);
                g[0] = p;
                g[1] = b[0] * p * Math.log(x[0]);
                return b[0] * p;
            }),
            Map.entry("Misra1b", (x, b, g) -> {
                double t = 1 + b[1] * x[0] / 2;
                g[0] = 1 - 1 / (t * t);
                g[1] = b[0] * x[0] / (t * t * t);
                return b[0] * (1 - 1 / (t * t));
            }),
            Map.entry("Kirby2", (x, b, g) -> {
                double v = x[0];
                double num = b[0] + b[1] * v + b[2] * v * v;
                double den = 1 + b[3] * v + b[4] * v * v;
                g[0] = 1 / den;
                g[1] = v / den;
                g[2] = v * v / den;
                g[3] = -num * v / (den * den);
                g[4] = -num * v * v / (den * den);
                return num / den;
            }),
            Map.entry("Hahn1", (x, b, g) -> {
                double v = x[0];
                double num = b[0] + v * (b[1] + v * (b[2] + v * b[3]));
                double den = 1 + v * (b[4] + v * (b[5] + v * b[6]));
                double p = 1;
                for (int k = 0; k < 4; k++) {
                    g[k] = p / den;
                    p *= v;
                }
                p = v;
                for (int k = 4; k < 7; k++) {
                    g[k] = -num * p / (den * den);
                    p *= v;
                }
                return num / den;
            }),
            Map.entry("Nelson", (x, b, g) -> {
                double e = Math.exp(-b[2] * x[1]);
                g[0] = 1;
                g[1] = -x[0] * e;
                g[2] = b[1] * x[0] * x[1] * e;
                return b[0] - b[1] * x[0] * e;
            }),
            Map.entry("MGH17", (x, b, g) -> {
                double e4 = Math.exp(-x[0] * b[3]);
                double e5 = Math.exp(-x[0] * b[4]);
                g[0] = 1;
                g[1] = e4;
                g[2] = e5;
                g[3] = -x[0] * b[1] * e4;
                g[4] = -x[0] * b[2] * e5;
                return b[0] + b[1] * e4 + b[2] * e5;
            }),
            Map.entry("Misra1c", (x, b, g) -> {
                double t = 1 + 2 * b[1] * x[0];
                double r = 1 / Math.sqrt(t);
                g[0] = 1 - r;
                g[1] = b[0] * x[0] * r / t;
                return b[0] * (1 - r);
            }),
            Map.entry("Misra1d", (x, b, g) -> {
                double t = 1 + b[1] * x[0];
                g[0] = b[1] * x[0] / t;
                g[1] = b[0] * x[0] / (t * t);
                return b[0] * b[1] * x[0] / t;
            }),
            Map.entry("Roszman1", (x, b, g) -> {
                double u = x[0] - b[3];
                double v = b[2] / u;
                double c = -1 / (Math.PI * (1 + v * v));
                g[0] = 1;
                g[1] = -x[0];
                g[2] = c / u;
                g[3] = c * b[2] / (u * u);
                return b[0] - b[1] * x[0] - Math.atan(v) / Math.PI;
            }),
            Map.entry("ENSO", (x, b, g) -> {
                double v = x[0];
                double a = TWO_PI * v / 12;
                double a4 = TWO_PI * v / b[3];
                double a7 = TWO_PI * v / b[6];
                g[0] = 1;
                g[1] = Math.cos(a);
                g[2] = Math.sin(a);
                g[4] = Math.cos(a4);
                g[5] = Math.sin(a4);
                g[3] = (b[4] * Math.sin(a4) - b[5] * Math.cos(a4)) * a4 / b[3];
                g[7] = Math.cos(a7);
                g[8] = Math.sin(a7);
                g[6] = (b[7] * Math.sin(a7) - b[8] * Math.cos(a7)) * a7 / b[6];
                return b[0] + b[1] * g[1] + b[2] * g[2] + b[4] * g[4] + b[5] * g[5] + b[7] * g[7] + b[8] * g[8];
            }),
            Map.entry("Rat42", (x, b, g) -> {
                double e = Math.exp(b[1] - b[2] * x[0]);
                double q = 1 + e;
                g[0] = 1 / q;
                g[1] = -b[0] * e / (q * q);
                g[2] = b[0] * x[0] * e / (q * q);
                return b[0] / q;
            }));

    private NistModels() {}

    /** The model of the named problem. @throws IllegalArgumentException if there is none */
    public static Model model(String name) {
        Model m = MODELS.get(name);
        if (m == null) {
            throw new IllegalArgumentException("NistModels: no model for " + name);
        }
        return m;
    }

    /**
     * The least-squares problem of a NIST data set: residuals {@code model(x_i, b) - response(y_i)}
     * and their analytic Jacobian.
     */
    public static LeastSquares leastSquares(NistNonlinear.Problem p) {
        Model model = model(p.name());
        int m = p.response().length;
        int n = p.certified().length;
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = response(p.name(), p.response()[i]);
        }
        Residuals r = (b, out) -> {
            double[] g = new double[n];
            for (int i = 0; i < m; i++) {
                out[i] = model.value(p.predictors()[i], b, g) - y[i];
            }
        };
        Jacobian jac = (b, out) -> {
            double[] g = new double[n];
            for (int i = 0; i < m; i++) {
                model.value(p.predictors()[i], b, g);
                for (int j = 0; j < n; j++) {
                    out[i + j * m] = g[j];
                }
            }
        };
        return LeastSquares.of(m, r, jac);
    }

    /** The response the model predicts: {@code log y} for Nelson, {@code y} otherwise. */
    public static double response(String name, double y) {
        return name.equals("Nelson") ? Math.log(y) : y;
    }

    private static double chwirut(double[] x, double[] b, double[] g) {
        double e = Math.exp(-b[0] * x[0]);
        double q = b[1] + b[2] * x[0];
        g[0] = -x[0] * e / q;
        g[1] = -e / (q * q);
        g[2] = -x[0] * e / (q * q);
        return e / q;
    }

    private static double lanczos(double[] x, double[] b, double[] g) {
        double y = 0;
        for (int k = 0; k < 6; k += 2) {
            double e = Math.exp(-b[k + 1] * x[0]);
            g[k] = e;
            g[k + 1] = -x[0] * b[k] * e;
            y += b[k] * e;
        }
        return y;
    }

    private static double gauss(double[] x, double[] b, double[] g) {
        double e1 = Math.exp(-b[1] * x[0]);
        g[0] = e1;
        g[1] = -x[0] * b[0] * e1;
        double y = b[0] * e1;
        for (int k = 2; k < 8; k += 3) {
            double u = x[0] - b[k + 1];
            double w = b[k + 2];
            double e = Math.exp(-u * u / (w * w));
            g[k] = e;
            g[k + 1] = b[k] * e * 2 * u / (w * w);
            g[k + 2] = b[k] * e * 2 * u * u / (w * w * w);
            y += b[k] * e;
        }
        return y;
    }
}

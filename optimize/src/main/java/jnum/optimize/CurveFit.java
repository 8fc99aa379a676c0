package jnum.optimize;

import java.util.Objects;

/**
 * Fitting a model {@code y ~ model(x, p)} to data by nonlinear least squares, like SciPy's {@code
 * curve_fit}: {@link LevenbergMarquardt} on the residuals {@code r_i = (model(x_i, p) - y_i) /
 * sigma_i}, with the parameter covariance {@code s^2 (J^T J)^-1}, {@code s^2 = RSS / (m - n)} (SciPy's
 * default {@code absolute_sigma=False}).
 *
 * <pre>{@code
 * LeastSquaresResult fit = CurveFit.fit((x, p) -> p[0] * Math.exp(-p[1] * x), xs, ys, new double[] {1, 1});
 * fit.parameters(); fit.standardErrors(); fit.covariance();
 * }</pre>
 */
public final class CurveFit {
    private CurveFit() {}

    /** A model {@code y = f(x; p)}. */
    @FunctionalInterface
    public interface Model {
        /** The model's value at {@code x} for parameters {@code p} (not to be modified). */
        double value(double x, double[] p);
    }

    /** A model with its gradient in the parameters. */
    @FunctionalInterface
    public interface ModelWithGradient {
        /**
         * Writes {@code d f(x; p) / d p_j} into {@code grad} and returns {@code f(x; p)}.
         *
         * @param grad of length {@code p.length}
         */
        double value(double x, double[] p, double[] grad);
    }

    /**
     * Fits {@code model} to the points {@code (x_i, y_i)} from {@code p0}, with forward-difference
     * derivatives.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} and {@code y} differ in length, there are fewer
     *     points than parameters, or the model is not finite at {@code p0}
     */
    public static LeastSquaresResult fit(Model model, double[] x, double[] y, double[] p0) {
        return fit(model, x, y, null, p0, Settings.defaults());
    }

    /**
     * Fits with weights: {@code sigma_i} is the standard deviation of {@code y_i} (null: all 1), and the
     * given settings.
     *
     * @throws IllegalArgumentException also if {@code sigma} has the wrong length or a non-positive
     *     value
     */
    public static LeastSquaresResult fit(
            Model model, double[] x, double[] y, double[] sigma, double[] p0, Settings settings) {
        Objects.requireNonNull(model, "model");
        double[] w = weights(x, y, sigma, p0);
        Residuals r = (p, out) -> {
            for (int i = 0; i < x.length; i++) {
                out[i] = (model.value(x[i], p) - y[i]) * w[i];
            }
        };
        return new LevenbergMarquardt().fit(LeastSquares.of(x.length, r), p0, settings);
    }

    /** Fits a model that also gives its gradient in the parameters (no finite differences). */
    public static LeastSquaresResult fit(ModelWithGradient model, double[] x, double[] y, double[] p0) {
        return fit(model, x, y, null, p0, Settings.defaults());
    }

    /** Fits a model with gradient, with weights {@code 1 / sigma_i} (null: all 1) and the given settings. */
    public static LeastSquaresResult fit(
            ModelWithGradient model, double[] x, double[] y, double[] sigma, double[] p0, Settings settings) {
        Objects.requireNonNull(model, "model");
        double[] w = weights(x, y, sigma, p0);
        int m = x.length;
        int n = p0.length;
        Residuals r = (p, out) -> {
            double[] g = new double[n];
            for (int i = 0; i < m; i++) {
                out[i] = (model.value(x[i], p, g) - y[i]) * w[i];
            }
        };
        Jacobian jac = (p, out) -> {
            double[] g = new double[n];
            for (int i = 0; i < m; i++) {
                model.value(x[i], p, g);
                for (int j = 0; j < n; j++) {
                    out[i + j * m] = g[j] * w[i];
                }
            }
        };
        return new LevenbergMarquardt().fit(LeastSquares.of(m, r, jac), p0, settings);
    }

    private static double[] weights(double[] x, double[] y, double[] sigma, double[] p0) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(p0, "p0");
        if (x.length != y.length) {
            throw new IllegalArgumentException("CurveFit: x has " + x.length + " points, y " + y.length);
        }
        if (x.length < p0.length) {
            throw new IllegalArgumentException(
                    "CurveFit: " + x.length + " points for " + p0.length + " parameters (need at least as many)");
        }
        if (sigma != null && sigma.length != x.length) {
            throw new IllegalArgumentException(
                    "CurveFit: sigma has " + sigma.length + " values for " + x.length + " points");
        }
        double[] w = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            double s = sigma == null ? 1 : sigma[i];
            if (!(s > 0 && s < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(
                        "CurveFit: sigma[" + i + "] = " + s + " must be positive and finite");
            }
            w[i] = 1 / s;
        }
        if (sigma != null && sigma.length != x.length) {
            throw new IllegalArgumentException(
                    "CurveFit: sigma has " + sigma.length + " values for " + x.length + " points");
        }
        return w;
    }
}

package jnum.stat.distribution;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import jnum.stat.special.Special;

/**
 * The Dirichlet distribution on the probability simplex {@code x_i >= 0, sum x_i = 1} with
 * concentrations {@code alpha_i > 0}:
 * {@code log pdf(x) = sum (alpha_i - 1) log x_i - log B(alpha)},
 * {@code log B(alpha) = sum logGamma(alpha_i) - logGamma(alpha_0)}, {@code alpha_0 = sum alpha_i}.
 * Each marginal {@code x_i} is {@code Beta(alpha_i, alpha_0 - alpha_i)}.
 *
 * <p>A draw normalizes independent Gamma(alpha_i) draws, generated as logarithms and normalized
 * with log-sum-exp, so concentrations of 1e-3 (whose gamma draws underflow) still give valid
 * points of the simplex.
 */
public final class Dirichlet implements MultivariateDistribution {
    /** How far from 1 the coordinates of a point may sum (relative to d) and still be inside. */
    public static final double SIMPLEX_TOLERANCE = 1e-12;

    private final double[] alpha;
    private final double alpha0;
    private final double logBeta;

    /**
     * The Dirichlet distribution with concentrations alpha.
     *
     * @param alpha the concentrations, at least 2, each positive and finite
     * @throws NullPointerException if {@code alpha} is null
     * @throws IllegalArgumentException naming the offending entry
     */
    public Dirichlet(double[] alpha) {
        if (Arguments.nonNull("Dirichlet", "alpha", alpha).length < 2) {
            throw new IllegalArgumentException("Dirichlet: alpha must have at least 2 entries");
        }
        double s = 0;
        double lb = 0;
        for (int i = 0; i < alpha.length; i++) {
            double a = alpha[i];
            if (!(a > 0) || a == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "Dirichlet: alpha[" + i + "] = " + a + " must be positive and finite");
            }
            s += a;
            lb += Special.gammaln(a);
        }
        this.alpha = alpha.clone();
        this.alpha0 = s;
        this.logBeta = lb - Special.gammaln(s);
    }

    /**
     * The concentrations (a copy).
     *
     * @return a new array of the concentrations
     */
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public int dimension() {
        return alpha.length;
    }

    /**
     * The log density; {@code -infinity} off the simplex (a negative coordinate, or a sum further
     * than {@code 1e-12 d} from 1). At a zero coordinate the density is infinite when its
     * {@code alpha_i < 1} and 0 when {@code alpha_i > 1}.
     */
    @Override
    public double logPdf(double[] x) {
        Arguments.checkLength("Dirichlet.logPdf", x, alpha.length);
        if (Arguments.hasNaN(x)) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : x) {
            if (!(v >= 0 && v <= 1)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += v;
        }
        if (!(Math.abs(sum - 1) <= SIMPLEX_TOLERANCE * alpha.length)) {
            return Double.NEGATIVE_INFINITY;
        }
        double l = -logBeta;
        for (int i = 0; i < alpha.length; i++) {
            double a1 = alpha[i] - 1;
            if (a1 != 0) {
                l += a1 * Math.log(x[i]); // x = 0: +-infinity as documented
            }
        }
        return l;
    }

    /** {@code alpha / alpha_0}. */
    @Override
    public double[] mean() {
        double[] m = new double[alpha.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = alpha[i] / alpha0;
        }
        return m;
    }

    /** {@code (alpha_0 delta_ij alpha_i - alpha_i alpha_j) / (alpha_0^2 (alpha_0 + 1))}. */
    @Override
    public double[][] covariance() {
        int d = alpha.length;
        double[][] c = new double[d][d];
        double den = alpha0 * alpha0 * (alpha0 + 1);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[i][j] = i == j ? alpha[i] * (alpha0 - alpha[i]) / den : -alpha[i] * alpha[j] / den;
            }
        }
        return c;
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Arguments.rng(rng);
        int d = alpha.length;
        double[] g = new double[d];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d; i++) {
            g[i] = GammaSampler.nextLog(rng, alpha[i]);
            max = Math.max(max, g[i]);
        }
        double s = 0;
        for (int i = 0; i < d; i++) {
            g[i] = Math.exp(g[i] - max);
            s += g[i];
        }
        for (int i = 0; i < d; i++) {
            g[i] /= s;
        }
        return g;
    }

    @Override
    public String toString() {
        return "Dirichlet[alpha=" + Arrays.toString(alpha) + "]";
    }
}

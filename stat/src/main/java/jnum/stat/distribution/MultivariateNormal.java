package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.special.Constants;

/**
 * The multivariate normal distribution {@code N(mean, covariance)} in d dimensions:
 * {@code log pdf(x) = -(d log(2 pi) + log det S + (x - m)^T S^-1 (x - m)) / 2}.
 *
 * <p>The covariance S is factored once, {@code S = L L^T} (Cholesky); the quadratic form is
 * {@code |L^-1 (x - m)|^2} and a draw is {@code m + L z} with independent standard normal z
 * (ziggurat). A final class rather than a record: it holds the factor.
 */
public final class MultivariateNormal implements MultivariateDistribution {

    private final double[] mean;
    private final double[][] covariance;
    private final Cholesky factor;
    private final double logNormalizer;

    /**
     * As {@link #MultivariateNormal(double[], double[][])}, with jnum.mat types.
     *
     * @throws NullPointerException if mean or covariance is null
     */
    public MultivariateNormal(Vec mean, Dense covariance) {
        this(
                java.util.Objects.requireNonNull(mean, "MultivariateNormal: mean is null")
                        .toArray(),
                java.util.Objects.requireNonNull(covariance, "MultivariateNormal: covariance is null")
                        .toArray());
    }

    /**
     * The normal distribution with the given mean and covariance.
     *
     * @param mean the mean vector, finite, of length d &gt;= 1
     * @param covariance the d x d covariance, symmetric positive definite
     * @throws NullPointerException if an array or a row is null
     * @throws IllegalArgumentException for an empty or non-finite mean, a covariance of another
     *     order, not symmetric, or not positive definite (naming the failing pivot)
     */
    public MultivariateNormal(double[] mean, double[][] covariance) {
        this.mean = Arguments.checkVector("MultivariateNormal", "mean", mean);
        int d = Arguments.checkSymmetric("MultivariateNormal", "covariance", covariance);
        if (d != mean.length) {
            throw new IllegalArgumentException(
                    "MultivariateNormal: covariance is " + d + " x " + d + " but mean has length " + mean.length);
        }
        this.covariance = Arguments.copy(covariance);
        this.factor = Arguments.cholesky("MultivariateNormal", "covariance", covariance);
        this.logNormalizer = -0.5 * (d * Constants.LN_2PI + factor.logDet());
    }

    @Override
    public int dimension() {
        return mean.length;
    }

    @Override
    public double logPdf(double[] x) {
        Arguments.checkLength("MultivariateNormal.logPdf", x, mean.length);
        double[] r = new double[mean.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = x[i] - mean[i];
        }
        return logNormalizer - 0.5 * factor.inverseQuadraticForm(Vec.wrap(r, 0, 1, r.length));
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[][] covariance() {
        return Arguments.copy(covariance);
    }

    /**
     * The Cholesky factor L of the covariance (lower triangular rows, a copy).
     *
     * @return a new array of the rows of L
     */
    public double[][] choleskyFactor() {
        return factor.l().toArray();
    }

    @Override
    public double[] sample(RandomGenerator rng) {
        Arguments.rng(rng);
        int d = mean.length;
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = ZigguratNormal.next(rng);
        }
        double[] y = factor.timesL(Vec.wrap(z, 0, 1, z.length)).toArray();
        for (int i = 0; i < d; i++) {
            y[i] += mean[i];
        }
        return y;
    }

    @Override
    public String toString() {
        return "MultivariateNormal[mean=" + java.util.Arrays.toString(mean) + ", covariance="
                + java.util.Arrays.deepToString(covariance) + "]";
    }
}

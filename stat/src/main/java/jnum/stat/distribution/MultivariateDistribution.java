package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.mat.Vec;

/**
 * A distribution of random vectors of a fixed dimension d. Implementations are immutable and
 * thread-safe, validate their parameters in the constructor ({@link IllegalArgumentException}
 * naming the parameter), copy every array they are given and return copies. Points outside the
 * support have {@code logPdf = -infinity}; a point of the wrong length is an
 * {@link IllegalArgumentException} naming both lengths. For discrete vectors (Multinomial) the
 * density is the probability mass.
 */
public interface MultivariateDistribution {

    /** The dimension d of the vectors. */
    int dimension();

    /** The log density (or log mass) at {@code x}, of length {@link #dimension()}. */
    double logPdf(double[] x);

    /** The density (or mass) at {@code x}: {@code exp(logPdf(x))}. */
    default double pdf(double[] x) {
        return Math.exp(logPdf(x));
    }

    /** {@link #logPdf(double[])} at the vector {@code x}. */
    default double logPdf(Vec x) {
        return logPdf(java.util.Objects.requireNonNull(x, "logPdf: x is null").toArray());
    }

    /** {@link #pdf(double[])} at the vector {@code x}. */
    default double pdf(Vec x) {
        return Math.exp(logPdf(x));
    }

    /** The mean vector (a new array); NaN entries where the mean does not exist. */
    double[] mean();

    /**
     * The d x d covariance matrix as rows (a new array); infinite or NaN entries where the second
     * moments are infinite or undefined.
     */
    double[][] covariance();

    /** One draw, using only {@code rng} for randomness (seeded runs are reproducible). */
    double[] sample(RandomGenerator rng);

    /** {@code n} independent draws, one per row. */
    default double[][] sample(RandomGenerator rng, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample: n = " + n + " is negative");
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
        return out;
    }
}

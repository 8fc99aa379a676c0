package jnum.stat.distribution;

import java.util.random.RandomGenerator;
import jnum.mat.Vec;

/**
 * A distribution of random vectors of a fixed dimension d. Implementations are immutable and
 * thread-safe, validate their parameters in the constructor ({@link IllegalArgumentException}
 * naming the parameter, {@link NullPointerException} naming a null one), copy every array they are
 * given and return copies. For discrete vectors (Multinomial) the density is the probability mass.
 *
 * <p>Arguments, the same rule for every implementation: a point with a NaN entry has density NaN;
 * any other point outside the support (an infinite entry, a point off the simplex, a matrix that is
 * not positive definite, ...) has {@code logPdf = -Infinity}; a point of the wrong length is an
 * {@link IllegalArgumentException} naming both lengths; a null point or generator is a {@link
 * NullPointerException} naming it.
 */
public interface MultivariateDistribution {

    /**
     * The dimension d of the vectors.
     *
     * @return d, at least 1
     */
    int dimension();

    /**
     * The log density (or log mass) at {@code x}.
     *
     * @param x a point of length {@link #dimension()}
     * @return the log density; NaN if an entry of x is NaN, {@code -Infinity} outside the support
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is not of length d
     */
    double logPdf(double[] x);

    /**
     * The density (or mass) at {@code x}: {@code exp(logPdf(x))}.
     *
     * @param x a point of length {@link #dimension()}
     * @return the density; NaN if an entry of x is NaN, 0 outside the support
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is not of length d
     */
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

    /**
     * The mean vector.
     *
     * @return a new array of length d; NaN entries where the mean does not exist
     */
    double[] mean();

    /**
     * The d x d covariance matrix.
     *
     * @return a new array of d rows; infinite or NaN entries where the second moments are infinite
     *     or undefined
     */
    double[][] covariance();

    /**
     * One draw, using only {@code rng} for randomness (seeded runs are reproducible).
     *
     * @param rng the source of randomness
     * @return a new vector of length d
     * @throws NullPointerException if {@code rng} is null
     */
    double[] sample(RandomGenerator rng);

    /**
     * {@code n} independent draws, one per row.
     *
     * @param rng the source of randomness
     * @param n the number of draws, {@code >= 0}
     * @return n new vectors
     * @throws NullPointerException if {@code rng} is null
     * @throws IllegalArgumentException if {@code n < 0}
     */
    default double[][] sample(RandomGenerator rng, int n) {
        Arguments.rng(rng);
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
